"""A win edited after its review is flagged wherever the user sees its verdict (the
packet, meant for a committee, leaves the flag to a note for the user), and the
questions' reason, which may no longer be true of it, is not printed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Noticed,
    Review,
    ReviewEntry,
    answer,
    edited_since_review,
    finish,
    mark_judged,
    read_change,
    start_review,
    verdict_lines,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.journal import _review_verdict
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.review_docs import review_from_json, review_to_json
from tests.helpers import run_app, seed_win, walk_field, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
INCIDENT = "Helped with the incident on Friday"
OUTAGE = Measure(before=120, after=20, unit="minutes", label="checkout outage")
FLAG = "edited since this review: run the review again to judge it as it is now."


def _win(**fields: Any) -> Win:
    return framed(Win(title=INCIDENT, date=dt.date(2026, 10, 9), id=1, **fields))


def _judged(win: Win) -> ReviewEntry:
    """The win's entry once the walk answered it: yes, chose, nothing, nobody."""
    review = start_review(quarter_of(win.date), [win], NOW)
    review = answer(
        review,
        1,
        now=NOW,
        peer_could="yes",
        choice="chose",
        change=read_change(""),
        noticed=Noticed.nobody(),
    )
    return mark_judged(review, win, now=NOW).entry(1)


# --- the rule ----------------------------------------------------------------------


EDITS: list[tuple[str, dict[str, Any], bool]] = [
    ("nothing changed", {}, False),
    ("title", {"title": "Led the incident on Friday"}, True),
    ("what changed", {"what_changed": "Checkout recovers in minutes"}, True),
    ("measure added", {"measure": OUTAGE}, True),
    ("noticed by", {"noticed_by": "Payments team"}, True),
    ("spacing only", {"title": f"  {INCIDENT.replace(' ', '  ')} "}, False),
    ("tags", {"tags": ("oncall",)}, False),
    ("dimensions", {"dimensions": ("impact",)}, False),
]


@pytest.mark.parametrize(
    ("edit", "changes", "edited"), EDITS, ids=[row[0] for row in EDITS]
)
def test_edited_since_review_sees_only_what_the_questions_read(
    edit: str, changes: dict[str, Any], edited: bool
) -> None:
    win = _win()
    entry = _judged(win)
    assert edited_since_review(entry, win.with_changes(**changes)) is edited


def test_edited_since_review_is_false_when_it_cannot_know() -> None:
    changed = _win(what_changed="Checkout recovers in minutes")
    older = dataclasses.replace(_judged(_win()), judged="")
    unanswered = ReviewEntry(win_id=1, judged="0123456789abcdef")

    assert not edited_since_review(None, changed)
    assert not edited_since_review(older, changed), "runs saved before the stamp"
    assert not edited_since_review(unanswered, changed), "nothing was judged yet"


# --- the data file -----------------------------------------------------------------


def _review_of(entry: ReviewEntry) -> Review:
    return Review(
        quarter="2026Q4",
        started_at=NOW,
        updated_at=NOW,
        win_ids=(1,),
        entries={1: entry},
    )


def test_the_stamp_is_stored_and_older_files_read_without_it() -> None:
    entry = _judged(_win())
    doc = review_to_json(_review_of(entry))
    assert review_from_json(doc, 3).entry(1).judged == entry.judged

    del doc["entries"]["1"]["judged"]
    assert review_from_json(doc, 3).entry(1).judged == ""


# --- where the verdict is shown ----------------------------------------------------


def test_the_printed_verdict_drops_a_reason_the_edit_may_have_undone() -> None:
    entry = _judged(_win())
    said = " ".join(verdict_lines(entry))
    assert "no change is named" in said

    lines = verdict_lines(entry, edited=True)
    assert lines == [
        catalogue.SUMMARY_PRINT_EDITED.format(kind=entry.verdict.kind.label)
    ]
    assert "no change is named" not in " ".join(lines)


