"""Who noticed a win, told once; and whether a title already gives its measure."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.evidence import (
    merge_recognition,
    same_recognition,
    split_names,
    states_measure,
    win_recognition,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import Noticed

ALL_HANDS = "VP Eng mentioned it at the all-hands"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("", ()),
        ("  ", ()),
        (ALL_HANDS, (ALL_HANDS,)),
        ("support team; SRE", ("support team", "SRE")),
        ("platform team,  payments   team,", ("platform team", "payments team")),
    ],
)
def test_a_noticed_by_field_is_split_into_names(
    text: str, names: tuple[str, ...]
) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("VP Eng", ALL_HANDS, True),
        (ALL_HANDS, "vp eng", True),
        ("SRE", "sre.", True),
        ("Payments lead", "the payments lead", True),
        ("Eng", "Engineering", False),
        ("VP Eng", "Payments lead", False),
        ("platform team", "payments team", False),
        ("", "VP Eng", False),
    ],
)
def test_two_texts_name_one_person_when_one_holds_the_other_as_words(
    first: str, second: str, same: bool
) -> None:
    assert same_recognition(first, second) is same


@pytest.mark.parametrize(
    ("sources", "merged"),
    [
        (([ALL_HANDS], ["VP Eng"]), (ALL_HANDS,)),
        ((["VP Eng"], [ALL_HANDS]), (ALL_HANDS,)),
        ((["SRE", "support team"], ["sre", "Support Team"]), ("SRE", "support team")),
        (
            (["VP Eng", "Payments lead"], [ALL_HANDS]),
            (ALL_HANDS, "Payments lead"),
        ),
        (
            (["VP Eng at the all-hands", "VP Eng in an email"], ["VP Eng"]),
            ("VP Eng at the all-hands", "VP Eng in an email"),
        ),
        ((["Eng"], ["Engineering"]), ("Eng", "Engineering")),
        ((["  ", ""], ["Payments lead"]), ("Payments lead",)),
        (((), ()), ()),
    ],
    ids=[
        "short answer to a long field",
        "long answer to a short field",
        "repeats keep their first spelling",
        "the fuller text takes the first place",
        "two accounts of one person both stay",
        "a word inside another word is not a name",
        "blanks are left out",
        "nothing",
    ],
)
def test_recognition_from_two_places_names_each_person_once(
    sources: tuple[list[str], ...], merged: tuple[str, ...]
) -> None:
    assert merge_recognition(*sources) == merged


def noticed_win(noticed_by: str) -> Win:
    return Win(title="Cut CI time", date=dt.date(2026, 11, 2), noticed_by=noticed_by)


@pytest.mark.parametrize(
    ("field", "answer", "names"),
    [
        (ALL_HANDS, None, (ALL_HANDS,)),
        (ALL_HANDS, Noticed.by("VP Eng"), (ALL_HANDS,)),
        ("", Noticed.by("Payments lead"), ("Payments lead",)),
        ("SRE", Noticed.by("Payments lead"), ("SRE", "Payments lead")),
        (ALL_HANDS, Noticed.nobody(), (ALL_HANDS,)),
        ("", Noticed.nobody(), ()),
        ("", None, ()),
    ],
    ids=[
        "the field alone",
        "the field and a shorter answer",
        "the answer alone",
        "two people",
        "names typed after the review said nobody",
        "the review said nobody",
        "nothing on record",
    ],
)
def test_a_wins_recognition_joins_its_field_and_its_review_answer(
    field: str, answer: Noticed | None, names: tuple[str, ...]
) -> None:
    assert win_recognition(noticed_win(field), answer) == names


@pytest.mark.parametrize(
    ("text", "measure", "states"),
    [
        (
            "Cut the flaky-test rate from 20% to 3%",
            Measure(before=20, after=3, unit="%"),
            True,
        ),
        ("CI went from 24 to 9.5 minutes", Measure(before=24, after=9.5), True),
        ("Cut the flaky-test rate", Measure(before=20, after=3, unit="%"), False),
        ("Cut it to 3% from 120", Measure(before=20, after=3, unit="%"), False),
        ("Went from 20 to 3.5", Measure(before=20, after=3), False),
        ("Deploy failures down 40%", Measure(change_pct=-40), True),
        ("Deploy failures down a lot", Measure(change_pct=-40), False),
        ("From 20 to 20", Measure(before=20, after=20), False),
        ("From 20 to 3", None, False),
    ],
)
def test_a_title_states_its_measure_only_with_every_number_in_it(
    text: str, measure: Measure | None, states: bool
) -> None:
    assert states_measure(text, measure) is states
