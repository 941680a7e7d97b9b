"""An import's report quotes a very long title by its first words, never whole."""

from __future__ import annotations

import io
import json
from pathlib import Path

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.wins import TITLE_MAX_CHARS
from careerclimb_tui.export.dump import REPORT_LABEL_CHARS
from careerclimb_tui.export.importers import import_text, report_lines
from careerclimb_tui.store import Store

WORDS = "Moved the nightly billing reconciliation off the shared cron host "
LONG_TITLE = (WORDS * 30).strip()
"""A title of some 2,000 characters: under a win's cap, far over the report's cut."""
TOO_LONG_TITLE = (WORDS * 80).strip()
"""A title of some 5,300 characters, over the cap on a win's title."""


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def dump_with_long_title(clock: FixedClock, tmp_path: Path) -> Path:
    """A dump of one win with a very long title, that win also stored."""
    assert run(clock, "log", LONG_TITLE, "--date", "2026-10-01")[0] == 0
    code, dump = run(clock, "export", "--format", "json")
    assert code == 0
    path = tmp_path / "dump.json"
    path.write_text(dump, encoding="utf-8")
    return path


def test_a_long_title_left_out_of_a_dry_run_is_cut_at_a_word(
    clock: FixedClock, tmp_path: Path
) -> None:
    source = dump_with_long_title(clock, tmp_path)

    code, output = run(clock, "import", str(source), "--dry-run")

    assert code == 0
    [left_out] = [line for line in output.splitlines() if line.startswith("- ")]
    quoted = left_out.split('"')[1]
    assert quoted.endswith("…") and len(quoted) <= REPORT_LABEL_CHARS + 1
    assert LONG_TITLE.startswith(quoted[:-1])
    assert LONG_TITLE[len(quoted) - 1] == " "
    assert left_out.endswith(f": {catalogue.IMPORT_ALREADY_THERE}")


def test_a_long_title_to_be_added_is_cut_at_a_word(
    store: Store, clock: FixedClock
) -> None:
    text = f"- 2026-10-01: {LONG_TITLE}\n"

    report = import_text(store, text, "wins.md", clock.today(), dry_run=True)

    [adding] = [line for line in report_lines(report) if line.startswith("+ ")]
    assert adding.startswith("+ win 2026-10-01 Moved the nightly")
    assert adding.endswith("…") and len(adding) < REPORT_LABEL_CHARS + 20


def test_the_report_for_scripts_keeps_the_whole_title(
    clock: FixedClock, tmp_path: Path
) -> None:
    source = dump_with_long_title(clock, tmp_path)

    code, output = run(clock, "import", str(source), "--dry-run", "--json")

    assert code == 0
    [skipped] = json.loads(output)["skipped"]
    assert skipped["what"] == LONG_TITLE


def test_the_cap_sits_between_the_report_cut_and_the_long_titles() -> None:
    assert REPORT_LABEL_CHARS < len(LONG_TITLE) <= TITLE_MAX_CHARS
    assert len(TOO_LONG_TITLE) > TITLE_MAX_CHARS


def test_a_list_item_over_the_title_cap_is_left_out_by_its_line(
    store: Store, clock: FixedClock
) -> None:
    text = f"# Wins\n\n- 2026-10-01: Cut CI time\n- 2026-10-02: {TOO_LONG_TITLE}\n"

    report = import_text(store, text, "wins.md", clock.today(), dry_run=True)

    [left_out] = [line for line in report_lines(report) if line.startswith("- ")]
    assert left_out.startswith('- line 4 "Moved the nightly')
    assert left_out.endswith(": title longer than 3,000 characters")
    assert len(report.adding) == 1


def test_an_import_stores_no_win_over_the_title_cap(
    clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "wins.md"
    source.write_text(f"- 2026-10-02: {TOO_LONG_TITLE}\n", encoding="utf-8")

    for dry_run in (("--dry-run",), ()):
        code, output = run(clock, "import", str(source), *dry_run)

        assert code == 0
        assert "- line 1 " in output
        assert "title longer than 3,000 characters" in output
    assert run(clock, "export", "--format", "json")[1].count("Moved the") == 0
