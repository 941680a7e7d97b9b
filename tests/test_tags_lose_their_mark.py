"""A tag typed with a leading "#" is kept as its word: "#infra" is "infra"."""

from __future__ import annotations

import io
import json

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import plain_tags
from careerclimb_tui.domain.wins import matches, split_tags
from careerclimb_tui.store import Store
from careerclimb_tui.store.convert import win_from_json


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("perf, ci, #infra", ("perf", "ci", "infra")),
        ("#infra ##infra infra", ("infra",)),
        ("# , #", ()),
        ("c#, f#", ("c#", "f#")),
        ("#q-goal;#speed", ("q-goal", "speed")),
    ],
)
def test_a_leading_mark_is_taken_off_a_typed_tag(
    typed: str, tags: tuple[str, ...]
) -> None:
    assert split_tags(typed) == tags


def test_plain_tags_drops_marks_blanks_and_repeats() -> None:
    assert plain_tags([" #perf ", "perf", "", "#"]) == ("perf",)


def test_a_tag_logged_with_its_mark_is_found_and_shown_as_a_word(
    store: Store, clock: FixedClock
) -> None:
    out = io.StringIO()
    code = main(
        ["log", "Cut deploy time 40 -> 12 minutes", "--tag", "perf, ci, #infra"],
        clock=clock,
        out=out,
    )

    assert code == 0
    [win] = store.wins()
    assert win.tags == ("perf", "ci", "infra")
    assert matches(win, "#infra")
    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    assert "#infra" not in out.getvalue()
    assert json.loads(out.getvalue())


def test_a_tag_saved_with_its_mark_is_read_without_it() -> None:
    doc = {"title": "Cut deploy time", "date": "2026-11-02", "tags": ["#infra"]}

    assert win_from_json(doc, 1).tags == ("infra",)
