"""``careerclimb demo``: try the app on a sample career, or write a large data set.

With no options it opens the app on the sample career (wins, reviews, a problem
being driven, a manager conversation, peers, a pitch) in a temporary folder that is
removed on exit, so the user's own data is never touched. With ``--wins N``
it writes a data file of N generated wins (and a review of every quarter) into the
folder named by ``--data-dir``, the way the store itself writes: one transaction,
one atomic write. Like every sub-command it never imports Textual.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tinydb.table import Document

from careerclimb_tui import catalogue, paths
from careerclimb_tui.clock import Clock
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    ReviewEntry,
    WinAnswers,
    judged_fingerprint,
    start_review,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.store import Store
from careerclimb_tui.store.convert import win_to_json
from careerclimb_tui.store.review_docs import review_to_json

WINS_TABLE = "wins"
REVIEWS_TABLE = "reviews"
DEFAULT_SEED = 7

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number above 0")
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo`` sub-command.

    Args:
        commands: the sub-parsers object of the ``careerclimb`` parser.
    """
    demo_cmd = commands.add_parser(
        "demo",
        help="open the app on a sample career, or write a large data set",
        description="With no option, opens the app on a sample career kept in a "
        "temporary folder: your own data is never read or changed. With --wins N "
        "and --data-dir DIR, writes a data file of N generated wins, with a "
        "review of every quarter, into DIR (which must not hold a data file yet).",
    )
    demo_cmd.add_argument(
        "--wins",
        type=_positive,
        metavar="N",
        help="write N generated wins into --data-dir instead of opening the app",
    )
    demo_cmd.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"the same seed gives the same wins (default: {DEFAULT_SEED})",
    )
    demo_cmd.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: Context) -> int:
    """Run ``careerclimb demo``.

    Args:
        ctx: the command-line context.

    Returns:
        The exit code.

    Raises:
        CareerClimbError: when ``--wins`` is given without ``--data-dir``, or the
            folder already holds a data file.
    """
    args = ctx.args
    if args.wins is None:
        return open_sample_career(ctx)
    if not args.data_dir:
        raise CareerClimbError(catalogue.DEMO_NEEDS_DATA_DIR, exit_code=2)
    path = Path(args.data_dir).expanduser() / paths.DATA_FILE_NAME
    if path.exists():
        raise CareerClimbError(catalogue.DEMO_DATA_FILE_EXISTS.format(path=path))
    store = Store(path, clock=ctx.clock)
    counts = write_data_set(store, args.wins, ctx.clock, seed=args.seed)
    ctx.print(
        catalogue.DEMO_WRITTEN.format(
            wins=counts[0], reviews=counts[1], path=path, data_dir=args.data_dir
        )
    )
    return 0


def open_sample_career(ctx: Context) -> int:
    """Open the app on the sample career, in a folder removed when it closes.

    Args:
        ctx: the command-line context.

    Returns:
        The app's exit code.
    """
    from careerclimb_tui.cli import Context, run_tui
    from careerclimb_tui.demo import seed_full_demo

    folder: Path | None = None
    # From before the folder exists until it is gone, a closed terminal or a
    # ``kill`` ends the demo through the ``finally`` below, which removes it.
    with signals_end_cleanly():
        try:
            folder = Path(tempfile.mkdtemp(prefix="careerclimb-demo-"))
            # The demo must never fall back on the user's own home or ladders.
            settings = vars(ctx.args) | {"data_dir": str(folder)}
            demo_ctx = Context(argparse.Namespace(**settings), ctx.clock, ctx.out)
            seed_full_demo(demo_ctx.store, ctx.clock.today())
            with _marked_as_demo(), removed_when_killed(folder):
                return run_tui(demo_ctx)
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


