"""Finding wins: search as you type over folded texts, narrowing, quarters, tallies."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import (
    filter_searched,
    filter_wins,
    matching_with_texts,
    quarters_with_wins,
    search_narrows,
    search_texts,
    tally_quarter,
)

D = dt.date

WINS = [
    Win(
        title="Cut deploy failures on the payments service",
        date=D(2026, 11, 2),
        what_changed="Releases no longer need a babysitter",
        measure=Measure(before=10, after=4, unit="per month", label="failures"),
        tags=("reliability",),
        framing="impact",
        id=4,
    ),
    Win(
        title="Reviewed 200 PRs",
        date=D(2026, 9, 30),
        dimensions=("collaboration_influence",),
        id=3,
    ),
    Win(
        title="Wrote the on-call runbook",
        date=D(2026, 7, 1),
        what_changed="On-call diagnoses incidents in 3 minutes instead of 30",
        beneficiaries="the on‑call rotation",
        noticed_by="Platform team",
        framing="impact",
        id=2,
    ),
    Win(title="Fixed a “flaky” deploy test", date=D(2026, 3, 31), id=1),
]

SEARCHES = [
    # query, quarter, ids found (in the given order)
    ("", None, [4, 3, 2, 1]),
    ("   ", None, [4, 3, 2, 1]),
    ("deploy", None, [4, 1]),
    ("DEPLOY", None, [4, 1]),
    ("deploy payments", None, [4]),
    ("payments deploy", None, [4]),
    ("deploy nowhere", None, []),
    ("babysitter", None, [4]),
    ("platform", None, [2]),
    ("collaboration_influence", None, [3]),
    ("reliability", None, [4]),
    ("10 → 4", None, [4]),
    ('"flaky"', None, [1]),
    ("", Quarter(2026, 4), [4]),
    ("", Quarter(2026, 3), [3, 2]),
    ("deploy", Quarter(2026, 1), [1]),
    ("deploy", Quarter(2026, 2), []),
]


@pytest.mark.parametrize("query, quarter, expected", SEARCHES)
def test_search_over_folded_texts_finds_every_word_in_any_field(
    query: str, quarter: Quarter | None, expected: list[int]
) -> None:
    found = filter_searched(WINS, search_texts(WINS), query, quarter)
    assert [win.id for win in found] == expected


@pytest.mark.parametrize("query, quarter, expected", SEARCHES)
def test_search_over_folded_texts_agrees_with_searching_the_wins(
    query: str, quarter: Quarter | None, expected: list[int]
) -> None:
    assert filter_searched(WINS, search_texts(WINS), query, quarter) == filter_wins(
        WINS, query, quarter
    )


ACCENTED = [
    Win(
        title="Überblick over every deploy",
        date=D(2026, 10, 6),
        noticed_by="Zoë from the Café team",
        id=6,
    ),
    Win(title="Paired with Łukasz on the Øresund release", date=D(2026, 10, 7), id=7),
    Win(title="Ubiquitous logging", date=D(2026, 10, 5), id=5),
]

ACCENT_SEARCHES = [
    # query, ids found: accents and case folded away on both sides
    ("uberblick", [6]),
    ("Überblick", [6]),
    ("ÜBER", [6]),
    ("überblick deploy", [6]),
    ("zoe", [6]),
    ("ZOË", [6]),
    ("cafe team", [6]),
    ("café", [6]),
    ("ub", [6, 5]),
    ("üb", [6, 5]),
    ("ubiquitous", [5]),
    ("über logging", []),
    # letters with no accent to drop, written the way a plain keyboard does
    ("LUKASZ", [7]),
    ("łukasz", [7]),
    ("oresund", [7]),
]


@pytest.mark.parametrize("query, expected", ACCENT_SEARCHES)
def test_a_search_finds_a_win_whatever_its_accents_and_case(
    query: str, expected: list[int]
) -> None:
    assert [win.id for win in filter_wins(ACCENTED, query)] == expected


def test_an_accent_typed_further_only_narrows_the_search() -> None:
    assert search_narrows("ub", "Über")
    assert search_narrows("Üb", "uber")


def test_matches_come_with_their_own_texts() -> None:
    texts = search_texts(WINS)
    wins, kept = matching_with_texts(WINS, texts, "deploy")
    assert kept == [texts[0], texts[3]]
    assert [win.id for win in wins] == [4, 1]


def test_a_text_missing_for_a_win_is_refused() -> None:
    with pytest.raises(ValueError):
        filter_searched(WINS, search_texts(WINS)[:-1], "deploy")


NARROWS = [
    # the search before, the search after, whether after only narrows before
    ("", "d", True),
    ("d", "de", True),
    ("deploy", "deploy ", True),
    ("deploy ", "deploy p", True),
    ("Deploy", "deploy pay", True),
    ("deplo", "deploy", True),
    ("deploy", "deplo", False),
    ("deploy p", "deploy", False),
    ("deploy", "redeploy", False),
    ("deploy", "", False),
]


@pytest.mark.parametrize("before, after, narrows", NARROWS)
def test_a_search_typed_further_only_narrows(
    before: str, after: str, narrows: bool
) -> None:
    assert search_narrows(before, after) is narrows


@pytest.mark.parametrize("before, after, narrows", [n for n in NARROWS if n[2]])
def test_searching_the_last_matches_finds_what_searching_everything_finds(
    before: str, after: str, narrows: bool
) -> None:
    wins, texts = matching_with_texts(WINS, search_texts(WINS), before)
    assert matching_with_texts(wins, texts, after)[0] == filter_wins(WINS, after)


@pytest.mark.parametrize(
    "start_month, expected",
    [
        (1, ["2026Q4", "2026Q3", "2026Q1"]),
        (4, ["2027Q3", "2027Q2", "2026Q4"]),
    ],
)
def test_quarters_with_wins_are_listed_newest_first(
    start_month: int, expected: list[str]
) -> None:
    found = quarters_with_wins(WINS, start_month)
    assert [str(quarter) for quarter in found] == expected
    assert all(quarter.start_month == start_month for quarter in found)


@pytest.mark.parametrize(
    "quarter, total, impact",
    [
        (Quarter(2026, 4), 1, 1),
        (Quarter(2026, 3), 2, 1),
        (Quarter(2026, 2), 0, 0),
        (Quarter(2026, 1), 1, 0),
    ],
)
def test_a_quarter_tally_counts_the_wins_on_its_first_and_last_days(
    quarter: Quarter, total: int, impact: int
) -> None:
    tally = tally_quarter(WINS, quarter)
    assert (tally.total, tally.impact) == (total, impact)
