"""What a new user meets at 80×24: a cut answer says so, a notice or an error
leaves what it speaks of readable, the prep names every gap it leaves out and words
its wins one way, and the palette says what each screen is for."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import NAVIGATION, CareerClimbCommands
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_manager_demo
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.conversation import build_prep_plan
from careerclimb_tui.domain.criteria import STATUS_OPEN, Criterion
from careerclimb_tui.domain.gaps import GapStatus
from careerclimb_tui.domain.records import Measure, Profile, Win
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import ChoiceDialog
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.store import Store
from tests.helpers import (
    answer_up_to_the_change,
    answer_up_to_the_names,
    home_read,
    journal_opened,
    notices,
    open_journal,
    run_app,
    seed_win,
    type_text,
    wait_until,
)
from tests.test_conversation import gaps
from tests.test_log_win_cut_fields import shown
from tests.test_manager_flow import plain

LONG_CHANGE = (
    "Rollbacks stopped being a weekly event once the canary stage went in, and "
    "the payments team asked to reuse the same stage for their own releases"
)


# --- 1. The review walk's answer to "what changed" ends in "…" where it is cut ----


async def test_a_cut_answer_to_what_changed_ends_in_an_ellipsis_once_left(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=LONG_CHANGE)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is not field)
        await pilot.pause()
        left = shown(field)

        field.focus()
        await pilot.pause()
        back = shown(field)

    assert left.endswith("…"), left
    assert LONG_CHANGE.startswith(left[:-1].strip()), left
    assert "…" not in back


LONG_NAMES = (
    "Priya from the payments team, the SRE on-call rota, the mobile release "
    "captain and the VP of engineering"
)


async def test_cut_names_of_who_noticed_end_in_an_ellipsis_once_left(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_names(pilot)
        field.value = LONG_NAMES
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is not field)
        await pilot.pause()
        left = shown(field)

    assert left.endswith("…"), left
    assert LONG_NAMES.startswith(left[:-1].strip()), left


# --- 2. A criterion's change is confirmed in the screen's own line, not over it ----


async def test_a_saved_status_is_said_in_the_status_line_and_covers_nothing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        page = app.screen
        said = page.query_one("#criteria-said", Static)
        assert not said.display, "nothing to say before a change"
        first = page.found[0]
        assert first.status != STATUS_OPEN

        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("home", "enter")
        saved = catalogue.MANAGER_STATUS_SAVED.format(status=STATUS_OPEN)
        await wait_until(pilot, lambda: str(said.render()) == saved)
        await pilot.pause()
        assert said.display
        assert saved not in notices(app)
        # A line of its own, under the page that holds the criterion's detail.
        assert not said.region.overlaps(page.query_one("#criteria").region)

        # Said of the criterion it changed: moving to another one clears it.
        await pilot.press("down")
        await wait_until(pilot, lambda: not said.display)


# --- 3. The prep names the gaps its three questions leave out ------------------

MISSING, THIN, COVERED = GapStatus.MISSING, GapStatus.THIN, GapStatus.COVERED
NO_EXAMPLE = Criterion(text="Own the on-call clean-up", dimension="mentoring")
NO_DIMENSION = Criterion(text="Lead the next incident review")

# (statuses in ladder order, focus, criteria known, the gaps left out)
LEFT_OUT = [
    ({"scope": MISSING, "direction": THIN, "mentoring": THIN}, "scope", [], []),
    (
        {"scope": MISSING, "direction": THIN, "mentoring": THIN},
        "scope",
        [NO_DIMENSION],
        ["Mentoring"],
    ),
    # The criterion's question, shown first, already asks about mentoring.
    (
        {"scope": MISSING, "direction": THIN, "mentoring": THIN},
        "scope",
        [NO_EXAMPLE],
        [],
    ),
    (
        {"scope": THIN, "direction": THIN, "mentoring": MISSING, "delivery": THIN},
        "mentoring",
        [NO_EXAMPLE],
        ["Direction", "Delivery"],
    ),
    ({"scope": COVERED, "direction": THIN}, "direction", [NO_EXAMPLE], []),
]


@pytest.mark.parametrize("statuses, focus, known, left_out", LEFT_OUT)
def test_the_gaps_past_the_top_questions_are_named(
    statuses: dict[str, GapStatus],
    focus: str,
    known: list[Criterion],
    left_out: list[str],
) -> None:
    view = gaps(statuses, focus)

    asked = prep.gap_questions(view, known)
    not_asked = prep.gaps_not_asked(view, known)

    assert not_asked == left_out
    names = [gap.name for gap in view.dimensions]
    asked_about = {name for name in names if any(name in q for q in asked)}
    # A criterion's question asks about its dimension without naming it.
    asked_about |= {
        gap.name
        for gap in view.dimensions
        for c in known
        if c.dimension == gap.dimension_id and any(c.text in q for q in asked)
    }
    uncovered = {gap.name for gap in view.dimensions if gap.status is not COVERED}
    assert not asked_about & set(not_asked)
    assert asked_about | set(not_asked) == uncovered, "every gap is accounted for"


def _brought(number: int, *dimensions: str) -> Win:
    """A win brought to the talk that no review judged yet."""
    return Win(
        title=f"Win {number}",
        date=dt.date(2026, 5, 4),
        dimensions=dimensions,
        id=number,
    )


# (statuses in ladder order, focus, wins brought not judged yet, strong wins
# waiting for a review, the gaps left out)
LEFT_OUT_BROUGHT = [
    # One win brought speaks to two gaps: its one question names both.
    (
        {"scope": MISSING, "direction": THIN, "mentoring": MISSING},
        "scope",
        [_brought(7, "scope", "direction")],
        [],
        [],
    ),
    # Five gaps, one win brought for two of them, one waiting for its review:
    # the gaps past the three questions are named, none is dropped.
    (
        {
            "direction": THIN,
            "scope": THIN,
            "delivery": THIN,
            "collab": MISSING,
            "mentoring": MISSING,
        },
        "collab",
        [_brought(7, "delivery", "direction")],
        [_brought(8, "scope")],
        [],
    ),
    (
        {
            "direction": THIN,
            "scope": THIN,
            "delivery": THIN,
            "collab": MISSING,
            "mentoring": MISSING,
            "craft": THIN,
        },
        "collab",
        [_brought(7, "delivery", "direction")],
        [],
        ["Mentoring", "Craft"],
    ),
]


@pytest.mark.parametrize(
    "statuses, focus, brought, unreviewed, left_out", LEFT_OUT_BROUGHT
)
def test_a_gap_a_win_brought_speaks_to_is_never_dropped(
    statuses: dict[str, GapStatus],
    focus: str,
    brought: list[Win],
    unreviewed: list[Win],
    left_out: list[str],
) -> None:
    view = gaps(statuses, focus)

    asked = prep.gap_questions(view, unreviewed=unreviewed, brought=brought)
    not_asked = prep.gaps_not_asked(view, unreviewed=unreviewed, brought=brought)
    to_do = prep.before_the_talk(view, unreviewed)

    assert not_asked == left_out
    names = [gap.name for gap in view.dimensions]
    asked_about = {name for name in names if any(name in q for q in asked)}
    reviewed_first = {name for name in names if any(name in t for t in to_do)}
    uncovered = {gap.name for gap in view.dimensions if gap.status is not COVERED}
    assert not asked_about & set(not_asked)
    assert asked_about | reviewed_first | set(not_asked) == uncovered
    # One question per win brought.
    for win in brought:
        assert sum(f"#{win.id} " in q for q in asked) == 1


def test_the_line_under_the_questions_says_how_many_more_and_which() -> None:
    assert prep.not_asked_hint([]) == ""
    assert prep.not_asked_hint(["Mentoring"]) == (
        "These are the top 3 questions; 1 more gap is not asked about: Mentoring."
    )
    assert prep.not_asked_hint(["Direction", "Delivery"]) == (
        "These are the top 3 questions; 2 more gaps are not asked about: "
        "Direction, Delivery."
    )


async def test_the_prep_page_names_the_gaps_it_does_not_ask_about(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    # With no wins, every dimension is a gap and none waits on a review (a
    # to-do, not a question): the gaps outnumber the questions.
    for win in store.wins():
        if win.id is not None:
            store.delete_win(win.id)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        page = app.screen
        assert isinstance(page, PrepScreen) and page.plan is not None
        questions = plain(page.query_one("#prep-questions", Static))

    # The gaps outnumber the questions: those left out are named.
    hint = page.plan.questions_hint
    named = [d.name for d in app.ladder.dimensions if d.name in hint]
    assert named
    assert hint == prep.not_asked_hint(named)
    assert not [name for name in named for q in page.plan.questions if name in q]
    assert " ".join(hint.split()) in " ".join(questions.split())


# --- 5. The wins brought to the talk are worded one way ---------------------------

# (title, what changed, measure, the line as the prep says it)
EVIDENCE_LINES = [
    (
        "Worked on the CI pipeline",
        "Builds are faster for everyone",
        None,
        "Builds are faster for everyone — logged as: worked on the CI pipeline",
    ),
    (
        "Cut CI time for the web app",
        "Engineers get feedback before they switch context",
        Measure(before=24, after=9, unit="minutes", label="CI duration"),
        "Engineers get feedback before they switch context (CI duration 24 → 9 "
        "minutes) — logged as: cut CI time for the web app",
    ),
    (
        "Cut checkout latency",
        "",
        Measure(change_pct=-40, label="p95"),
        "P95 −40% — logged as: cut checkout latency",
    ),
    ("Mentored two new hires", "", None, "Mentored two new hires"),
]


def test_every_win_brought_is_worded_the_same_way() -> None:
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    profile = Profile(
        ladder_id="software-engineer", current_level="mid", target_level="senior"
    )
    lines = []
    for number, (title, changed, measure, line) in enumerate(EVIDENCE_LINES, 1):
        win = Win(
            id=number,
            title=title,
            what_changed=changed,
            measure=measure,
            date=dt.date(2026, 11, number),
        )
        plan = build_prep_plan(profile, ladder, [win], None, [], dt.date(2026, 11, 18))
        lines.append(plan.evidence[0].text)

    assert lines == [line for *_, line in EVIDENCE_LINES]


# --- 4. Each place in the palette says what it is for ------------------------------


async def test_each_place_in_the_palette_says_what_it_is_for_and_its_key_here(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        home = await home_read(pilot)
        on_home = {c.title: c.help for c in CareerClimbCommands(home)._commands()}
        journal = await open_journal(pilot)
        on_journal = {c.title: c.help for c in CareerClimbCommands(journal)._commands()}

    places = [title for title, *_ in NAVIGATION if title in on_home]
    lines = [on_home[title] for title in places]
    assert len(places) == len(NAVIGATION) - 1, "every place but home itself"
    assert len(set(lines)) == len(lines), "no two places are said alike"
    # Each line is short enough to read at a glance in a palette 80 columns wide.
    assert all(len(line) <= 70 for line in lines), lines
    openings = [" ".join(line.split()[:3]) for line in lines]
    assert len(set(openings)) == len(openings), "no line opens like another"

    # The key is named where it opens the place from the screen showing, only.
    assert on_home[catalogue.COMMAND_GAPS] == catalogue.COMMAND_GO_KEY_HELP.format(
        purpose=catalogue.COMMAND_GAPS_PURPOSE, key="g"
    )
    assert on_journal[catalogue.COMMAND_GAPS] == catalogue.COMMAND_GAPS_PURPOSE
    assert on_home[catalogue.COMMAND_SETTINGS] == catalogue.COMMAND_SETTINGS_PURPOSE


# --- 6. With no win matching, the journal says so where the list was ---------------


async def test_no_match_is_said_at_the_top_of_the_list_and_the_status_line_stays(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        table = journal.query_one("#wins")
        count = journal.query_one("#journal-count")
        await pilot.pause()
        list_top, status_y = table.region.y, count.region.y

        await pilot.press("slash")
        await type_text(pilot, "zzzq")
        empty = journal.query_one("#journal-empty", Static)
        await wait_until(pilot, lambda: empty.display and not table.display)
        await pilot.pause()

        assert str(empty.render()) == catalogue.JOURNAL_NO_MATCH
        # The message takes the list's place; the status line keeps its own.
        assert empty.content_region.y <= list_top + 1
        assert count.region.y == status_y
        assert status_y >= app.size.height - 3


# --- 7. A date that cannot be used is refused under the field, not over it --------


@pytest.mark.parametrize("from_date", [False, True], ids=["title", "date"])
@pytest.mark.parametrize("key", ["k", "w"], ids=["quick", "guided"])
async def test_a_bad_date_is_said_under_the_date_and_hides_nothing(
    store: Store, clock: FixedClock, key: str, from_date: bool
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        await type_text(pilot, "Cut deploy failures")
        date = form.query_one("#date", Input)
        if from_date:
            date.focus()
            await wait_until(pilot, lambda: app.focused is date)
        date.value = "31/02/2026"
        await pilot.press("ctrl+s")

        error = form.query_one("#date-error", Static)
        page = form.query_one("#log-form")
        # Right under the field, and brought into view with it.
        await wait_until(
            pilot,
            lambda: error.display and page.region.contains_region(error.region),
        )
        await pilot.pause()
        assert app.focused is date
        assert str(error.render()).startswith("There is no 31 February 2026")
        assert not [n for n in notices(app) if "February" in n], "no notice over it"
        assert error.region.y == date.region.y + 1

        # Mending the date takes the reason away, and the win saves.
        date.value = "02/11/2026"
        await wait_until(pilot, lambda: not error.display)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, LogWinScreen))

    [win] = store.wins()
    assert win.date == dt.date(2026, 11, 2)
