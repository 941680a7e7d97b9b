"""Control characters typed, pasted, piped or imported never reach the data file,
and text stored before they were kept out never reaches the terminal."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.plain_text import (
    json_for_terminal,
    plain_text,
    plain_values,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.export.importers import import_text, report_lines
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

ESC = "\x1b"
RED = f"{ESC}[31m"
TITLE_SEQUENCE = f"{ESC}]0;PWNED\x07"
"""An escape sequence that retitles the terminal window."""
CONTROLS = [chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))]
KEPT_ON_LINES = {"\n", "\t"}


def no_controls(text: str, *, lines: bool = True) -> bool:
    allowed = KEPT_ON_LINES if lines else set()
    return not any(char in text and char not in allowed for char in CONTROLS)


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


# --- the rule ----------------------------------------------------------------------

PLAIN_TEXT = [
    # (text, one line, several lines)
    ("Cut CI time", "Cut CI time", "Cut CI time"),
    (f"two{RED}red", "twored", "twored"),
    (
        f"Cut flaky test reruns{RED} RED",
        "Cut flaky test reruns RED",
        "Cut flaky test reruns RED",
    ),
    (
        f"Fixed the {ESC}[2J clear-screen",
        "Fixed the  clear-screen",
        "Fixed the  clear-screen",
    ),
    (f"{ESC}[1;32;4mbold{ESC}[0m", "bold", "bold"),
    (f"bell\x07 {TITLE_SEQUENCE}x", "bell x", "bell x"),
    (f"osc{ESC}]8;;https://x.test{ESC}\\link", "osclink", "osclink"),
    (f"keypad{ESC}=on{ESC}(Bascii", "keypadonascii", "keypadonascii"),
    (f"lone{ESC}\nescape", "lone escape", "lone\nescape"),
    ("a\tb", "a b", "a\tb"),
    ("one\ntwo", "one two", "one\ntwo"),
    ("one\r\ntwo\rthree", "one two three", "one\ntwo\nthree"),
    ("page\x0cfeed\x0bvertical", "page feed vertical", "page\nfeed\nvertical"),
    ("nul\x00del\x7fend", "nuldelend", "nuldelend"),
    ("c1\x9b31mcsi\x85nel", "c1csi nel", "c1csi\nnel"),
    ("sep\x1c\x1d\x1e\x1fend", "sepend", "sepend"),
    # Everything that is not a control character stays as it is.
    (
        "Équipe café — naïve Łódź",
        "Équipe café — naïve Łódź",
        "Équipe café — naïve Łódź",
    ),
    ("👩🏽‍💻 shipped 🚀👍🏽", "👩🏽‍💻 shipped 🚀👍🏽", "👩🏽‍💻 shipped 🚀👍🏽"),
    ("שלום עולם مرحبا", "שלום עולם مرحبا", "שלום עולם مرحبا"),
    ("\u200fRTL mark\u200e", "\u200fRTL mark\u200e", "\u200fRTL mark\u200e"),
    # Bidi embeddings, overrides and isolates can disguise what a text says.
    ("\u202eevil\u202c txt", "evil txt", "evil txt"),
    ("\u202a\u202b\u202d\u2066\u2067\u2068a\u2069", "a", "a"),
    ("\u200bCut CI\u200b", "Cut CI", "\u200bCut CI\u200b"),
    ("zero\u200bwidth", "zero\u200bwidth", "zero\u200bwidth"),
    ("non\u200cjoiner", "non\u200cjoiner", "non\u200cjoiner"),
    ("\u00a0non-breaking", "\u00a0non-breaking", "\u00a0non-breaking"),
    ("", "", ""),
]


@pytest.mark.parametrize(("text", "one_line", "several_lines"), PLAIN_TEXT)
def test_plain_text_takes_out_control_characters_only(
    text: str, one_line: str, several_lines: str
) -> None:
    assert plain_text(text) == one_line
    assert plain_text(text, lines=True) == several_lines


@pytest.mark.parametrize("control", CONTROLS)
def test_no_control_character_is_left_in_plain_text(control: str) -> None:
    text = f"a{control}b"
    assert no_controls(plain_text(text), lines=False)
    assert no_controls(plain_text(text, lines=True))


def test_plain_values_cleans_every_text_of_a_record() -> None:
    doc = {"title": f"a{RED}b", "tags": [f"x{ESC}"], f"k{ESC}": 3, "n": None}
    assert plain_values(doc) == {"title": "ab", "tags": ["x"], "k": 3, "n": None}


def test_json_for_terminal_escapes_what_json_dumps_leaves_raw() -> None:
    value = {"title": "del\x7f csi\x9b café"}
    text = json_for_terminal(json.dumps(value, ensure_ascii=False))
    assert "\x7f" not in text and "\x9b" not in text
    assert json.loads(text) == value


# --- the command line --------------------------------------------------------------


def test_a_win_piped_to_log_is_stored_and_listed_without_escapes(
    clock: FixedClock, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first line piped is the title, the lines after it what changed.
    piped = f"line two\x07bell{RED}red\ndeploys{TITLE_SEQUENCE} faster"
    monkeypatch.setattr(sys, "stdin", io.StringIO(piped))

    assert run(clock, "log", "-")[0] == 0

    [win] = store.wins()
    assert win.title == "line twobellred"
    assert win.what_changed == "deploys faster"
    _, listed = run(clock, "wins")
    assert "line twobellred" in listed
    assert no_controls(listed)


def test_text_stored_with_escapes_is_printed_without_them(
    clock: FixedClock, store: Store
) -> None:
    # A data file written before control characters were kept out.
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        Win(
            title=f"Old win{RED} red\x9b",
            date=dt.date(2026, 11, 2),
            what_changed=f"It changed{TITLE_SEQUENCE}\x7f",
        )
    )

    for command in (
        ["wins"],
        ["wins", "--json"],
        ["export", "--format", "md"],
        ["export", "--format", "json"],
    ):
        code, output = run(clock, *command)
        assert code == 0, command
        assert "Old win" in output, command
        assert no_controls(output), command


def test_an_error_quoting_typed_text_prints_no_escape(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "log", "Something", "--dimension", f"charm{RED}")
    assert code == 2
    error = capsys.readouterr().err
    assert "charm" in error and "[31m" not in error
    assert no_controls(error)


# --- importing ---------------------------------------------------------------------


def test_a_markdown_import_keeps_escapes_out_of_the_preview_and_the_wins(
    store: Store, clock: FixedClock
) -> None:
    text = f"- 2026-10-01: Cut CI time {TITLE_SEQUENCE}in half\n- 2026-10-02: {RED}\n"

    preview = import_text(store, text, "evil.md", clock.today(), dry_run=True)
    assert all(no_controls(line) for line in report_lines(preview))

    import_text(store, text, "evil.md", clock.today())
    assert sorted(win.title for win in store.wins()) == [
        "Cut CI time in half",
    ]


def test_the_import_command_prints_no_escape_from_the_file(
    clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "evil.md"
    source.write_text(f"- 2026-10-01: Title {TITLE_SEQUENCE}here\n", encoding="utf-8")

    code, output = run(clock, "import", str(source), "--dry-run")

    assert code == 0
    assert "Title here" in output and "PWNED" not in output
    assert no_controls(output)


def test_a_jrnl_import_keeps_escapes_out_of_title_body_and_tags(
    store: Store, clock: FixedClock
) -> None:
    entry = {
        "date": "2026-10-01",
        "time": "09:00",
        "title": f"Sped up builds{RED}\tby half",
        "body": f"Before:\t20 min\nafter: 10 min{ESC}",
        "tags": [f"@ci{ESC}"],
        "starred": False,
    }
    text = json.dumps({"tags": {}, "entries": [entry]})

    import_text(store, text, "journal.json", clock.today())

    [win] = store.wins()
    assert win.title == "Sped up builds by half"
    assert win.what_changed == "Before:\t20 min\nafter: 10 min"
    assert win.tags == ("ci",)


def test_a_dump_import_keeps_escapes_out_of_every_record(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    run(clock, "log", "Clean win", "--date", "2026-10-01")
    code, dump = run(clock, "export", "--format", "json")
    assert code == 0
    data = json.loads(dump)
    [doc] = data["tables"]["wins"].values()
    doc["title"] = f"Imported{RED} win"
    doc["what_changed"] = f"line\x07 one\nline two{ESC}"
    doc["created_at"] = "2026-10-01T08:00:00Z"
    source = tmp_path / "dump.json"
    source.write_text(json.dumps(data), encoding="utf-8")

    code, output = run(clock, "import", str(source))

    assert code == 0 and no_controls(output)
    titles = {win.title: win for win in store.wins()}
    assert titles["Imported win"].what_changed == "line one\nline two"


# --- the app -----------------------------------------------------------------------


async def test_a_paste_into_the_win_form_keeps_no_control_character(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        screen = app.screen
        title = screen.query_one("#title", TextArea)
        changed = screen.query_one("#changed", TextArea)
        noticed = screen.query_one("#beneficiaries", Input)

        title.focus()
        await pilot.pause()
        app.post_message(events.Paste(f"Cut CI{RED}\ttime"))
        await wait_until(pilot, lambda: "Cut CI" in title.text)
        changed.focus()
        await pilot.pause()
        app.post_message(events.Paste(f"Builds\tfaster{TITLE_SEQUENCE}\nfor all"))
        await wait_until(pilot, lambda: "Builds" in changed.text)
        noticed.focus()
        await pilot.pause()
        app.post_message(events.Paste(f"the payments team{ESC}\x9b"))
        await wait_until(pilot, lambda: "payments" in noticed.value)

        assert title.text == "Cut CI time"
        assert changed.text == "Builds\tfaster\nfor all"
        assert noticed.value == "the payments team"
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    [win] = store.wins()
    assert win.title == "Cut CI time"
    assert win.beneficiaries == "the payments team"


async def test_a_one_line_paste_into_a_one_line_field_is_taken_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        field = app.screen.query_one("#beneficiaries", Input)
        field.focus()
        await pilot.pause()
        app.post_message(events.Paste("the SRE team"))
        await wait_until(pilot, lambda: "SRE" in field.value)
        await pilot.pause()

        assert field.value == "the SRE team"
