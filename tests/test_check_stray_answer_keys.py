"""Answer keys pressed on after the problem check's key-answered questions land in
question 3 as "yy"; that is keys, not what would change, so it is no answer.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.problems import check_candidate, is_bare_reply
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("yy", True),
        ("YY", True),
        ("yn", True),
        ("nyy", True),
        ("pp", True),
        ("yyyyy.", True),
        # words, however short, and more than keys
        ("yak", False),
        ("yy builds", False),
        ("y y", False),
        ("np-hard", False),
        ("ny office", False),
        ("", False),
    ],
)
def test_an_answer_of_answer_keys_alone_is_no_answer(text: str, bare: bool) -> None:
    assert is_bare_reply(text) is bare


def test_answer_keys_in_question_3_leave_it_open() -> None:
    # As the screen asks it while the user is still on question 3.
    check = check_candidate(False, True, "yy", "", not_reached={"noticed_outside"})

    assert check.not_reached == ("change_and_measure", "noticed_outside")
    assert check.answered == 2
    assert check.progress == catalogue.CHECK_PROGRESS.format(answered=2, total=4)


@pytest.mark.parametrize(
    ("outside", "open_", "caution"),
    [
        ("y", True, False),
        ("yes", True, False),
        ("yy", True, False),
        ("no", False, True),
        ("nobody", False, True),
        ("The SRE team", False, False),
    ],
)
def test_a_bare_yes_names_nobody_outside_and_leaves_question_4_open(
    outside: str, open_: bool, caution: bool
) -> None:
    check = check_candidate(False, True, "Builds drop from 20 to 5 min", outside)

    assert ("noticed_outside" in check.not_reached) is open_
    assert (catalogue.CHECK_CAUTION_INSIDE_ONLY in check.cautions) is caution


async def test_keys_pressed_on_into_question_3_do_not_count_as_its_answer(
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
        await pilot.press("n", "y", "y", "y")
        change = check.query_one("#check-change", Input)
        await wait_until(pilot, lambda: change.value == "yy")
        verdict = check.query_one("#check-verdict", Static)

        shown = " ".join(str(verdict.content).split())
        assert catalogue.CHECK_PROGRESS.format(answered=2, total=4) in shown
        await pilot.press("enter")
        bare = check.query_one("#check-change-bare", Static)
        await wait_until(pilot, lambda: bare.display)
        assert check.focused is change
