"""A result win's drafted "what changed" follows its measure's figures."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    drafted_what_changed,
    what_changed_for_measure,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, notices, type_text, wait_until

RERUNS = Measure(before=60, after=12, unit="reruns", label="CI reruns per week")
FEWER = Measure(before=60, after=8, unit="reruns", label="CI reruns per week")
DRAFTED = "CI reruns per week went from 60 to 12"


def test_the_drafted_sentence_names_the_measure_and_both_ends() -> None:
    assert drafted_what_changed(RERUNS) == DRAFTED
    assert drafted_what_changed(Measure(before=60, after=12)) == ""
    assert drafted_what_changed(Measure(change_pct=-40, label="pages")) == ""


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The drafted sentence follows, alone or among the user's own words.
        (DRAFTED, FEWER, ("CI reruns per week went from 60 to 8", False)),
        (
            f"{DRAFTED}, so reviews start sooner.",
            FEWER,
            ("CI reruns per week went from 60 to 8, so reviews start sooner.", False),
        ),
        # A text the user wrote is kept; it may be out of date when it still
        # names a figure the measure no longer has.
        ("Reruns: 60 to 12 a week.", FEWER, ("Reruns: 60 to 12 a week.", True)),
        ("Reruns fell sharply.", FEWER, ("Reruns fell sharply.", False)),
        ("Reruns: 60 to 8 a week.", FEWER, ("Reruns: 60 to 8 a week.", False)),
        # The same figures, or no measure, leave any text as it is.
        ("Reruns: 60 to 12.", RERUNS, ("Reruns: 60 to 12.", False)),
        ("Reruns: 60 to 12.", None, ("Reruns: 60 to 12.", False)),
    ],
)
def test_what_changed_follows_a_new_figure_unless_the_user_wrote_it(
    text: str, now: Measure | None, expected: tuple[str, bool]
) -> None:
    assert what_changed_for_measure(text, RERUNS, now) == expected


def test_nothing_was_written_for_no_measure() -> None:
    assert what_changed_for_measure("Faster.", None, FEWER) == ("Faster.", False)


async def _edit_after(
    store: Store, clock: FixedClock, what_changed: str
) -> tuple[Win, list[str]]:
    """Open a stored result win, type 8 as its after and save.

    Returns:
        The win as saved, and the notices on screen then.
    """
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        Win(
            title="Cut CI reruns from 60 to 12",
            what_changed=what_changed,
            date=dt.date(2026, 11, 2),
            measure=RERUNS,
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        form = LogWinScreen(win)
        await app.push_screen(form)
        await wait_until(pilot, lambda: app.screen is form)
        after = form.query_one("#after", Input)
        after.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "8")
        changed = form.query_one("#changed", TextArea)
        if what_changed == DRAFTED:
            await wait_until(pilot, lambda: changed.text.endswith("60 to 8"))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, LogWinScreen))
        shown = notices(app)
    return store.win(win.id or 0), shown


async def test_editing_the_figure_redrafts_the_drafted_what_changed(
    store: Store, clock: FixedClock
) -> None:
    saved, shown = await _edit_after(store, clock, DRAFTED)

    assert saved.measure is not None and saved.measure.after == 8
    assert saved.what_changed == "CI reruns per week went from 60 to 8"
    assert not any("out of date" in said for said in shown)


async def test_editing_the_figure_keeps_the_users_words_and_says_they_may_be_old(
    store: Store, clock: FixedClock
) -> None:
    mine = "Reruns fell from 60 to 12 a week, so reviews start sooner."
    saved, shown = await _edit_after(store, clock, mine)

    assert saved.what_changed == mine
    told = catalogue.LOG_CHANGED_MAY_BE_OLD.format(
        old="60 → 12 reruns", new="60 → 8 reruns"
    )
    assert told in shown
