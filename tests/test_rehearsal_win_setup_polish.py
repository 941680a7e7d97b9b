"""A plan logged as a win, the rehearsal's greeting and its end, and the set-up form.

Rules are tested as tables on the domain; the screens are driven at 80×24 as a
person would use them, and what they show is read back.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import FRAMING_PLAN
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Win
from careerclimb_tui.domain.rehearsal import (
    DIFFICULTIES,
    EASY,
    start_rehearsal,
)
from careerclimb_tui.domain.target import levels_skipped, target_note
from careerclimb_tui.domain.wins import framed, next_step, saved_note, tally_quarter
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_rehearsal import ENDED, SETUP, RehearsalScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

LADDER = load_shelf().ladders["software-engineer"]
TODAY = dt.date(2026, 11, 18)

PLAN = "Will migrate the billing service to the new queue next month"
ACTIVITY = "Reviewed 40 pull requests for the payments team"
IMPACT = "Cut CI time from 30 to 12 minutes for every team"


def win(title: str, days_ago: int = 0) -> Win:
    """A win framed as it would be saved, dated some days before today."""
    day = TODAY - dt.timedelta(days=days_ago)
    return framed(Win(title=title, date=day))


# --- 1. A plan is labelled a plan, and home waits for it to land --------------------


@pytest.mark.parametrize(
    ("title", "label"),
    [
        (PLAN, FRAMING_PLAN),
        ("We plan to cut build time in half", FRAMING_PLAN),
        ("Hope to get the on-call rota down to one page a week", FRAMING_PLAN),
        (ACTIVITY, FRAMING_ACTIVITY),
        (IMPACT, FRAMING_IMPACT),
    ],
)
def test_a_win_that_only_plans_a_change_is_saved_as_a_plan(
    title: str, label: str
) -> None:
    assert win(title).framing == label


def plan_step(count: int) -> str:
    noun, verb = ("win", "is") if count == 1 else ("wins", "are")
    return catalogue.NEXT_PLAN_LANDED.format(count=count, noun=noun, verb=verb)


def reframe_step(count: int) -> str:
    noun, verb = ("win", "is") if count == 1 else ("wins", "are")
    return catalogue.NEXT_REFRAME.format(count=count, noun=noun, verb=verb)


@pytest.mark.parametrize(
    ("wins", "step"),
    [
        ([win(PLAN)], plan_step(1)),
        ([win(PLAN), win("We plan to cut build time in half")], plan_step(2)),
        ([win(PLAN), win(IMPACT)], plan_step(1)),
        ([win(PLAN), win(ACTIVITY)], reframe_step(1)),
        ([win(ACTIVITY)], reframe_step(1)),
        ([win(PLAN, days_ago=20)], catalogue.NEXT_LOG_AGAIN.format(days=20)),
        ([win(IMPACT)], catalogue.NEXT_ALL_IMPACT),
    ],
)
def test_home_asks_a_plan_to_come_back_once_landed_not_for_what_changed(
    wins: list[Win], step: str
) -> None:
    assert next_step(wins, TODAY) == step


@pytest.mark.parametrize(
    ("titles", "counts"),
    [
        ((PLAN,), (1, 0, 0, 1)),
        ((PLAN, ACTIVITY, IMPACT), (3, 1, 1, 1)),
        ((ACTIVITY, ACTIVITY), (2, 0, 2, 0)),
    ],
)
def test_a_quarter_counts_plans_apart_from_activity(
    titles: tuple[str, ...], counts: tuple[int, int, int, int]
) -> None:
    tally = tally_quarter([win(title) for title in titles], quarter_of(TODAY))
    assert (tally.total, tally.impact, tally.activity, tally.planned) == counts


@pytest.mark.parametrize(
    ("title", "note"),
    [
        (PLAN, catalogue.LOG_SAVED_PLAN.format(id=7)),
        (ACTIVITY, catalogue.LOG_SAVED.format(id=7, framing="activity")),
        (IMPACT, catalogue.LOG_SAVED.format(id=7, framing="impact")),
    ],
)
def test_the_note_on_saving_names_a_plan_as_a_plan(title: str, note: str) -> None:
    assert saved_note(win(title).with_changes(id=7)) == note


async def test_a_plan_logged_from_home_is_shown_as_a_plan_with_its_own_nudge(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, LogWinScreen)
        await type_text(pilot, PLAN)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await wait_until(pilot, lambda: "plan" in step_shown(app.screen))
        step = step_shown(app.screen)
        quarter = str(app.screen.query_one("#quarter-line", Static).content)

    [saved] = store.wins()
    assert saved.framing == FRAMING_PLAN
    assert step == f"Next: {plan_step(1)}"
    assert "0 activity-only" in quarter


def step_shown(screen: object) -> str:
    assert isinstance(screen, HomeScreen)
    return str(screen.query_one("#next-step", Static).content)


# --- 2. The manager's greeting promises no time the rehearsal does not give ---------


UNHURRIED = re.compile(
    r"\b(?:no rush|no hurry|take your time|plenty of time|as long as you like"
    r"|(?:the )?(?:full|whole|entire) (?:half[ -]hour|hour|thirty minutes))\b",
    re.IGNORECASE,
)
"""Words that promise more time than a rehearsal gives: it runs out of time
after the difficulty's turns, with a warning two lines before."""


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_bundled_manager_promises_the_full_half_hour_at_any_difficulty(
    difficulty: str,
) -> None:
    bank = load_manager_bank()
    greetings = {
        start_rehearsal(bank, difficulty, seed, manager_id=manager.id).turns[0].text
        for manager in bank.managers
        for seed in range(40)
    }
    assert greetings
    assert not [line for line in greetings if UNHURRIED.search(line)]


