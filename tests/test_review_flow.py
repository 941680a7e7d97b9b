"""A quarterly review walked by keyboard, left half-way, resumed and summed up."""

from __future__ import annotations

import datetime as dt
import io
import json

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Button, DataTable, Input, Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import make_app, type_text, wait_until

# (title, measure, dimensions, keys that answer the four questions)
QUARTER: list[tuple[str, Measure | None, tuple[str, ...], tuple[str, ...]]] = [
    (
        "Kept on-call clean: every page answered inside the SLA",
        None,
        ("ownership_initiative",),
        ("y", "a", "enter", "n"),
    ),
    (
        "Shipped the billing export on the promised date",
        None,
        ("execution",),
        ("y", "a", "enter", "n"),
    ),
    (
        "Scoped the flaky-test clean-up myself and drove it across three teams",
        Measure(before=12, after=1, unit="%", label="flaky runs"),
        ("scope_impact", "collaboration_influence"),
        ("n", "c", "enter", "y", *"platform team", "enter"),
    ),
    (
        "Fixed the login bug I was assigned",
        None,
        ("execution",),
        ("y", "a", "enter", "n"),
    ),
    (
        "Proposed and led the on-call rotation redesign",
        Measure(before=40, after=12, unit="pages/week", label="pages"),
        ("ownership_initiative", "technical_direction"),
        ("n", "c", "enter", "y", *"SRE", "enter"),
    ),
    (
        "Reviewed 150 PRs this quarter",
        None,
        ("collaboration_influence",),
        ("y", "a", "enter", "n"),
    ),
]


def seed_quarter(store: Store, clock: FixedClock) -> list[Win]:
    store.save_profile(DEMO_PROFILE)
    first = dt.date(2026, 10, 5)
    saved = []
    for offset, (title, measure, dims, _) in enumerate(QUARTER):
        win = Win(
            title=title,
            date=first + dt.timedelta(days=7 * offset),
            measure=measure,
            dimensions=dims,
        )
        saved.append(store.add_win(framed(win)))
    return saved


async def answer_win(pilot: Pilot[None], keys: tuple[str, ...]) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, ReviewWalkScreen)
    position = screen.review.position
    await pilot.press(*keys)
    await pilot.press("enter")
    await wait_until(
        pilot,
        lambda: (
            not isinstance(pilot.app.screen, ReviewWalkScreen)
            or pilot.app.screen.review.position == position + 1
        ),
    )


async def test_a_quarter_walked_by_keyboard_left_half_way_and_resumed(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewsScreen)
        await pilot.press("s")
        assert isinstance(app.screen, ReviewWalkScreen)
        for *_, keys in QUARTER[:3]:
            await answer_win(pilot, keys)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

    [half] = Store(store.path, clock=clock).reviews()
    assert half.position == 3 and not half.is_finished
    assert [e.kind.value for e in half.entries_in_order()[:3]] == [
        "current_level",
        "current_level",
        "next_level",
    ]

    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        walk = again.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert walk.review.position == 3, "the walk resumes where it was left"
        for *_, keys in QUARTER[3:]:
            await answer_win(pilot, keys)
        await wait_until(pilot, lambda: isinstance(again.screen, ReviewSummaryScreen))

    [review] = Store(store.path, clock=clock).reviews()
    assert review.is_finished
    kinds = [entry.kind.value for entry in review.entries_in_order()]
    assert kinds == [
        "current_level",
        "current_level",
        "next_level",
        "current_level",
        "next_level",
        "current_level",
    ]
    third = review.entries_in_order()[2]
    assert third.answers.noticed is not None
    assert third.answers.noticed.who == ("platform team",)

    out = io.StringIO()
    assert main(["review", "--quarter", "2026Q4", "--json"], clock=clock, out=out) == 0
    summary = json.loads(out.getvalue())["summary"]
    assert (summary["wins"], summary["next_level"], summary["current_level"]) == (
        6,
        2,
        4,
    )
    assert summary["unclear"] == 0
    assert summary["message"], "mostly current-level work gets the method's message"
    assert set(summary["dimensions_with_evidence"]) == {
        "scope_impact",
        "collaboration_influence",
        "ownership_initiative",
        "technical_direction",
    }


async def test_an_override_is_kept_with_its_note(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "o")
        # Enter on the call moves on to why.
        await pilot.press("up", "up", "enter")
        await type_text(pilot, "Led it for the whole org")
        await pilot.press("enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
    [review] = Store(store.path, clock=clock).reviews()
    entry = review.entries_in_order()[0]
    assert entry.is_overridden
    assert entry.override_note == "Led it for the whole org"


async def test_fixing_what_changed_updates_the_win(
    store: Store, clock: FixedClock
) -> None:
    wins = seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "y", "a")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        field = walk.query_one("#q3", Input)
        field.value = "Nobody was paged twice for the same alert all quarter"
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: store.win(wins[0].id or 0).what_changed.startswith("Nobody")
        )
        await pilot.press("escape")


