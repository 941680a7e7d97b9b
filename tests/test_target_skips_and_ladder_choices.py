"""A target that skips a level, ladders the profile form cannot tell apart or load,
leaving the first-run set-up, and the columns of `careerclimb gaps`.

Rules are tested as tables on the domain; the screens are driven at 80×24 and what
they show is read back.
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from textual.widgets import Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_export_demo
from careerclimb_tui.domain.target import judged_level_note
from careerclimb_tui.home_lines import gap_line
from careerclimb_tui.ladders import BUNDLED_DIR, load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, run_app, told, wait_until

LADDER = load_shelf().ladders["software-engineer"]
BUNDLED = BUNDLED_DIR / "software-engineer.yaml"
SKIPPING = dataclasses.replace(DEMO_PROFILE, target_level="staff")


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def own_ladders(home: Path, files: dict[str, str]) -> Path:
    """Write ladder files into the user's ladders folder, returning the folder."""
    folder = home / "ladders"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def bundled_as(ladder_id: str, title: str | None = None) -> str:
    """The bundled ladder's text under another id (and title, if given)."""
    text = re.sub(r"(?m)^id: .*$", f"id: {ladder_id}", BUNDLED.read_text())
    if title is not None:
        text = re.sub(r"(?m)^title: .*$", f"title: {title}", text)
    return text


# --- 1. Verdicts speak to the level above the current one ---------------------------


@pytest.mark.parametrize(
    ("current", "target", "note"),
    [
        ("mid", "senior", ""),
        (
            "mid",
            "staff",
            catalogue.GAPS_JUDGED_BELOW_TARGET.format(
                target="Staff engineer",
                steps=2,
                first="Senior engineer",
                judged="Senior engineer",
            ),
        ),
        (
            "junior",
            "staff",
            catalogue.GAPS_JUDGED_BELOW_TARGET.format(
                target="Staff engineer",
                steps=3,
                first="Software engineer",
                judged="Software engineer",
            ),
        ),
        ("senior", "mid", ""),
        ("principal", "principal", ""),
        ("mid", "no-such-level", ""),
    ],
)
def test_gaps_for_a_target_that_skips_a_level_say_which_level_was_judged(
    current: str, target: str, note: str
) -> None:
    assert judged_level_note(LADDER, current, target) == note


async def test_the_gap_view_says_its_counts_are_for_the_first_step(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    store.save_profile(SKIPPING)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        shown = str(app.screen.query_one("#gaps-judged", Static).content)

    assert shown == judged_level_note(LADDER, "mid", "staff")


async def test_the_gap_view_for_the_next_level_has_no_such_note(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        notes = list(app.screen.query("#gaps-judged"))

    assert notes == []


@pytest.mark.parametrize(
    ("target", "suffix"),
    [
        ("senior", ""),
        ("staff", catalogue.HOME_GAP_JUDGED_FOR.format(level="Senior engineer")),
    ],
)
def test_home_gap_line_names_the_level_its_counts_were_judged_as(
    store: Store, clock: FixedClock, target: str, suffix: str
) -> None:
    seed_demo(store, clock.today())
    profile = dataclasses.replace(DEMO_PROFILE, target_level=target)
    store.save_profile(profile)

    line = gap_line(store, LADDER, profile, clock.today())

    judged = catalogue.HOME_GAP_JUDGED_FOR.format(level="Senior engineer")
    assert line is not None
    assert line.endswith(suffix) and (judged in line) == bool(suffix)


def test_careerclimb_gaps_says_the_level_judged_for_a_skipping_target(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    store.save_profile(SKIPPING)

    code, out = run(clock, "gaps")

    assert code == 0
    flat = " ".join(out.split())
    assert judged_level_note(LADDER, "mid", "staff") in flat


# --- 2. `careerclimb gaps` lines its columns up -------------------------------------


def test_careerclimb_gaps_lines_up_its_columns_whatever_the_dates(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())

    code, out = run(clock, "gaps")

    lines = out.splitlines()
    [heading] = [line for line in lines if line.startswith("Dimension ")]
    names = tuple(d.name for d in LADDER.dimensions)
    rows = [line for line in lines if line.startswith(names)]
    assert code == 0 and len(rows) == len(LADDER.dimensions)
    next_level = slice(heading.index("Next-level"), heading.index("Current"))
    cells = [row[next_level].strip() for row in rows]
    # Some dimensions have a latest date and some only a count: both are shown.
    assert any(re.fullmatch(r"\d+ · \d{4}-\d\d-\d\d", cell) for cell in cells)
    assert any(re.fullmatch(r"\d+", cell) for cell in cells)
    for column in catalogue.GAPS_COLUMNS[1:]:
        start = heading.index(column)
        assert all(row[start - 2 : start] == "  " != row[start] for row in rows), column


# --- 3. Ladders that share a title, and ladders that cannot be loaded ---------------


def test_ladders_with_one_title_are_told_apart_by_their_file(
    isolated_home: Path,
) -> None:
    folder = own_ladders(
        isolated_home,
        {
            "mine.yaml": bundled_as("mine"),
            "other.yaml": bundled_as("other", "Platform engineer"),
        },
    )

    choices = {ladder_id: label for label, ladder_id in load_shelf(folder).choices()}

    title = LADDER.title
    assert choices == {
        "software-engineer": catalogue.LADDER_CHOICE_BUNDLED.format(title=title),
        "mine": catalogue.LADDER_CHOICE_WITH_FILE.format(title=title, file="mine.yaml"),
        "other": "Platform engineer",
    }


def test_validate_warns_when_a_ladder_shares_a_title(
    clock: FixedClock, isolated_home: Path
) -> None:
    folder = own_ladders(isolated_home, {"mine.yaml": bundled_as("mine")})

    code, out = run(clock, "ladders", "validate", str(folder / "mine.yaml"))

    assert code == 0
    assert "has the same title" in out and "software-engineer" in out


async def test_the_profile_form_names_a_broken_ladder_under_its_drop_down(
    store: Store, clock: FixedClock, isolated_home: Path
) -> None:
    folder = own_ladders(
        isolated_home,
        {"broken.yaml": "id: broken\ntitle: [oops\n", "mine.yaml": bundled_as("mine")},
    )
    app = CareerClimbApp(store, load_shelf(folder), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        broken = form.query_one("#broken-ladders", Static)
        beside = broken.parent is form.query_one("#ladder", Select).parent
        said = str(broken.content)

    assert beside
    assert "broken.yaml, line 2" in said
    assert said.startswith(catalogue.SETUP_BROKEN_LADDERS.split("\n")[0])


# --- 4. Esc on the first-run set-up offers to quit ----------------------------------


@pytest.mark.parametrize(("answer", "quits"), [("n", False), ("y", True)])
async def test_escape_on_the_first_run_set_up_offers_to_quit(
    store: Store, clock: FixedClock, answer: str, quits: bool
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press(answer)
        if quits:
            await wait_until(pilot, lambda: app._exit)
        else:
            await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
            assert told(app, catalogue.SETUP_NEEDED) == 1

    assert store.profile() is None
