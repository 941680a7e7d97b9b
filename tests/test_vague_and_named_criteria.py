"""A criterion that names a dimension's key word is filed under it, and one that
asks for more of a quality with no result to show it is read as a vague answer,
with the question to ask back."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.criteria import (
    is_vague_reason,
    looks_concrete,
    suggest_dimension,
    why_not_concrete,
)
from careerclimb_tui.domain.ladder import Dimension
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

BUNDLED = dimensions_for_level(
    load_shelf().ladders[DEMO_PROFILE.ladder_id], DEMO_PROFILE.target_level
)
# A ladder of another company, whose names no topic of the coach points to.
OTHER = (
    Dimension("craft", "Engineering craft"),
    Dimension("people", "People leadership"),
    Dimension("reach", "Influence beyond the team"),
)


@pytest.mark.parametrize(
    ("text", "bundled", "other"),
    [
        ("Show more ownership", "ownership_initiative", ""),
        ("Take ownership of the release process", "ownership_initiative", ""),
        ("Show more initiative", "ownership_initiative", ""),
        ("Show more craft in the code you write", "", "craft"),
        ("Show more leadership", "", "people"),
        # General words of a name point nowhere: "people", "others".
        ("Talk to more people", "", ""),
        ("Help others", "", ""),
        # A topic still comes first: "design" is technical direction.
        ("Show more ownership of the design", "technical_direction", "craft"),
    ],
)
def test_a_criterion_naming_a_dimension_s_key_word_is_filed_under_it(
    text: str, bundled: str, other: str
) -> None:
    assert suggest_dimension(text, BUNDLED) == bundled
    assert suggest_dimension(text, OTHER) == other


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Show more ownership", "vague: “show more ownership”"),
        ("You need to be more proactive", "vague: “be more proactive”"),
        ("Demonstrate more initiative", "vague: “demonstrate more initiative”"),
        ("Be a bit more visible", "vague: “be a bit more visible”"),
        ("You need to step up", "vague: “step up”"),
        ("Show more ownership of the deploy pipeline", "vague: “show more ownership”"),
        # The rest of the line names what would show it.
        ("Show more ownership by leading the search migration", ""),
        ("Show more ownership: run the on-call rota for a quarter", ""),
        ("Lead the migration and show more ownership", ""),
        ("Show more than one design another team adopted", ""),
        ("Demonstrates ownership of the on-call tooling", ""),
    ],
)
def test_asking_for_more_of_a_quality_with_no_result_is_vague(
    line: str, reason: str
) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")
    assert is_vague_reason(why_not_concrete(line)) is (reason != "")


def test_only_a_vague_reason_reads_as_vague() -> None:
    for reason in (
        "",
        catalogue.NOTE_TOO_SHORT,
        catalogue.NOTE_NOTHING_TO_SHOW,
        catalogue.NOTE_FOLLOW_UP_DAY,
        catalogue.NOTE_OUT_OF_HANDS_WHO,
    ):
        assert not is_vague_reason(reason)


async def test_recording_show_more_ownership_asks_what_that_would_look_like(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        await type_text(pilot, "Show more ownership")
        await pilot.press("tab")
        table = record.query_one("#drafts", DataTable)
        await wait_until(pilot, lambda: table.has_focus)

        [draft] = record.drafts
        row = str(table.get_row_at(0)[2])
        detail = " ".join(
            str(record.query_one("#draft-detail", Static).render()).split()
        )

    assert not draft.keep
    assert draft.criterion.dimension == "ownership_initiative"
    assert row.startswith("Ownership and")
    assert "Left unticked — vague: “show more ownership”" in detail
    assert "ask “What would that look like?”" in detail
