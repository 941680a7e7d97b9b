"""A day set for the next talk in recorded notes, and the check-in that follows it.

1. A line of notes that agrees a follow-up on a named day ("Let's revisit on
   2027-01-15", "check in again Jan 15") is read as the rehearsal reads a reply:
   it is no vague answer, and its day is no number to show.
2. The next check-in names the earliest such day still ahead, on the manager
   screen, the criteria screen, home and the command line; a day already past
   is not the next one.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import follow_up_days
from careerclimb_tui.domain.criteria import (
    AgreedCheckIn,
    Conversation,
    Criterion,
    agreed_check_in,
    criteria_from_notes,
    looks_concrete,
    next_check_in,
    why_not_concrete,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import make_app, wait_until

NOV_20 = dt.date(2026, 11, 20)
JAN_15 = dt.date(2027, 1, 15)

# --- 1. Reading the day ---------------------------------------------------------------

# (what the notes say, the day they were said, the days they set)
DAYS = [
    ("Let's revisit on 2027-01-15", NOV_20, (JAN_15,)),
    ("revisit this on 15 January", NOV_20, (JAN_15,)),
    ("check in again Jan 15", NOV_20, (JAN_15,)),
    ("We'll meet again on 15/01.", NOV_20, (JAN_15,)),
    ("Let’s catch up on the 1st of March 2027", NOV_20, (dt.date(2027, 3, 1),)),
    # Without its year, a day is the first one on or after the talk.
    ("check in again Dec 3", NOV_20, (dt.date(2026, 12, 3),)),
    ("check in again Nov 20", NOV_20, (NOV_20,)),
    ("follow up on 29 Feb", NOV_20, (dt.date(2028, 2, 29),)),
    (
        "Let's check in on 2027-01-15.\nShall we meet again on Feb 2?",
        NOV_20,
        (JAN_15, dt.date(2027, 2, 2)),
    ),
    # Only the day after the follow-up, in its sentence, is the follow-up's.
    ("Ship the migration by 15 March; check in again Jan 15", NOV_20, (JAN_15,)),
    # No follow-up, no day of one, or a refused one.
    ("I presented the design review on 3 February", NOV_20, ()),
    ("Let's revisit next half", NOV_20, ()),
    ("Let's revisit this later", NOV_20, ()),
    ("Let's not check in on Jan 15", NOV_20, ()),
    ("check in again with 2 marketing people", NOV_20, ()),
    ("check in on 31/02", NOV_20, ()),
    ("I'd like to come back to this on the 15th", NOV_20, ()),
]


@pytest.mark.parametrize(
    ("notes", "said_on", "days"), DAYS, ids=[row[0][:40] for row in DAYS]
)
def test_a_follow_up_on_a_named_day_sets_that_day(
    notes: str, said_on: dt.date, days: tuple[dt.date, ...]
) -> None:
    assert follow_up_days(notes, said_on) == days


# (line of notes, why the coach leaves it unticked; empty when it is kept)
REASONS = [
    ("Let's revisit on 2027-01-15", catalogue.NOTE_FOLLOW_UP_DAY),
    ("revisit this on 15 January", catalogue.NOTE_FOLLOW_UP_DAY),
    ("check in again Jan 15", catalogue.NOTE_FOLLOW_UP_DAY),
    ("We agreed to check in again on 15/01", catalogue.NOTE_FOLLOW_UP_DAY),
    # A revisit with no day is still put off; the rest of a line is read too.
    ("Let's revisit next half", catalogue.NOTE_VAGUE_PHRASE.format(phrase="revisit")),
    (
        "Keep doing this, check in again Jan 15",
        catalogue.NOTE_VAGUE_PHRASE.format(phrase="keep doing"),
    ),
    ("Lead the design review; check in again Jan 15", ""),
    ("Cut pages by a third, let's revisit on 2027-01-15", ""),
]


@pytest.mark.parametrize(("line", "reason"), REASONS, ids=[r[0] for r in REASONS])
def test_a_dated_follow_up_in_the_notes_is_not_vague(line: str, reason: str) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")


# --- 2. The next check-in -------------------------------------------------------------


def talk(day: dt.date, notes: str) -> Conversation:
    return Conversation(date=day, notes=notes, id=day.toordinal())


OPEN = Criterion(text="Own the rota", example_given=True, id=1)
ON_TRACK = catalogue.CHECKIN_ON_TRACK.format(number=1)

# (conversations, today, the check-in the user is told)
CHECK_INS = [
    ((), NOV_20, ON_TRACK),
    (
        (talk(NOV_20, "Lead the review\nLet's revisit on 2027-01-15"),),
        NOV_20,
        f"15 Jan 2027, as agreed on 20 Nov 2026. {ON_TRACK}",
    ),
    # The day itself is still ahead; the day after, it is past.
    (
        (talk(NOV_20, "check in again Jan 15"),),
        JAN_15,
        f"15 Jan 2027, as agreed on 20 Nov 2026. {ON_TRACK}",
    ),
    ((talk(NOV_20, "check in again Jan 15"),), JAN_15 + dt.timedelta(days=1), ON_TRACK),
    # The earliest day still ahead, from whichever talk set it.
    (
        (
            talk(dt.date(2026, 10, 1), "Let's meet again on 2026-11-01"),
            talk(dt.date(2026, 11, 1), "check in again Feb 2"),
            talk(NOV_20, "revisit this on 15 January"),
        ),
        dt.date(2026, 11, 21),
        f"15 Jan 2027, as agreed on 20 Nov 2026. {ON_TRACK}",
    ),
]


@pytest.mark.parametrize(("talks", "today", "advice"), CHECK_INS)
def test_the_next_check_in_names_the_earliest_agreed_day_still_ahead(
    talks: tuple[Conversation, ...], today: dt.date, advice: str
) -> None:
    assert next_check_in([OPEN], [], today, talks) == advice


def test_without_criteria_the_agreed_day_still_comes_first() -> None:
    talks = [talk(NOV_20, "check in again Jan 15")]

    assert agreed_check_in(talks, NOV_20) == AgreedCheckIn(JAN_15, NOV_20)
    assert next_check_in([], [], NOV_20, talks) == (
        f"15 Jan 2027, as agreed on 20 Nov 2026. {catalogue.CHECKIN_NO_CRITERIA}"
    )


NOTES = "Lead the design review for the billing API\nLet's revisit on 2027-01-15"


async def test_recording_a_talk_with_a_dated_follow_up_sets_the_next_check_in(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ManagerHubScreen))
        await pilot.press("n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        record.query_one("#talk-notes", TextArea).text = NOTES
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(record.drafts) == 2)

        follow_up = record.drafts[1]
        assert (follow_up.keep, follow_up.reason) == (
            False,
            catalogue.NOTE_FOLLOW_UP_DAY,
        )
        await pilot.press("down")
        detail = str(record.query_one("#draft-detail", Static).content)
        assert catalogue.MANAGER_RECORD_FOLLOW_UP in detail

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        said = str(app.screen.query_one("#criteria-next", Static).content)
        assert said.startswith("Next check-in: 15 Jan 2027, as agreed on 18 Nov 2026.")

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ManagerHubScreen))
        hub = app.screen
        await wait_until(
            pilot,
            lambda: "15 Jan 2027" in str(hub.query_one("#hub-next", Static).content),
        )
        said = str(hub.query_one("#hub-next", Static).content)
        assert said.startswith("Next check-in: 15 Jan 2027, as agreed on 18 Nov 2026.")

    [saved] = criteria_docs.conversations(store)
    assert saved.notes == NOTES
    assert [c.text for c in criteria_docs.criteria(store)] == [
        "Lead the design review for the billing API"
    ]


def test_home_and_the_command_line_name_the_agreed_day(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    today = clock.today()
    drafts = criteria_from_notes(["Lead the design review"], clock.now())
    criteria_docs.record_conversation(
        store, Conversation(date=today, notes=NOTES), drafts
    )
    ladder = load_shelf().ladders["software-engineer"]

    home = criteria_docs.criteria_home_line(store, ladder, None, today)
    assert home is not None
    assert "next check-in: 15 Jan 2027, as agreed on 18 Nov 2026." in home

    out = io.StringIO()
    assert main(["criteria"], clock=clock, out=out) == 0
    assert "15 Jan 2027, as agreed on 18 Nov 2026." in " ".join(out.getvalue().split())

    out = io.StringIO()
    assert main(["criteria", "--json"], clock=clock, out=out) == 0
    listed = json.loads(out.getvalue())
    assert listed["next_check_in_day"] == "2027-01-15"
    assert listed["next_check_in"].startswith("15 Jan 2027, as agreed on 18 Nov 2026.")
