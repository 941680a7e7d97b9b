"""The ``careerclimb`` command, run as a script or a person would run it."""

from __future__ import annotations

import io
import json
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from careerclimb_tui import __version__
from careerclimb_tui.cli import attach_signed_values, main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.initiative import improved
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives
from tests.helpers import save_driving

DATA = Path(__file__).parent / "data"


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_log_then_wins_json_round_trips_the_text_exactly(
    clock: FixedClock, isolated_home: Path
) -> None:
    text = "Cut deploy failures 40% by fixing the flaky migration step — it’s 🚀👍🏽"
    code, _ = run(clock, "log", text, "--before", "10", "--after", "6", "--unit", "%")
    assert code == 0

    code, output = run(clock, "wins", "--json")
    assert code == 0
    [win] = json.loads(output)
    assert win["title"] == text
    assert win["measure"]["before"] == 10 and win["measure"]["after"] == 6
    assert win["framing"] == "impact"
    assert win["date"] == "2026-11-18"
    assert (isolated_home / DATA_FILE_NAME).exists()


def test_log_accepts_dimension_tag_and_date(clock: FixedClock) -> None:
    code, _ = run(
        clock,
        "log",
        "Led the incident review",
        "--dimension",
        "ownership_initiative",
        "--tag",
        "incident",
        "--date",
        "03/10/2026",
    )
    assert code == 0
    _, output = run(clock, "wins", "--json")
    [win] = json.loads(output)
    assert win["dimensions"] == ["ownership_initiative"]
    assert win["tags"] == ["incident"]
    assert win["date"] == "2026-10-03"


@pytest.mark.parametrize(
    ("bad_date", "said"),
    [
        ("03/10/26", "YYYY-MM-DD"),
        ("2026-02-30", "There is no 30 February 2026"),
        ("next tuesday", "YYYY-MM-DD"),
    ],
)
def test_log_refuses_a_date_it_would_have_to_guess(
    clock: FixedClock, bad_date: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "log", "Something", "--date", bad_date)
    assert code == 2
    assert said in capsys.readouterr().err
    assert run(clock, "wins", "--json")[1].strip() == "[]"


def test_log_refuses_an_unknown_dimension(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "log", "Something", "--dimension", "charisma")
    assert code == 2
    assert "charisma" in capsys.readouterr().err


