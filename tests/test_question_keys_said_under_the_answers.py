"""A letter a key-answered question does not take names the keys under its own
answers, not in a notice that would cover the questions below it."""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import make_app, type_text, wait_until

KEYS = catalogue.QUESTION_KEYS.format(keys="y, n")


async def test_a_stray_letter_names_the_keys_in_the_question_itself(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        await type_text(pilot, "Flaky builds")
        check.query_one("#check-peer").focus()
        await pilot.press("n")
        choosing = check.query_one("#check-choosing", QuestionRow)
        await wait_until(pilot, lambda: app.focused is choosing)

        await pilot.press("c")
        await wait_until(pilot, lambda: choosing.keys_told)

        assert KEYS in " ".join(str(choosing.render()).split())
        assert not app._notifications
        assert choosing.value is None

        await pilot.press("y")
        await wait_until(pilot, lambda: choosing.value is not None)
        assert not choosing.keys_told
        assert KEYS not in " ".join(str(choosing.render()).split())