async def test_a_second_run_keeps_the_first(store: Store, clock: FixedClock) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        for *_, keys in QUARTER:
            await answer_win(pilot, keys)
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        # A finished run exists: the new one starts once the user agrees.
        await pilot.press("r", "y")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        await pilot.press("s", "a", "enter", "n", "enter")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
    runs = sorted(Store(store.path, clock=clock).reviews(), key=lambda r: r.run)
    assert [r.run for r in runs] == [1, 2]
    assert runs[0].is_finished and runs[0].entries_in_order()[0].kind.value == (
        "current_level"
    )
    assert runs[1].entries_in_order()[0].answers.peer_could is not None


async def test_the_gap_view_and_home_line_follow_the_review(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        for *_, keys in QUARTER:
            await answer_win(pilot, keys)
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await pilot.press("g")
        table = app.screen.query_one("#gap-table", DataTable)
        statuses = {
            str(table.get_row_at(i)[0]): str(table.get_row_at(i)[1])
            for i in range(table.row_count)
        }
        assert statuses["Scope and impact"] == "thin"
        assert statuses["Mentoring and growing others"] == "missing"
    out = io.StringIO()
    assert main(["gaps", "--json"], clock=clock, out=out) == 0
    view = json.loads(out.getvalue())
    assert view["weeks_remaining"] == (dt.date(2027, 3, 31) - clock.today()).days // 7


async def test_page_keys_move_between_wins_while_a_question_is_focused(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert app.focused is walk.query_one("#q1")

        await pilot.press("pagedown")
        await wait_until(pilot, lambda: walk.review.position == 1)
        assert app.focused is walk.query_one("#q1")

        await pilot.press("pageup")
        await wait_until(pilot, lambda: walk.review.position == 0)
        await pilot.press("escape")


async def test_wins_added_after_a_finished_run_are_named_with_how_to_include_them(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await walk_every_win(pilot)
    for day in (dt.date(2026, 11, 16), dt.date(2026, 11, 17)):
        store.add_win(framed(Win(title="Unblocked the mobile release", date=day)))

    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        state = str(again.screen.query_one("#quarter-state", Static).render())
        assert "2026Q4: 8 wins; run 1 finished" in state
        assert "2 wins of 2026Q4 were added after run 1 started" in state
        assert "start a new run" in state

        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(again.screen, ReviewSummaryScreen))
        left_out = again.screen.query_one("#summary-left-out", Static)
        assert "2 wins of 2026Q4 were added after run 1 started" in str(
            left_out.render()
        )

    printed = io.StringIO()
    main(["review", "--quarter", "2026Q4", "--print"], clock=clock, out=printed)
    assert "6 wins: 2 next-level" in printed.getvalue()
    assert "2 wins of 2026Q4 were added after run 1 started" in printed.getvalue()
    out = io.StringIO()
    main(["review", "--quarter", "2026Q4", "--json"], clock=clock, out=out)
    summary = json.loads(out.getvalue())["summary"]
    assert summary["wins"] == 6
    assert len(summary["left_out"]) == 2
    assert summary["left_out_message"].startswith("2 wins of 2026Q4")


async def test_a_printed_override_shows_the_users_call_and_the_questions_reason(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # An unmeasured activity win, which the user calls next-level anyway.
        await pilot.press("r", "s", "s", "c", "enter", "n", "o")
        await pilot.press("up", "up", "up", "enter")
        await type_text(pilot, "My manager named it as a promotion example")
        await pilot.press("enter", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

    printed = io.StringIO()
    main(["review", "--quarter", "2026Q4", "--print"], clock=clock, out=printed)
    text = " ".join(printed.getvalue().split())
    assert "next-level (your call): My manager named it as a promotion example" in text
    assert "The four questions said unclear: this reads as activity" in text
    assert "next-level: this reads as activity" not in text
    assert "1 verdict is your own call" in text


async def test_the_last_win_offers_to_finish_instead_of_a_next_win(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        button = walk.query_one("#next", Button)
        assert "Next win" in str(button.label)

        for _ in QUARTER[:-1]:
            await pilot.press("pagedown")
        await wait_until(pilot, lambda: walk.review.position == len(QUARTER) - 1)
        assert "Finish" in str(button.label)
        assert "Next win" not in str(button.label)

        await pilot.press("pageup")
        await wait_until(pilot, lambda: walk.review.position == len(QUARTER) - 2)
        assert "Next win" in str(button.label)
        await pilot.press("escape")


async def test_a_long_prefilled_change_shows_its_start_when_reached(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    changed = (
        "Release rollbacks stopped being a weekly event for the payments, checkout "
        "and ledger services after the canary stage went in"
    )
    store.add_win(
        framed(
            Win(
                title="Canary releases", date=dt.date(2026, 10, 5), what_changed=changed
            )
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        field = walk.query_one("#q3", Input)
        await pilot.pause()
        assert field.scroll_x == 0, "the start shows before the field is reached"

        await pilot.press("n", "c")
        await wait_until(pilot, lambda: app.focused is field)
        await pilot.pause()
        assert field.value == changed
        # Reached, it still reads from its start until the user types.
        assert field.cursor_position == len(changed)
        assert field.scroll_x == 0

        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is not field)
        await pilot.pause()
        assert field.scroll_x == 0, "left, the change reads from its start again"

        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is field)
        await pilot.press("ctrl+u")
        await type_text(pilot, "Rollbacks fell from 4 a month to 0")
        assert field.value == "Rollbacks fell from 4 a month to 0"
        await pilot.press("escape")


async def test_who_noticed_is_suggested_from_the_win_and_kept_once_confirmed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(
            Win(
                title="Cut checkout latency from 900 ms to 300 ms",
                date=dt.date(2026, 10, 5),
                noticed_by="SRE team, VP engineering",
            )
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert app.focused is walk.query_one("#q4")
        hint = walk.query_one("#q4-suggested", Static)
        assert hint.display
        assert "SRE team, VP engineering" in str(hint.render())
        assert walk.query_one("#q4-who", Input).value == "SRE team, VP engineering"
        [entry] = walk.review.entries_in_order()
        assert entry.answers.noticed is None, "a suggestion is not an answer yet"

        await pilot.press("enter", "enter")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

    [review] = Store(store.path, clock=clock).reviews()
    noticed = review.entries_in_order()[0].answers.noticed
    assert noticed is not None and noticed.outside
    assert noticed.who == ("SRE team", "VP engineering")


async def walk_every_win(pilot: Pilot[None]) -> None:
    """Walk the seeded quarter from the home screen to its summary."""
    await pilot.press("r", "s")
    for *_, keys in QUARTER:
        await answer_win(pilot, keys)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ReviewSummaryScreen))


async def test_explain_shows_and_hides_the_focused_questions_explanation(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q1 = walk.query_one("#q1", QuestionRow)
        q2 = walk.query_one("#q2", QuestionRow)
        closed = q1.size.height

        await pilot.press("e")
        await pilot.pause()
        assert q1.explained and q1.size.height > closed, "shown on the first press"
        assert not q2.explained

        await pilot.press("e")
        await pilot.pause()
        assert not q1.explained and q1.size.height == closed, "and collapsed again"

        # With question 1 answered, the focus is on question 2: it is the one shown.
        await pilot.press("y")
        assert app.focused is q2
        await pilot.press("e")
        await pilot.pause()
        assert q2.explained and q2.size.height > closed
        assert not q1.explained
        await pilot.press("escape")


async def test_resuming_opens_the_first_win_with_questions_left_at_its_top(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        # Every question of the first win answered, then left before moving on.
        await pilot.press("y", "a", "enter", "n")
        await wait_until(pilot, lambda: walk.review.entries_in_order()[0].is_settled)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

        await pilot.press("s")
        resumed = app.screen
        assert isinstance(resumed, ReviewWalkScreen)
        await pilot.pause()
        assert resumed.review.position == 1
        assert app.focused is resumed.query_one("#q1")
        assert resumed.query_one("#walk", VerticalScroll).scroll_y == 0
        card = str(resumed.query_one("#win-card", Static).render())
        assert QUARTER[1][0] in card
        await pilot.press("escape")


async def test_yes_to_question_four_asks_for_the_names_before_the_verdict(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter", "y")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        verdict = walk.query_one("#verdict", Static)
        assert str(verdict.render()) == catalogue.WALK_WHO_FIRST
        first = walk.review.entries_in_order()[0]
        assert first.answers.noticed is None, "the yes waits for the names"

        await type_text(pilot, "Payments team\n")
        first = walk.review.entries_in_order()[0]
        assert first.answers.noticed is not None
        assert first.answers.noticed.who == ("Payments team",)
        assert str(verdict.render()).startswith("Verdict:")

        # Moving on without Enter leaves a yes with no names unanswered.
        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.review.position == 1)
        await pilot.press("n", "c", "enter", "y", "pagedown")
        await wait_until(pilot, lambda: walk.review.position == 2)
        second = walk.review.entries_in_order()[1]
        assert second.answers.noticed is None
        assert catalogue.WALK_WHO_FIRST not in str(verdict.render())


async def test_the_chosen_answer_is_marked_in_the_text_not_only_by_its_style(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        answers = str(walk.query_one("#q1", QuestionRow).render()).splitlines()[1]
        assert "[n]\u00a0No\u00a0✓" in answers
        assert answers.count("✓") == 1


async def test_leaving_a_run_before_any_answer_says_nothing_was_kept(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        assert isinstance(app.screen, ReviewWalkScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        state = str(app.screen.query_one("#quarter-state", Static).render())
        told = catalogue.WALK_LEFT_UNSTARTED_FIRST.format(quarter="2026Q4")
        assert state.startswith(told)
        assert "earlier runs" not in state
        # Said above the runs, not in a notice that would cover them.
        assert told not in [n.message for n in app._notifications]
    assert Store(store.path, clock=clock).reviews() == []


async def test_a_change_typed_in_the_review_reframes_an_activity_win(
    store: Store, clock: FixedClock
) -> None:
    wins = seed_quarter(store, clock)
    assert wins[0].framing != "impact"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "y", "a")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        field = walk.query_one("#q3", Input)
        assert app.focused is field
        assert field.value == "", "an activity title is not offered as a change"
        await type_text(pilot, "Pages fell from 9 to 1 a week\n")
        assert field.value == "Pages fell from 9 to 1 a week"
        await wait_until(
            pilot, lambda: store.win(wins[0].id or 0).what_changed.startswith("Pages")
        )
        await pilot.press("escape")
    saved = Store(store.path, clock=clock).win(wins[0].id or 0)
    assert saved.what_changed == "Pages fell from 9 to 1 a week"
    assert saved.framing == "impact"


async def test_the_override_dialog_starts_on_the_call_in_force(
    store: Store, clock: FixedClock
) -> None:
    from textual.widgets import RadioSet

    from careerclimb_tui.screens.review_walk import OverrideDialog

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # It opens on "use the four questions' verdict", the last call; one up
        # is the third.
        await pilot.press("r", "s", "o", "up", "enter")
        await type_text(pilot, "Mine\n")
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OverrideDialog)
        await pilot.pause()
        kinds = dialog.query_one(RadioSet)
        chosen = kinds.pressed_index
        assert chosen == 2
        # Enter where the dialog opened keeps the same call.
        await pilot.press("enter")
        assert kinds.pressed_index == chosen


async def test_a_confirmed_change_is_ticked_like_the_other_answers(
    store: Store, clock: FixedClock
) -> None:
    from textual.widgets import Label

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "y", "a")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        label = walk.query_one("#q3-label", Label)
        assert not str(label.render()).endswith("✓")
        assert walk.query_one("#q3", Input).value == ""
        # Enter on an empty answer is taken as "no change can be named", and the
        # screen says so rather than ticking it like a real answer.
        await pilot.press("enter")
        assert str(label.render()).endswith("✓ (no change named)")
        await pilot.press("shift+tab")
        await type_text(pilot, "Pages fell from 9 to 1 a week\n")
        assert str(label.render()).endswith("✓")
        assert "no change named" not in str(label.render())


async def test_a_letter_that_answers_nothing_is_kept_and_the_keys_are_named_once(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q1 = walk.query_one("#q1", QuestionRow)
        assert app.focused is q1
        await pilot.press("x", "q", "z")
        told = [n.message for n in app._notifications]
        expected = catalogue.QUESTION_KEYS.format(keys="y, n, s")
        assert expected not in told
        assert str(q1.render()).count(expected) == 1
        assert q1.value is None and app.focused is q1
        await pilot.press("e")
        assert q1.explained, "the screen's own keys still work"


async def test_escape_closes_an_open_explanation_before_leaving(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s", "e")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q1 = walk.query_one("#q1", QuestionRow)
        assert q1.explained

        await pilot.press("escape")
        assert app.screen is walk and not q1.explained

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))


async def test_a_finished_summary_drops_the_notice_that_the_run_resumes(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    seed_quarter(store, clock)
    app = make_app(store, clock)
    resumes = catalogue.WALK_LEFT.format(quarter="2026Q4")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        for *_, keys in QUARTER[:-1]:
            await answer_win(pilot, keys)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        reviews = app.screen
        state = reviews.query_one("#quarter-state", Static)
        assert str(state.render()).startswith(resumes)

        # Resumed and finished at once, while the line still says it resumes.
        await pilot.press("s")
        await answer_win(pilot, QUARTER[-1][3])
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        assert resumes not in [n.message for n in app._notifications]
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is reviews)
        assert resumes not in str(state.render())
