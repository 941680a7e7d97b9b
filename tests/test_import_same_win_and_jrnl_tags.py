"""An imported win is the same as a stored one when its date and title match,
whatever else either holds; jrnl tags typed in a title move to the win's tags."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.export.importers import (
    Candidate,
    import_text,
    parse_jrnl,
    plan_wins,
)
from careerclimb_tui.store import Store

TODAY = dt.date(2026, 11, 25)
DAY = dt.date(2026, 11, 20)

SAME_WIN = [
    # (the stored win, the imported one, whether the import skips it)
    (Win(title="Wrote the on-call runbook", date=DAY,
         what_changed="Diagnosis takes 3 minutes"),
     Win(title="Wrote the on-call runbook", date=DAY), True),
    (Win(title="Wrote the on-call runbook", date=DAY),
     Win(title="Wrote the on-call runbook", date=DAY,
         what_changed="Diagnosis takes 3 minutes"), True),
    (Win(title="Wrote the on-call runbook", date=DAY, tags=("oncall",)),
     Win(title="Wrote the on-call runbook", date=DAY), True),
    (Win(title="Wrote the  On-call runbook.", date=DAY),
     Win(title="wrote the on-call runbook", date=DAY), True),
    (Win(title="Wrote the on-call runbook", date=DAY),
     Win(title="Wrote the on-call runbook", date=dt.date(2026, 11, 21)), False),
    (Win(title="Wrote the on-call runbook", date=DAY),
     Win(title="Wrote the deploy runbook", date=DAY), False),
]  # fmt: skip


@pytest.mark.parametrize("stored, imported, skipped", SAME_WIN)
def test_a_win_with_the_same_date_and_title_is_already_there(
    stored: Win, imported: Win, skipped: bool
) -> None:
    wins, left_out = plan_wins([Candidate("line 1", imported)], [stored])

    assert (not wins, len(left_out) == 1) == (skipped, skipped)
    if skipped:
        assert left_out[0].reason == "already in your data"


def test_two_entries_of_one_file_differing_only_in_body_are_one_win() -> None:
    first = Win(title="Cut CI time", date=DAY, what_changed="From 24 to 9 minutes")
    second = Win(title="Cut CI time", date=DAY)

    wins, left_out = plan_wins(
        [Candidate("entry 1", first), Candidate("entry 2", second)], []
    )

    assert wins == [first]
    assert [item.reason for item in left_out] == ["the same win as entry 1"]


def test_a_bullet_for_a_logged_win_with_a_change_adds_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(
        Win(
            title="Wrote the on-call runbook",
            date=DAY,
            what_changed="Diagnosis takes 3 minutes",
        )
    )

    report = import_text(
        store, "- 2026-11-20 Wrote the on-call runbook\n", "wins.md", TODAY
    )

    assert report.added == ()
    assert len(store.wins()) == 1


JRNL_TITLES = [
    # (title, the entry's tags, the win's title, the win's tags)
    ("Cut flaky test rate from 18% to 3% @ci", ["@ci"],
     "Cut flaky test rate from 18% to 3%", ("ci",)),
    ("Cut flaky test rate from 18% to 3% @ci.", ["@ci"],
     "Cut flaky test rate from 18% to 3%.", ("ci",)),
    ("Cut flaky test rate from 18% to 3% @ci @flaky", [],
     "Cut flaky test rate from 18% to 3%", ("ci", "flaky")),
    ("@ci Cut flaky test rate", ["@ci"], "Cut flaky test rate", ("ci",)),
    ("Moved @ci caching to one shared image", ["@ci"],
     "Moved ci caching to one shared image", ("ci",)),
    ("Fixed #1234 in checkout", [], "Fixed #1234 in checkout", ()),
    ("Fixed #1234 in checkout #perf", ["#perf"],
     "Fixed #1234 in checkout", ("perf",)),
    ("Wrote to ops@example.com", [], "Wrote to ops@example.com", ()),
]  # fmt: skip


@pytest.mark.parametrize("title, listed, expected_title, expected_tags", JRNL_TITLES)
def test_jrnl_tags_in_a_title_become_the_wins_tags(
    title: str, listed: list[str], expected_title: str, expected_tags: tuple[str, ...]
) -> None:
    entry = {"title": title, "body": "", "date": "2026-11-03", "tags": listed}
    text = json.dumps({"tags": {}, "entries": [entry]})

    [candidate] = parse_jrnl(text, "j.json", TODAY).candidates

    assert candidate.win is not None
    assert (candidate.win.title, candidate.win.tags) == (expected_title, expected_tags)
    assert candidate.label == expected_title


def test_a_jrnl_title_of_tags_only_takes_its_title_from_the_body() -> None:
    entry = {"title": "@ci", "body": "Builds are green\nmore", "date": "2026-11-03"}
    text = json.dumps({"tags": {}, "entries": [entry]})

    [candidate] = parse_jrnl(text, "j.json", TODAY).candidates

    assert candidate.win is not None
    assert (candidate.win.title, candidate.win.tags) == ("Builds are green", ("ci",))
