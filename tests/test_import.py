"""Wins brought in from a jrnl JSON export or a Markdown list, and the import
command: a preview first, one transaction, and a reason for everything left out."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.importers import (
    FORMAT_DUMP,
    FORMAT_JRNL,
    FORMAT_MARKDOWN,
    detect_format,
    import_text,
    parse_jrnl,
    parse_markdown_list,
    report_lines,
)
from careerclimb_tui.store import Store

SAMPLES = Path(__file__).parent / "data" / "import"
JRNL = SAMPLES / "jrnl-export.json"
MARKDOWN = SAMPLES / "wins.md"
TODAY = dt.date(2026, 11, 18)


def sample(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


# --- jrnl ------------------------------------------------------------------------


def test_jrnl_entries_become_framed_wins_with_their_tags(
    store: Store, clock: FixedClock
) -> None:
    report = import_text(store, sample(JRNL), "jrnl-export.json", clock.today())

    assert report.format_label == "jrnl JSON export"
    assert report.added == (("wins", 3),)
    wins = sorted(store.wins(), key=lambda w: w.date)
    assert [w.date for w in wins] == [
        dt.date(2026, 9, 14),
        dt.date(2026, 10, 2),
        dt.date(2026, 11, 3),
    ]
    cache, pairing, tests = wins
    assert cache.title.startswith("Cut deploy time from 40 minutes to 12")
    assert cache.what_changed.startswith("The platform team rolled the cache out")
    assert cache.tags == ("deploys", "starred")
    assert cache.framing == "impact"
    assert cache.measure is not None and (
        cache.measure.before,
        cache.measure.after,
    ) == (
        40,
        12,
    )
    assert pairing.what_changed == (
        "She took the second page on her own.\n\nWe turned the notes into a "
        "checklist for the next new joiner. @oncall @mentoring"
    )
    assert pairing.tags == ("oncall", "mentoring")
    # "She took the second page on her own" tells what the pairing changed.
    assert pairing.framing == "impact"
    assert tests.framing == "impact"


def test_jrnl_entries_that_cannot_be_wins_are_left_out_with_their_reason(
    store: Store, clock: FixedClock
) -> None:
    report = import_text(store, sample(JRNL), "jrnl-export.json", clock.today())

    reasons = {item.where: item.reason for item in report.skipped}
    assert set(reasons) == {"entry 3", "entry 4", "entry 5", "entry 7"}
    assert reasons["entry 3"] == "no text"
    assert "'2026-13-01' names month 13" in reasons["entry 4"]
    assert "in the future" in reasons["entry 5"]
    assert reasons["entry 7"] == "the same win as entry 1"


JRNL_ENTRIES = [
    # (entry, title, what changed, tags) — or None when it cannot be a win
    ({"title": "T", "body": "B", "date": "2026-10-01"}, ("T", "B", ())),
    ({"title": "", "body": "First line\nrest", "date": "2026-10-01"},
     ("First line", "rest", ())),
    ({"title": "T", "date": "2026-10-01", "tags": ["@a", "#b", 3, "@a"]},
     ("T", "", ("a", "b"))),
    ({"title": "T", "date": "2026-10-01", "starred": "yes"}, ("T", "", ())),
    ({"title": "T", "date": 20261001}, None),
    ({"title": "T"}, None),
    ({"title": 5, "body": None, "date": "2026-10-01"}, None),
    ("just text", None),
]  # fmt: skip


@pytest.mark.parametrize("entry, expected", JRNL_ENTRIES)
def test_each_jrnl_entry_is_read_field_by_field(
    entry: object, expected: tuple[str, str, tuple[str, ...]] | None
) -> None:
    text = json.dumps({"tags": {}, "entries": [entry]})

    [candidate] = parse_jrnl(text, "j.json", TODAY).candidates

    if expected is None:
        assert candidate.win is None and candidate.reason
    else:
        assert candidate.win is not None
        win = candidate.win
        assert (win.title, win.what_changed, win.tags) == expected


def test_json_without_a_list_of_entries_is_not_a_jrnl_export() -> None:
    with pytest.raises(CareerClimbError, match="not a jrnl JSON export"):
        parse_jrnl('{"tags": {}}', "j.json", TODAY)


# --- Markdown lists --------------------------------------------------------------


def test_a_markdown_list_becomes_one_win_per_bullet(
    store: Store, clock: FixedClock
) -> None:
    report = import_text(store, sample(MARKDOWN), "wins.md", clock.today())

    assert report.format_label == "Markdown list"
    titles = {w.title: w.date for w in store.wins()}
    assert titles == {
        "Cut CI time for the web app from 24 to 9 minutes": dt.date(2026, 10, 3),
        "Led the incident review for the payments outage and wrote the "
        "follow-up actions with the SRE team": dt.date(2026, 10, 17),
        "Reviewed 150 PRs": dt.date(2026, 11, 2),
        "Mentored two new engineers through their first on-call week": TODAY,
        "Fixed the **bold** parser in the release notes": dt.date(2026, 11, 5),
    }
    reasons = {item.where: item.reason for item in report.skipped}
    assert set(reasons) == {"line 10", "line 11", "line 12"}
    assert "There is no 30 February 2026" in reasons["line 10"]
    assert reasons["line 11"] == "no text"
    assert reasons["line 12"] == "the same win as line 8"
    assert report.notes == (
        "2 lines that are not list items (headings, paragraphs, code) were left out.",
        (
            "1 win had no date at the start and is dated 2026-11-18. To date a "
            "bullet, start it with YYYY-MM-DD or DD/MM/YYYY and a colon, dash or "
            "space."
        ),
    )


COUNTED_NOTES = [
    # (the list, the notes about it, shortened to their first words)
    ("# Wins\n- 2026-10-01 one", ["1 line that is not a list item"]),
    ("# Wins\ntext\n- 2026-10-01 one", ["2 lines that are not list items"]),
    ("- undated", ["1 win had no date at the start and is dated"]),
    ("- one\n- two", ["2 wins had no date at the start and are dated"]),
]  # fmt: skip


@pytest.mark.parametrize("text, notes", COUNTED_NOTES)
def test_the_notes_of_a_markdown_import_count_in_words(
    store: Store, clock: FixedClock, text: str, notes: list[str]
) -> None:
    report = import_text(store, text, "wins.md", clock.today(), dry_run=True)

    assert len(report.notes) == len(notes)
    for note, start in zip(report.notes, notes, strict=True):
        assert note.startswith(start), note
        assert "(s)" not in note


SUMMARIES = [
    # (the list, the line under what it adds; None when nothing needs a look)
    ("- 2026-10-01 one", None),
    ("# Wins\n- 2026-10-01 one", None),
    ("- undated", "1 win dated today: see below."),
    ("- one\n- two", "2 wins dated today: see below."),
    ("- 2030-01-01 later", "1 left out: see below."),
    ("- undated\n-\n- 2030-01-01 later", "2 left out, 1 win dated today: see below."),
]  # fmt: skip


@pytest.mark.parametrize("text, summary", SUMMARIES)
def test_what_needs_a_look_is_said_under_what_an_import_adds(
    store: Store, clock: FixedClock, text: str, summary: str | None
) -> None:
    report = import_text(store, text, "wins.md", clock.today(), dry_run=True)

    lines = report_lines(report)

    if summary is None:
        assert not any(line.endswith("see below.") for line in lines), lines
    else:
        assert lines[2] == summary


REIMPORTS = [
    # (the list imported first, the same or a longer list imported again,
    #  the undated wins the second import says it dates today)
    ("- undated", "- undated", 0),
    ("- one\n- two", "- one\n- two\n- three", 1),
    ("- 2026-10-01 dated", "- 2026-10-01 dated\n- undated", 1),
    ("", "- one\n- two", 2),
]  # fmt: skip


@pytest.mark.parametrize("first, again, undated", REIMPORTS)
def test_the_notes_count_only_the_undated_wins_an_import_adds(
    store: Store, clock: FixedClock, first: str, again: str, undated: int
) -> None:
    import_text(store, first, "wins.md", clock.today())

    preview = import_text(store, again, "wins.md", clock.today(), dry_run=True)
    report = import_text(store, again, "wins.md", clock.today())

    for told in (preview, report):
        dated_today = [n for n in told.notes if "no date at the start" in n]
        attention = [a for a in told.attention if "dated today" in a]
        if undated:
            assert dated_today[0].startswith(f"{undated} win"), dated_today
            assert attention[0].startswith(f"{undated} win"), attention
        else:
            assert dated_today == [] and attention == []
            assert not any("dated today" in line for line in report_lines(told))


MARKDOWN_LINES = [
    # (the list, the titles of the wins it gives)
    ("- one\n- two", ["one", "two"]),
    ("* one\n+ two\n3) three\n10. ten", ["one", "two", "three", "ten"]),
    ("- [ ] open box\n- [x] ticked", ["open box", "ticked"]),
    ("- wrapped\n  over two lines\n\nnot part of it", ["wrapped over two lines"]),
    ("  - nested\n- top", ["nested", "top"]),
    ("- \\# not a heading \\| nor a table", ["# not a heading | nor a table"]),
    ("---\n***\n- after a rule", ["after a rule"]),
    ("```\n- inside code\n```\n- outside", ["outside"]),
    ("-5% errors is not a bullet\n- a bullet", ["a bullet"]),
    ("", []),
]  # fmt: skip


@pytest.mark.parametrize("text, titles", MARKDOWN_LINES)
def test_each_markdown_bullet_is_one_win(text: str, titles: list[str]) -> None:
    parsed = parse_markdown_list(text, "wins.md", TODAY)

    assert [c.win.title for c in parsed.candidates if c.win] == titles


LEADING_DATES = [
    # the bullet, the date the win gets (None: today), its title
    ("- 2026-09-10: Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-09-10 Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-09-10 - Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-09-10 \u2013 Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-09-10\u2014Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-9-1 : Cut p95 latency", dt.date(2026, 9, 1), "Cut p95 latency"),
    ("- 10/09/2026 Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 10/09/2026: Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 10/09/2026 - Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- [x] 2026-09-10 Cut p95 latency", dt.date(2026, 9, 10), "Cut p95 latency"),
    ("- 2026-09-10 -40% p95 latency", dt.date(2026, 9, 10), "-40% p95 latency"),
    ("- 3 bugs fixed", None, "3 bugs fixed"),
    ("- 2026 roadmap agreed", None, "2026 roadmap agreed"),
    ("- 12/2026 budget signed", None, "12/2026 budget signed"),
    ("- 2026-09-10-rc1 shipped", None, "2026-09-10-rc1 shipped"),
    ("- today: shipped", None, "today: shipped"),
]


@pytest.mark.parametrize("bullet, day, title", LEADING_DATES)
def test_a_leading_date_is_read_whatever_follows_it(
    bullet: str, day: dt.date | None, title: str
) -> None:
    parsed = parse_markdown_list(bullet, "wins.md", TODAY)

    [candidate] = parsed.candidates
    assert candidate.win is not None, candidate.reason
    assert (candidate.win.date, candidate.win.title) == (day or TODAY, title)
    assert candidate.undated == (day is None)


def test_the_import_help_names_the_dates_a_bullet_may_start_with(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])

    help_text = " ".join(capsys.readouterr().out.split())
    assert "YYYY-MM-DD or DD/MM/YYYY" in help_text
    assert '"2026-10-03 - Cut CI time"' in help_text


def test_a_leading_date_must_be_a_real_day_in_the_past() -> None:
    text = "- 2026-11-19: tomorrow\n- 1969-12-31: too old\n- 2026-1-5: early"

    parsed = parse_markdown_list(text, "wins.md", TODAY)

    future, old, early = parsed.candidates
    assert future.win is None and "in the future" in future.reason
    assert old.win is None and "before 1970" in old.reason
    assert early.win is not None and early.win.date == dt.date(2026, 1, 5)


# --- the import as a whole ---------------------------------------------------------


def test_importing_the_same_file_twice_skips_every_win_the_second_time(
    store: Store, clock: FixedClock
) -> None:
    import_text(store, sample(MARKDOWN), "wins.md", clock.today())
    count = len(store.wins())

    again = import_text(store, sample(MARKDOWN), "wins.md", clock.today())

    assert again.added == ()
    assert len(store.wins()) == count
    # The five wins, and the repeat of one of them further down the list.
    assert sum(1 for s in again.skipped if s.reason == "already in your data") == 6


def test_a_dry_run_reports_the_same_and_writes_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(Win(title="Reviewed 150 PRs", date=dt.date(2026, 11, 2)))
    before = store.path.read_bytes()

    preview = import_text(
        store, sample(MARKDOWN), "wins.md", clock.today(), dry_run=True
    )

    assert store.path.read_bytes() == before
    done = import_text(store, sample(MARKDOWN), "wins.md", clock.today())
    assert (preview.added, preview.skipped) == (done.added, done.skipped)
    assert preview.added == (("wins", 4),)


def test_imported_wins_get_fresh_ids_and_the_time_of_import(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    deleted = store.delete_win(7)

    import_text(store, sample(JRNL), "j.json", clock.today())

    new = [w for w in store.wins() if w.id is not None and w.id > 6]
    assert sorted(w.id for w in new if w.id) == [8, 9, 10]
    assert deleted.id not in {w.id for w in store.wins()}
    assert all(w.created_at == clock.now() for w in new)


DETECTED = [
    ('{"tags": {}, "entries": []}', "x.json", FORMAT_JRNL),
    ('{"format": "careerclimb-dump"}', "x.txt", FORMAT_DUMP),
    ('{"wins": {}}', "backup", FORMAT_DUMP),
    ("{ broken", "x.json", FORMAT_DUMP),
    ("- a win", "x.json", FORMAT_DUMP),
    ("- a win", "wins.md", FORMAT_MARKDOWN),
    ("{ broken", "notes.txt", FORMAT_MARKDOWN),
    ("# Wins\n- one", "wins", FORMAT_MARKDOWN),
]


@pytest.mark.parametrize("text, name, expected", DETECTED)
def test_the_kind_of_file_is_told_from_its_content_then_its_name(
    text: str, name: str, expected: str
) -> None:
    assert detect_format(text, name) == expected


def test_the_report_names_what_was_added_and_each_thing_left_out(
    store: Store, clock: FixedClock
) -> None:
    report = import_text(
        store, sample(JRNL), "jrnl-export.json", clock.today(), dry_run=True
    )

    lines = report_lines(report)

    assert lines[0] == (
        "Preview of jrnl-export.json (jrnl JSON export); nothing written yet."
    )
    assert lines[1] == "Adds 3 wins."
    # What needs a look is said before the wins, which can run past a preview.
    assert lines[2] == "4 left out: see below."
    # Each win to add is named, so the preview shows what lands, not just a count.
    adding = lines[3:6]
    assert all(line.startswith("+ win 20") for line in adding), adding
    # Newest first, as the journal lists them.
    assert adding[0].startswith("+ win 2026-11-03 Fixed the flaky checkout tests")
    assert adding[2].startswith("+ win 2026-09-14 Cut deploy time from 40 minutes")
    assert lines[6] == "Left out (4):"
    assert lines[7] == "- entry 3: no text"
    assert lines[10] == (
        '- entry 7 "Cut deploy time from 40 minutes to 12 by caching the build '
        'image.": the same win as entry 1'
    )


LONG_TITLE = (
    "Moved the nightly billing reconciliation off the shared cron host so a slow "
    "run no longer delays the morning invoice batch for every region"
)


def test_the_command_line_report_names_each_win_by_its_whole_title(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "long.md"
    source.write_text(f"- 2026-10-01: {LONG_TITLE}\n- \n", encoding="utf-8")

    code, output = run(clock, "import", str(source), "--dry-run")

    assert code == 0
    assert f"+ win 2026-10-01 {LONG_TITLE}\n" in output
    assert "…" not in output


def test_a_report_folded_to_a_width_keeps_every_word_and_indents_the_rest(
    store: Store, clock: FixedClock
) -> None:
    report = import_text(
        store, f"- 2026-10-01: {LONG_TITLE}", "long.md", clock.today(), dry_run=True
    )

    lines = report_lines(report, width=50)

    adding = lines[lines.index("Adds 1 win.") + 1 :]
    assert adding[0].startswith("+ win 2026-10-01 Moved")
    assert all(len(line) <= 50 for line in lines), lines
    assert len(adding) > 2 and all(line.startswith("  ") for line in adding[1:])
    words = " ".join(line.strip() for line in adding).split()
    assert words == f"+ win 2026-10-01 {LONG_TITLE}".split()


# --- the command line --------------------------------------------------------------


def test_import_dry_run_prints_the_preview_and_writes_nothing(
    store: Store, clock: FixedClock
) -> None:
    code, output = run(clock, "import", str(MARKDOWN), "--dry-run")

    assert code == 0
    assert output.splitlines()[0].startswith("Preview of ")
    assert "Adds 5 wins." in output
    assert store.wins() == []


def test_import_reports_as_json_for_scripts(store: Store, clock: FixedClock) -> None:
    code, output = run(clock, "import", str(JRNL), "--json")

    assert code == 0
    report = json.loads(output)
    assert report["written"] is True
    assert report["added"] == {"wins": 3}
    assert [s["where"] for s in report["skipped"]] == [
        "entry 3",
        "entry 4",
        "entry 5",
        "entry 7",
    ]
    assert len(store.wins()) == 3


def test_import_reads_standard_input(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = io.TextIOWrapper(io.BytesIO(b"- 2026-10-01: Piped in a win\n"))
    monkeypatch.setattr(sys, "stdin", piped)

    code, output = run(clock, "import", "-")

    assert code == 0
    assert "Imported standard input (Markdown list)." in output
    assert [w.title for w in store.wins()] == ["Piped in a win"]


def test_a_dump_exported_by_the_command_line_imports_back(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    dump = tmp_path / "dump.json"
    assert run(clock, "export", "-o", str(dump))[0] == 0
    other = tmp_path / "other"

    code, output = run(clock, "--data-dir", str(other), "import", str(dump))

    assert code == 0
    assert "Added 1 profile, 7 wins." in output
    assert run(clock, "--data-dir", str(other), "export", "--format", "json")[
        1
    ] == dump.read_text(encoding="utf-8")


IMPORT_ERRORS = [
    # (file content or None for a missing file, extra arguments, message)
    (None, [], "does not exist"),
    (b"\xff\xfe not text", [], "is not UTF-8 text"),
    (b"{ broken", ["--format", "json"], "is not valid JSON"),
    (b'{"entries": []}', ["--format", "json"], "not a CareerClimb dump"),
    (b"- a win", ["--format", "jrnl"], "is not valid JSON"),
]


@pytest.mark.parametrize("content, extra, message", IMPORT_ERRORS)
def test_import_refuses_a_bad_file_cleanly_and_writes_nothing(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    extra: list[str],
    message: str,
) -> None:
    path = tmp_path / "input.file"
    if content is not None:
        path.write_bytes(content)

    code, _ = run(clock, "import", str(path), *extra)

    assert code == 1
    error = capsys.readouterr().err
    assert error.startswith("careerclimb: ") and message in error
    assert "Traceback" not in error
    assert not store.path.exists()
