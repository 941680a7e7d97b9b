"""Lists and fields at 80 columns read alike row by row: the evidence picker's
verdicts stand in one column, and a field filled in on open shows its start."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, SelectionList

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.manager_dialogs import (
    EvidencePickerDialog,
    LineDialog,
    verdict_notes,
)
from careerclimb_tui.store import Store
from tests.helpers import run_app, wait_until

VERDICTS = ("next-level", "current-level", "unclear", "not reviewed yet")


def drawn_rows(choices: SelectionList[str]) -> list[str]:
    """Every win's row as drawn, from the top of the list down."""
    rows = []
    for index in range(choices.option_count):
        if not str(choices.get_option_at_index(index).value).startswith("win:"):
            continue
        choices.scroll_to(y=index, animate=False, immediate=True)
        y = index - choices.scroll_offset.y
        rows.append("".join(s.text for s in choices.render_line(y)).rstrip(" ▎"))
    return rows


def verdict_columns(rows: list[str]) -> int:
    """In how many columns the rows' verdicts start; 0 when a row has none."""
    if not all("  · " in row for row in rows):
        return 0
    return len({row.index("  · ") for row in rows})


@pytest.mark.parametrize("keys", [("m", "c", "l"), ("m", "p", "c")])
async def test_evidence_rows_keep_their_verdict_in_one_column(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    seed_full_demo(store, clock.today())
    store.add_win(
        framed(
            Win(
                title="Halved the time from merge to production for every team",
                date=dt.date(2026, 12, 1),
                measure=Measure(before=48, after=24, unit="hours", label="Lead time"),
            )
        )
    )

    async with run_app(store, clock) as (app, pilot):
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        choices = app.screen.query_one("#evidence-choices", SelectionList)
        # Cut to the list's width once it is laid out.
        await wait_until(pilot, lambda: verdict_columns(drawn_rows(choices)) == 1)
        rows = drawn_rows(choices)

    assert len(rows) == len(store.wins())
    assert any(r.endswith(f"· {catalogue.MANAGER_PICK_NOT_REVIEWED}") for r in rows)
    for row in rows:
        assert row.rsplit("· ", 1)[1] in VERDICTS


@pytest.mark.parametrize(
    ("kinds", "notes"),
    [
        ({}, {}),
        (
            {1: VerdictKind.CURRENT_LEVEL},
            {1: "current-level", 2: catalogue.MANAGER_PICK_NOT_REVIEWED},
        ),
        (
            {1: VerdictKind.NEXT_LEVEL, 2: VerdictKind.UNCLEAR, 9: VerdictKind.UNCLEAR},
            {1: "next-level", 2: "unclear"},
        ),
    ],
)
def test_every_win_offered_gets_a_verdict_once_any_is_reviewed(
    kinds: dict[int, VerdictKind], notes: dict[int, str]
) -> None:
    wins = [Win(title=f"Win {n}", date=dt.date(2026, 10, n), id=n) for n in (1, 2)]

    assert verdict_notes(wins, kinds) == notes


async def test_a_long_ask_shows_its_start_until_typed_into(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "p", "a")
        await wait_until(pilot, lambda: isinstance(app.screen, LineDialog))
        field = app.screen.query_one("#line-value", Input)
        await wait_until(pilot, lambda: app.focused is field)
        await pilot.pause()
        assert len(field.value) > field.content_region.width
        assert field.scroll_x == 0
        # Typing still goes on after the text, which then comes into view.
        assert field.cursor_position == len(field.value)

        await pilot.press("x")
        await wait_until(pilot, lambda: field.value.endswith("x"))
        await wait_until(pilot, lambda: field.scroll_x > 0)
