"""``careerclimb doctor``: an honest report, and a restore that never loses a file."""

from __future__ import annotations

import datetime as dt
import getpass
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from careerclimb_tui import catalogue, cli_privacy, doctor
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import Store, StoreProblem, crypto, repository
from careerclimb_tui.store.health import BackupHealth, FileHealth, LockHealth

DAMAGED = b'{"wins": {"1": {"title": "cut short'


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["doctor", *argv], clock=clock, out=out)
    return code, out.getvalue()


def run_json(clock: FixedClock, *argv: str) -> tuple[int, Any]:
    code, output = run(clock, *argv, "--json")
    return code, json.loads(output)


def a_win(title: str) -> Win:
    return Win(title, dt.date(2026, 11, 3))


@pytest.fixture
def three_days(store: Store, clock: FixedClock) -> Store:
    """A store written on three days: two daily backups, holding 1 and 2 wins."""
    store.add_win(a_win("day one"))
    for day in ("day two", "day three"):
        clock.advance(days=1)
        store.add_win(a_win(day))
    return store


def files_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


# --- the report -----------------------------------------------------------------


def test_a_healthy_store_passes_and_lists_its_backups_newest_first(
    three_days: Store, clock: FixedClock
) -> None:
    code, output = run(clock)

    assert code == 0
    assert output.rstrip().endswith("Healthy.")
    assert "reads cleanly: data format 2, 3 wins" in output
    listing = output[output.index("Backups, newest first:") :]
    newer = listing.index("careerclimb-20261120.json")
    older = listing.index("careerclimb-20261119.json")
    assert newer < older
    assert "2026-11-20" in listing and "2 wins, readable" in listing


def test_the_json_report_says_everything_a_script_needs(
    three_days: Store, clock: FixedClock
) -> None:
    code, report = run_json(clock)

    assert code == 0 and report["healthy"] is True
    assert report["data_file"] == {
        "path": str(three_days.path),
        "exists": True,
        "mode": "0600",
        "folder_mode": "0700",
        "readable": True,
        "encrypted": False,
        "checked": True,
        "damage": None,
        "schema_version": 2,
        "app_schema_version": 2,
        "wins": 3,
    }
    assert report["unreadable_records"] == []
    assert report["lock"] == {"held": False, "holder_pid": None, "stale_pid": None}
    assert [
        (b["name"], b["taken"], b["wins"], b["readable"]) for b in report["backups"]
    ] == [
        ("careerclimb-20261120.json", "2026-11-20", 2, True),
        ("careerclimb-20261119.json", "2026-11-19", 1, True),
    ]
    assert report["restored"] is None
    assert {check["status"] for check in report["checks"]} == {"ok"}


def test_before_anything_is_saved_the_doctor_says_so_and_passes(
    clock: FixedClock, isolated_home: Path
) -> None:
    code, output = run(clock)

    assert code == 0
    assert "There is no data file yet" in output
    assert not isolated_home.exists(), "the doctor creates nothing"


def test_a_damaged_file_fails_with_its_reason_and_the_backup_to_use(
    three_days: Store, clock: FixedClock
) -> None:
    three_days.path.write_bytes(DAMAGED)

    code, output = run(clock)

    assert code == 1
    assert "cannot be read: Unterminated string" in output
    assert "line 1, column 26" in output
    assert "doctor --restore` puts back careerclimb-20261120.json" in output
    assert output.rstrip().endswith("Needs attention: 1 problem.")
    assert three_days.path.read_bytes() == DAMAGED


def test_unreadable_records_are_listed_with_their_ids_and_reasons(
    three_days: Store, clock: FixedClock
) -> None:
    data = json.loads(three_days.path.read_text(encoding="utf-8"))
    data["wins"]["2"]["date"] = "yesterday"
    data["wins"]["3"]["tags"] = "not a list"
    three_days.path.write_text(json.dumps(data), encoding="utf-8")
    before = three_days.path.read_bytes()

    code, report = run_json(clock)

    assert code == 1
    assert report["unreadable_records"] == [
        {"table": "wins", "id": 2, "reason": "date 'yesterday' is not a date"},
        {"table": "wins", "id": 3, "reason": "tags must be a list of text"},
    ]
    problems = [c["message"] for c in report["checks"] if c["status"] == "problem"]
    assert problems[0].startswith("Record 2 in wins cannot be read")
    assert three_days.path.read_bytes() == before


