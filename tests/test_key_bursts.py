"""Keys that arrive together reach the field that has focus by the time each is due.

A burst (fast typing, keys sent through tmux, typing on while the screen catches
up) is posted to the app in one go here, as a terminal delivers it, and only then
does the test let the app run.
"""

from __future__ import annotations

import datetime as dt

from textual import events
from textual.app import App
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import BURST_SECONDS, QuestionRow
from tests.helpers import make_app, wait_until

NAMED_KEYS = {" ": "space", "\t": "tab", "\n": "enter"}


def send_burst(app: App[None], text: str) -> None:
    """Post every key of ``text`` to the app before it handles any of them."""
    for char in text:
        app.post_message(events.Key(NAMED_KEYS.get(char, char), char))


async def test_typing_after_tab_in_one_burst_goes_to_the_next_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        metric = form.query_one("#metric", Input)
        metric.focus()
        await pilot.pause()

        send_burst(app, "p95 latency\tms\t20\t12")
        unit, before, after = (
            form.query_one(f"#{name}", Input) for name in ("unit", "before", "after")
        )
        await wait_until(pilot, lambda: after.value == "12")
        assert (metric.value, unit.value, before.value) == ("p95 latency", "ms", "20")


async def test_names_typed_right_after_answering_yes_land_in_the_names_box(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title="Ran the incident review", date=dt.date(2026, 10, 5)))
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert app.focused is walk.query_one("#q4")

        # "n" and "y" are answers to the question itself: arriving before the
        # focus moved, they would change the answer instead of being typed.
        send_burst(app, "yAnya, Payments team")
        who = walk.query_one("#q4-who", Input)
        await wait_until(pilot, lambda: who.value == "Anya, Payments team")
        [entry] = walk.review.entries_in_order()
        noticed = entry.answers.noticed
        assert noticed is None or noticed.outside, "the answer stays yes"


