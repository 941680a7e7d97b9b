"""A win is told the same way wherever it is shown: who noticed it, from the review
too; who noticed, one person or group at a time; its dimensions in the ladder's
order; and its change said once."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    Criterion,
    evidence_standing,
    standing_hint,
)
from careerclimb_tui.domain.evidence import noticed_to_edit, says_same_change
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.recognition import (
    NoticedBy,
    RecognitionGroup,
    group_recognition,
    noticed_by,
)
from careerclimb_tui.domain.records import (
    FRAMING_IMPACT,
    Measure,
    Win,
    describe_measure,
    describe_under_kind,
)
from careerclimb_tui.domain.review import Noticed, VerdictKind, answer, start_review
from careerclimb_tui.domain.wins import framed, split_names
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_summary import strong_win_lines
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

LADDER = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
DAY = dt.date(2026, 11, 2)
ALL_HANDS = "VP Eng mentioned it at the all-hands"
DANA_AND_SAM = "Dana Kowalczyk-Ibáñez (Finance) and Sam Lee (Director, Data)"
PRIYA_AND_LEAD = "Priya Natarajan (VP Eng) and the SRE lead"
MARCO = "Marco from Release Engineering"
RECOGNITION = "## Recognition from outside the team\n"


def export_packet(clock: FixedClock) -> str:
    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    return out.getvalue()


def recognition_lines(packet: str) -> list[str]:
    section = packet.split(RECOGNITION, 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line]


# --- who noticed: the review's names, in the journal and its edit form -------------


@pytest.mark.parametrize(
    ("field", "given", "shown"),
    [
        ("", None, ""),
        ("", Noticed.by("support team"), "support team"),
        ("SRE", Noticed.by("sre"), "SRE"),
        ("SRE", Noticed.by("SRE", "CTO"), "SRE, CTO"),
        (ALL_HANDS, Noticed.by("VP Eng"), ALL_HANDS),
        ("VP Eng", Noticed.nobody(), "VP Eng"),
        ("VP Eng", Noticed(outside=True), "VP Eng"),
    ],
    ids=[
        "nothing on record",
        "names only in the review",
        "the same name, spelled as the win has it",
        "a name the review added",
        "the fuller account on the win",
        "names typed after an answer of nobody stay",
        "yes without names",
    ],
)
def test_the_edit_form_starts_from_who_the_win_is_told_as_noticed(
    field: str, given: Noticed | None, shown: str
) -> None:
    win = Win(title="Cut payment retries", date=DAY, id=1, noticed_by=field)
    assert noticed_to_edit(win, given) == shown


def seed_reviewed_runbook(store: Store, clock: FixedClock) -> Win:
    """A win whose review names who noticed, while its own field is still blank."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(
                title="Cut the time to diagnose an incident from 30 to 3 minutes",
                date=DAY,
                dimensions=("ownership_initiative", "execution"),
            )
        )
    )
    assert win.id is not None
    now = clock.now()
    review = start_review(quarter_of(DAY), [win], now)
    review = answer(review, win.id, now=now, noticed=Noticed.by("support team"))
    store.save_review(review)
    return win


def detail_rows(detail: WinDetailScreen) -> dict[str, str]:
    labels = [str(label.render()) for label in detail.query(".detail-label")]
    values = [str(value.render()) for value in detail.query(".detail-value")]
    return dict(zip(labels, values))


async def test_the_journal_tells_and_edits_who_the_review_says_noticed(
    store: Store, clock: FixedClock
) -> None:
    win = seed_reviewed_runbook(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        rows = detail_rows(detail)
        assert rows[catalogue.DETAIL_NOTICED] == "support team"
        assert rows[catalogue.DETAIL_DIMENSIONS] == (
            "Execution and delivery, Ownership and initiative"
        ), "in the ladder's order, not the order ticked"

        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        assert form.query_one("#noticed", Input).value == "support team"
        hints = str(form.query_one("#coach-hints", Static).render())
        assert catalogue.FRAMING_ASK_WHO_NOTICED not in hints

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, LogWinScreen))

    assert win.id is not None
    saved = Store(store.path, clock=clock).win(win.id)
    assert saved is not None and saved.noticed_by == "support team"


