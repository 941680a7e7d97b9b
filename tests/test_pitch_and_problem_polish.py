"""The pitch editor's cursor and staleness note, and the problem screens' first keys.

Each test reads as what a user sees or does: where the pitch editor puts the
cursor, what a saved version says about records added after it, and how the
problem check, the proposal export and the reading dialog answer at 80×24.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.initiative import Initiative, Reading, add_reading
from careerclimb_tui.domain.pitch import Change, PitchVersion, changes_since
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import Review
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog, ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.store.peers_docs import save_pitch_version
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import make_app, open_catalogue_check, save_driving, wait_until
from tests.test_key_bursts import send_burst

SAVED = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.timezone.utc)
BEFORE = SAVED - dt.timedelta(days=2)
AFTER = SAVED + dt.timedelta(hours=1)
LONG_PITCH = "\n\n".join(
    f"Paragraph {n}: the deploy pipeline now recovers on its own." for n in range(30)
)


def a_win(created: dt.datetime, updated: dt.datetime | None = None) -> Win:
    return Win(
        title="Cut CI time",
        date=created.date(),
        id=1,
        created_at=created,
        updated_at=updated or created,
    )


def a_review(updated: dt.datetime) -> Review:
    return Review(quarter="2026Q4", started_at=BEFORE, updated_at=updated)


def a_criterion(updated: dt.datetime) -> Criterion:
    return Criterion(
        text="Lead a cross-team fix", created_at=BEFORE, updated_at=updated
    )


def a_problem(updated: dt.datetime) -> Initiative:
    return Initiative(title="Slow CI", created_at=BEFORE, updated_at=updated)


# --- what changed since a version was saved ------------------------------------------


@pytest.mark.parametrize(
    ("wins", "reviews", "criteria", "problems", "expected", "said"),
    [
        ([a_win(BEFORE)], [a_review(BEFORE)], [], [], (), ""),
        # Saved in the same moment as the win: the version already tells of it.
        ([a_win(SAVED)], [], [], [], (), ""),
        (
            [a_win(AFTER), a_win(AFTER)],
            [],
            [],
            [],
            ((Change.WIN_LOGGED, 2),),
            "2 wins logged",
        ),
        (
            [a_win(BEFORE, AFTER)],
            [],
            [],
            [],
            ((Change.WIN_EDITED, 1),),
            "1 win edited",
        ),
        (
            [a_win(AFTER), a_win(BEFORE)],
            [a_review(AFTER)],
            [a_criterion(AFTER)],
            [a_problem(AFTER), a_problem(BEFORE)],
            (
                (Change.WIN_LOGGED, 1),
                (Change.REVIEW, 1),
                (Change.CRITERION, 1),
                (Change.PROBLEM, 1),
            ),
            "1 win logged, 1 review updated, 1 criterion changed and 1 problem updated",
        ),
        (
            [],
            [],
            [a_criterion(AFTER), a_criterion(AFTER)],
            [],
            ((Change.CRITERION, 2),),
            "2 criteria changed",
        ),
    ],
)
def test_a_saved_version_says_which_records_changed_after_it(
    wins: list[Win],
    reviews: list[Review],
    criteria: list[Criterion],
    problems: list[Initiative],
    expected: tuple[tuple[Change, int], ...],
    said: str,
) -> None:
    version = PitchVersion(text="My pitch.", id=1, created_at=SAVED)

    changes = changes_since(version, wins, reviews, criteria, problems)

    assert changes.counts == expected
    assert bool(changes) is bool(expected)
    assert changes.describe() == said


def test_a_version_without_a_save_time_claims_no_changes() -> None:
    version = PitchVersion(text="My pitch.")

    assert not changes_since(version, [a_win(AFTER)], [], [], [])


async def test_the_pitch_says_wins_were_logged_after_its_version_was_saved(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(a_win(clock.now()))
    save_pitch_version(
        store, "Cut CI time; the team ships daily.", target_level="senior"
    )
    clock.advance(days=2)
    store.add_win(a_win(clock.now()))
    store.add_win(a_win(clock.now()))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        note = screen.query_one("#pitch-stale", Static)

        assert note.display
        shown = " ".join(str(note.render()).split())
        assert "changed since this version was saved: 2 wins logged" in shown

        # Saving again makes a version that already knows of them.
        await pilot.press("enter", "end", "space", "ctrl+s")
        await pilot.pause()
        assert not note.display


async def test_a_pitch_saved_after_every_record_has_no_staleness_note(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(a_win(clock.now()))
    clock.advance(hours=1)
    save_pitch_version(
        store, "Cut CI time; the team ships daily.", target_level="senior"
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        assert not app.screen.query_one("#pitch-stale", Static).display


# --- the pitch editor's cursor ------------------------------------------------------


async def test_a_saved_pitch_opens_at_its_first_line(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(store, LONG_PITCH)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        area = app.screen.query_one("#pitch-text", TextArea)

        assert area.cursor_location == (0, 0)
        # The opening paragraph is what shows, not the end of a long pitch.
        assert area.scroll_offset.y == 0
        assert "Paragraph 0:" in area.get_line(0).plain


async def test_a_restored_version_opens_at_its_first_line(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(store, LONG_PITCH)
    clock.advance(hours=1)
    save_pitch_version(store, "A short later version.")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        area = app.screen.query_one("#pitch-text", TextArea)

        # The older, long version is second in the list, newest first.
        await pilot.press("ctrl+l", "down", "enter")
        await pilot.pause()

        assert area.text == LONG_PITCH
        assert area.cursor_location == (0, 0)
        assert area.scroll_offset.y == 0


async def test_ctrl_home_and_ctrl_end_reach_the_ends_of_the_pitch(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(store, LONG_PITCH)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        area = app.screen.query_one("#pitch-text", TextArea)

        await pilot.press("ctrl+home")
        assert area.cursor_location == (0, 0)

        await pilot.press("down", "down", "ctrl+end")
        assert area.cursor_location == area.document.end

        await pilot.press("ctrl+shift+home")
        assert area.selected_text == LONG_PITCH


# --- the problem check's first keys ---------------------------------------------------


async def test_the_first_keys_answer_the_first_questions_of_a_catalogue_problem(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        check = await open_catalogue_check(pilot)
        peer = check.query_one("#check-peer", QuestionRow)
        assert check.focused is peer
        # The question is on screen with the title and the problem's name above it.
        for shown in ("#check-title", "#check-name", "#check-peer"):
            assert check.can_view_entire(check.query_one(shown)), shown

        send_burst(app, "ny")
        choosing = check.query_one("#check-choosing", QuestionRow)
        change = check.query_one("#check-change")
        # The answer is recorded, then the focus moves on: wait for both.
        await wait_until(
            pilot, lambda: choosing.value is not None and check.focused is change
        )

        assert (peer.value, choosing.value) == ("no", "yes")
        assert check.query_one("#check-description", TextArea).text == ""


async def test_a_tab_straight_after_the_answers_still_stays_on_the_next_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        check = await open_catalogue_check(pilot)

        await pilot.press("n", "y", "tab")
        assert check.focused is check.query_one("#check-change")

        await pilot.press("tab")
        assert check.focused is check.query_one("#check-outside")


# --- the proposal export's file name -------------------------------------------------

LONG_TITLE = "Deployments take forever every single week"


def shown_text(widget: Widget) -> str:
    """What a widget draws on screen, its lines joined without the padding."""
    region = widget.region
    strips = widget.render_lines(Region(0, 0, region.width, region.height))
    return "".join(strip.text.strip() for strip in strips)


async def open_export(pilot: Pilot[None]) -> ExportDialog:
    await pilot.press("o", "enter", "p", "f3")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


@pytest.mark.parametrize("width", [80, 64, 48])
async def test_the_default_export_name_is_seen_whole(
    store: Store, clock: FixedClock, width: int
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, LONG_TITLE)
    app = make_app(store, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        dialog = await open_export(pilot)
        field = dialog.query_one("#field-path", Input)
        whole = dialog.query_one("#export-whole-path", Static)
        name = "~/careerclimb-proposal-deployments-take-forever-2026-11-18.md"
        assert field.value == name

        if width == 80:
            # The field holds it all, so nothing is said twice.
            assert not whole.display
            assert name in shown_text(field)
        else:
            assert whole.display
            assert name in shown_text(whole)


async def test_a_long_typed_path_is_spelled_out_under_the_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, LONG_TITLE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export(pilot)
        field = dialog.query_one("#field-path", Input)
        whole = dialog.query_one("#export-whole-path", Static)

        await pilot.press("home", *"~/Documents/")
        await pilot.pause()

        typed = (
            "~/Documents/~/careerclimb-proposal-deployments-take-forever-2026-11-18.md"
        )
        assert field.value == typed
        assert whole.display
        assert typed in shown_text(whole)
        assert dialog.can_view_entire(whole)


# --- the reading dialog's number box --------------------------------------------------


@pytest.mark.parametrize("baseline", [False, True], ids=["baseline", "later"])
async def test_the_empty_number_box_shows_a_hint_like_the_other_fields(
    store: Store, clock: FixedClock, baseline: bool
) -> None:
    store.save_profile(DEMO_PROFILE)
    driving = save_driving(store, clock, LONG_TITLE)
    if baseline:
        first = Reading(24, "minutes", clock.today(), "CI dashboard")
        save_initiative(store, add_reading(driving, first, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        dialog = app.screen
        number = dialog.query_one("#field-value", Input)
        source = dialog.query_one("#field-source", Input)
        assert number.value == ""

        # The focused box carries the focus bar on its left edge.
        assert shown_text(number).lstrip("▌") == catalogue.PROBLEM_READING_VALUE_HINT
        assert number.styles.border_top == source.styles.border_top
        assert number.styles.border_right == source.styles.border_right
        assert number.region.height == source.region.height
