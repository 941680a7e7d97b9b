"""Benchmarks that run inside this process: saving, searching, gaps and summaries.

Each is timed beside its floor, measured the same way in the same run: saving one
win beside writing the same file with the store's own serialiser and atomic write;
a search keystroke beside a bare substring scan of the same texts; the gap view and
a quarter's summary beside parsing the data file.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

from benchmarks.datasets import TODAY, clock, copy_data_set
from benchmarks.figures import Figure, at_most_ratio, both, timed, under
from careerclimb_tui import queries
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import summarise
from careerclimb_tui.domain.wins import filter_searched, framed, search_texts
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.storage import atomic_write, serialise

GOAL_WINS = 10_000
SAVE_RATIO_GOAL = 1.5
SAVE_GOAL_MS = 100
KEYSTROKE_GOAL_MS = 16
"""One frame at 60 frames a second."""
VIEW_GOAL_MS = 200
TYPED = "reliable deploy"
"""What the search benchmark types, one key at a time."""


def _opened(path: Path) -> Store:
    """A store on ``path`` with its file already read, as the app has it."""
    store = Store(path, clock=clock())
    store.check()
    return store


def _parse_ms(path: Path) -> float:
    raw = path.read_bytes()
    return timed(lambda: json.loads(raw)) * 1000


def measure_save(data_file: Path, wins: int, repeat: int, work: Path) -> Figure:
    """Saving one win into a store of ``wins`` wins (``Store.add_win``).

    Args:
        data_file: the data set's file (copied first: saving changes it).
        wins: how many wins it holds.
        repeat: samples.
        work: a folder for the copy.

    Returns:
        The figure, beside serialising and atomically writing the same data.
    """
    path = copy_data_set(data_file, work / f"save-{wins}")
    store = _opened(path)
    win = framed(Win(title="Cut the deploy time from 30 to 12 minutes", date=TODAY))
    # The first save of a day also copies the file to the backups: once a day.
    store.add_win(win)

    yardstick_path = path.with_name("yardstick.json")
    saves: list[float] = []
    writes: list[float] = []
    for _ in range(repeat):
        gc.collect()
        saves.append(timed(lambda: store.add_win(win)) * 1000)
        data = json.loads(path.read_bytes())
        gc.collect()
        writes.append(
            timed(lambda: atomic_write(yardstick_path, serialise(data))) * 1000
        )
    goal = None
    if wins == GOAL_WINS:
        goal = both(at_most_ratio(SAVE_RATIO_GOAL), under(SAVE_GOAL_MS, "ms"))
    return Figure(
        "save one win (Store.add_win)",
        wins,
        "ms",
        saves,
        "serialise + atomic fsync'd write",
        writes,
        goal,
    )


def measure_search(data_file: Path, wins: int, repeat: int) -> list[Figure]:
    """Search as you type over every win, and folding the texts it scans.

    Args:
        data_file: the data set's file.
        wins: how many wins it holds.
        repeat: samples; each types every key of :data:`TYPED`.

    Returns:
        The slowest keystroke of each typing (the median of those), and the
        one-off folding of every win's text after a read.
    """
    every_win = _opened(data_file).wins()
    folding = [timed(lambda: search_texts(every_win)) * 1000 for _ in range(repeat)]
    texts = search_texts(every_win)
    prefixes = [TYPED[:end] for end in range(1, len(TYPED) + 1)]

    def bare_scan(query: str) -> list[str]:
        found = texts
        for word in query.lower().split():
            found = [text for text in found if word in text]
        return found

    slowest: list[float] = []
    floor: list[float] = []
    for _ in range(repeat):
        gc.collect()
        slowest.append(
            max(
                timed(lambda: filter_searched(every_win, texts, prefix)) * 1000
                for prefix in prefixes
            )
        )
        floor.append(
            max(timed(lambda: bare_scan(prefix)) * 1000 for prefix in prefixes)
        )
    goal = under(KEYSTROKE_GOAL_MS, "ms") if wins == GOAL_WINS else None
    return [
        Figure(
            "search keystroke (filter, slowest key)",
            wins,
            "ms",
            slowest,
            "bare substring scan",
            floor,
            goal,
        ),
        Figure("  folding every win's text, once", wins, "ms", folding),
    ]


def _ladder_and_profile(store: Store) -> tuple[Ladder, Profile]:
    profile = store.profile()
    assert profile is not None, "every data set has a profile"
    ladder = load_shelf().get(profile.ladder_id)
    assert ladder is not None, "the data sets use the bundled ladder"
    return ladder, profile


def measure_views(data_file: Path, wins: int, repeat: int) -> list[Figure]:
    """The gap view and a quarter's summary.

    The gap view is timed twice: as the user opens it from home, which has read
    the wins and reviews already, and on a store that has read nothing but the
    file. The summary is the domain's ``summarise`` over the biggest quarter.

    Args:
        data_file: the data set's file.
        wins: how many wins it holds.
        repeat: samples.

    Returns:
        The three figures, each beside parsing the data file.
    """
    parse = [_parse_ms(data_file) for _ in range(repeat)]
    from_home: list[float] = []
    first: list[float] = []
    summaries: list[float] = []
    quarter_size = 0
    for _ in range(repeat):
        store = _opened(data_file)
        ladder, profile = _ladder_and_profile(store)

        def gaps() -> object:
            return queries.current_gaps(store, ladder, profile, TODAY)

        gc.collect()
        first.append(timed(gaps) * 1000)
        from_home.append(timed(gaps) * 1000)

        every_win = queries.wins(store)
        runs = queries.reviews(store)
        if runs:
            biggest = max(runs, key=lambda review: len(review.win_ids))
            quarter_size = len(biggest.win_ids)
            target = profile.target_level
            gc.collect()
            summaries.append(
                timed(lambda: summarise(biggest, every_win, ladder, target)) * 1000
            )
    goal = under(VIEW_GOAL_MS, "ms") if wins == GOAL_WINS else None
    figures = [
        Figure(
            "gap view, opened from home",
            wins,
            "ms",
            from_home,
            "parse the data file",
            parse,
            goal,
        ),
        Figure(
            "  gap view, nothing read before",
            wins,
            "ms",
            first,
            "parse the data file",
            parse,
        ),
    ]
    if summaries:
        figures.append(
            Figure(
                "quarter summary (summarise)",
                wins,
                "ms",
                summaries,
                "parse the data file",
                parse,
                goal,
                note=f"over the biggest quarter: {quarter_size} wins",
            )
        )
    return figures
