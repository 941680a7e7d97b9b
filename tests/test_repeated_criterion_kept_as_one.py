"""A criterion the manager repeats in a later conversation is the same criterion:
recording it again keeps one, with its example, status and links, and the
record screen says so."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    STATUS_OPEN,
    Conversation,
    Criterion,
    criteria_from_notes,
    recorded_already,
    repeated_criterion,
)
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import notices, run_app, wait_until

NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc)
LINE = "Lead a design review across two teams"

# (case, criterion recorded before, heard now, the same criterion)
SAME = [
    ("word for word", LINE, LINE, True),
    ("other case", LINE, LINE.upper(), True),
    ("extra spaces", LINE, "  Lead a  design review   across two teams ", True),
    ("full stop and comma", LINE, "Lead a design review, across two teams.", True),
    ("hyphen for a space", "Own the on-call rota", "Own the on call rota", True),
    ("a word more", LINE, LINE + " this quarter", False),
    ("another criterion", LINE, "Mentor a new hire", False),
    ("only punctuation", "…", "!!!", False),
]


@pytest.mark.parametrize(
    ("before", "now", "same"),
    [case[1:] for case in SAME],
    ids=[case[0] for case in SAME],
)
def test_a_repeated_criterion_is_found_whatever_its_case_spaces_or_marks(
    before: str, now: str, same: bool
) -> None:
    recorded = [Criterion("Write the rollout plan"), Criterion(before)]

    found = recorded_already(now, recorded)

    assert (found is not None) == same
    if same:
        assert found == (2, recorded[1])


def heard(line: str) -> Criterion:
    [draft] = criteria_from_notes([line], NOW)
    return draft


# (case, recorded example, recorded dimension, line heard now,
#  example kept, dimension kept)
FILLED = [
    (
        "its example kept",
        "the billing API",
        "",
        LINE + ", e.g. the search API",
        "the billing API",
        "",
    ),
    ("an example added", "", "", LINE + ", e.g. the search API", "the search API", ""),
    (
        "nothing to add",
        "the billing API",
        "execution",
        LINE,
        "the billing API",
        "execution",
    ),
]


@pytest.mark.parametrize(
    ("example", "dimension", "line", "kept_example", "kept_dimension"),
    [case[1:] for case in FILLED],
    ids=[case[0] for case in FILLED],
)
def test_a_repeated_criterion_keeps_what_it_had_and_fills_what_it_lacked(
    example: str, dimension: str, line: str, kept_example: str, kept_dimension: str
) -> None:
    recorded = Criterion(
        LINE,
        dimension=dimension,
        example_given=bool(example),
        example=example,
        status=STATUS_GROWING,
        win_ids=(3, 7),
        id=1,
    )

    merged = repeated_criterion(recorded, heard(line))

    assert (merged.id, merged.status, merged.win_ids) == (1, STATUS_GROWING, (3, 7))
    assert (merged.example, merged.dimension) == (kept_example, kept_dimension)
    assert merged.example_given == bool(kept_example)


def test_recording_a_repeat_names_the_recorded_criterion(store: Store) -> None:
    first = Conversation(date=NOW.date())
    criteria_docs.record_conversation(store, first, [heard(LINE + ", e.g. billing")])
    again = Conversation(date=NOW.date() + dt.timedelta(days=14))

    talk, named = criteria_docs.record_conversation(store, again, [heard(LINE + ".")])

    [criterion] = criteria_docs.criteria(store)
    assert named == [criterion]
    assert talk.criterion_ids == (criterion.id,)
    assert criterion.example == "billing" and criterion.status == STATUS_OPEN
    assert all(
        t.criterion_ids == (criterion.id,) for t in criteria_docs.conversations(store)
    )


async def test_recording_the_same_line_again_keeps_one_criterion(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    first = Conversation(date=clock.today() - dt.timedelta(days=14))
    draft = heard(LINE + ", e.g. the billing API")
    criteria_docs.record_conversation(store, first, [draft])
    said = catalogue.MANAGER_RECORD_REPEAT.format(number=1)

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        record = app.screen
        record.query_one("#talk-notes", TextArea).text = "lead a design review "
        record.query_one("#talk-notes", TextArea).text += "across two teams."
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(record.drafts))
        detail = record.query_one("#draft-detail", Static)
        assert said in str(detail.render())
        assert record.drafts[0].keep

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: any(said in n for n in notices(app)))

    [criterion] = criteria_docs.criteria(store)
    assert criterion.text == LINE and criterion.example == "the billing API"
    assert len(criteria_docs.conversations(store)) == 2
