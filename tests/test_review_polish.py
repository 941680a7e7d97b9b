"""The review walk and its summary as a user meets them: suggestions kept, honest
headings, questions that fit the terminal."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from textual import events
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Label, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    QuarterSummary,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    change_for_win,
    strongest_groups,
    what_it_lacks,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import BURST_SECONDS
from tests.helpers import (
    answer_up_to_the_change,
    answer_up_to_the_names,
    notices,
    run_app,
    seed_win,
    type_text,
    wait_until,
    walk_after,
    walk_field,
)

CHANGED = "Rollbacks stopped being a weekly event after the canary stage went in"


async def press_after_a_pause(pilot: Pilot[None], key: str) -> None:
    """Press a letter key as typed once a notice shown just before could be read.

    Keys typed together are one burst; the key's own time sets it apart.
    """
    typed = events.Key(key, key)
    typed.time += BURST_SECONDS + 1
    pilot.app.post_message(typed)
    await pilot.pause()


async def walk_one_win_to_the_summary(pilot: Pilot[None]) -> None:
    """Walk the only win of the quarter through the four questions to the summary."""
    await pilot.press("r", "s", "y", "a", "enter", "n", "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ReviewSummaryScreen))


async def test_a_command_letter_typed_after_an_answer_keeps_the_suggested_change(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        assert field.selected_text == CHANGED
        # A Tab out of habit straight after the answer still stays here.
        await pilot.press("tab")
        assert app.focused is field

        # "o" meant as Override is held: the field already holds an answer.
        await pilot.press("o")
        assert field.value == CHANGED
        # Typed again, it replaces the suggestion, which showed selected.
        await press_after_a_pause(pilot, "o")
        assert field.value == "o"

        await pilot.press("ctrl+z")
        assert field.value == CHANGED

        await pilot.press("ctrl+u")
        assert field.value == ""
        await pilot.press("ctrl+z")
        assert field.value == CHANGED, "a cleared suggestion comes back too"


async def test_a_command_letter_typed_after_yes_keeps_the_names_on_record(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED, noticed_by="SRE team, VP engineering")
    async with run_app(store, clock) as (app, pilot):
        names = await answer_up_to_the_names(pilot)
        assert names.selected_text == "SRE team, VP engineering"

        # "e" meant as Explain is held: the names stay as they were.
        await pilot.press("e")
        assert names.value.startswith("SRE team, VP engineering")

        await pilot.press("ctrl+z")
        assert names.value == "SRE team, VP engineering"


def summary_of(strongest: int, next_level: int) -> QuarterSummary:
    """A summary whose first ``next_level`` of ``strongest`` wins are next-level."""
    wins = tuple(
        Win(id=number, title=f"Win {number}", date=dt.date(2026, 10, number))
        for number in range(1, strongest + 1)
    )
    return QuarterSummary(
        quarter="2026Q4",
        run=1,
        wins=strongest,
        next_level=next_level,
        current_level=strongest - next_level,
        unclear=0,
        overridden=0,
        impact=0,
        activity=strongest,
        dimensions_with_evidence=(),
        dimensions_without_evidence=(),
        strongest=wins,
        message="",
        strongest_next_level=next_level,
    )


MANAGER_3 = "The 3 wins to put in front of your manager"
MANAGER_2 = "The 2 wins to put in front of your manager"
MANAGER_1 = "The win to put in front of your manager"
CLOSEST_3 = "No win is next-level yet. The 3 closest, and what each lacks"
CLOSEST_1 = "No win is next-level yet. The closest, and what it lacks"
AFTER_1 = "Next closest, not next-level yet, and what it lacks"
AFTER_2 = "The 2 next closest, not next-level yet, and what each lacks"


@pytest.mark.parametrize(
    ("strongest", "next_level", "expected"),
    [
        (0, 0, []),
        (3, 3, [(MANAGER_3, True, 3)]),
        (1, 1, [(MANAGER_1, True, 1)]),
        (3, 0, [(CLOSEST_3, False, 3)]),
        (1, 0, [(CLOSEST_1, False, 1)]),
        (3, 2, [(MANAGER_2, True, 2), (AFTER_1, False, 1)]),
        (3, 1, [(MANAGER_1, True, 1), (AFTER_2, False, 2)]),
    ],
)
def test_only_next_level_wins_are_the_ones_for_the_manager(
    strongest: int, next_level: int, expected: list[tuple[str, bool, int]]
) -> None:
    groups = strongest_groups(summary_of(strongest, next_level))
    assert [(g.heading, g.next_level, len(g.wins)) for g in groups] == expected
    shown = [win for group in groups for win in group.wins]
    assert shown == list(summary_of(strongest, next_level).strongest)


ASSIGNED_QUIET = WinAnswers(
    peer_could=PeerAnswer.YES,
    choice=Choice.ASSIGNED,
    change=ChangeAnswer("Closed the sprint", measured=False),
    noticed=Noticed.nobody(),
)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            ReviewEntry(win_id=1, answers=ASSIGNED_QUIET),
            "current-level · lacks four things: work a peer at your level would "
            "not have done, a choice of your own (it was assigned), a measured "
            "change, and notice from outside your team",
        ),
        (
            ReviewEntry(
                win_id=1,
                win_framing=FRAMING_IMPACT,
                win_has_metric=True,
                answers=replace(ASSIGNED_QUIET, peer_could=PeerAnswer.NO, noticed=None),
            ),
            "unclear · lacks two things: an answer on whether anyone outside "
            "your team noticed, and a choice of your own (it was assigned)",
        ),
        (
            ReviewEntry(
                win_id=1,
                win_has_metric=True,
                answers=replace(
                    ASSIGNED_QUIET,
                    peer_could=PeerAnswer.NOT_SURE,
                    choice=Choice.CHOSE,
                ),
            ),
            "unclear · lacks two things: a sign that a peer at your level could "
            "not have done it, and notice from outside your team",
        ),
        (
            ReviewEntry(
                win_id=1,
                win_has_metric=True,
                answers=replace(
                    ASSIGNED_QUIET,
                    choice=Choice.CHOSE,
                    noticed=Noticed.by("SRE"),
                ),
            ),
            "unclear · lacks work a peer at your level would not have done",
        ),
        (
            ReviewEntry(
                win_id=1,
                answers=replace(ASSIGNED_QUIET, peer_could=PeerAnswer.NOT_SURE),
            ),
            "unclear · lacks four things: a sign that a peer at your level could "
            "not have done it, a choice of your own (it was assigned), a measured "
            "change, and notice from outside your team",
        ),
        (
            ReviewEntry(
                win_id=1,
                win_has_metric=True,
                answers=replace(ASSIGNED_QUIET, peer_could=PeerAnswer.NOT_SURE),
            ),
            "unclear · lacks three things: a sign that a peer at your level could "
            "not have done it, a choice of your own (it was assigned), and notice "
            "from outside your team",
        ),
        (
            # Three questions unanswered and one answered "not sure": each
            # unanswered question counts, so four things are listed and said.
            ReviewEntry(
                win_id=1,
                answers=WinAnswers(peer_could=PeerAnswer.NOT_SURE),
            ),
            "unclear · lacks four things: answers on whether you chose the work, "
            "what changed and whether anyone outside your team noticed, and a "
            "sign that a peer at your level could not have done it",
        ),
        (
            ReviewEntry(
                win_id=1,
                answers=replace(ASSIGNED_QUIET, change=None, noticed=None),
            ),
            "unclear · lacks four things: answers on what changed and whether "
            "anyone outside your team noticed, work a peer at your level would "
            "not have done, and a choice of your own (it was assigned)",
        ),
        (
            ReviewEntry(win_id=1),
            "unclear · lacks answers on whether a peer at your level could have "
            "done it, whether you chose the work, what changed and whether anyone "
            "outside your team noticed",
        ),
        (
            ReviewEntry(
                win_id=1,
                win_has_metric=True,
                answers=replace(
                    ASSIGNED_QUIET,
                    peer_could=PeerAnswer.NO,
                    choice=Choice.CHOSE,
                    noticed=Noticed.by("SRE"),
                ),
                override_kind=VerdictKind.CURRENT_LEVEL,
            ),
            "current-level (your call, no note).",
        ),
        (
            # Called current-level against a next-level test, with nobody
            # outside the team: the user's call and its note decided it, not
            # the lack.
            ReviewEntry(
                win_id=1,
                win_has_metric=True,
                answers=replace(
                    ASSIGNED_QUIET, peer_could=PeerAnswer.NO, choice=Choice.CHOSE
                ),
                override_kind=VerdictKind.CURRENT_LEVEL,
                override_note="Dana sees it as routine for the team",
            ),
            "current-level (your call): Dana sees it as routine for the team",
        ),
    ],
)
def test_a_win_that_is_not_next_level_says_what_it_lacks(
    entry: ReviewEntry, expected: str
) -> None:
    assert what_it_lacks(entry) == expected


async def test_a_summary_without_next_level_wins_names_the_closest_honestly(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        await walk_one_win_to_the_summary(pilot)
        shown = [str(static.render()) for static in app.screen.query(Static)]
        assert not any("in front of your manager" in text for text in shown)
        assert CLOSEST_1 in shown
        assert "current-level · lacks four things: work a peer at your level " in (
            "\n".join(shown)
        )


async def test_question_three_and_how_to_answer_it_fit_on_a_line_each_at_80(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        walk = await walk_after(pilot, "r", "s", "n", "c")
        question = walk.query_one("#q3-label", Label)
        how = walk.query_one("#q3-how", Static)
        await pilot.press("enter")
        await pilot.pause()
        assert str(question.render()).endswith("✓")
        assert question.size.height == 1
        assert how.size.height == 1
        assert str(how.render()).rstrip().endswith("fix it.")


async def test_the_win_stays_named_while_a_question_scrolls_it_away_at_40_by_12(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock, (40, 12)) as (app, pilot):
        walk = await walk_after(pilot, "r", "s", "n")
        page = walk.query_one("#walk", VerticalScroll)
        card = walk.query_one("#win-card")
        pinned = walk.query_one("#win-pinned", Static)

        def question_shown() -> bool:
            focused = app.focused
            return focused is not None and page.region.contains_region(focused.region)

        await wait_until(pilot, lambda: pinned.display and question_shown())
        assert page.scroll_y > card.virtual_region.y + 2, "the card is out of view"
        assert pinned.display
        assert pinned.region.height == 1
        assert "Win 1 of 1: Canary releases" in str(pinned.render())
        assert app.focused is not None
        assert page.region.contains_region(app.focused.region), "the question shows"

        page.scroll_home(animate=False)
        await wait_until(pilot, lambda: page.scroll_y == 0)
        await wait_until(pilot, lambda: not pinned.display)


async def test_the_walk_survives_every_terminal_size(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED, noticed_by="SRE team")
    async with run_app(store, clock) as (app, pilot):
        walk = await walk_after(pilot, "r", "s", "n", "c")
        for width, height in [(40, 12), (20, 6), (41, 13), (120, 40), (40, 12)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
        await pilot.press("enter", "y", "o")
        await pilot.pause()
        assert app.screen is walk
        assert walk.query_one("#q4-who", Input).value.startswith("SRE team")


async def test_the_printed_review_names_the_closest_wins_as_the_screen_does(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        await walk_one_win_to_the_summary(pilot)
    out = io.StringIO()
    assert main(["review", "--print"], clock=clock, out=out) == 0
    printed = " ".join(out.getvalue().split())
    assert "in front of your manager" not in printed
    assert CLOSEST_1 + ":" in printed
    assert "1. Canary releases" in printed
    assert "current-level · lacks four things: work a peer at your level" in printed


# --- typing kept on leaving a win, and letters kept out of filled-in answers -------

TYPED = "Review turnaround fell from 3 days to 1 day"


def seed_two_wins(store: Store) -> Win:
    """Two wins of 2026Q4; returns the second, an activity win named by the SRE
    team, so its question 3 starts empty and its names start filled in."""
    seed_win(store, what_changed=CHANGED)
    win = Win(
        title="Reviewed pull requests for the payments team",
        date=dt.date(2026, 10, 12),
        noticed_by="SRE team",
    )
    second = store.add_win(framed(win))
    assert second.id is not None
    return second


def stored_answers(store: Store, win_id: int) -> WinAnswers | None:
    """The answers the saved review holds for a win; None before it is saved."""
    reviews = store.reviews()
    return reviews[-1].entry(win_id).answers if reviews else None


LEAVING = [
    pytest.param(("pageup", "pagedown"), id="page-up-and-back"),
    pytest.param(("escape",), id="escape"),
    pytest.param(("pagedown",), id="finish"),
]


@pytest.mark.parametrize("route", LEAVING)
async def test_a_change_typed_without_enter_is_kept_on_leaving_the_win(
    store: Store, clock: FixedClock, route: tuple[str, ...]
) -> None:
    win = seed_two_wins(store)
    async with run_app(store, clock) as (app, pilot):
        field = await walk_field(pilot, ("r", "s", "pagedown", "y", "a"), "#q3")
        walk = app.screen
        assert field.value == "", "an activity title is not offered as a change"
        await type_text(pilot, TYPED)

        await pilot.press(*route)

        def kept() -> bool:
            answers = stored_answers(store, win.id)
            change = answers.change if answers else None
            return change is not None and change.text == TYPED

        await wait_until(pilot, kept)
        await wait_until(pilot, lambda: store.win(win.id).what_changed == TYPED)
        if app.screen is walk:
            assert field.value == TYPED, "back on the win, the typing shows"


@pytest.mark.parametrize("route", LEAVING)
async def test_names_added_without_enter_are_kept_on_leaving_the_win(
    store: Store, clock: FixedClock, route: tuple[str, ...]
) -> None:
    win = seed_two_wins(store)
    async with run_app(store, clock) as (app, pilot):
        keys = ("r", "s", "pagedown", "y", "a", "enter", "y", "enter")
        walk = await walk_after(pilot, *keys)
        names = walk.query_one("#q4-who", Input)
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))
        await pilot.press("shift+tab", "end")
        assert app.focused is names
        await type_text(pilot, ", VP engineering")
        assert names.value == "SRE team, VP engineering"

        await pilot.press(*route)

        def kept() -> bool:
            answers = stored_answers(store, win.id)
            noticed = answers.noticed if answers else None
            return noticed is not None and noticed.who == ("SRE team", "VP engineering")

        await wait_until(pilot, kept)
        assert store.win(win.id).noticed_by == "SRE team, VP engineering"
        if app.screen is walk:
            assert names.value == "SRE team, VP engineering"


async def test_a_letter_right_after_an_answer_stays_out_of_the_suggested_change(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        assert field.cursor_position == len(CHANGED), "typing would add at the end"

        # A "y" meant for question 4, then Enter.
        await pilot.press("y")
        assert field.value == CHANGED
        assert catalogue.FILLED_ANSWER_KEY_HELD in notices(app)
        await pilot.press("enter")

        def confirmed() -> bool:
            answers = stored_answers(store, win.id)
            return answers is not None and answers.change is not None

        await wait_until(pilot, confirmed)
        answers = stored_answers(store, win.id)
        assert answers is not None and answers.change is not None
        assert answers.change.text == CHANGED
        assert store.win(win.id).what_changed == CHANGED


async def test_a_letter_right_after_resuming_stays_out_of_the_suggested_change(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s", "n", "c", "escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))
        app.clear_notifications()

        field = await walk_field(pilot, ("s",), "#q3")
        # Home taken for "back to the first question", then an answer key.
        await pilot.press("home", "y")
        assert field.value == CHANGED
        assert catalogue.FILLED_ANSWER_KEY_HELD in notices(app)

        # Only that one key is held: the next one edits, as the notice says.
        await pilot.press("end", "!")
        assert field.value == CHANGED + "!"


async def test_a_letter_right_after_yes_stays_out_of_the_names(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED, noticed_by="product manager for search")
    async with run_app(store, clock) as (app, pilot):
        names = await answer_up_to_the_names(pilot)

        await pilot.press("o")
        assert names.value == "product manager for search"
        assert catalogue.FILLED_ANSWER_KEY_HELD in notices(app)


async def test_ctrl_z_puts_back_a_change_confirmed_by_mistake(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        # Two letters: a single one would be taken for a stray key and put back.
        await pilot.press("y", "x", "z", "enter")
        await wait_until(pilot, lambda: store.win(win.id).what_changed != CHANGED)
        assert app.focused is app.screen.query_one("#q4")

        await pilot.press("ctrl+z")
        assert field.value == CHANGED
        await wait_until(pilot, lambda: store.win(win.id).what_changed == CHANGED)
        restored = store.win(win.id)
        assert (restored.framing, restored.measure) == (win.framing, win.measure)
        answers = stored_answers(store, win.id)
        # Unconfirmed when the win was shown, so unconfirmed again: the answer put
        # back is the one the review held then, not a fresh reading of the win.
        assert answers is not None and answers.change is None
        assert catalogue.WALK_RESTORED_KEPT in notices(app)


async def test_ctrl_z_puts_back_names_confirmed_by_mistake(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED, noticed_by="SRE team")
    async with run_app(store, clock) as (app, pilot):
        names = await answer_up_to_the_names(pilot)
        await pilot.press("o")
        await press_after_a_pause(pilot, "e")
        await pilot.press("x", "enter")
        await wait_until(pilot, lambda: store.win(win.id).noticed_by != "SRE team")

        await pilot.press("ctrl+z")
        assert names.value == "SRE team"
        await wait_until(pilot, lambda: store.win(win.id).noticed_by == "SRE team")
        answers = stored_answers(store, win.id)
        assert answers is not None and answers.noticed is not None
        assert answers.noticed.who == ("SRE team",)


async def test_ctrl_z_after_a_typed_change_on_an_empty_win_leaves_nothing_measured(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        await type_text(pilot, "Sprint velocity rose from 20 to 30 points")
        await pilot.press("enter")
        await wait_until(pilot, lambda: store.win(win.id).measure is not None)

        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: store.win(win.id).measure is None)
        await pilot.press("n")
        await pilot.pause()
        verdict = str(app.screen.query_one("#verdict", Static).content)

    answers = stored_answers(store, win.id)
    assert answers is not None and answers.change is None
    assert field.value == ""
    assert "next-level" not in verdict.split(".")[0]


FLAKY = Measure(before=12, after=1, unit="a week")
MEASURED_WIN = Win(
    title="Reproducible release builds",
    date=dt.date(2026, 10, 5),
    what_changed="Flaky builds dropped from 12 to 1 a week",
    measure=FLAKY,
)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "Flaky builds dropped from 12 to 1 a week (12 → 1 a week) across 4 teams",
            "Flaky builds dropped from 12 to 1 a week across 4 teams",
        ),
        (
            "Flaky builds dropped from 12 to 1 a week (12 → 1 a week)across 4 teams",
            "Flaky builds dropped from 12 to 1 a week across 4 teams",
        ),
        ("Builds are reproducible", "Builds are reproducible"),
        ("  ", ""),
    ],
)
def test_the_measure_the_suggestion_shows_is_not_saved_into_what_changed(
    typed: str, kept: str
) -> None:
    assert change_for_win(typed, MEASURED_WIN) == kept


async def test_typing_on_after_a_suggested_change_keeps_every_key_and_one_measure(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(MEASURED_WIN))
    assert win.id is not None
    async with run_app(store, clock) as (app, pilot):
        field = await walk_field(pilot, ("r", "s", "y", "a"), "#q3")
        await type_text(pilot, " across 4 teams")
        typed = field.value
        await pilot.press("enter")
        await wait_until(pilot, lambda: "teams" in store.win(win.id).what_changed)

    # The change already states the measure's numbers: it is not added again.
    assert typed == "Flaky builds dropped from 12 to 1 a week across 4 teams"
    saved = store.win(win.id)
    assert saved.what_changed == (
        "Flaky builds dropped from 12 to 1 a week across 4 teams"
    )
    assert saved.measure == FLAKY
