"""The words that describe the tough manager's bar say what it takes: a measured
change and someone outside the user's team who noticed it, on separate lines."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.domain.rehearsal import TOUGH, bar_note, respond, start_rehearsal

ASK = "What would I need to demonstrate, specifically, for senior?"
MEASURED = "CI build time went from 40 to 12 minutes."
NOTICED = "The Platform release manager noticed it."
BOTH_AT_ONCE = (
    "CI build time went from 40 to 12 minutes and the Platform release manager "
    "noticed it."
)
ANOTHER_MEASURE = "Deploys went from 3 to 10 a day."

BAR_TEXTS = [
    pytest.param(catalogue.MANAGER_DIFFICULTY_LABELS[TOUGH], id="picker"),
    pytest.param(catalogue.MANAGER_SAID_BAR_MET, id="bar-met-note"),
]
"""Every text that tells the user what the tough manager's bar is."""

OVERSTATED = ("two measured", " wins", "changes", "more than one piece of work")
"""Claims beyond the bar: one measured change is enough, and it may come from a
single piece of work."""


@pytest.mark.parametrize("text", BAR_TEXTS)
def test_each_text_on_the_tough_bar_names_what_it_takes_and_no_more(
    text: str,
) -> None:
    assert "a measured change" in text
    assert "outside your team" in text
    assert not [claim for claim in OVERSTATED if claim in text]


def test_the_tough_label_fits_the_picker_at_80_columns() -> None:
    # Inside the margins, the list's border and the pointer, a row holds 64.
    assert len(catalogue.MANAGER_DIFFICULTY_LABELS[TOUGH]) <= 64


@pytest.mark.parametrize(
    ("lines", "note"),
    [
        pytest.param(
            (ASK, MEASURED, NOTICED), catalogue.MANAGER_SAID_BAR_MET, id="two-lines"
        ),
        pytest.param(
            (ASK, NOTICED, MEASURED), catalogue.MANAGER_SAID_BAR_MET, id="either-order"
        ),
        pytest.param(
            (ASK, BOTH_AT_ONCE),
            catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
                missing=catalogue.REHEARSAL_WANTS_MORE_EVIDENCE
            ),
            id="one-line",
        ),
        pytest.param(
            (ASK, MEASURED, ANOTHER_MEASURE),
            catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
                missing=catalogue.REHEARSAL_WANTS_OUTSIDE
            ),
            id="nobody-outside",
        ),
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_measured_change_and_one_witness_on_two_lines_meet_the_tough_bar(
    lines: tuple[str, ...], note: str, seed: int
) -> None:
    rehearsal = start_rehearsal(load_manager_bank(), TOUGH, seed)
    for line in lines:
        rehearsal, _ = respond(rehearsal, line)

    assert bar_note(rehearsal) == note
