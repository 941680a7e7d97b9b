"""A problem's readings and its proposal at 80 columns: a new reading keeps the
source of the ones before it, a reading's source hangs under its own text, the
question before replacing an export shows the whole path, and the check's answers
show where they are cut."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Reading, add_reading
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog, ReadingDialog
from careerclimb_tui.screens.problem_proposal import ProposalScreen, ReplaceFileDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, open_problem_page, save_driving, wait_until

BASELINE_SOURCE = "CI dashboard, Oct 2026"


def measured(store: Store, clock: FixedClock, *later: Reading) -> None:
    """A problem being driven, with a baseline from a month ago; stored."""
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    problem = problem.with_changes(metric="CI reruns")
    earlier = clock.today() - dt.timedelta(days=30)
    baseline = Reading(120, "reruns/week", earlier, BASELINE_SOURCE)
    for reading in (baseline, *later):
        problem = add_reading(problem, reading, clock.now())
    save_initiative(store, problem)


def bars_of(page: InitiativeScreen) -> str:
    """The text of the page's reading bars."""
    return str(page.query_one("#tracker-bars", Static).render())


# --- a new reading starts from the last source -----------------------------------


async def test_a_reading_saved_without_touching_its_source_keeps_the_last_one(
    store: Store, clock: FixedClock
) -> None:
    measured(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        source = app.screen.query_one("#field-source", Input)
        shown = source.value
        await pilot.press("4", "0", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
        await wait_until(pilot, lambda: "40 " in bars_of(page))
        bars = bars_of(page)

    assert shown == BASELINE_SOURCE
    saved = initiatives(store)[0]
    assert [r.source for r in saved.readings] == [BASELINE_SOURCE]
    assert " ".join(bars.split()).count(f"({BASELINE_SOURCE})") == 2


async def test_the_latest_named_source_is_offered_and_edited_from_its_end(
    store: Store, clock: FixedClock
) -> None:
    week_ago = clock.today() - dt.timedelta(days=7)
    measured(
        store,
        clock,
        Reading(80, "reruns/week", week_ago - dt.timedelta(days=7), "CI dashboard, N"),
        Reading(60, "reruns/week", week_ago, ""),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        source = app.screen.query_one("#field-source", Input)
        await pilot.press("4", "0", "tab", "tab", "tab", "tab")
        await wait_until(pilot, lambda: source.has_focus)
        await pilot.press("o", "v", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)

    saved = initiatives(store)[0]
    assert saved.readings[-1].value == 40
    assert saved.readings[-1].source == "CI dashboard, Nov"


# --- a reading's source hangs under its own text ---------------------------------

LONG_SOURCE = "CI dashboard, Dec 2026 export, checked against the incident tracker"


async def test_a_long_source_wraps_under_its_reading_not_back_at_the_margin(
    store: Store, clock: FixedClock
) -> None:
    measured(store, clock, Reading(40, "reruns/week", clock.today(), LONG_SOURCE))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await wait_until(pilot, lambda: "tracker)" in bars_of(page))
        await wait_until(pilot, lambda: len(bars_of(page).splitlines()) > 2)
        lines = bars_of(page).splitlines()

    latest = next(n for n, line in enumerate(lines) if line.startswith("18 Nov"))
    text_starts = lines[latest].index("40 reruns/week")
    following = lines[latest + 1 :]
    assert following, "the long source needs more than one line"
    for line in following:
        assert line[:text_starts].strip() == ""
        assert line[text_starts] != " "
    words = " ".join(line.strip() for line in lines[latest:])
    assert words.endswith(f"({LONG_SOURCE})")


# --- the question before replacing an export shows the whole path ----------------


async def test_replacing_an_export_asks_with_the_whole_path_readable_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    folder = Path.home() / "documents" / "promotion-case-2027" / "platform-reliability"
    folder.mkdir(parents=True)
    target = folder / "careerclimb-proposal-ci-reruns-eat-the-afternoon.md"
    target.write_text("an earlier export\n", encoding="utf-8")
    shown = str(target).replace(str(Path.home()), "~", 1)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#field-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReplaceFileDialog))
        question = app.screen.query(Static).first()
        await wait_until(pilot, lambda: "\n" in str(question.render()))
        lines = str(question.render()).splitlines()
        room = question.content_size.width

    assert lines[-1] == "already exists. Replace it?"
    path_part = lines[:-1]
    assert "".join(path_part) == shown
    assert all(len(line) <= room for line in lines)
    assert all(line.endswith("/") for line in path_part[:-1])
    assert target.read_text(encoding="utf-8") == "an earlier export\n"


# --- the check's answers show where they are cut ----------------------------------

LONG_CHANGE = "reruns per week 120 to 20, red main builds from daily to once a month"


async def test_a_long_answer_left_in_the_check_ends_in_an_ellipsis(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        change = check.query_one("#check-change", Input)
        change.focus()
        await wait_until(pilot, lambda: check.focused is change)
        change.value = LONG_CHANGE
        typing = change.render_line(0).text.rstrip()
        check.query_one("#check-outside", Input).focus()
        await wait_until(pilot, lambda: not change.has_focus)
        left = change.render_line(0).text.rstrip()
        room = change.scrollable_content_region.width

    assert not typing.endswith("…")
    assert left.endswith("…")
    assert LONG_CHANGE.startswith(left.strip().removesuffix("…"))
    assert len(left.strip()) <= room
