"""After a rehearsal ends, however it ended, the box takes notes: plain letters
are typed there, Enter adds each note to the page and clears the box for the
next, and a new rehearsal starts only on Ctrl+N, after asking, as the scorecard
goes. Rehearsals are not saved, so leaving with notes asks first too, and the
end says so once."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.domain.rehearsal import REALISTIC
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    SETUP,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text, wait_until

SMALL_TALK = "Thanks for making the time today."


def notes_kept(screen: RehearsalScreen) -> list[str]:
    """The notes kept in the chat after the end, newest last, without their name."""
    chat = screen.query_one("#chat", VerticalScroll)
    return [
        str(note.content).split("\n", 1)[1]
        for note in chat.query(".unsaid").results(Static)
    ]


async def keep_notes(pilot: Pilot[None], *notes: str) -> None:
    """Type each note key by key and press Enter after it, as a person would."""
    for note in notes:
        await type_text(pilot, note)
        await pilot.press("enter")


def still_on_the_scorecard(screen: RehearsalScreen) -> bool:
    """True while the ended rehearsal and its scorecard are on screen, the note
    box open and focused."""
    box = screen.query_one("#say", Input)
    return (
        screen.phase == ENDED
        and screen.query_one("#scorecard").display
        and screen.query_one("#say-box").display
        and screen.app.focused is box
    )


async def test_notes_with_an_n_after_a_meeting_that_ended_by_itself_stay_notes(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=5, difficulty=REALISTIC))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.phase == TALKING)
        while screen.phase == TALKING:
            screen.query_one("#say", Input).value = SMALL_TALK
            await pilot.press("enter")
            await wait_until(pilot, lambda: not screen.query_one("#say", Input).value)
        seed = screen.rehearsal.seed if screen.rehearsal else None

        await keep_notes(pilot, "Thanks", "ok", "fine")
        await wait_until(pilot, lambda: len(notes_kept(screen)) == 3)
        kept = notes_kept(screen)
        box_after = screen.query_one("#say", Input).value
        stayed = still_on_the_scorecard(screen)

    assert seed == 5
    assert kept == ["Thanks", "ok", "fine"]
    assert box_after == ""
    assert stayed


async def test_notes_after_ending_the_meeting_with_ctrl_f_stay_notes(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "r", "enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, RehearsalScreen) and app.screen.phase == TALKING
            ),
        )
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        box_open = still_on_the_scorecard(screen)
        placeholder = screen.query_one("#say", Input).placeholder
        keys = str(screen.query_one("#say-keys", Static).content)

        await keep_notes(pilot, "Ask about budget next time")
        await type_text(pilot, "Also practise naming the cycle")
        typed = screen.query_one("#say", Input).value
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(notes_kept(screen)) == 2)
        kept = notes_kept(screen)
        stayed = still_on_the_scorecard(screen)

    assert box_open
    assert placeholder == catalogue.MANAGER_REHEARSE_OVER_PLACEHOLDER
    assert "Ctrl+N" in keys
    assert typed == "Also practise naming the cycle"
    assert kept == ["Ask about budget next time", "Also practise naming the cycle"]
    assert stayed


async def test_a_new_rehearsal_after_the_end_asks_before_the_scorecard_goes(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=5))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.phase == TALKING)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)

        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = app.screen.question
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        kept_after_no = still_on_the_scorecard(screen)

        await pilot.press("ctrl+n", "y")
        await wait_until(pilot, lambda: screen.phase == SETUP)

    assert question == catalogue.MANAGER_REHEARSE_NEW
    assert "scorecard" in question
    assert kept_after_no


async def test_leaving_after_adding_notes_asks_first_as_the_notes_go(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=5))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.phase == TALKING)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        await keep_notes(pilot, "Bring the deploy numbers")
        await wait_until(pilot, lambda: len(notes_kept(screen)) == 1)

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = app.screen.question
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        kept_after_no = notes_kept(screen)
        stayed = still_on_the_scorecard(screen)

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: screen not in app.screen_stack)

    assert question == catalogue.MANAGER_REHEARSE_LEAVE_NOTES
    assert "not saved" in question and "notes" in question
    assert kept_after_no == ["Bring the deploy numbers"]
    assert stayed


async def test_the_end_says_once_that_notes_are_not_said_nor_saved(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=5))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.phase == TALKING)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        said = [
            str(screen.query_one("#say-box").border_title),
            str(screen.query_one("#say-keys", Static).content),
            str(screen.query_one("#say", Input).placeholder),
        ]
        await wait_until(
            pilot, lambda: said[0] in app.export_screenshot().replace("&#160;", " ")
        )

    words = " ".join(said)
    assert words.count("to yourself") == 1
    assert words.count("meeting is over") == 1
    assert "not saved" in said[0]
    assert "kept" not in words and "keeps" not in words
    assert len(said[2]) <= 24