# --- 3. Typing on after the rehearsal ends by itself is kept ------------------------


async def test_typing_on_after_the_manager_runs_out_of_time_is_kept_as_a_note(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=3, difficulty=EASY))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.rehearsal is not None
        while screen.phase != ENDED:
            screen.query_one("#say", Input).value = "Could you tell me more?"
            await pilot.press("enter")
            await pilot.pause()
        assert screen.rehearsal.kinds[-1] == "closing_out_of_time"

        # The user was already typing their next line as the meeting closed.
        await type_text(pilot, "and one more thing on the design review")
        box = screen.query_one("#say", Input)
        kept_in_box = box.value
        keys = str(screen.query_one("#say-keys", Static).content)

        await pilot.press("enter")
        await pilot.pause()
        chat = screen.query_one("#chat", VerticalScroll)
        notes = [str(n.content) for n in chat.query(".unsaid").results(Static)]
        card_after_note = [w.id for w in chat.children][-1] == "scorecard"

        await pilot.press("ctrl+n", "y")
        phase_after_n = screen.phase

    assert kept_in_box == "and one more thing on the design review"
    assert keys == catalogue.MANAGER_REHEARSE_OVER_KEYS
    assert notes == [
        f"{catalogue.MANAGER_REHEARSE_NOT_SAID}\n"
        "and one more thing on the design review"
    ]
    assert card_after_note
    assert phase_after_n == SETUP


# --- 4. A target that skips a level is said to skip it ------------------------------


@pytest.mark.parametrize(
    ("current", "target", "skipped", "note"),
    [
        ("mid", "senior", (), ""),
        (
            "mid",
            "staff",
            ("senior",),
            catalogue.SETUP_TARGET_SKIPS.format(
                target="Staff engineer", steps=2, first="Senior engineer"
            ),
        ),
        (
            "junior",
            "staff",
            ("mid", "senior"),
            catalogue.SETUP_TARGET_SKIPS.format(
                target="Staff engineer", steps=3, first="Software engineer"
            ),
        ),
        ("senior", "mid", (), ""),
        ("principal", "principal", (), ""),
        ("mid", "no-such-level", (), ""),
    ],
)
def test_a_target_more_than_one_level_up_names_the_level_that_comes_first(
    current: str, target: str, skipped: tuple[str, ...], note: str
) -> None:
    found = levels_skipped(LADDER, current, target)
    assert tuple(level.id for level in found) == skipped
    assert target_note(LADDER, current, target) == note


async def test_the_profile_form_says_a_skipped_level_and_still_saves_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, SetupScreen)
        note = form.query_one("#target-note", Static)
        shown_at_first = note.display

        form.query_one("#target", Select).value = "staff"
        await pilot.pause()
        shown = note.display, str(note.content)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    profile = store.profile()
    assert shown_at_first is False
    assert shown == (True, target_note(LADDER, "mid", "staff"))
    assert profile is not None and profile.target_level == "staff"


# --- 5. The set-up form keeps clear of its scrollbar --------------------------------


async def test_the_set_up_form_keeps_a_column_between_its_text_and_its_scrollbar(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen.query_one("#setup-form", VerticalScroll)
        assert form.show_vertical_scrollbar
        bar = form.vertical_scrollbar.region
        parts = [child.region for child in form.children if child.display]

    assert parts
    assert all(region.right < bar.x for region in parts), (parts, bar)


# --- 6. The hint on who noticed a result wraps instead of being cut ------------------


async def test_the_expected_noticers_hint_wraps_under_the_field_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    hint = catalogue.RESULT_NOTICED_EXPECTED.format(
        who="Mobile, payments and the platform teams, and the release managers"
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = LogWinScreen(
            draft=Win(title=IMPACT, date=clock.today()), noticed_hint=hint
        )
        await app.push_screen(form)
        await pilot.pause()
        shown = form.query_one("#noticed-hint", Static)
        field = form.query_one("#noticed", Input)
        await wait_until(pilot, lambda: shown.size.height > 0)
        text, lines, width = str(shown.content), shown.size.height, shown.size.width
        placeholder = str(field.placeholder)
        title = form.query_one("#title", TextArea).text

    assert title == IMPACT
    assert text == hint
    assert len(hint) > width and lines >= 2
    assert placeholder == ""
