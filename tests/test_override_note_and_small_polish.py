"""A note kept with the four questions' verdict, and small polish around it."""

from __future__ import annotations

import datetime as dt
import io
import threading
from typing import Any

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    VerdictKind,
    answer,
    call_to_keep,
    carry_forward,
    finish,
    override,
    read_change,
    start_review,
)
from careerclimb_tui.screens import export as export_screen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import (
    notices,
    run_app,
    seed_win,
    type_text,
    wait_until,
)

NOTE = "It was assigned but I widened it to the whole monorepo"
Q4 = Quarter(2026, 4)
FIRST = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc)


# --- a note beside a call the four questions agree with ---------------------------


async def test_a_note_with_an_agreeing_call_is_kept_with_the_verdict(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        # Answers that make the win current-level, then the same call and a note.
        await pilot.press("r", "s", "y", "a", "enter", "n", "o")
        assert isinstance(app.screen, OverrideDialog)
        await pilot.press("up", "up", "enter")
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s")

        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen), "saved without a question"
        await wait_until(
            pilot, lambda: catalogue.WALK_NOTE_KEPT_WITH_VERDICT in notices(app)
        )
        card = str(walk.query_one("#verdict", Static).content)
        assert "current-level" in card
        assert catalogue.WALK_OVERRIDE_NOTE.format(note=NOTE) in card
        await walk.saved()

    [review] = Store(store.path, clock=clock).reviews()
    entry = review.entry(win.id or 0)
    assert not entry.is_overridden
    assert entry.override_note == NOTE


def test_a_note_with_the_verdict_is_stored_and_carried_into_a_rerun(
    store: Store,
) -> None:
    wins = [Win(id=1, title="Monorepo lint", date=dt.date(2026, 10, 1))]
    first = start_review(Q4, wins, FIRST)
    first = answer(
        first,
        1,
        now=FIRST,
        peer_could=PeerAnswer.YES,
        choice=Choice.ASSIGNED,
        change=read_change("Lint runs fell from 9 to 2 minutes"),
        noticed=Noticed.nobody(),
    )
    kind = first.entry(1).verdict.kind
    assert call_to_keep(first.entry(1), kind) is None
    first = override(first, 1, call_to_keep(first.entry(1), kind), NOTE, now=FIRST)
    store.save_review(finish(first, now=FIRST))

    [saved] = store.reviews()
    assert saved.entry(1).override_note == NOTE
    second = carry_forward(start_review(Q4, wins, LATER, earlier=[saved]), [saved])

    assert not second.entry(1).is_overridden
    assert second.entry(1).override_note == NOTE


def test_removing_an_override_keeps_only_a_note_given_with_it() -> None:
    wins = [Win(id=1, title="Monorepo lint", date=dt.date(2026, 10, 1))]
    review = start_review(Q4, wins, FIRST)
    review = override(review, 1, VerdictKind.NEXT_LEVEL, "Mine", now=FIRST)

    assert override(review, 1, None, now=FIRST).entry(1).override_note == ""
    kept = override(review, 1, None, " Context ", now=FIRST)
    assert kept.entry(1).override_note == "Context"


# --- the export screen says the preview is on its way -----------------------------


async def test_the_export_says_the_preview_is_being_prepared(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_win(store)
    ready = threading.Event()
    build = export_screen.collect_packet

    def held_build(*args: Any, **kwargs: Any) -> Any:
        # The preview is built off the event loop; it waits here until told.
        ready.wait(timeout=10)
        return build(*args, **kwargs)

    monkeypatch.setattr(export_screen, "collect_packet", held_build)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, export_screen.ExportScreen)
        status = screen.query_one("#export-status", Static)
        preview = screen.query_one("#export-preview", MarkdownPreview)

        assert str(status.content) == catalogue.EXPORT_PREPARING
        assert preview.text == ""

        ready.set()
        await wait_until(pilot, lambda: "Canary releases" in preview.text)
        assert str(status.content) != catalogue.EXPORT_PREPARING


# --- a win dated in the future ----------------------------------------------------


async def test_a_future_date_is_said_in_words_and_the_date_gets_the_focus(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Cut CI time in half")
        date = form.query_one("#date", Input)
        date.value = "11/12/2026"
        tags = form.query_one("#tags", Input)
        tags.focus()
        await pilot.press("ctrl+s")

        future = dt.date(2026, 12, 11)
        assert future > clock.today()
        said = catalogue.DATE_IN_FUTURE.format(day=day_in_words(future))
        error = form.query_one("#date-error", Static)
        await wait_until(pilot, lambda: str(error.render()) == said)
        assert app.screen is form, "nothing saved"
        assert app.focused is date
    assert store.wins() == []


def test_the_printed_review_shows_a_note_kept_with_the_verdict(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Monorepo lint", date=dt.date(2026, 10, 1)))
    review = start_review(Q4, [win], FIRST)
    review = answer(
        review,
        win.id,
        now=FIRST,
        peer_could=PeerAnswer.YES,
        choice=Choice.ASSIGNED,
        change=read_change("Lint runs fell from 9 to 2 minutes"),
        noticed=Noticed.nobody(),
    )
    kind = review.entry(win.id).verdict.kind
    review = override(
        review, win.id, call_to_keep(review.entry(win.id), kind), NOTE, now=FIRST
    )
    store.save_review(finish(review, now=FIRST))
    out = io.StringIO()

    code = main(["review", "--quarter", "2026Q4", "--print"], clock=clock, out=out)

    printed = out.getvalue()
    assert code == 0
    assert catalogue.SUMMARY_PRINT_NOTE.format(note=NOTE) in printed
    assert "(your call" not in printed