def test_a_call_of_the_users_own_stays_beside_the_flag() -> None:
    entry = dataclasses.replace(
        _judged(_win()), override_kind="next_level", override_note="Led the fix."
    )
    lines = verdict_lines(entry, edited=True)
    assert lines[0] == "next-level (your call): Led the fix."
    assert lines[1].startswith("The four questions said current-level, but the win")


def _reviewed_then_edited(store: Store, clock: FixedClock) -> Win:
    """The new user's case: a win reviewed with no change named, then edited to
    name what changed and its measure."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(Win(title=INCIDENT, date=dt.date(2026, 10, 9))))
    assert win.id is not None
    review = start_review(quarter_of(win.date), [win], NOW)
    review = answer(
        review,
        win.id,
        now=NOW,
        peer_could="yes",
        choice="chose",
        change=read_change(""),
        noticed=Noticed.nobody(),
    )
    review = finish(mark_judged(review, win, now=NOW), now=NOW)
    store.save_review(review)
    return store.update_win(
        framed(win.with_changes(what_changed="Checkout recovers", measure=OUTAGE))
    )


def test_review_print_flags_the_edited_win_and_drops_its_reason(
    store: Store, clock: FixedClock
) -> None:
    _reviewed_then_edited(store, clock)
    out = io.StringIO()
    code = main(["review", "--print"], clock=clock, out=out)
    text = " ".join(out.getvalue().split())

    assert code == 0
    assert "no change is named" not in text
    assert "but the win was edited since this review" in text


def test_the_packet_keeps_the_edit_out_and_tells_the_user_instead(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    win = _reviewed_then_edited(store, clock)
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    # The committee reads the verdict; the note about the edit is the user's.
    assert f"· current-level · {INCIDENT}" in packet
    assert "edited" not in packet

    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    assert "edited" not in out.getvalue()
    told = " ".join(capsys.readouterr().err.split())
    assert (
        catalogue.PACKET_EDITED_ONE_CLI.format(
            title=win.title, reviews="the review of 2026Q4", quarters="2026Q4"
        )
        in told
    )


def test_the_journal_detail_flags_the_edited_win(
    store: Store, clock: FixedClock
) -> None:
    win = _reviewed_then_edited(store, clock)
    found = _review_verdict(win, store.reviews())
    assert found is not None
    assert found[1] == f"current-level · {FLAG}"

    [stored] = store.reviews()
    as_judged = win.with_changes(what_changed="", measure=None)
    assert _review_verdict(as_judged, [stored]) == (found[0], "current-level")


# --- the walk's own writes are no edit -----------------------------------------------


async def test_the_walks_own_writes_to_the_win_never_flag_it(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, noticed_by="Release managers")
    async with run_app(store, clock) as (app, pilot):
        q3 = await walk_field(pilot, ("r", "s", "y", "c"), "#q3")
        q3.value = "Releases roll back on their own"
        await pilot.press("enter")
        walk = app.screen
        await wait_until(
            pilot, lambda: walk.wins[win.id or 0].what_changed.startswith("Releases")
        )
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q4"))
        await pilot.press("y")
        await walk.saved()
        entry = walk.review.entry(win.id or 0)

    [saved] = Store(store.path, clock=clock).wins()
    [review] = Store(store.path, clock=clock).reviews()
    assert saved.what_changed.startswith("Releases"), "the walk wrote to the win"
    assert entry.judged
    assert not edited_since_review(review.entry(win.id or 0), saved)


async def test_the_summary_flags_the_edited_win_in_place_of_what_it_lacks(
    store: Store, clock: FixedClock
) -> None:
    _reviewed_then_edited(store, clock)
    [review] = store.reviews()
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await app.push_screen(ReviewSummaryScreen(review))
        await wait_until(pilot, lambda: bool(app.screen.query(".strong-lacks")))
        [shown] = app.screen.query(".strong-lacks").results(Static)
        assert str(shown.render()) == f"current-level · {FLAG}"
