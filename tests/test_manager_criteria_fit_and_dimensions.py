"""The criteria screen at 80 columns: every win offered as evidence keeps its
verdict in view, and linking a win offers the criterion's dimension to it."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.pilot import Pilot
from textual.widgets import SelectionList

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import run_app, wait_until


def shown_line(choices: SelectionList[str], index: int) -> str:
    """The text of option ``index`` as drawn, cut at the list's right edge."""
    choices.scroll_to(y=index, animate=False, immediate=True)
    y = index - choices.scroll_offset.y
    return "".join(segment.text for segment in choices.render_line(y))


async def test_a_long_titled_win_keeps_its_verdict_in_view_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    verdicts = latest_verdicts(store.reviews())
    long_titled = [w for w in store.wins() if len(w.title) > 70 and w.id in verdicts]
    assert long_titled

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "c", "l")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        await pilot.pause()
        choices = app.screen.query_one("#evidence-choices", SelectionList)
        values = [
            choices.get_option_at_index(i).value for i in range(choices.option_count)
        ]
        for win in long_titled:
            line = shown_line(choices, values.index(f"win:{win.id}"))
            assert day_in_words(win.date) in line
            assert line.rstrip(" ▎").endswith(f"· {verdicts[win.id].label}")
            assert "…" in line


def seed_mentoring(store: Store) -> int:
    """A criterion filed under mentoring and one win filed under execution only.

    Returns:
        The win's id.
    """
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(
                title="Paired with the two new hires until they owned the billing jobs",
                date=dt.date(2026, 11, 2),
                dimensions=("execution",),
            )
        )
    )
    criteria_docs.save_criterion(
        store,
        Criterion(
            "Mentor the two new hires until they own a service",
            dimension="mentoring",
        ),
    )
    assert win.id is not None
    return win.id


async def link_the_win(app: CareerClimbApp, pilot: Pilot[None]) -> ConfirmDialog:
    """Link the only win to the only criterion; return the question that follows."""
    await pilot.press("m", "c", "l")
    await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
    await pilot.press("space", "ctrl+s")
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
    dialog = app.screen
    assert isinstance(dialog, ConfirmDialog)
    return dialog


@pytest.mark.parametrize(
    ("answer", "dimensions"),
    [("y", ("execution", "mentoring")), ("n", ("execution",))],
)
async def test_linking_a_win_offers_it_the_criterions_dimension(
    store: Store, clock: FixedClock, answer: str, dimensions: tuple[str, ...]
) -> None:
    win_id = seed_mentoring(store)

    async with run_app(store, clock) as (app, pilot):
        dialog = await link_the_win(app, pilot)
        assert "Mentoring and growing others" in dialog.question
        assert store.win(win_id).dimensions == ("execution",)

        await pilot.press(answer)
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await wait_until(pilot, lambda: store.win(win_id).dimensions == dimensions)

    [criterion] = criteria_docs.criteria(store)
    assert criterion.win_ids == (win_id,)


async def test_a_win_already_filed_under_the_dimension_is_not_asked_about(
    store: Store, clock: FixedClock
) -> None:
    win_id = seed_mentoring(store)
    store.update_win(store.win(win_id).with_changes(dimensions=("mentoring",)))

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "c", "l")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        await pilot.press("space", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].win_ids == (win_id,)
        )
        await pilot.pause()
        assert isinstance(app.screen, CriteriaScreen)