# --- who noticed: one person or group at a time ------------------------------------


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        (
            DANA_AND_SAM,
            ("Dana Kowalczyk-Ibáñez (Finance)", "Sam Lee (Director, Data)"),
        ),
        (PRIYA_AND_LEAD, ("Priya Natarajan (VP Eng)", "the SRE lead")),
        (MARCO, (MARCO,)),
        ("VP Eng and the CTO", ("VP Eng", "the CTO")),
        ("Sam Lee and Ana", ("Sam Lee", "Ana")),
        (
            "platform team, payments team and the SRE lead",
            ("platform team", "payments team", "the SRE lead"),
        ),
        ("Ana, Tom, and the CTO", ("Ana", "Tom", "the CTO")),
        ("Lee (SRE and infra) and Omar (EM)", ("Lee (SRE and infra)", "Omar (EM)")),
        ("Trust and Safety", ("Trust and Safety",)),
        ("Research and Development team", ("Research and Development team",)),
        ("Ana and Tom", ("Ana and Tom",)),
        ("product managers (Ana and Tom)", ("product managers (Ana and Tom)",)),
        (
            "Payments lead thanked us and the CTO",
            ("Payments lead thanked us and the CTO",),
        ),
        (
            "VP Eng mentioned it at the all-hands and in the newsletter",
            ("VP Eng mentioned it at the all-hands and in the newsletter",),
        ),
        (
            "VP of Commerce, José Álvarez, mentioned it at the all-hands",
            ("VP of Commerce, José Álvarez, mentioned it at the all-hands",),
        ),
        ("Brandon, Andrea", ("Brandon", "Andrea")),
        ("support team; SRE", ("support team", "SRE")),
    ],
    ids=[
        "two described people",
        "a described person and a role",
        "a person from a group is one name",
        "two roles",
        "a full name, then a first name",
        "a list ending in and",
        "a list ending in comma and",
        "an and inside brackets",
        "one word before and: one team",
        "one word before and: one team of three words",
        "one word before and: kept together",
        "people in brackets",
        "an account of what was done",
        "an account of where it was told",
        "an account with a name set off by commas",
        "and inside a name",
        "semicolon",
    ],
)
def test_names_are_split_at_commas_and_and_outside_brackets(
    typed: str, names: tuple[str, ...]
) -> None:
    assert split_names(typed) == names


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Release Engineering (Marco)", NoticedBy("Release Engineering", ("Marco",))),
        (MARCO, NoticedBy("Release Engineering", ("Marco",))),
        ("SRE (Ana, Tom)", NoticedBy("SRE", ("Ana", "Tom"))),
        (
            "Dana Kowalczyk-Ibáñez (Finance)",
            NoticedBy("Dana Kowalczyk-Ibáñez (Finance)"),
        ),
        ("Sam Lee (Director, Data)", NoticedBy("Sam Lee (Director, Data)")),
    ],
    ids=[
        "a group, then its person in brackets",
        "a person from a group",
        "an acronym's people",
        "a person, then the group she is in",
        "a person, then his role",
    ],
)
def test_brackets_name_a_groups_people_only_after_a_groups_name(
    text: str, read: NoticedBy
) -> None:
    assert noticed_by(text) == read


def test_a_described_person_is_not_taken_into_the_group_the_brackets_name() -> None:
    grouped = group_recognition([(1, ["Priya Natarajan (VP Eng)"]), (2, ["VP Eng"])])

    assert grouped == (
        RecognitionGroup("Priya Natarajan (VP Eng)", ((1, ()),)),
        RecognitionGroup("VP Eng", ((2, ()),)),
    )


