"""A change made in a dialog goes onto the copy another window saved meanwhile,
unless both changed the same thing differently."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.initiative import (
    Initiative,
    Note,
    Reading,
    Stage,
    add_note,
    add_reading,
)
from careerclimb_tui.domain.initiative_merge import merged_onto

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
LATER = NOW + dt.timedelta(minutes=5)
DAY = dt.date(2026, 11, 2)

BASE = add_reading(
    Initiative(
        "CI reruns",
        stage=Stage.DRIVING,
        next_step="Ask SRE",
        metric="CI reruns",
        better="lower",
        id=1,
    ),
    Reading(60, "reruns/week", DAY - dt.timedelta(days=30)),
    NOW,
)


def noted(text: str) -> Initiative:
    return add_note(BASE, text, LATER)


def read(value: float, day: dt.date = DAY) -> Initiative:
    return add_reading(BASE, Reading(value, "reruns/week", day), LATER)


CASES = [
    # (what happened, mine, theirs, what is kept: notes, readings, next step)
    (
        "both added a note",
        noted("Met SRE"),
        noted("From the CLI"),
        (("From the CLI", "Met SRE"), 0, "Ask SRE"),
    ),
    (
        "a note here, a reading there",
        noted("Met SRE"),
        read(17),
        (("Met SRE",), 1, "Ask SRE"),
    ),
    (
        "both added a reading",
        read(20, DAY - dt.timedelta(days=1)),
        read(17),
        ((), 2, "Ask SRE"),
    ),
    (
        "a new step here, a note there",
        BASE.with_changes(next_step="Book a slot"),
        noted("From the CLI"),
        (("From the CLI",), 0, "Book a slot"),
    ),
    (
        "the same new step in both",
        BASE.with_changes(next_step="Book"),
        BASE.with_changes(next_step="Book"),
        ((), 0, "Book"),
    ),
    (
        "two different steps",
        BASE.with_changes(next_step="Book"),
        BASE.with_changes(next_step="Wait"),
        None,
    ),
    (
        "the baseline put right differently in both",
        BASE.with_changes(baseline=Reading(61, "reruns/week", DAY)),
        BASE.with_changes(baseline=Reading(62, "reruns/week", DAY)),
        None,
    ),
]


@pytest.mark.parametrize(
    ("mine", "theirs", "kept"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_dialog_change_goes_onto_the_newer_copy(
    mine: Initiative, theirs: Initiative, kept: tuple[object, ...] | None
) -> None:
    merged = merged_onto(BASE, mine, theirs)

    if kept is None:
        assert merged is None
        return
    assert merged is not None
    notes, readings, step = kept
    assert tuple(note.text for note in merged.notes) == notes
    assert len(merged.readings) == readings
    assert merged.next_step == step
    assert merged.updated_at == theirs.updated_at


def test_readings_added_on_both_sides_stay_in_date_order() -> None:
    merged = merged_onto(BASE, read(20, DAY - dt.timedelta(days=1)), read(17))

    assert merged is not None
    assert [r.value for r in merged.readings] == [20, 17]


def test_a_note_is_not_added_twice() -> None:
    note = Note(Stage.DRIVING, LATER, "Met SRE")
    both = BASE.with_changes(notes=(note,))

    merged = merged_onto(BASE, both, both)

    assert merged is not None and merged.notes == (note,)


def test_a_reading_taken_out_clashes_with_readings_changed_elsewhere() -> None:
    base = read(17)
    taken_out = base.with_changes(readings=())
    added_to = add_reading(base, Reading(15, "reruns/week", DAY), LATER)

    assert merged_onto(base, taken_out, added_to) is None
    assert merged_onto(base, taken_out, base) == taken_out
