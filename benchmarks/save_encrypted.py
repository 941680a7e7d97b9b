"""The cost of encryption at rest: one save into a store of 10,000 wins.

Builds two data files of 10,000 wins in a temporary folder, seals one of them, and
times saves of one more win into each, taking turns so that a busy machine slows
both alike. A
save is the whole transaction the app runs: take the lock, check the file, add
the win, write and fsync the file (sealing it with a fresh per-write key when it
is encrypted), release the lock. The time to stretch the passphrase, paid once per
session when the file is unlocked, is reported apart.

    python benchmarks/save_encrypted.py [--wins N] [--saves N]

Nothing here is a test: the numbers depend on the machine and its disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.store import Store, convert, crypto
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from careerclimb_tui.store.storage import atomic_write, serialise

MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
PASSPHRASE = "a benchmark passphrase"


def prefilled(path: Path, count: int, clock: FixedClock) -> None:
    """Write a data file of ``count`` realistic wins the way the store writes."""
    wins = {}
    for number in range(1, count + 1):
        win = Win(
            title=f"Cut deploy failures on service {number} by fixing the flaky step",
            date=dt.date(2026, 1, 1) + dt.timedelta(days=number % 300),
            what_changed="Release managers stopped rolling back on Fridays",
            measure=Measure(before=12, after=4, unit="failures/week"),
            beneficiaries="the platform team",
            dimensions=("execution",),
            tags=("deploys", "reliability"),
            framing="impact",
            id=number,
            created_at=clock.now(),
            updated_at=clock.now(),
        )
        wins[str(number)] = convert.win_to_json(win)
    meta = {"schema_version": SCHEMA_VERSION, "next_ids": {"wins": count + 1}}
    atomic_write(path, serialise({"meta": {"1": meta}, "wins": wins}))


def time_save(store: Store, number: int) -> float:
    """Seconds taken by one save of one new win."""
    win = Win(f"benchmark win {number}", dt.date(2026, 11, 18))
    start = time.perf_counter()
    store.add_win(win)
    return time.perf_counter() - start


def ready_store(path: Path, count: int, clock: FixedClock) -> Store:
    """A store of ``count`` wins whose first save of the day is already done."""
    prefilled(path, count, clock)
    store = Store(path, clock=clock)
    store.check()
    # The first save of a day also takes the daily backup; keep it out.
    store.add_win(Win("first save of the day", dt.date(2026, 11, 18)))
    return store


def describe(label: str, seconds: list[float]) -> str:
    median = statistics.median(seconds) * 1000
    low = min(seconds) * 1000
    high = max(seconds) * 1000
    return f"{label:<28} median {median:7.1f} ms   (min {low:.1f}, max {high:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wins", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=15)
    args = parser.parse_args()

    clock = FixedClock(MOMENT)
    with tempfile.TemporaryDirectory(prefix="careerclimb-bench-") as folder:
        plain_store = ready_store(Path(folder) / "plain" / "cc.json", args.wins, clock)
        sealed_store = ready_store(
            Path(folder) / "sealed" / "cc.json", args.wins, clock
        )
        sealed_store.encrypt(PASSPHRASE)
        start = time.perf_counter()
        Store(sealed_store.path, clock=clock).unlock(PASSPHRASE)
        unlock = time.perf_counter() - start

        plain: list[float] = []
        sealed: list[float] = []
        for number in range(args.saves):
            plain.append(time_save(plain_store, number))
            sealed.append(time_save(sealed_store, number))
        plain_size = plain_store.path.stat().st_size
        sealed_size = sealed_store.path.stat().st_size

    print(f"One save into a store of {args.wins:,} wins, {args.saves} saves each:")
    print(describe(f"plain ({plain_size / 1e6:.1f} MB)", plain))
    print(describe(f"encrypted ({sealed_size / 1e6:.1f} MB)", sealed))
    overhead = statistics.median(sealed) - statistics.median(plain)
    print(f"{'encryption adds':<28} {overhead * 1000:+7.1f} ms per save (median)")
    kdf = crypto.KDF_NAMES[crypto.DEFAULT_KDF.kind]
    print(f"{'unlock (' + kdf + ', once)':<28} {unlock * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
