"""Run every benchmark, print one table, and write the figures as JSON.

    python -m benchmarks.run [--repeat N] [--sizes 0,1000,10000] [--large 50000]
                             [--no-jrnl] [--python3 python3]

Each figure is the median of N samples (7 unless told), printed beside its
yardstick, measured the same way in the same run, and their ratio. Goals are set
for the 10,000-win data set (a heavy user, or a journal import); the large data set
has none, and is there to show that nothing falls off a cliff. Every sample, the
machine and the load on it go to ``benchmarks/results/`` (not kept in git).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import inprocess, peers, startup
from benchmarks.datasets import TODAY, make_data_set
from benchmarks.figures import Figure, under
from benchmarks.startup import child_env

RESULTS = Path(__file__).with_name("results")
KEYS_CHILD = Path(__file__).with_name("journal_keys.py")
DEFAULT_SIZES = (0, 1_000, 10_000)
DEFAULT_LARGE = 50_000


def machine() -> dict[str, Any]:
    """What the figures were taken on."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import textual

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model or platform.processor() or "unknown",
        "python": platform.python_version(),
        "textual": getattr(textual, "__version__", "unknown"),
        "system": f"{platform.system()} {platform.release()}",
    }


def measure_journal_keys(
    data_dir: Path, wins: int, repeat: int, env: dict[str, str]
) -> Figure:
    """Typing a search into the real journal screen, in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="careerclimb-keys-") as folder:
        result = Path(folder) / "keys.json"
        command = [
            sys.executable,
            str(KEYS_CHILD),
            str(result),
            str(data_dir),
            TODAY.isoformat(),
            inprocess.TYPED,
            str(repeat),
        ]
        subprocess.run(
            command, env=env, check=True, stdin=subprocess.DEVNULL, timeout=900
        )
        report = json.loads(result.read_text(encoding="utf-8"))
    goal = under(inprocess.KEYSTROKE_GOAL_MS, "ms") if wins == 10_000 else None
    return Figure(
        "  journal keystroke in the app (CPU)",
        wins,
        "ms",
        report["key_ms"],
        "the same wait, key changing nothing",
        report["idle_ms"],
        goal,
        note="median of every key; filter, page of rows and repaint",
    )


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    return f"{value:.1f} {unit}"


def table(figures: list[Figure]) -> str:
    """The figures as one table, grouped by what was measured."""
    header = ("figure", "wins", "median", "yardstick", "its median", "ratio", "goal")
    rows: list[tuple[str, ...]] = []
    order: dict[str, int] = {}
    for figure in figures:
        order.setdefault(figure.name, len(order))
    for figure in sorted(figures, key=lambda f: (order[f.name], f.wins)):
        floor = figure.yardstick_median
        ratio = figure.ratio
        goal = ""
        if figure.goal is not None:
            goal = f"{figure.goal.text}: {figure.verdict.upper()}"
        rows.append(
            (
                figure.name,
                f"{figure.wins:,}",
                _number(figure.median, figure.unit),
                figure.yardstick,
                "" if floor is None else _number(floor, figure.unit),
                "" if ratio is None else f"{ratio:.2f}x",
                goal,
            )
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    right = {1, 2, 4, 5}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; see the module docstring for the options."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--repeat", type=int, default=7, help="samples per figure")
    parser.add_argument(
        "--sizes",
        default=",".join(str(n) for n in DEFAULT_SIZES),
        help="data sets, in wins, with goals at 10000",
    )
    parser.add_argument(
        "--large",
        type=int,
        default=DEFAULT_LARGE,
        help="one more data set, without goals (0 to skip)",
    )
    parser.add_argument("--no-jrnl", action="store_true", help="skip jrnl")
    parser.add_argument(
        "--python3", default="python3", help="the Python to install jrnl with"
    )
    args = parser.parse_args(argv)
    sizes = [int(text) for text in args.sizes.split(",") if text.strip()]
    if args.large:
        sizes.append(args.large)
    repeat = max(1, args.repeat)

    began = time.time()
    load_before = os.getloadavg()
    jrnl = None if args.no_jrnl else peers.ensure_jrnl(args.python3)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="careerclimb-bench-") as folder:
        work = Path(folder)
        home = work / "home"
        home.mkdir()
        env = child_env(home)
        print(f"Writing data sets of {sizes} wins …", file=sys.stderr)
        files = {n: make_data_set(work / f"data-{n}", n) for n in sizes}
        dirs = {n: path.parent for n, path in files.items()}

        print("Cold starts …", file=sys.stderr)
        figures += startup.measure(dirs, repeat, home)
        for wins, path in files.items():
            print(f"In-process figures, {wins:,} wins …", file=sys.stderr)
            figures.append(inprocess.measure_save(path, wins, repeat, work))
            figures += inprocess.measure_search(path, wins, repeat)
            figures.append(measure_journal_keys(dirs[wins], wins, repeat, env))
            figures += inprocess.measure_views(path, wins, repeat)
            if jrnl is not None:
                print(f"Command line against jrnl, {wins:,} wins …", file=sys.stderr)
                figures += peers.measure(path, wins, repeat, work, jrnl, env)

    load_after = os.getloadavg()
    about = machine()
    text = table(figures)
    print()
    print(
        f"CareerClimb benchmarks — median of {repeat} runs each; "
        f"{about['cpus']} × {about['cpu_model']}, Python {about['python']}, "
        f"Textual {about['textual']}"
    )
    print(text)
    print(
        f"Load average {load_before[0]:.1f} before, {load_after[0]:.1f} after "
        f"({about['cpus']} CPUs): other work on the machine slows every figure."
    )

    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    record = {
        "taken_at": dt.datetime.fromtimestamp(began, dt.timezone.utc).isoformat(),
        "seconds": round(time.time() - began, 1),
        "repeat": repeat,
        "machine": about,
        "load_average": {"before": load_before, "after": load_after},
        "figures": [figure.as_json() for figure in figures],
        "table": text,
    }
    for name in (f"bench-{stamp}.json", "latest.json"):
        (RESULTS / name).write_text(json.dumps(record, indent=2), encoding="utf-8")
    print(f"Figures written to {RESULTS / f'bench-{stamp}.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