@pytest.mark.parametrize(
    "change, reason",
    [
        (
            lambda doc: doc.update({"t@@@itle": doc.pop("title")}),
            "its title is missing",
        ),
        (lambda doc: doc.update(title=None), "its title is missing"),
        (lambda doc: doc.pop("date"), "date must be a date, not None"),
    ],
    ids=["title renamed", "title null", "date removed"],
)
def test_a_record_missing_a_field_it_needs_is_named_by_the_doctor(
    three_days: Store,
    clock: FixedClock,
    change: Any,
    reason: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = json.loads(three_days.path.read_text(encoding="utf-8"))
    change(data["wins"]["2"])
    three_days.path.write_text(json.dumps(data), encoding="utf-8")
    before = three_days.path.read_bytes()

    code, report = run_json(clock)
    listed = main(["wins"], clock=clock, out=io.StringIO())

    assert code == 1
    assert report["unreadable_records"] == [
        {"table": "wins", "id": 2, "reason": reason}
    ]
    warned = capsys.readouterr().err
    assert listed == 0 and f"wins #2 cannot be read ({reason})" in warned
    assert three_days.path.read_bytes() == before


def test_files_and_folders_open_to_other_users_are_problems(
    three_days: Store, clock: FixedClock
) -> None:
    three_days.path.chmod(0o644)
    three_days.path.parent.chmod(0o755)
    three_days.backups()[0].chmod(0o640)

    code, output = run(clock)

    assert code == 1
    assert f"chmod 600 {three_days.path}" in output
    assert f"chmod 700 {three_days.path.parent}" in output
    assert f"chmod 600 {three_days.backups()[0]}" in output
    assert "Needs attention: 3 problems." in output


def test_a_holder_note_left_by_a_killed_process_is_harmless_and_reported(
    three_days: Store, clock: FixedClock
) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    repository.holder_path(three_days.path).write_text(str(child.pid))

    code, report = run_json(clock)

    assert code == 0
    assert report["lock"] == {"held": False, "holder_pid": None, "stale_pid": child.pid}
    notes = [c["message"] for c in report["checks"] if c["status"] == "warning"]
    assert any("no longer running" in note for note in notes)


def test_a_lock_held_right_now_names_its_holder(
    three_days: Store, clock: FixedClock
) -> None:
    repository.holder_path(three_days.path).write_text(str(os.getpid()))

    with FileLock(str(repository.lock_path(three_days.path))):
        code, report = run_json(clock)

    assert code == 0
    assert report["lock"] == {
        "held": True,
        "holder_pid": os.getpid(),
        "stale_pid": None,
    }


def test_an_older_file_is_reported_and_left_for_the_app_to_upgrade(
    three_days: Store, clock: FixedClock
) -> None:
    data = json.loads(three_days.path.read_text(encoding="utf-8"))
    data["meta"]["1"] = {"schema_version": 1}
    data["wins"]["1"]["tags"] = "a, b"
    three_days.path.write_text(json.dumps(data), encoding="utf-8")
    before = three_days.path.read_bytes()

    code, report = run_json(clock)

    assert code == 0
    assert report["data_file"]["schema_version"] == 1
    assert any("older format 1" in c["message"] for c in report["checks"])
    assert three_days.path.read_bytes() == before


def test_a_file_from_a_newer_app_fails_and_is_left_alone(
    three_days: Store, clock: FixedClock
) -> None:
    data = json.loads(three_days.path.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = 9
    three_days.path.write_text(json.dumps(data), encoding="utf-8")
    before = three_days.path.read_bytes()

    code, output = run(clock)

    assert code == 1
    assert "written by a newer CareerClimb (format 9" in output
    assert three_days.path.read_bytes() == before


# --- restoring ------------------------------------------------------------------


def test_restore_puts_back_the_newest_readable_backup_and_keeps_the_damaged_file(
    three_days: Store, clock: FixedClock
) -> None:
    newest, older = three_days.backups()[::-1]
    newest.write_bytes(b"{}\n{")
    good = older.read_bytes()
    three_days.path.write_bytes(DAMAGED)

    code, report = run_json(clock, "--restore")

    assert code == 0 and report["healthy"]
    assert three_days.path.read_bytes() == good
    kept = three_days.path.with_name("careerclimb.json.damaged-20261120-093000")
    assert kept.read_bytes() == DAMAGED
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    assert report["restored"] == {"backup": str(older), "set_aside": str(kept)}
    assert [w.title for w in Store(three_days.path, clock=clock).wins()] == ["day one"]
    assert newest.exists() and older.read_bytes() == good


def test_restore_of_a_named_backup_works_on_a_healthy_file(
    three_days: Store, clock: FixedClock
) -> None:
    before = three_days.path.read_bytes()

    code, output = run(clock, "--restore", "careerclimb-20261119.json", "--yes")

    assert code == 0
    assert "Put back careerclimb-20261119.json as the data file" in output
    assert [w.title for w in three_days.wins()] == ["day one"]
    kept = three_days.path.with_name("careerclimb.json.damaged-20261120-093000")
    assert kept.read_bytes() == before


class Terminal(io.StringIO):
    """Standard input as a person at a terminal would give it."""

    def isatty(self) -> bool:
        return True


# (the answer typed, or None with no terminal; restored; what is said)
ASKED = {
    "yes on a terminal": ("y\n", True, "The file it replaced, with its 3 wins, is"),
    "no on a terminal": ("n\n", False, catalogue.DOCTOR_RESTORE_DECLINED),
    "just Enter on a terminal": ("\n", False, catalogue.DOCTOR_RESTORE_DECLINED),
    "no terminal and no --yes": (None, False, "add --yes to put the backup back"),
}


@pytest.mark.parametrize(
    ("typed", "restored", "said"), ASKED.values(), ids=ASKED.keys()
)
def test_a_readable_data_file_is_replaced_only_once_the_user_agrees(
    three_days: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str | None,
    restored: bool,
    said: str,
) -> None:
    if typed is not None:
        monkeypatch.setattr(sys, "stdin", Terminal(typed))
    before = three_days.path.read_bytes()
    folder = files_in(three_days.path.parent)

    code, output = run(clock, "--restore", "careerclimb-20261119.json")

    told = " ".join((output + capsys.readouterr().err).split())
    assert said in told
    if typed is not None:
        # Both counts are told before the question.
        counts = "The data file holds 3 wins; careerclimb-20261119.json holds 1 win."
        assert counts in told
    kept = three_days.path.with_name("careerclimb.json.damaged-20261120-093000")
    if restored:
        assert code == 0
        assert kept.read_bytes() == before
        assert str(kept) in told
    else:
        assert code != 0
        assert three_days.path.read_bytes() == before
        assert files_in(three_days.path.parent) == folder


def test_a_damaged_data_file_is_replaced_without_asking_and_its_copy_named(
    three_days: Store, clock: FixedClock
) -> None:
    three_days.path.write_bytes(DAMAGED)

    code, output = run(clock, "--restore")

    kept = three_days.path.with_name("careerclimb.json.damaged-20261120-093000")
    assert code == 0
    assert kept.read_bytes() == DAMAGED
    assert f"kept as {kept}" in " ".join(output.split())


def test_restoring_twice_in_one_second_keeps_both_replaced_files(
    three_days: Store, clock: FixedClock
) -> None:
    run(clock, "--restore", "careerclimb-20261119.json", "--yes")
    run(clock, "--restore", "careerclimb-20261120.json", "--yes")

    assert {
        "careerclimb.json.damaged-20261120-093000",
        "careerclimb.json.damaged-20261120-093000-2",
    } <= files_in(three_days.path.parent)


def test_restore_without_a_name_leaves_a_healthy_file_alone(
    three_days: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_in(three_days.path.parent)
    content = three_days.path.read_bytes()

    code, _ = run(clock, "--restore")

    assert code == 1
    assert "healthy, so nothing was restored" in capsys.readouterr().err
    assert three_days.path.read_bytes() == content
    assert files_in(three_days.path.parent) == before


def test_restore_with_no_readable_backup_changes_nothing(
    three_days: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    for backup in three_days.backups():
        backup.write_bytes(b"")
    three_days.path.write_bytes(DAMAGED)
    before = files_in(three_days.path.parent)

    code, _ = run(clock, "--restore")

    assert code == 1
    assert "no readable backup" in capsys.readouterr().err
    assert three_days.path.read_bytes() == DAMAGED
    assert files_in(three_days.path.parent) == before


@pytest.mark.parametrize(
    "name, exit_code, words",
    [
        ("careerclimb-19990101.json", 1, "There is no backup named"),
        ("careerclimb-20261120.json", 1, "cannot be read either"),
    ],
)
def test_restore_of_a_missing_or_unreadable_backup_is_refused(
    three_days: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    name: str,
    exit_code: int,
    words: str,
) -> None:
    three_days.backups()[-1].write_bytes(b"[")
    content = three_days.path.read_bytes()

    code, _ = run(clock, "--restore", name)

    assert code == exit_code
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert three_days.path.read_bytes() == content


def test_restore_puts_a_backup_back_when_the_data_file_is_missing(
    three_days: Store, clock: FixedClock
) -> None:
    three_days.path.unlink()

    code, report = run_json(clock, "--restore")

    assert code == 0
    assert report["restored"]["set_aside"] is None
    assert report["data_file"]["wins"] == 2


# --- encrypted data -------------------------------------------------------------

PASSPHRASE = "correct horse battery"
CHEAP = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)


@pytest.fixture
def encrypted(three_days: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The three days' store, encrypted; no passphrase given, no terminal to ask."""
    # Stretch passphrases cheaply: the doctor is tested here, not the KDF.
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: False)
    three_days.encrypt(PASSPHRASE)
    return three_days


def damage_seal(path: Path) -> bytes:
    """Change the last byte of an encrypted file; its header stays sound."""
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0xFF
    path.write_bytes(bytes(raw))
    return bytes(raw)


def test_an_encrypted_file_is_checked_like_a_plain_one_with_its_passphrase(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)

    code, output = run(clock)

    assert code == 0
    assert "encrypted, opens with the passphrase and reads cleanly" in output
    assert "data format 2, 3 wins" in output
    assert "2 wins, encrypted, readable" in output
    assert "1 win, encrypted, readable" in output
    assert "PROBLEM" not in output
    assert output.rstrip().endswith("Healthy.")


def test_without_the_passphrase_an_encrypted_file_is_a_note_not_a_problem(
    encrypted: Store, clock: FixedClock
) -> None:
    code, output = run(clock)
    json_code, report = run_json(clock)

    assert code == 0 and json_code == 0
    assert "PROBLEM" not in output and "cannot be read" not in output
    assert "note     The data file is encrypted and no passphrase was given" in output
    assert "encrypted, not checked: no passphrase was given" in output
    assert output.rstrip().endswith("the encrypted contents were not checked.")
    assert report["healthy"] is True
    file = report["data_file"]
    assert (file["encrypted"], file["checked"], file["readable"]) == (
        True,
        False,
        None,
    )
    assert [(b["encrypted"], b["readable"]) for b in report["backups"]] == [
        (True, None),
        (True, None),
    ]


def test_a_damaged_encrypted_file_is_a_problem_and_its_newest_backup_is_offered(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damage_seal(encrypted.path)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)

    code, output = run(clock)

    assert code == 1
    assert "PROBLEM  The encrypted data file" in output
    assert "does not match its seal" in output
    assert "doctor --restore` puts back careerclimb-20261120.json" in output
    assert output.rstrip().endswith("Needs attention: 1 problem.")
    assert encrypted.path.read_bytes() == damaged


def test_restore_puts_an_encrypted_backup_back_still_encrypted(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damage_seal(encrypted.path)
    newest = encrypted.backups()[-1]
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)

    code, report = run_json(clock, "--restore")

    assert code == 0 and report["healthy"]
    assert report["restored"]["backup"] == str(newest)
    assert encrypted.path.read_bytes() == newest.read_bytes()
    assert crypto.is_sealed(encrypted.path.read_bytes())
    kept = encrypted.path.with_name("careerclimb.json.damaged-20261120-093000")
    assert kept.read_bytes() == damaged
    reopened = Store(encrypted.path, clock=clock)
    reopened.unlock(PASSPHRASE)
    assert sorted(w.title for w in reopened.wins()) == ["day one", "day two"]


def test_a_named_encrypted_backup_is_put_back_on_a_healthy_encrypted_file(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)

    code, output = run(clock, "--restore", "careerclimb-20261119.json", "--yes")

    assert code == 0
    assert "Put back careerclimb-20261119.json as the data file" in output
    reopened = Store(encrypted.path, clock=clock)
    reopened.unlock(PASSPHRASE)
    assert [w.title for w in reopened.wins()] == ["day one"]


def test_restore_without_the_passphrase_says_how_to_give_it_and_changes_nothing(
    encrypted: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_seal(encrypted.path)
    before = files_in(encrypted.path.parent)
    content = encrypted.path.read_bytes()

    code, _ = run(clock, "--restore")

    assert code == 5
    assert "CAREERCLIMB_PASSPHRASE" in capsys.readouterr().err
    assert encrypted.path.read_bytes() == content
    assert files_in(encrypted.path.parent) == before


def test_the_doctor_asks_for_the_passphrase_once_on_a_terminal(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_seal(encrypted.path)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: True)
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", typed)

    code, output = run(clock, "--restore")

    assert code == 0 and "Healthy." in output
    assert prompts == [catalogue.PRIVACY_PROMPT]


def test_a_wrong_passphrase_stops_the_doctor_and_changes_nothing(
    encrypted: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    damage_seal(encrypted.path)
    content = encrypted.path.read_bytes()
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "not the passphrase")

    assert run(clock)[0] == 5
    assert run(clock, "--restore")[0] == 5

    assert "does not open" in capsys.readouterr().err
    assert encrypted.path.read_bytes() == content


def test_an_encrypted_backup_is_put_back_where_no_data_file_is_left(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = encrypted.backups()[-1]
    encrypted.path.unlink()
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)

    code, output = run(clock, "--restore")

    assert code == 0 and "Healthy." in output
    assert encrypted.path.read_bytes() == newest.read_bytes(), "still encrypted"
    again = Store(encrypted.path, clock=clock)
    assert again.unlock(PASSPHRASE)
    assert again.wins()


def test_an_encrypted_backup_replaces_a_plain_file_once_its_passphrase_opens_it(
    encrypted: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = encrypted.backups()[-1]
    encrypted.path.write_text("{ not json", encoding="utf-8")
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "not the passphrase")
    assert run(clock, "--restore", newest.name)[0] != 0
    assert encrypted.path.read_text(encoding="utf-8") == "{ not json"

    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)
    code, output = run(clock, "--restore", newest.name)

    assert code == 0, output
    assert encrypted.path.read_bytes() == newest.read_bytes()


# --- the judgement, without files -----------------------------------------------


def health(**changes: Any) -> FileHealth:
    facts: dict[str, Any] = {
        "path": Path("/data/careerclimb.json"),
        "exists": True,
        "mode": 0o600,
        "folder_mode": 0o700,
        "damage": None,
        "schema_version": 2,
        "wins": 4,
        "problems": (),
    }
    return FileHealth(**{**facts, **changes})


FILE_CASES = [
    # facts that differ from a healthy file, statuses of the findings, restore?
    ({}, ["ok", "ok", "ok"], False),
    ({"exists": False, "mode": None}, ["ok", "ok"], True),
    ({"folder_mode": None, "exists": False, "mode": None}, ["ok"], True),
    ({"mode": 0o644}, ["ok", "problem", "ok"], False),
    ({"folder_mode": 0o750}, ["problem", "ok", "ok"], False),
    ({"damage": "cut short"}, ["ok", "ok", "problem"], True),
    ({"schema_version": 3}, ["ok", "ok", "problem"], True),
    ({"schema_version": 1}, ["ok", "ok", "ok", "warning"], False),
    ({"sealed": True}, ["ok", "ok", "ok"], False),
    ({"sealed": True, "damage": "seal broken"}, ["ok", "ok", "problem"], True),
    (
        {"sealed": True, "unopened": "no passphrase", "schema_version": None},
        ["ok", "ok", "warning"],
        False,
    ),
    (
        {"problems": (StoreProblem("wins", 3, "bad date"),)},
        ["ok", "ok", "ok", "problem"],
        True,
    ),
]


@pytest.mark.parametrize("changes, statuses, restore", FILE_CASES)
def test_each_fact_about_the_data_file_is_judged(
    changes: dict[str, Any], statuses: list[str], restore: bool
) -> None:
    facts = health(**changes)

    assert [f.status for f in doctor.file_findings(facts)] == statuses
    assert doctor.needs_restoring(facts) is restore


def a_backup(**changes: Any) -> BackupHealth:
    facts: dict[str, Any] = {
        "path": Path("/data/backups/careerclimb-20261117.json"),
        "kind": "daily",
        "taken": dt.date(2026, 11, 17),
        "mode": 0o600,
        "schema_version": 2,
        "wins": 3,
        "damage": None,
    }
    return BackupHealth(**{**facts, **changes})


NOT_OPENED = {"sealed": True, "unopened": "no passphrase was given"}

BACKUP_CASES = [
    # what differs from a healthy file, the backups, statuses of the findings
    ({}, [], ["ok"]),
    ({}, [a_backup(**NOT_OPENED)], []),
    ({"damage": "cut short"}, [a_backup()], ["warning"]),
    ({"damage": "cut short"}, [a_backup(sealed=True)], ["warning"]),
    ({"damage": "cut short"}, [a_backup(damage="empty")], ["problem"]),
    ({"damage": "cut short"}, [a_backup(**NOT_OPENED)], ["warning"]),
    ({"sealed": True, "unopened": "no passphrase"}, [a_backup(**NOT_OPENED)], []),
]


@pytest.mark.parametrize("changes, backups, statuses", BACKUP_CASES)
def test_an_encrypted_backup_that_was_not_opened_is_never_called_unreadable(
    changes: dict[str, Any], backups: list[BackupHealth], statuses: list[str]
) -> None:
    findings = doctor.backup_findings(health(**changes), backups)

    assert [f.status for f in findings] == statuses


UNOPENED_COUNTS = [
    # how many encrypted backups were not opened, how the warning starts
    (1, "1 encrypted backup was not opened (no passphrase was given), so it is"),
    (2, "2 encrypted backups were not opened (no passphrase was given), so none"),
]


@pytest.mark.parametrize("count, start", UNOPENED_COUNTS)
def test_the_backups_not_opened_are_counted_in_words(count: int, start: str) -> None:
    backups = [a_backup(**NOT_OPENED)] * count

    [finding] = doctor.backup_findings(health(damage="cut short"), backups)

    assert finding.message.startswith(start)
    assert "(s)" not in finding.message


LOCK_CASES = [
    (LockHealth(False, None, None), ["ok"]),
    (LockHealth(True, 42, None), ["warning"]),
    (LockHealth(True, None, None), ["warning"]),
    (LockHealth(False, None, 42), ["ok", "warning"]),
]


@pytest.mark.parametrize("lock, statuses", LOCK_CASES)
def test_a_lock_is_never_a_problem_only_worth_knowing(
    lock: LockHealth, statuses: list[str]
) -> None:
    assert [f.status for f in doctor.lock_findings(lock)] == statuses


# --- the command ----------------------------------------------------------------


def test_the_doctor_has_help_and_never_imports_textual(isolated_home: Path) -> None:
    with pytest.raises(SystemExit) as shown:
        main(["doctor", "--help"], out=io.StringIO())
    assert shown.value.code == 0

    script = (
        "import sys\n"
        "from careerclimb_tui.cli import main\n"
        "main(['log', 'Halved the build time'])\n"
        "main(['doctor', '--json'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('textual')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (isolated_home / DATA_FILE_NAME).exists()
