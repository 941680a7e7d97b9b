"""The theme kept at once, Space on buttons, and readable wording around the case."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, DataTable, Select, Static, Switch

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.criteria import STATUS_GROWING, STATUS_MET, Criterion
from careerclimb_tui.domain.dates import dates_in_words
from careerclimb_tui.domain.gaps import gap_view, with_linked_dimension
from careerclimb_tui.domain.pitch import (
    PitchDraft,
    build_pitch,
    short_pitch,
    short_version,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.reminders import NO_RECENT_WIN
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    answer,
    finish,
    start_review,
    verdict_lines,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.pitch import PitchScreen, ShortPitchDialog
from careerclimb_tui.screens.settings import SettingsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import save_criterion
from careerclimb_tui.store.peers_docs import save_pitch_version
from careerclimb_tui.store.settings_docs import load_settings
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until


async def test_leaving_settings_keeps_the_theme_and_says_so(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#theme", Select).value = "nord"
        screen.query_one(f"#remind-{NO_RECENT_WIN}", Switch).value = False
        await wait_until(pilot, lambda: load_settings(store).theme == "nord")

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = str(app.screen.query_one(Static).render())
        assert "theme is kept" in question
        await pilot.press("y")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen))

        assert app.theme == "nord"
    saved = load_settings(store)
    assert saved.theme == "nord"
    assert NO_RECENT_WIN not in saved.reminders_off


async def test_the_settings_form_says_the_theme_is_kept_at_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        label = app.screen.query_one("#theme-label", Static)
        assert str(label.render()) == catalogue.SETTINGS_THEME
        assert "kept as soon as you pick it" in catalogue.SETTINGS_THEME


async def test_space_on_the_focused_save_button_saves(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        app.screen.query_one(f"#remind-{NO_RECENT_WIN}", Switch).value = False
        app.screen.query_one("#save", Button).focus()
        await pilot.press("space")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    assert NO_RECENT_WIN in load_settings(store).reminders_off


async def test_space_on_a_dialog_button_answers_as_enter_does(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        app.screen.query_one(f"#remind-{NO_RECENT_WIN}", Switch).value = False
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        app.screen.query_one("#yes", Button).focus()
        await pilot.press("space")
        await wait_until(pilot, lambda: not isinstance(app.screen, ConfirmDialog))
        assert not isinstance(app.screen, SettingsScreen)
    assert NO_RECENT_WIN not in load_settings(store).reminders_off


# --- A met criterion beside a dimension that counts none of its evidence ---

SCOPE = "scope_impact"
TECH = "technical_direction"
REVIEWED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
LINKED_AFTER = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc)
LINKED_BEFORE = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.timezone.utc)
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.by("platform team"),
}
DESIGN = "Lead the design review for the search migration"


@pytest.mark.parametrize(
    ("review", "linked_at", "status", "expected"),
    [
        ("none", LINKED_AFTER, STATUS_MET, (DESIGN,)),
        ("finished", LINKED_AFTER, STATUS_MET, (DESIGN,)),
        ("finished", LINKED_BEFORE, STATUS_MET, ()),
        ("none", LINKED_AFTER, STATUS_GROWING, ()),
        ("finished", None, STATUS_MET, ()),
    ],
    ids=[
        "met by a win never reviewed",
        "met by a win linked after its review",
        "met by a win reviewed with the dimension",
        "not met yet",
        "met by a win counted for another dimension only",
    ],
)
def test_a_met_criterion_whose_win_does_not_count_yet_is_named(
    clock: FixedClock,
    review: str,
    linked_at: dt.datetime | None,
    status: str,
    expected: tuple[str, ...],
) -> None:
    win = Win(title="Win", date=dt.date(2026, 10, 1), id=1, dimensions=(SCOPE,))
    reviews = []
    if review == "finished":
        run = start_review(quarter_of(win.date), [win], REVIEWED)
        reviews = [finish(answer(run, 1, now=REVIEWED, **NEXT_LEVEL), now=REVIEWED)]
    if linked_at is not None:
        win = with_linked_dimension(win, TECH, linked_at)
    criterion = Criterion(text=DESIGN, dimension=TECH, status=status, win_ids=(1,))
    ladder = load_shelf().get("software-engineer")

    view = gap_view(ladder, "senior", [win], reviews, [criterion], clock.today(), None)

    gaps = {gap.dimension_id: gap for gap in view.dimensions}
    assert tuple(c.text for c in gaps[TECH].met_unreviewed) == expected
    assert gaps[SCOPE].met_unreviewed == ()


async def test_the_gap_row_of_a_met_criterion_not_counted_says_why(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = store.add_win(Win(title="Paired on the design", date=dt.date(2026, 11, 2)))
    store.update_win(with_linked_dimension(saved, TECH, LINKED_AFTER))
    save_criterion(
        store,
        Criterion(text=DESIGN, dimension=TECH, status=STATUS_MET, win_ids=(saved.id,)),
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        row = [str(cell) for cell in table.get_row(TECH)]
        lines = [
            str(line.render())
            for line in app.screen.query(".gaps-met-unreviewed").results(Static)
        ]

    assert row[1] == catalogue.GAP_STATUS_MISSING
    assert row[4] == "1/1 met *"
    assert lines == [
        f"* “{DESIGN}” (Technical direction) is met by a win not yet reviewed for "
        "this dimension: review its quarter (r) to count it here."
    ]


# --- The 60-second version is cut from the same pitch as the long one ---

OWN_STORY = (
    "The problem: search timed out for one query in ten.\n\n"
    "What I drove: I moved search to the new index across three teams. The "
    "result: timeouts went from 10% to 1%.\n\n"
    "Also: cut CI time for the web app."
)
OWN_WORDS = "I led the search migration.\n\nThree teams now share the new index."
LONG_PROBLEM = "The problem: " + "every release needed someone watching it " * 25
LONG_STORY = f"{LONG_PROBLEM}\n\nWhat I drove: flags and a canary for every release."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            OWN_STORY,
            "The problem: search timed out for one query in ten.\n\n"
            "What I drove: I moved search to the new index across three teams. "
            "The result: timeouts went from 10% to 1%.",
        ),
        (OWN_WORDS, OWN_WORDS),
        (
            LONG_STORY,
            f"{LONG_PROBLEM.strip()}\n\n"
            "What I drove: flags and a canary for every release.",
        ),
        ("", ""),
    ],
    ids=[
        "supporting wins left out",
        "own words kept in order",
        "the problem still told before the fix when a minute is short",
        "nothing written",
    ],
)
def test_the_short_version_is_cut_from_the_pitch_as_written(
    text: str, expected: str
) -> None:
    draft = build_pitch(
        [Win(title="Cut CI time", date=dt.date(2026, 11, 2), id=1)],
        [],
        [],
        dt.date(2026, 11, 18),
    )

    assert short_version(text, draft).text == expected


def test_the_short_version_of_the_draft_itself_is_the_drafts_own_cut(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    draft = build_pitch(store.wins(), store.reviews(), [], clock.today())

    assert short_version(draft.text, draft) == short_pitch(draft)


def printed_pitch(clock: FixedClock, *args: str) -> str:
    out = io.StringIO()
    assert main(["pitch", *args], clock=clock, out=out) == 0
    return out.getvalue()


def test_the_printed_short_pitch_is_cut_from_the_saved_version(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    save_pitch_version(store, OWN_STORY, target_level=DEMO_PROFILE.target_level)

    short = printed_pitch(clock, "--short")
    long = printed_pitch(clock, "--print")
    data = json.loads(printed_pitch(clock, "--short", "--json"))

    assert short.splitlines()[0] == catalogue.CLI_PITCH_SHORT_VERSION.format(
        number=1, total=1, saved="2026-11-18 09:30 UTC"
    )
    assert "search timed out" in short and "search timed out" in long
    assert "Also: cut CI time" not in short
    assert (data["source"], data["version"]) == ("short", 1)


def test_the_printed_short_pitch_says_it_is_a_draft_when_none_is_saved(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())

    short = printed_pitch(clock, "--short")

    assert short.splitlines()[0] == catalogue.CLI_PITCH_SHORT


async def test_the_apps_short_version_follows_the_saved_version_and_names_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    save_pitch_version(store, OWN_STORY, target_level=DEMO_PROFILE.target_level)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        text = str(app.screen.query_one("#short-text", Static).render())
        intro = str(app.screen.query_one("#short-intro", Static).render())

    assert text == short_version(OWN_STORY, PitchDraft((), ())).text
    source = catalogue.SHORT_FROM_VERSION.format(
        number=1, total=1, saved="2026-11-18 09:30 UTC"
    )
    assert intro == catalogue.SHORT_INTRO.format(source=source)


# --- The user's own note is quoted as typed ---

CALL = WinAnswers(
    peer_could=PeerAnswer.YES,
    choice=Choice.CHOSE,
    change=ChangeAnswer("Lint runs fell from 9 to 2 minutes", measured=True),
    noticed=Noticed.nobody(),
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Two teams adopted it", "next-level (your call): Two teams adopted it"),
        ("API errors halved", "next-level (your call): API errors halved"),
        ("I led it", "next-level (your call): I led it"),
        ("two teams adopted it", "next-level (your call): two teams adopted it"),
        ("", "next-level (your call, no note)."),
    ],
)
def test_an_override_note_keeps_the_users_capitals(note: str, expected: str) -> None:
    entry = ReviewEntry(
        win_id=1,
        answers=CALL,
        override_kind=VerdictKind.NEXT_LEVEL,
        override_note=note,
    )

    lines = verdict_lines(entry)

    assert lines[0] == expected
    # The app's own reason still reads on after its colon.
    assert lines[1].startswith("The four questions said current-level: a peer")


# --- An import's preview lists each kind newest first ---


def test_an_import_preview_lists_the_wins_newest_first(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.save_profile(DEMO_PROFILE)
    for day in (dt.date(2026, 10, 1), dt.date(2026, 11, 10), dt.date(2026, 9, 5)):
        store.add_win(Win(title=f"Win of {day:%d %b}", date=day))
    dump = tmp_path / "all.json"
    assert main(["export", "-o", str(dump)], clock=clock, out=io.StringIO()) == 0

    out = io.StringIO()
    other = str(tmp_path / "other")
    argv = ["--data-dir", other, "import", str(dump), "--dry-run"]
    assert main(argv, clock=clock, out=out) == 0

    adding = [line for line in out.getvalue().splitlines() if "+ win" in line]
    assert adding == [
        "+ win 2026-11-10 Win of 10 Nov",
        "+ win 2026-10-01 Win of 01 Oct",
        "+ win 2026-09-05 Win of 05 Sep",
    ]


# --- Days in sentences read one way ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cycle closing 2027-03-15", "cycle closing 15 Mar 2027"),
        ("H1 2027", "H1 2027"),
        ("cycle closing 2027-02-30", "cycle closing 2027-02-30"),
        ("FY27 (2026-10-01 to 2027-09-30)", "FY27 (1 Oct 2026 to 30 Sep 2027)"),
    ],
)
def test_dates_in_a_phrase_are_said_in_words(text: str, expected: str) -> None:
    assert dates_in_words(text) == expected


async def test_the_criteria_detail_says_every_day_in_words(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_criterion(
        store,
        Criterion(text=DESIGN, dimension=TECH, cycle="cycle closing 2027-03-15"),
    )

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('criteria')")
        await wait_until(pilot, lambda: bool(app.screen.query("#criterion-detail")))
        await pilot.pause()
        shown = app.screen.query_one("#criterion-detail").render()
        detail = " ".join(str(shown).split())

    assert "recorded 18 Nov 2026 · cycle closing 15 Mar 2027" in detail
    assert "2027-03-15" not in detail
