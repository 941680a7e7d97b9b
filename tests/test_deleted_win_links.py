"""A deleted win counts nowhere, and undoing its delete brings it back whole.

Criteria, problems and review runs keep their links to a deleted win in the
file; everything that counts evidence reads them through the wins still on
record. The journal's undo outlives the journal: it is kept until the app closes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.links import (
    WinLinks,
    criterion_on_record,
    links_to_win,
    on_record,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.review import run_counts, start_review, summarise
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import (
    CRITERIA,
    criteria,
    save_criterion,
)
from tests.helpers import notices, open_journal, run_app, wait_until

LADDER = load_shelf().ladders["software-engineer"]


@pytest.mark.parametrize(
    ("linked", "existing", "kept"),
    [
        ((), {1, 2}, ()),
        ((1, 2), {1, 2}, (1, 2)),
        ((2, 1), {1, 2}, (2, 1)),
        ((1, 2, 3), {1, 3}, (1, 3)),
        ((4,), {1, 2}, ()),
        ((2, 2, 5), {2}, (2,)),
    ],
)
def test_links_count_only_wins_still_on_record(
    linked: tuple[int, ...], existing: set[int], kept: tuple[int, ...]
) -> None:
    assert on_record(linked, existing) == kept


def test_a_criterion_whose_wins_all_exist_is_handed_back_as_it_is() -> None:
    criterion = Criterion(text="Lead a design review", win_ids=(1, 2), id=1)

    assert criterion_on_record(criterion, {1, 2, 3}) is criterion

    gone = criterion_on_record(criterion, {1})
    assert gone.win_ids == (1,)
    assert (
        criterion_on_record(Criterion(text="x", win_ids=(9,)), set()).has_evidence
        is False
    )


@pytest.mark.parametrize(
    ("links", "said"),
    [
        (WinLinks(), "Restored win #4."),
        (WinLinks(criteria=1), "Restored win #4 with its links to 1 criterion."),
        (
            WinLinks(criteria=2, reviews=1),
            "Restored win #4 with its links to 2 criteria and 1 review run.",
        ),
        (
            WinLinks(criteria=1, problems=1, reviews=3),
            "Restored win #4 with its links to 1 criterion, 1 problem and "
            "3 review runs.",
        ),
    ],
)
def test_the_undo_notice_names_the_links_the_win_has_again(
    links: WinLinks, said: str
) -> None:
    assert links.restored_text(4) == said


def test_links_to_a_win_are_counted_per_record() -> None:
    found = links_to_win(3, [(1, 3), (3,), ()], [(2,), (3, 4)], [{3: "x"}, {1: "y"}])

    assert found == WinLinks(criteria=2, problems=1, reviews=1)


def test_a_review_run_names_the_wins_deleted_since_it_judged_them(
    clock: FixedClock,
) -> None:
    kept = Win(title="Wrote the runbook", date=dt.date(2026, 10, 6), id=1)
    gone = Win(title="Moved search", date=dt.date(2026, 10, 9), id=2)
    review = start_review(parse_quarter("2026Q4"), [kept, gone], clock.now())

    counts = run_counts(review, [], [kept])

    assert (counts.wins, counts.deleted) == (1, 1)
    assert run_counts(review, [], [kept, gone]).deleted == 0
    summary = summarise(review, [kept], LADDER, "senior")
    assert summary.counts_text.endswith(" · 1 win deleted since")


def test_a_criterion_counts_a_deleted_win_nowhere_and_an_undo_relinks_it(
    store: Store,
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Moved search", date=dt.date(2026, 10, 9)))
    other = store.add_win(Win(title="Wrote the runbook", date=dt.date(2026, 10, 6)))
    assert win.id is not None and other.id is not None
    save_criterion(store, Criterion(text="Lead a migration", win_ids=(win.id,)))

    removed = store.delete_win(win.id)

    [criterion] = criteria(store)
    assert criterion.win_ids == ()
    assert not criterion.has_evidence
    [(_, stored)] = store.documents(CRITERIA)
    assert stored["win_ids"] == [win.id]

    store.restore_win(removed)

    assert [c.win_ids for c in criteria(store)] == [(win.id,)]


async def test_undo_of_a_delete_survives_leaving_and_reopening_the_journal(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    [linked] = [
        c for c in criteria(store) if len(c.win_ids) == 1 and c.initiative_id is None
    ]
    win_id = linked.win_ids[0]
    before = {win.id for win in store.wins()}

    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: any(w.id == win_id for w in journal._shown))
        row = next(i for i, w in enumerate(journal._shown) if w.id == win_id)
        table.focus()
        table.move_cursor(row=row)
        await pilot.press("delete")
        await wait_until(pilot, lambda: win_id not in store.win_ids())

        assert [c.win_ids for c in criteria(store) if c.id == linked.id] == [()]

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        journal = await open_journal(pilot)
        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: win_id in store.win_ids())

        assert {win.id for win in Store(store.path).wins()} == before
        assert [c.win_ids for c in criteria(store) if c.id == linked.id] == [(win_id,)]
        restored = [n for n in notices(app) if n.startswith("Restored win")]
        assert restored and "1 criterion" in restored[-1]
        assert not app.deleted_wins

        await pilot.press("ctrl+z")
        await wait_until(
            pilot,
            lambda: catalogue.JOURNAL_NOTHING_LEFT_TO_UNDO in " ".join(notices(app)),
        )