ENDING_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""What ends a demo from outside: its terminal closing, or a plain ``kill``."""


@contextmanager
def signals_end_cleanly() -> Iterator[None]:
    """Turn the signals that end a demo into a clean exit while this is in force.

    Python's default for them ends the process at once, skipping every
    ``finally``; raised as ``SystemExit`` instead, they let the demo remove its
    folder on the way out. The exit code is the one a shell gives a process
    ended by that signal (128 plus its number).
    """

    def exit_cleanly(number: int, _frame: object) -> None:
        raise SystemExit(128 + number)

    with _ending_signals_handled_by(exit_cleanly):
        yield


@contextmanager
def removed_when_killed(folder: Path) -> Iterator[None]:
    """Remove ``folder`` even when the process is ended by a signal.

    A closed terminal window or a ``kill`` ends Python without running the
    clean-up of the ``with`` around the demo, which would leave its folder of
    sample data behind. While this is in force, those signals remove the folder
    first and then end the process as they would have.

    Args:
        folder: the demo's throw-away folder.
    """

    def remove_then_end(number: int, _frame: object) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)

    with _ending_signals_handled_by(remove_then_end):
        yield


@contextmanager
def _ending_signals_handled_by(
    handler: Callable[[int, object], None],
) -> Iterator[None]:
    """Give every ending signal to ``handler``, and put the old handlers back."""
    before = {number: signal.getsignal(number) for number in ENDING_SIGNALS}
    for number in ENDING_SIGNALS:
        signal.signal(number, handler)
    try:
        yield
    finally:
        for number, previous in before.items():
            signal.signal(number, previous)


@contextmanager
def _marked_as_demo() -> Iterator[None]:
    """Set the variable the home screen reads to show its demo banner."""
    before = os.environ.get(DEMO_ENV)
    os.environ[DEMO_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(DEMO_ENV, None)
        else:
            os.environ[DEMO_ENV] = before


def write_data_set(
    store: Store, count: int, clock: Clock, seed: int = DEFAULT_SEED
) -> tuple[int, int]:
    """Fill a store with the sample profile, generated wins and quarterly reviews.

    Args:
        store: the store to fill.
        count: how many wins to generate.
        clock: gives today's date and the moment of every record.
        seed: for a reproducible data set.

    Returns:
        How many wins and how many reviews were written.
    """
    # Imported here: every command builds the parser, few of them write demo data.
    from careerclimb_tui.demo import DEMO_PROFILE, generate_wins

    store.save_profile(DEMO_PROFILE)
    wins = add_wins(store, generate_wins(count, clock.today(), seed))
    reviews = add_reviews(store, review_every_quarter(wins, clock, seed))
    return len(wins), len(reviews)


def add_wins(store: Store, wins: Sequence[Win]) -> list[Win]:
    """Add many new wins at once: one lock, one write of the file.

    The first id comes from the store's own counter; the others follow it, and the
    store moves its counter past them when the transaction ends. Asking the counter
    once per win would rescan every id each time, which grows with the square of
    the number of wins.

    Args:
        store: the store to add to.
        wins: wins without ids.

    Returns:
        The wins as saved, with ids and timestamps.
    """
    now = store.clock.now()
    with store.transaction() as db:
        first = store.fresh_id(db, WINS_TABLE)
        saved = [
            win.with_changes(id=first + offset, created_at=now, updated_at=now)
            for offset, win in enumerate(wins)
        ]
        db.table(WINS_TABLE).insert_multiple(
            Document(win_to_json(win), doc_id=win.id or 0) for win in saved
        )
    return saved


def add_reviews(store: Store, reviews: Sequence[Review]) -> list[Review]:
    """Add many new reviews at once, as :func:`add_wins` adds wins.

    Args:
        store: the store to add to.
        reviews: reviews without ids.

    Returns:
        The reviews as saved, with ids.
    """
    with store.transaction() as db:
        first = store.fresh_id(db, REVIEWS_TABLE)
        saved = [
            replace(review, id=first + offset) for offset, review in enumerate(reviews)
        ]
        db.table(REVIEWS_TABLE).insert_multiple(
            Document(review_to_json(review), doc_id=review.id or 0) for review in saved
        )
    return saved


def review_every_quarter(
    wins: Sequence[Win], clock: Clock, seed: int = DEFAULT_SEED
) -> list[Review]:
    """A finished review of every quarter that has wins, answered plausibly.

    Impact wins mostly come out next-level and activity wins current-level, so
    the gap view and the summaries have something realistic to add up.

    Args:
        wins: saved wins (with ids).
        clock: gives the moment the reviews are stamped with.
        seed: for reproducible answers.

    Returns:
        One finished review per quarter, oldest quarter first.
    """
    rng = random.Random(seed)
    now = clock.now()
    by_quarter: dict[Quarter, list[Win]] = {}
    for win in wins:
        by_quarter.setdefault(quarter_of(win.date), []).append(win)
    reviews: list[Review] = []
    for quarter in sorted(by_quarter):
        inside = by_quarter[quarter]
        review = start_review(quarter, inside, now)
        by_id = {win.id: win for win in inside}
        # Built in one go: answering win by win copies the entries every time.
        entries = {
            win_id: _answered(entry, by_id[win_id], rng)
            for win_id, entry in review.entries.items()
        }
        reviews.append(
            replace(
                review,
                entries=entries,
                position=len(review.win_ids),
                finished_at=now,
            )
        )
    return reviews


def _answered(entry: ReviewEntry, win: Win, rng: random.Random) -> ReviewEntry:
    """The entry with the four questions answered for its win."""
    measured = win.measure is not None and win.measure.is_complete
    peer = PeerAnswer.NO if win.is_impact and rng.random() < 0.6 else PeerAnswer.YES
    choice = rng.choice((Choice.CHOSE, Choice.CHOSE, Choice.PARTLY, Choice.ASSIGNED))
    noticed = Noticed.by(win.noticed_by) if win.noticed_by else Noticed.nobody()
    change = ChangeAnswer(win.what_changed or win.title, measured, win.framing)
    answers = WinAnswers(peer_could=peer, choice=choice, change=change, noticed=noticed)
    # Stamped as the walk stamps what it judged, so only a later edit of what the
    # questions read counts as one (a new tag does not).
    return replace(entry, answers=answers, judged=judged_fingerprint(win))
