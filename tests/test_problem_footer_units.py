"""A problem's tracker names only keys its footer shows, and its measures read alike.

At every stage, each key the tracker's text tells the user to press is one the
footer at 80×24 shows; the keys left off it still work and stay in the palette.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from textual.geometry import Region
from textual.widgets import Footer, Input, Static

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    FORWARD,
    Initiative,
    Reading,
    Stage,
    advance,
    draft_proposal,
    result_win,
    start_initiative,
    suggested_next_step,
)
from careerclimb_tui.domain.records import describe_amount, describe_measure, unit_after
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.screens.problem_proposal import default_export_name
from careerclimb_tui.screens.problem_text import change_line, reading_bars
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.question import QuestionRow, option_lines
from tests.helpers import make_app, save_driving, wait_until

SIZE = (80, 24)

# How the tracker's texts name a key: "(m)", "Press k", "or w for", "Ctrl+P".
_NAMED = (
    re.compile(r"\(([a-z])\)"),
    re.compile(r"\b[Pp]ress ([a-z])\b"),
    re.compile(r"(?:\bor |[:·] )([b-z])(?= [a-z])"),
    re.compile(r"\b(Ctrl\+[A-Z])\b"),
)


def named_keys(text: str) -> set[str]:
    """The keys a text tells the user to press, as the footer draws them."""
    found: set[str] = set()
    for pattern in _NAMED:
        for key in pattern.findall(text):
            found.add(f"^{key[-1].lower()}" if key.startswith("Ctrl+") else key)
    return found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Press m to record a baseline.", {"m"}),
        ("No wins yet. Press l to link one, or w for the result.", {"l", "w"}),
        ("Send the proposal (p), then start driving (a)", {"p", "a"}),
        ("More keys: w result win · e details · x drop", {"w", "e", "x"}),
        ("Ctrl+P lists every other action", {"^p"}),
        ("Add a note or a reading, or pause it.", set()),
    ],
)
def test_the_keys_a_text_names_are_read_from_it(text: str, keys: set[str]) -> None:
    assert named_keys(text) == keys


def at_stage(stage: Stage, clock: FixedClock, baseline: bool) -> Initiative:
    """A problem moved to ``stage`` as the tracker moves it, nothing else recorded."""
    now = clock.now()
    problem = start_initiative("Releases need someone watching them", now)
    path = [*FORWARD[1 : FORWARD.index(stage) + 1]] if stage in FORWARD else []
    if stage in (Stage.PAUSED, Stage.DROPPED):
        path = [Stage.PROPOSED, Stage.BUY_IN, stage]
    for target in path:
        step = suggested_next_step(problem, target, None)
        note = "Replaced by the new pipeline" if target is Stage.DROPPED else ""
        problem = advance(problem, target, now, note).with_changes(next_step=step)
    if baseline:
        problem = problem.with_changes(
            baseline=Reading(20.0, "%", clock.today()), metric="Failure rate"
        )
    return problem


@pytest.mark.parametrize("baseline", [False, True], ids=["empty", "baseline"])
@pytest.mark.parametrize("stage", list(Stage), ids=lambda s: s.value)
async def test_every_key_the_tracker_names_is_in_its_footer(
    store: Store, clock: FixedClock, stage: Stage, baseline: bool
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, at_stage(stage, clock, baseline))
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        await wait_until(pilot, lambda: bool(tracker.query(FooterKey)))
        await pilot.pause()
        text = "\n".join(
            str(static.render()) for static in tracker.query(Static) if static.display
        )
        footer = tracker.query_one(Footer)
        drawn = list(footer.query(FooterKey))
        shown = {key.key_display for key in drawn}
        palette = [key for key in drawn if key.has_class("-command-palette")]
        room = palette[0].region.x if palette else footer.region.right
        cut = [
            key.description
            for key in drawn
            if key not in palette and key.region.right > room
        ]
        listed = {description for _, description in screen_keys(tracker)}

    assert named_keys(text) <= shown, text
    assert len(shown - {"^p"}) <= 6
    # Every key is drawn whole, left of the palette key.
    assert not cut
    # Keys off the footer still work and are listed on the help screen.
    assert {"Result win", "Details", "Link wins", "Drop"} <= listed


# --- one rule for a problem's units ---------------------------------------------------


@pytest.mark.parametrize(
    ("label", "unit", "said"),
    [
        ("Build reruns", "reruns/week", "per week"),
        ("Pages per on-call week", "pages/week", ""),
        ("Review wait", "hours/PR", "hours/PR"),
        ("Deploys", "deploys", ""),
        ("Change failure rate", "%", "%"),
        ("", "reruns/week", "reruns/week"),
        ("Build reruns", "", ""),
    ],
)
def test_a_unit_after_a_number_drops_what_the_name_says(
    label: str, unit: str, said: str
) -> None:
    assert unit_after(label, unit) == said


@pytest.mark.parametrize(
    ("value", "unit", "label", "said"),
    [
        (14.0, "reruns/week", "Build reruns", "14 per week"),
        (14.0, "reruns/week", "", "14 reruns/week"),
        (2.5, "hours", "CI duration", "2.5 hours"),
        (20.0, "%", "Change failure rate", "20%"),
    ],
)
def test_an_amount_says_its_unit_as_a_measure_does(
    value: float, unit: str, label: str, said: str
) -> None:
    assert describe_amount(value, unit, label) == said


def measured_reruns(clock: FixedClock) -> Initiative:
    """A problem counting build reruns per week, with a baseline and a reading."""
    problem = at_stage(Stage.MEASURING, clock, baseline=False)
    return problem.with_changes(
        metric="Build reruns",
        better="lower",
        baseline=Reading(20.0, "reruns/week", clock.today()),
        readings=(Reading(12.0, "reruns/week", clock.today()),),
    )


def test_a_problem_says_its_whole_unit_where_its_name_is_not_beside_it(
    clock: FixedClock,
) -> None:
    problem = measured_reruns(clock)
    win = result_win(problem, clock.today(), None)
    assert win.measure is not None
    card = describe_measure(win.measure)
    proposal = draft_proposal(problem, None).success.lines
    bars = reading_bars(problem)
    moved = change_line(problem, label=False)

    # The name stands right before the numbers only on the card; elsewhere it is
    # on another line, so the whole unit is said.
    assert card == "Build reruns 20 → 12 per week"
    assert moved is not None and moved.startswith("20 → 12 reruns/week")
    assert bars[0].endswith("20 reruns/week baseline")
    assert any("Baseline: 20 reruns/week on" in line for line in proposal)
    assert any("Latest reading: 12 reruns/week on" in line for line in proposal)


async def test_the_tracker_shows_a_problem_s_unit_as_the_review_card_does(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, measured_reruns(clock))
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        await pilot.pause()
        measure = str(tracker.query_one("#tracker-measure", Static).render())
        bars = str(tracker.query_one("#tracker-bars", Static).render())

    assert "20 → 12 reruns/week" in measure
    assert "12 reruns/week" in bars


# --- answers that wrap ----------------------------------------------------------------


def drawn(labels: list[str], width: int) -> list[str]:
    return ["".join(text for _, text in line) for line in option_lines(labels, width)]


CHOOSING = ["[y] I am choosing it", "[n] It was assigned"]


@pytest.mark.parametrize(
    ("labels", "width", "lines"),
    [
        (CHOOSING, 60, ["   [y] I am choosing it   [n] It was assigned"]),
        (CHOOSING, 44, ["   [y] I am choosing it", "   [n] It was assigned"]),
        (
            ["[y] Yes, a peer would", "[n] No, it was handed to me and assigned"],
            30,
            [
                "   [y] Yes, a peer would",
                "   [n] No, it was handed to",
                "       me and assigned",
            ],
        ),
        (
            ["[y] Yes", "[n] It was handed over to me in planning as assigned"],
            40,
            [
                "   [y] Yes",
                "   [n] It was handed over to me",
                "       in planning as assigned",
            ],
        ),
    ],
)
def test_answers_wrap_whole_and_never_leave_a_lone_last_word(
    labels: list[str], width: int, lines: list[str]
) -> None:
    assert drawn(labels, width) == lines


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_the_problem_check_keeps_each_answer_on_one_line(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("o", "c", "t")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        await pilot.pause()
        row = app.screen.query_one("#check-choosing", QuestionRow)
        row.focus()
        await pilot.pause()
        drawn_lines = [row.render_line(y).text for y in range(row.size.height)]
    lines = [line.replace("\u00a0", " ").strip(" ▌") for line in drawn_lines]

    # The answers are the lines between the question and its explanation.
    first = next(i for i, line in enumerate(lines) if "[y]" in line)
    last = next(i for i, line in enumerate(lines) if "Picked up" in line)
    answers = lines[first:last]
    assert any(line.endswith("It was assigned") for line in answers), lines
    assert all(len(line.split()) > 1 for line in answers), lines


# --- the proposal's file name ---------------------------------------------------------

DAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Flaky tests that everyone reruns", "flaky-tests"),
        ("Flaky tests that fail", "flaky-tests-that-fail"),
        ("Deployments take forever every single week", "deployments-take-forever"),
        (
            "Flaky integration tests everyone reruns and nobody fixes",
            "flaky-integration-tests",
        ),
        (
            "Releases fail one time in five and need someone watching them",
            "releases-fail-one-time",
        ),
        ("Déploiements lents", "deploiements-lents"),
        ("On-call is noisy", "on-call-is-noisy"),
        ("The", "the"),
        ("!!!", "problem"),
        ("x" * 50, "x" * 24),
    ],
)
def test_the_proposal_file_is_named_from_whole_words_of_the_title(
    title: str, slug: str
) -> None:
    name = default_export_name(title, DAY)

    assert name == f"careerclimb-proposal-{slug}-2026-11-18.md"
    assert "--" not in name


async def test_the_proposal_file_name_is_seen_whole_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Flaky tests that everyone reruns")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o", "enter", "p", "f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.pause()
        field = app.screen.query_one("#field-path", Input)
        strips = field.render_lines(Region(0, 0, *field.region.size))
        shown = "".join(strip.text.strip() for strip in strips)

    name = "~/careerclimb-proposal-flaky-tests-2026-11-18.md"
    assert field.value == name
    assert name in shown
