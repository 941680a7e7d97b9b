"""Printed command output wraps at blanks only: a hyphenated word such as
"merge-to-production" moves whole to the next line instead of breaking."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_pitch_version
from careerclimb_tui.wrapping import wrap_words

LEAD = "The problem: every release waited on a hand-run checklist, so the"
HYPHENATED = "merge-to-production"


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (f"{LEAD} {HYPHENATED} time", 78, [LEAD, f"{HYPHENATED} time"]),
        ("a well-known fix", 10, ["a", "well-known", "fix"]),
        ("plain words only", 10, ["plain", "words only"]),
        ("", 10, []),
    ],
    ids=["at the edge", "narrower than the word", "no hyphen", "empty"],
)
def test_wrapping_keeps_hyphenated_words_whole(
    text: str, width: int, lines: list[str]
) -> None:
    assert wrap_words(text, width) == lines


def test_the_printed_pitch_never_breaks_a_word_at_its_hyphen(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    text = f"{LEAD} {HYPHENATED} time was two days."
    save_pitch_version(store, text, target_level=DEMO_PROFILE.target_level)

    out = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=out) == 0
    printed = out.getvalue().splitlines()

    assert f"{HYPHENATED} time was two days." in printed
    assert not [line for line in printed if line.endswith("-")]
