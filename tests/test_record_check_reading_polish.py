"""Recording a talk, checking a problem, reading its baseline and exporting its
proposal: the dimension picker starts on the line's own dimension, on-call lines are
filed under ownership, the check wants a real answer and long paths stay readable."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, OptionList, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import suggest_dimension
from careerclimb_tui.domain.initiative import Reading, add_reading
from careerclimb_tui.domain.ladder import Dimension
from careerclimb_tui.domain.problems import check_candidate, is_bare_reply
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_dialogs import ChoiceDialog
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, save_driving, type_text, wait_until

BUNDLED = dimensions_for_level(
    load_shelf().ladders[DEMO_PROFILE.ladder_id], DEMO_PROFILE.target_level
)
DIMENSIONS = [d.id for d in BUNDLED]
# A ladder of another company, with a dimension of its own for operations.
OPERATED = (
    Dimension("delivery", "Delivery"),
    Dimension("ownership", "Ownership"),
    Dimension("operations", "Operational excellence"),
)

TALK = (
    "Lead a design review across two teams\n"
    "Make on-call quieter, with numbers\n"
    "Mentor a junior engineer for months\n"
)


@pytest.mark.parametrize(
    ("text", "bundled", "operated"),
    [
        ("Make on-call quieter, with numbers", "ownership_initiative", "operations"),
        ("Halve the night pages the team gets", "ownership_initiative", "operations"),
        (
            "Fewer night pages for the payments rota",
            "ownership_initiative",
            "operations",
        ),
        (
            "Cut the alert noise on the oncall rota",
            "ownership_initiative",
            "operations",
        ),
        ("Take the toil out of the release rota", "ownership_initiative", "operations"),
        (
            "Stop being paged for the same fault twice",
            "ownership_initiative",
            "operations",
        ),
        # Alerts set up for a launch are part of delivering it.
        ("Ship alerting with the checkout launch", "execution", "delivery"),
        # Pages of a product are no pages from a pager.
        ("Write the help pages for search", "", ""),
    ],
)
def test_running_the_service_is_filed_under_operational_ownership(
    text: str, bundled: str, operated: str
) -> None:
    assert suggest_dimension(text, BUNDLED) == bundled
    assert suggest_dimension(text, OPERATED) == operated


async def test_the_picker_starts_on_each_line_s_own_dimension(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        record.query_one("#talk-notes", TextArea).text = TALK
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(record.drafts) == 3)

        starts = []
        for row in (0, 1, 2):
            record.query_one("#drafts", DataTable).move_cursor(row=row)
            await pilot.press("d")
            await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
            starts.append(app.screen.query_one("#choices", OptionList).highlighted)
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is record)

    assert [DIMENSIONS[i] for i in starts] == [
        "technical_direction",
        "ownership_initiative",
        "mentoring",
    ]


# --- the check's question 3 wants what would change, not a yes ------------------


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("y", True),
        ("Y", True),
        ("yes", True),
        ("Yes.", True),
        (" no ", True),
        ("nope", True),
        ("ok", True),
        ("x", True),
        ("3", True),
        ("", False),
        ("n/a", False),
        ("?", False),
        ("yes, deploys from 2 days to 4 hours", False),
        ("Pages a week from 40 to 10", False),
    ],
)
def test_a_bare_yes_or_no_or_single_letter_is_no_answer(text: str, bare: bool) -> None:
    assert is_bare_reply(text) is bare


@pytest.mark.parametrize("change", ["y", "Yes", "no", "k"])
def test_a_bare_reply_leaves_question_3_open(change: str) -> None:
    check = check_candidate(False, True, change, "the support team")

    assert not check.settled
    assert check.not_reached == ("change_and_measure",)
    assert check.answered == 3
    assert not check.reasons


async def test_the_check_refuses_a_bare_yes_where_a_change_is_asked_for(
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
        await pilot.press("n", "y")
        change = check.query_one("#check-change")
        await wait_until(pilot, lambda: check.focused is change)
        message = check.query_one("#check-change-bare", Static)
        assert not message.display

        await type_text(pilot, "y\n")
        await wait_until(pilot, lambda: message.display)
        assert check.focused is change
        assert str(message.content) == catalogue.CHECK_CHANGE_BARE

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is check
        assert check.focused is change
        assert initiatives(store) == []

        await type_text(pilot, "es, reruns drop to none\n")
        await wait_until(pilot, lambda: not message.display)
        assert check.focused is check.query_one("#check-outside")


# --- the reading dialog's source box ---------------------------------------------

LONG_SOURCE = "the release dashboard, checked against the incident tracker by hand"


async def test_a_long_last_source_fills_the_box_and_its_hint_fits_within_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driving = save_driving(store, clock, "Releases fail one time in five")
    first = Reading(20, "%", clock.today(), LONG_SOURCE)
    save_initiative(store, add_reading(driving, first, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        source = app.screen.query_one("#field-source", Input)
        await wait_until(pilot, lambda: str(source.placeholder).endswith("…"))
        hint = str(source.placeholder)
        width = source.content_size.width

    assert source.value == LONG_SOURCE
    assert len(hint) < width
    assert hint.startswith("e.g. CI dashboard")
