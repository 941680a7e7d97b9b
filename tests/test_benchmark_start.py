"""The cold-start benchmark still reaches every stage it times.

The benchmark opens the app through its command line without a terminal; if the
command ever refuses to, every start figure is lost, so one small start is run
here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.datasets import TODAY, make_data_set
from benchmarks.startup import CHILD, child_env


def test_one_cold_start_reaches_home_and_the_journal(tmp_path: Path) -> None:
    data = make_data_set(tmp_path / "data", 20).parent
    result = tmp_path / "result.json"
    done = subprocess.run(
        [
            sys.executable,
            str(CHILD),
            "app",
            str(result),
            str(data),
            TODAY.isoformat(),
            "journal",
        ],
        env=child_env(tmp_path / "home"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["exit_code"] == 0, done.stderr.decode()
    assert {"frame", "loaded", "journal"} <= set(report["marks_ns"])
