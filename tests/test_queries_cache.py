"""Wins and reviews read once per version of the data file, never stale."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from careerclimb_tui import queries
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store

SECOND = 1_000_000_000


def counting(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the times the store is asked for its wins."""
    calls: list[int] = []
    read = store.wins

    def wins() -> list[Win]:
        calls.append(1)
        return read()

    monkeypatch.setattr(store, "wins", wins)
    return calls


def set_file_time(store: Store, nanoseconds: int) -> None:
    os.utime(store.path, ns=(nanoseconds, nanoseconds))


def test_the_wins_are_those_the_store_gives(store: Store, clock: FixedClock) -> None:
    store.add_win(Win(title="Halved the build time", date=clock.today()))
    store.add_win(Win(title="Wrote the runbook", date=clock.today()))
    assert queries.wins(store) == store.wins()


def test_a_win_saved_by_the_same_store_is_seen_at_once(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(Win(title="First", date=clock.today()))
    assert len(queries.wins(store)) == 1
    store.add_win(Win(title="Second", date=clock.today()))
    assert [w.title for w in queries.wins(store)] == ["Second", "First"]


def test_a_win_saved_by_another_window_is_seen(store: Store, clock: FixedClock) -> None:
    store.add_win(Win(title="Mine", date=clock.today()))
    assert len(queries.wins(store)) == 1
    Store(store.path, clock=clock).add_win(Win(title="Theirs", date=clock.today()))
    assert {w.title for w in queries.wins(store)} == {"Mine", "Theirs"}


def test_a_deleted_win_is_gone_from_the_next_answer(
    store: Store, clock: FixedClock
) -> None:
    saved = store.add_win(Win(title="Gone soon", date=clock.today()))
    assert len(queries.wins(store)) == 1
    store.delete_win(saved.id or 0)
    assert queries.wins(store) == []


def test_the_list_handed_out_is_the_callers_own(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(Win(title="Kept", date=clock.today()))
    queries.wins(store).clear()
    assert len(queries.wins(store)) == 1


FILE_TIMES: list[tuple[str, Callable[[int], int], int]] = [
    # what the file's time looks like, its time from now, reads for two answers
    ("settled, fine-grained", lambda now: now - 10 * SECOND + 123_456_789, 1),
    ("just written, fine-grained", lambda now: now - 123_456_789, 1),
    ("settled, whole seconds", lambda now: (now // SECOND - 10) * SECOND, 1),
    ("just written, whole seconds", lambda now: (now // SECOND) * SECOND, 2),
    ("just written, whole milliseconds", lambda now: (now // 10**6) * 10**6, 2),
]


@pytest.mark.parametrize(
    "file_time, reads",
    [(t, r) for _, t, r in FILE_TIMES],
    ids=[n for n, *_ in FILE_TIMES],
)
def test_the_store_is_read_again_only_when_its_file_could_have_changed_unseen(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    file_time: Callable[[int], int],
    reads: int,
) -> None:
    store.add_win(Win(title="Halved the build time", date=clock.today()))
    set_file_time(store, file_time(time.time_ns()))
    calls = counting(store, monkeypatch)
    queries.wins(store)
    queries.wins(store)
    assert len(calls) == reads


def test_nothing_is_kept_while_there_is_no_data_file(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting(store, monkeypatch)
    assert queries.wins(store) == queries.wins(store) == []
    assert len(calls) == 2


def test_reviews_are_kept_the_same_way(store: Store, clock: FixedClock) -> None:
    from careerclimb_tui.domain.quarters import quarter_of
    from careerclimb_tui.domain.review import start_review

    win = store.add_win(Win(title="Halved the build time", date=clock.today()))
    assert queries.reviews(store) == []
    review = start_review(quarter_of(clock.today()), [win], clock.now())
    store.save_review(review)
    [kept] = queries.reviews(store)
    assert kept.win_ids == (win.id,)
