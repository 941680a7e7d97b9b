"""Ctrl+C says in plain words how to quit; the journal's undo says when every
deleted win is back, never restores a win an import brought back already, and
its Edit and Delete keys are dimmed once the list shows no win."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Input

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import same_win_in
from careerclimb_tui.store import Store
from tests.helpers import make_app, open_journal, wait_until

SHIPPED = Win(title="Shipped the billing export", date=dt.date(2026, 11, 2))
MENTORED = Win(title="Mentored two new hires", date=dt.date(2026, 11, 9))


def seeded(store: Store, clock: FixedClock) -> CareerClimbApp:
    store.save_profile(DEMO_PROFILE)
    for win in (SHIPPED, MENTORED):
        store.add_win(win)
    return make_app(store, clock)


def messages(app: CareerClimbApp) -> list[str]:
    return [notice.message for notice in app._notifications]


async def test_ctrl_c_says_how_to_quit_without_markup(
    store: Store, clock: FixedClock
) -> None:
    app = seeded(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("ctrl+c")
        await wait_until(pilot, lambda: catalogue.QUIT_HOW in messages(app))
        app.clear_notifications()

        await open_journal(pilot)
        await pilot.press("ctrl+c")
        await wait_until(pilot, lambda: catalogue.QUIT_HOW in messages(app))
        shown = app._notifications
        assert all("[" not in n.message and not n.title for n in shown)


async def test_undo_says_every_deleted_win_is_back(
    store: Store, clock: FixedClock
) -> None:
    app = seeded(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        journal = await open_journal(pilot)
        journal.query_one("#wins", DataTable).focus()
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 1)
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 0)
        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: len(store.wins()) == 1)
        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: len(store.wins()) == 2)
        app.clear_notifications()

        await pilot.press("ctrl+z")
        said = catalogue.JOURNAL_NOTHING_LEFT_TO_UNDO
        await wait_until(pilot, lambda: said in messages(app))
        assert not any("no win has been deleted" in m for m in messages(app))


async def test_undo_does_not_restore_a_win_an_import_brought_back(
    store: Store, clock: FixedClock
) -> None:
    app = seeded(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        journal = await open_journal(pilot)
        journal.query_one("#wins", DataTable).focus()
        deleted = journal.selected_win()
        assert deleted is not None
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 1)

        # What an import of a dump holding the deleted win stores.
        back = store.add_win(Win(title=deleted.title, date=deleted.date))
        await pilot.press("ctrl+z")
        said = catalogue.JOURNAL_RESTORE_BACK_ALREADY.format(id=back.id)
        await wait_until(pilot, lambda: said in messages(app))

        wins = store.wins()
        assert len(wins) == 2
        assert same_win_in(deleted, wins) == back
        assert not app.deleted_wins


async def test_edit_and_delete_are_dimmed_once_no_win_is_listed(
    store: Store, clock: FixedClock
) -> None:
    app = seeded(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await open_journal(pilot)
        await pilot.press(*"billing")
        search = journal.query_one("#search", Input)
        await wait_until(pilot, lambda: search.value == "billing")
        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        table.focus()
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 1)
        await wait_until(pilot, lambda: not journal.selected_win())

        for action in ("edit", "delete"):
            assert journal.check_action(action, ()) is None
        footer = {
            active.binding.action: active.enabled
            for active in journal.active_bindings.values()
        }
        assert footer["edit"] is False and footer["delete"] is False