async def test_enter_in_a_one_line_field_of_the_win_form_moves_on(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        form.query_one("#metric", Input).focus()
        await pilot.pause()
        send_burst(app, "Deploy wait\nhours\n24\n2")
        after = form.query_one("#after", Input)
        await wait_until(pilot, lambda: after.value == "2")
        assert form.query_one("#unit", Input).value == "hours"
        assert form.query_one("#before", Input).value == "24"
        assert isinstance(app.screen, LogWinScreen), "Enter does not save the form"


async def test_a_name_typed_after_a_filled_in_list_starts_a_new_name(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        noticed = form.query_one("#noticed", Input)
        noticed.value = "SRE, support"
        noticed.focus()
        await pilot.pause()
        send_burst(app, "SRE director")
        await wait_until(pilot, lambda: noticed.value.endswith("director"))
        assert noticed.value == "SRE, support, SRE director"

        # Only on arriving: a word typed on after that is the same name.
        form.query_one("#unit", Input).focus()
        noticed.value = "Platform"
        noticed.focus()
        await pilot.pause()
        send_burst(app, " team")
        await wait_until(pilot, lambda: noticed.value.endswith("team"))
        assert noticed.value == "Platform team"


async def test_enter_on_a_chosen_drop_down_of_the_set_up_opens_then_moves_on(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.setup import SetupScreen
    from careerclimb_tui.widgets.fields import FormSelect

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        current = app.screen.query_one("#current", FormSelect)
        chosen = current.value
        current.focus()
        await pilot.pause()
        await pilot.press("enter")
        assert current.expanded, "a pre-filled drop-down opens its list on Enter"
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: not current.expanded)
        assert current.value != chosen
        assert app.focused is current, "choosing leaves the focus where it was"
        await pilot.press("enter")
        assert not current.expanded
        assert app.focused is app.screen.query_one("#target", FormSelect)

        # Coming back to the field, Enter opens the list again.
        await pilot.press("shift+tab", "enter")
        assert current.expanded


def seed_walk(store: Store) -> None:
    """A profile and one win whose change the walk offers in question 3."""
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(
            Win(
                title="Cut deploy time",
                what_changed="Deploys take 12 minutes, down from 40",
                date=dt.date(2026, 10, 5),
            )
        )
    )


def answered(walk: ReviewWalkScreen) -> tuple[str | None, str | None]:
    """Questions 1 and 2 of the walk's only win, as values."""
    [entry] = walk.review.entries_in_order()
    peer, choice = entry.answers.peer_could, entry.answers.choice
    return (peer.value if peer else None, choice.value if choice else None)


async def test_yes_then_no_in_one_burst_answers_the_first_two_questions(
    store: Store, clock: FixedClock
) -> None:
    seed_walk(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert app.focused is walk.query_one("#q1")

        send_burst(app, "yn")
        change = walk.query_one("#q3", Input)
        await wait_until(pilot, lambda: app.focused is change)
        assert answered(walk) == ("yes", "assigned")


async def test_answer_keys_typed_on_in_one_burst_leave_the_offered_change_whole(
    store: Store, clock: FixedClock
) -> None:
    seed_walk(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)

        # Two answers, then two more meant for question 4 while question 3
        # still waits to be confirmed: all four arrive together.
        send_burst(app, "ynyn")
        change = walk.query_one("#q3", Input)
        await wait_until(pilot, lambda: answered(walk) == ("yes", "assigned"))
        await wait_until(pilot, lambda: app.typed_count >= 4)
        await pilot.pause()
        assert change.value == "Deploys take 12 minutes, down from 40"
        assert app.focused is change


async def test_a_key_typed_after_a_pause_edits_the_offered_change(
    store: Store, clock: FixedClock
) -> None:
    seed_walk(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        send_burst(app, "yny")
        change = walk.query_one("#q3", Input)
        await wait_until(pilot, lambda: app.typed_count >= 3)

        # Typed once the notice about the held key could be read: it replaces
        # the text, as the notice says. The key's own time says when it came.
        later = events.Key("n", "n")
        later.time += BURST_SECONDS + 1
        app.post_message(later)
        await wait_until(pilot, lambda: change.value == "n")


async def test_a_word_typed_over_the_offered_change_keeps_its_first_letter(
    store: Store, clock: FixedClock
) -> None:
    seed_walk(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        change = walk.query_one("#q3", Input)
        send_burst(app, "ny")
        await wait_until(pilot, lambda: app.focused is change)

        # "shorter" and "p95" start with keys that answer questions here: the
        # first is held as a slip until the next letter shows it is typing.
        send_burst(app, "shorter ramp")
        await wait_until(pilot, lambda: change.value == "shorter ramp")


async def test_question_two_keeps_its_old_keys_without_showing_them(
    store: Store, clock: FixedClock
) -> None:
    seed_walk(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        shown = str(walk.query_one("#q2", QuestionRow).render())
        assert "[y]" in shown and "[n]" in shown and "[c]" not in shown

        await pilot.press("y", "a")
        await wait_until(pilot, lambda: answered(walk) == ("yes", "assigned"))
        walk.query_one("#q2").focus()
        await pilot.press("c")
        await wait_until(pilot, lambda: answered(walk) == ("yes", "chose"))


def test_chosen_or_assigned_takes_the_same_keys_in_the_review_and_the_check() -> None:
    from careerclimb_tui.screens.problem_check import CHOOSING_OPTIONS
    from careerclimb_tui.screens.review_walk import Q2_OPTIONS

    review = {option.label: option.key for option in Q2_OPTIONS}
    check = {option.label: option.key for option in CHOOSING_OPTIONS}
    assigned = catalogue.REVIEW_ANSWER_ASSIGNED
    assert check[catalogue.PROBLEM_CHECK_CHOOSING_NO] == review[assigned]
    assert (
        check[catalogue.PROBLEM_CHECK_CHOOSING_YES]
        == review[catalogue.REVIEW_ANSWER_CHOSE]
    )