def test_the_packet_heads_each_person_and_group_once_and_whole(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for title, noticed in (
        ("Cut payment retries", DANA_AND_SAM),
        ("Cut checkout errors", PRIYA_AND_LEAD),
        ("Cut flaky test runs", MARCO),
    ):
        store.add_win(framed(Win(title=title, date=DAY, noticed_by=noticed)))

    assert recognition_lines(export_packet(clock)) == [
        "- Dana Kowalczyk-Ibáñez (Finance)",
        "  - 2026-11-02 · Cut payment retries",
        "- Priya Natarajan (VP Eng)",
        "  - 2026-11-02 · Cut checkout errors",
        "- Release Engineering",
        "  - 2026-11-02 · Cut flaky test runs — noticed by Marco",
        "- Sam Lee (Director, Data)",
        "  - 2026-11-02 · Cut payment retries",
        "- the SRE lead",
        "  - 2026-11-02 · Cut checkout errors",
    ]


# --- dimensions in the ladder's order ----------------------------------------------


@pytest.mark.parametrize(
    ("ids", "names"),
    [
        (
            ("ownership_initiative", "execution"),
            ("Execution and delivery", "Ownership and initiative"),
        ),
        (
            ("execution", "scope_impact", "execution"),
            ("Scope and impact", "Execution and delivery"),
        ),
        (("gone", "mentoring"), ("Mentoring and growing others", "gone")),
        ((), ()),
    ],
    ids=["ticked backwards", "a repeat", "an id the ladder lacks, last", "none"],
)
def test_a_wins_dimensions_are_named_in_the_ladders_order(
    ids: tuple[str, ...], names: tuple[str, ...]
) -> None:
    assert LADDER.dimension_names(ids) == names


def test_a_criterions_hint_names_the_wins_dimensions_in_the_ladders_order() -> None:
    win = Win(
        title="Moved the billing jobs",
        date=DAY,
        dimensions=("ownership_initiative", "technical_direction"),
        framing=FRAMING_IMPACT,
        id=1,
    )
    criterion = Criterion(
        text="Lead a change",
        dimension="collaboration_influence",
        status=STATUS_GROWING,
        win_ids=(1,),
    )
    standing = evidence_standing(criterion, {1: win}, {1: VerdictKind.NEXT_LEVEL})

    hint = standing_hint(standing, criterion, LADDER)

    assert "Technical direction, Ownership and initiative" in hint


# --- a change said once ------------------------------------------------------------

REVIEW_TIME = Measure(before=72, after=6, unit="hours", label="time to first review")


@pytest.mark.parametrize(
    ("told", "text", "measure", "same"),
    [
        (
            "Cut the time to first review from 72 to 6 hours",
            "The time to first review went from 72 to 6 hours",
            None,
            True,
        ),
        ("Cut review time", "Review time went from 72 to 6 hours", REVIEW_TIME, True),
        ("Cut review time", "Review time went from 72 to 6 hours", None, False),
        (
            "Cut the time to first review from 72 to 6 hours",
            "The time to first review went from 72 to 6 hours, so releases ship "
            "a day earlier",
            None,
            False,
        ),
        (
            "Cut the time to first review from 72 to 6 hours",
            "The time to first review went from 72 to 4 hours",
            None,
            False,
        ),
        ("Cut flaky tests", "Fewer flaky tests", None, True),
        ("Cut flaky tests", "", None, False),
    ],
    ids=[
        "the title's change in other words",
        "the measure beside the title gives the numbers",
        "numbers the title does not give",
        "words of its own",
        "a number of its own",
        "only which way it moved",
        "nothing to say",
    ],
)
def test_a_text_says_the_same_change_when_it_adds_no_word_or_number(
    told: str, text: str, measure: Measure | None, same: bool
) -> None:
    assert says_same_change(told, text, measure) is same


def test_the_review_summary_leaves_out_a_change_that_repeats_the_title() -> None:
    win = framed(
        Win(
            title="Cut the time to first review from 72 to 6 hours",
            date=DAY,
            id=1,
            what_changed="The time to first review went from 72 to 6 hours",
        )
    )

    title, second = strong_win_lines(1, win, None)

    assert title == "1. Cut the time to first review from 72 to 6 hours"
    assert second == ""


def test_the_wins_list_gives_a_measure_only_when_the_title_does_not(
    store: Store, clock: FixedClock
) -> None:
    flaky = Measure(before=12, after=2, unit="%", label="flaky test rate")
    store.add_win(Win("Cut flaky test rate from 12% to 2%", DAY, measure=flaky))
    store.add_win(Win("Quarantined the flaky tests", DAY, measure=flaky))
    out = io.StringIO()

    assert main(["wins"], clock=clock, out=out) == 0

    listed = out.getvalue()
    assert listed.count(describe_measure(flaky)) == 1
    measured = f"{'↳':>29} {describe_measure(flaky)}"
    assert f"Quarantined the flaky tests\n{measured}\n" in listed


SAVING = Measure(amount=-40_000, unit="$ a year", label="CI bill")


@pytest.mark.parametrize(
    ("measure", "under_heading"),
    [
        (SAVING, "$40k a year on CI bill"),
        (Measure(amount=-40_000, unit="$ a year"), "$40k a year"),
        (REVIEW_TIME, describe_measure(REVIEW_TIME)),
        (
            Measure(unit="%", change_pct=-40, label="deploy failures"),
            "deploy failures −40%",
        ),
    ],
    ids=["a named saving", "a saving", "a before and after", "a change"],
)
def test_a_saving_under_its_heading_is_not_called_saved_again(
    measure: Measure, under_heading: str
) -> None:
    assert describe_under_kind(measure) == under_heading


def test_the_packet_says_a_saving_and_a_change_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win("Moved CI to spot runners", DAY, measure=SAVING))
    store.add_win(
        Win(
            "Cut the time to first review from 72 to 6 hours",
            DAY,
            what_changed="The time to first review went from 72 to 6 hours",
        )
    )

    packet = export_packet(clock)

    assert "- Saving: $40k a year on CI bill" in packet
    assert "saved $40k" not in packet
    assert "went from 72 to 6 hours" not in packet