def test_log_dash_reads_the_win_from_standard_input(
    clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "Line one of the win\nline two, with “quotes”\nand line three"
    monkeypatch.setattr(sys, "stdin", io.StringIO(paragraph + "\n"))
    assert run(clock, "log", "-")[0] == 0
    _, output = run(clock, "wins", "--json")
    [win] = json.loads(output)
    assert win["title"] == "Line one of the win"
    assert win["what_changed"] == "line two, with “quotes”\nand line three"


def test_wins_filters_by_quarter_and_prints_a_table(clock: FixedClock) -> None:
    run(clock, "log", "Autumn win", "--date", "2026-11-02")
    run(clock, "log", "Summer win", "--date", "2026-08-14")
    _, q4 = run(clock, "wins", "--quarter", "2026Q4")
    assert "Autumn win" in q4 and "Summer win" not in q4
    assert q4.splitlines()[0].split() == ["ID", "DATE", "FRAMING", "WIN"]
    _, none = run(clock, "wins", "--quarter", "2025Q1")
    assert "No wins in 2025Q1" in none


def test_wins_limit_keeps_the_newest(clock: FixedClock) -> None:
    for day in (1, 2, 3):
        run(clock, "log", f"Win {day}", "--date", f"2026-11-0{day}")
    _, output = run(clock, "wins", "-n", "2", "--json")
    assert [w["title"] for w in json.loads(output)] == ["Win 3", "Win 2"]


@pytest.mark.parametrize(
    ("statement", "framing", "has_metric"),
    [
        ("Built a monitoring dashboard for the payments service", "activity", False),
        (
            "The on-call engineer now diagnoses payment incidents in 3 minutes "
            "instead of 30",
            "impact",
            True,
        ),
        (
            "Found the root cause of our deploy reliability problem, drove the fix "
            "across three teams; deploy failures dropped 40% in the first month",
            "impact",
            True,
        ),
        ("Reviewed 200 PRs this quarter", "activity", False),
        ("Closed every ticket in the sprint", "activity", False),
    ],
)
def test_check_json_reads_statements_like_the_coach(
    clock: FixedClock, statement: str, framing: str, has_metric: bool
) -> None:
    code, output = run(clock, "check", statement, "--json")
    assert code == 0
    reading = json.loads(output)
    assert reading["framing"] == framing
    assert reading["has_metric"] is has_metric
    assert isinstance(reading["hints"], list)
    if framing == "activity":
        assert reading["hints"], "activity always gets a coaching question"


@pytest.mark.parametrize(
    ("statement", "measure"),
    [
        (
            "error budget went from -5% to 0",
            {
                "before": -5.0,
                "after": 0.0,
                "unit": "%",
                "change_pct": None,
                "amount": None,
            },
        ),
        (
            "NPS rose from \u221212 to +8",
            {
                "before": -12.0,
                "after": 8.0,
                "unit": "",
                "change_pct": None,
                "amount": None,
            },
        ),
        (
            "latency changed by -40%",
            {
                "before": None,
                "after": None,
                "unit": "%",
                "change_pct": -40.0,
                "amount": None,
            },
        ),
        (
            "latency changed by -40 ms",
            {
                "before": None,
                "after": None,
                "unit": "ms",
                "change_pct": None,
                "amount": -40.0,
            },
        ),
    ],
)
def test_check_json_gives_signed_measures_their_sign(
    clock: FixedClock, statement: str, measure: dict[str, object]
) -> None:
    code, output = run(clock, "check", statement, "--json")

    assert code == 0
    assert json.loads(output)["measures"] == [measure]


def test_log_keeps_the_sign_of_a_negative_before_and_after(clock: FixedClock) -> None:
    code, _ = run(
        clock, "log", "Lifted NPS", "--before", "\u221212", "--after=+8", "--unit", "pt"
    )
    assert code == 0

    _, output = run(clock, "wins", "--json")
    [win] = json.loads(output)
    assert (win["measure"]["before"], win["measure"]["after"]) == (-12.0, 8.0)
    assert win["measure"]["text"] == "\u221212 → 8 pt"


SIGNED_MEASURES = [
    # the options as typed, the measure stored
    (["--after", "-40%"], {"change_pct": -40.0}),
    (["--after", "-5", "--unit", "%"], {"change_pct": -5.0}),
    (["--before", "12", "--after", "-5"], {"before": 12.0, "after": -5.0}),
    (["--before", "-3", "--after", "2"], {"before": -3.0, "after": 2.0}),
    (["--before", "-0.5", "--after", "-1,200"], {"before": -0.5, "after": -1200.0}),
    (["--after=-40%"], {"change_pct": -40.0}),
    (
        ["--before", "20", "--after", "-40%", "--unit", "per week"],
        {"before": 20.0, "after": 12.0, "change_pct": -40.0},
    ),
]


@pytest.mark.parametrize("options, measure", SIGNED_MEASURES)
def test_log_takes_before_and_after_values_that_start_with_a_minus(
    clock: FixedClock, options: list[str], measure: dict[str, float]
) -> None:
    code, _ = run(clock, "log", "Cut p95 latency on checkout", *options)

    assert code == 0
    _, output = run(clock, "wins", "--json")
    [win] = json.loads(output)
    assert {key: win["measure"][key] for key in measure} == measure


def test_a_minus_value_joins_only_the_before_and_after_options() -> None:
    typed = ["log", "-", "--tag", "-5", "--after", "-4", "--", "--before", "-3"]

    assert attach_signed_values(typed) == [
        "log",
        "-",
        "--tag",
        "-5",
        "--after=-4",
        "--",
        "--before",
        "-3",
    ]


def test_every_sub_command_is_summed_up_in_one_finished_line_of_the_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out.split("COMMAND\n", 1)[1].split("\n\n")[0]

    lines = listing.splitlines()
    assert {"log", "review", "problem", "import"} <= {line.split()[0] for line in lines}
    for line in lines:
        # A line that wrapped would go on under the summaries, without a name.
        assert re.fullmatch(r"    [a-z]+ +\S.*", line), line
        summary = line.split(maxsplit=1)[1]
        assert not summary.endswith(("'s", ",", ":", ";", " or", " and", " a")), line


def test_ladders_list_and_show(clock: FixedClock) -> None:
    code, listing = run(clock, "ladders", "list")
    assert code == 0 and "software-engineer" in listing
    code, shown = run(clock, "ladders", "show", "software-engineer", "--level", "mid")
    assert code == 0
    assert "L4" in shown and "next level:" in shown


def test_ladders_show_unknown_id_says_which_exist(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(clock, "ladders", "show", "astronaut")[0] == 1
    assert "software-engineer" in capsys.readouterr().err


def test_ladders_validate_names_file_line_and_field(
    clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled = (
        Path(__file__).parents[1] / "careerclimb_tui/ladders/software-engineer.yaml"
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        bundled.read_text(encoding="utf-8").replace(
            "title: Software engineer\n", "title: NO\n", 1
        ),
        encoding="utf-8",
    )
    code, output = run(clock, "ladders", "validate", str(bundled), str(broken))
    assert code == 1
    assert "software-engineer.yaml: ok" in output
    err = capsys.readouterr().err
    assert "broken.yaml, line" in err and ".title" in err and "quotes" in err


def test_a_broken_user_ladder_is_listed_and_the_bundled_one_still_works(
    clock: FixedClock, isolated_home: Path
) -> None:
    folder = isolated_home / "ladders"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text("id: mine\nlevels: [\n", encoding="utf-8")
    code, output = run(clock, "ladders", "list")
    assert code == 0
    assert "software-engineer" in output
    assert "broken:" in output and "mine.yaml" in output


def test_version_and_help_on_every_sub_command(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as version:
        main(["--version"], clock=clock)
    assert version.value.code == 0
    assert __version__ in capsys.readouterr().out
    for argv in (
        ["--help"],
        ["log", "--help"],
        ["wins", "--help"],
        ["check", "--help"],
        ["ladders", "--help"],
        ["ladders", "list", "--help"],
        ["ladders", "show", "--help"],
        ["ladders", "validate", "--help"],
    ):
        with pytest.raises(SystemExit) as shown:
            main(argv, clock=clock)
        assert shown.value.code == 0
        assert "usage: careerclimb" in capsys.readouterr().out


def test_a_damaged_data_file_gives_a_clean_message_and_is_kept(
    clock: FixedClock, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_home.mkdir(parents=True)
    data = isolated_home / DATA_FILE_NAME
    data.write_text('{"wins": {"1": {"title": "half', encoding="utf-8")
    code, _ = run(clock, "wins")
    assert code != 0
    err = capsys.readouterr().err
    assert "line 1" in err and "Traceback" not in err
    assert data.read_text(encoding="utf-8") == '{"wins": {"1": {"title": "half'


def test_the_command_line_never_imports_textual(isolated_home: Path) -> None:
    script = (
        "import sys\n"
        "from careerclimb_tui.cli import main\n"
        "main(['log', 'Halved the build time'])\n"
        "main(['wins'])\n"
        "main(['check', 'Reviewed PRs', '--json'])\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (
        Store(isolated_home / DATA_FILE_NAME).wins()[0].title == "Halved the build time"
    )


# --- a problem's readings and the prep plan's file ----------------------------------


def test_a_reading_that_is_not_a_number_is_named_once(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Cut CI time")

    code, _ = run(clock, "problem", "measure", "1", "abc")

    assert code == 2
    error = capsys.readouterr().err
    assert "'abc' is not a number: type the reading value in digits, e.g. 30," in error
    assert "value value" not in error


def test_a_first_reading_asks_what_the_baseline_form_asks(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Cut CI time", "slow-ci")

    code, _ = run(clock, "problem", "measure", "1", "40", "--unit", "minutes")
    assert code == 2
    error = capsys.readouterr().err
    assert "--metric NAME and --better lower|higher" in error
    assert "baseline" in error and "Traceback" not in error
    code, _ = run(clock, "problem", "measure", "1", "40", "--metric", "CI time")
    assert code == 2
    error = capsys.readouterr().err
    assert "--better lower|higher" in error and "--metric NAME" not in error
    assert initiatives(Store(store.path, clock=clock))[0].baseline is None

    code, text = run(
        clock, "problem", "measure", "1", "40", "--metric", "CI time",
        "--better", "lower", "--unit", "minutes",
    )  # fmt: skip
    assert code == 0 and text.startswith("Baseline for problem #1")
    code, text = run(clock, "problem", "measure", "1", "25")
    assert code == 0 and "40 → 25 minutes" in text

    [kept] = initiatives(Store(store.path, clock=clock))
    assert (kept.metric, kept.better) == ("CI time", "lower")
    assert improved(kept) is True


def test_a_reading_typed_as_a_change_is_worked_out_from_the_baseline(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Fewer failed deploys")
    code, _ = run(clock, "problem", "measure", "1", "--", "-40%")
    assert code == 2 and "no baseline yet" in capsys.readouterr().err
    baseline = ("--metric", "Failed deploys", "--better", "lower", "--unit", "a week")
    assert run(clock, "problem", "measure", "1", "12", *baseline)[0] == 0

    code, text = run(clock, "problem", "measure", "1", "--", "-40%")

    assert code == 0 and "12 → 7.2 a week" in text
    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.latest_reading is not None and kept.latest_reading.value == 7.2


def test_a_later_reading_cannot_rename_what_is_measured(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Cut CI time")
    first = ("problem", "measure", "1", "40", "--metric", "CI time", "--better")
    assert run(clock, *first, "lower")[0] == 0

    code, _ = run(clock, "problem", "measure", "1", "25", "--metric", "Build time")

    assert code == 2
    assert "CI time (lower is better)" in capsys.readouterr().err
    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.metric == "CI time" and kept.readings == ()


def test_a_later_reading_may_turn_which_way_is_better(
    store: Store, clock: FixedClock
) -> None:
    save_driving(store, clock, "Raise deploys")
    first = ("problem", "measure", "1", "4", "--metric", "Deploys", "--better")
    assert run(clock, *first, "lower")[0] == 0

    code, _ = run(clock, "problem", "measure", "1", "9", "--better", "higher")

    assert code == 0
    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.better == "higher" and [r.value for r in kept.readings] == [9]


def test_the_measure_help_names_what_a_baseline_needs(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as shown:
        main(["problem", "measure", "--help"], clock=clock)

    assert shown.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--metric NAME" in text and "--better {lower,higher}" in text
    assert "The first reading is the baseline, so it needs --metric and" in text


def test_prep_markdown_replaces_a_file_only_with_force(
    store: Store, clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "prep.md"
    target.write_text("my own notes", encoding="utf-8")

    code, out = run(clock, "prep", "--markdown", str(target))

    assert code == 1 and out == ""
    error = capsys.readouterr().err
    assert f"{target} already exists" in error and "--force" in error
    assert target.read_text(encoding="utf-8") == "my own notes"

    code, out = run(clock, "prep", "--markdown", str(target), "--force")

    assert code == 0 and str(target) in out
    assert target.read_text(encoding="utf-8").startswith("# Before the promotion")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- check refuses empty text; gaps needs a profile ---------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_check_refuses_text_that_is_empty_or_blank_as_log_does(
    clock: FixedClock,
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    for argv in (["check", text], ["check", text, "--json"], ["log", text]):
        code, out = run(clock, *argv)

        assert code == 2 and out == "", argv
        assert capsys.readouterr().err.startswith("careerclimb: "), argv


def test_check_says_what_it_needs_when_given_nothing(
    clock: FixedClock, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "check", "")

    assert code == 2
    assert capsys.readouterr().err == (
        "careerclimb: Nothing to check: give the text of a win, or - to read it.\n"
    )


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_gaps_without_a_profile_says_so_as_prep_does(
    clock: FixedClock,
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
) -> None:
    prep_code, _ = run(clock, "prep", *(extra or ["--print"]))
    prep_error = capsys.readouterr().err

    code, out = run(clock, "gaps", *extra)

    assert code == prep_code != 0 and out == ""
    error = capsys.readouterr().err
    assert error == prep_error
    assert error.startswith("careerclimb: No profile yet: run `careerclimb` once")
