"""A measure read from "... to prod in week 3 instead of week 8" is named for
what took that long, never for the place the work went.

A time taken to get something somewhere is named "time to <do> to <place>";
when nothing says what was done, the measure stays unnamed rather than take
the place ("prod") as its name.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store

DAY = dt.date(2026, 11, 2)
INTERNS = "Both interns shipped to prod in week 3 instead of week 8"

NAMED = [
    (INTERNS, "time to ship to prod"),
    (
        "Both interns shipped to production in week 3 instead of week 8",
        "time to ship to production",
    ),
    (
        "Both interns shipped code to prod in week 3 instead of week 8",
        "time to ship code to prod",
    ),
    ("Fixes now ship to prod in 2 days instead of 9", "time to ship to prod"),
    (
        "Support replied to customers in 2 hours instead of 9",
        "time to reply to customers",
    ),
    (
        "Hotfixes deploy to staging in 10 minutes instead of 2 hours",
        "time to deploy to staging",
    ),
    ("PRs merge into main in 4 hours instead of 2 days", "time to merge into main"),
    (
        "We respond to incidents in 5 minutes instead of 30",
        "time to respond to incidents",
    ),
    # Nothing says what took so long: unnamed, not named for the place.
    ("New hires got to production in week 2 instead of week 6", ""),
    ("Teams moved to the new CI in week 2 instead of week 6", ""),
    ("Pages now go to the owning team in 5 minutes instead of 30", ""),
    ("Releases went out to customers in 2 days instead of 9", ""),
    # A time or a count named with where it went keeps the whole name.
    ("Cut time to first response from 3 days to 1", "time to first response"),
    ("Cut lead time to prod from 3 weeks to 4 days", "lead time to prod"),
    ("Deploys to prod rose from 3 to 12 a week", "Deploys to prod"),
    (
        "Requests to the billing API fell from 900 to 200 a minute",
        "Requests to the billing API",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED, ids=[row[0] for row in NAMED])
def test_a_measure_is_named_for_what_took_so_long_not_where_it_went(
    text: str, name: str
) -> None:
    reading = read_statement(text)

    assert len(reading.measures) == 1
    assert reading.measure_names == (name,)


def test_a_win_lists_its_measure_with_a_name_a_reader_understands(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = Win(title="Mentored the two new interns", date=DAY, what_changed=INTERNS)
    store.add_win(framed(win))
    listed, packet = io.StringIO(), io.StringIO()

    assert main(["wins"], clock=clock, out=listed) == 0
    assert main(["export", "--format", "md"], clock=clock, out=packet) == 0

    assert "↳ time to ship to prod 8 → 3 weeks" in listed.getvalue()
    assert "↳ prod" not in listed.getvalue()
    assert "Before → after: time to ship to prod 8 → 3 weeks" in packet.getvalue()
