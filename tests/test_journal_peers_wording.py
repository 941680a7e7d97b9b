"""Wins that begin alike, peers' full words, linked-evidence notices and level
aliases read clearly at 80 columns."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import DataTable, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_case_demo, seed_demo
from careerclimb_tui.domain.criteria import (
    STATUS_MET,
    Criterion,
    link_evidence,
    unlink_evidence,
)
from careerclimb_tui.domain.peers import newest_first
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.home import line_breaks
from careerclimb_tui.screens.manager_criteria import linked_notice
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import peers
from careerclimb_tui.widgets.names import names_lines, short_names
from tests.helpers import make_app, open_journal, wait_until

ALIKE_TITLES = (
    "Cut the flaky test rate of the web suite from 9% to 1%",
    "Cut the flaky test rate of the API suite from 9% to 1%",
)


async def test_wins_that_begin_alike_can_be_told_apart_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    dimensions = ("scope_impact", "technical_direction", "execution_delivery")
    for title in ALIKE_TITLES:
        store.add_win(Win(title=title, date=clock.today(), dimensions=dimensions))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await open_journal(pilot)
        await pilot.pause()
        table = journal.query_one("#wins", DataTable)
        keys = [str(key.value) for key in table.columns]
        rows = [
            dict(zip(keys, map(str, table.get_row_at(row))))
            for row in range(table.row_count)
        ]

    # The titles differ from their 32nd character: the cells must show it.
    titles = sorted(row["win"] for row in rows)
    assert titles[0] != titles[1]
    assert "API" in titles[0] and "web" in titles[1]
    assert [row["dimensions"] for row in rows] == ["Scope… +2"] * 2


async def test_a_peers_items_are_shown_in_full_on_the_card_and_in_the_form(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    peer = newest_first(peers(store))[0]
    wanted = [item.text for item in peer.items] + [peer.visibility, peer.advice]

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.run_action("open('peers')")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        await pilot.pause()
        card = flat(str(app.screen.query_one("#peer-detail", Static).render()))
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        await pilot.pause()
        table = app.screen.query_one("#items", DataTable)
        listed = [flat(str(table.get_row_at(row)[0])) for row in range(table.row_count)]

    assert "…" not in card
    for text in wanted:
        assert flat(text) in card
    assert listed == [flat(item.text) for item in peer.items]


def test_names_one_to_a_line_are_short_only_where_the_longest_does_not_fit() -> None:
    short = short_names(["Scope and impact", "Mentoring and growing others"])
    names = ["Scope and impact", "Mentoring and growing others"]

    assert (
        names_lines(names, short, 28)
        == "Scope and impact\nMentoring and growing others"
    )
    assert names_lines(names, short, 27) == "Scope…\nMentoring…"
    assert names_lines(["Reliability at the root"], {}, 17) == "Reliability at…"


def test_linking_evidence_is_told_in_a_plain_sentence(clock: FixedClock) -> None:
    now = clock.now()
    open_one = Criterion("Lead a cross-team design")
    problem = link_evidence(open_one, now, initiative_id=3)
    both = link_evidence(problem, now, win_ids=[4, 5])
    met = Criterion("Own on-call health", status=STATUS_MET, win_ids=(4, 5))
    one_left = unlink_evidence(met, now, win_ids=[4])
    emptied = unlink_evidence(one_left, now, win_ids=[5])

    assert linked_notice(open_one, problem) == (
        "Linked your problem as evidence; status is now evidence growing."
    )
    assert linked_notice(problem, both) == (
        "Linked 2 wins and your problem as evidence; status stays evidence growing."
    )
    assert linked_notice(met, one_left) == (
        "Linked 1 win as evidence; status stays met."
    )
    assert linked_notice(one_left, emptied) == (
        "Unlinked all evidence; status is now open."
    )


def flat(text: str) -> str:
    """The text with every run of spaces and line breaks as one space."""
    return " ".join(text.split())


@pytest.mark.parametrize("width", [60, 80])
async def test_a_levels_company_names_stay_together_when_the_line_wraps(
    store: Store, clock: FixedClock, width: int
) -> None:
    seed_demo(store, clock.today())

    app = make_app(store, clock)
    # Neither level's company names are left out to keep the line to one: the
    # line wraps instead, between the levels.
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_until(pilot, lambda: "SDE III" in profile_line(app))
        lines = profile_line(app).splitlines()

    assert len(lines) == 2
    assert all(line.count("(") == line.count(")") for line in lines), lines
    assert any("(L4 / E4 / SDE II)" in line for line in lines), lines
    assert any("(L5 / E5 / SDE III)" in line for line in lines), lines
    # Each level's title stays on the line of its company names.
    assert lines[1].strip() == "Senior engineer (L5 / E5 / SDE III)"


def test_a_line_never_breaks_inside_brackets() -> None:
    text = "Sam · Software engineer (L4 / E4 / SDE II) → Senior engineer (L5 / E5)"

    for width in (30, 40, 50, 60):
        lines, start = [], 0
        for offset in [*line_breaks(text, width), len(text)]:
            lines.append(text[start:offset])
            start = offset + 1

        assert len(lines) > 1
        assert all(line.count("(") == line.count(")") for line in lines), lines


def profile_line(app: App[None]) -> str:
    """The home screen's profile line as drawn, one text line per screen line."""
    line = app.screen.query_one("#profile-line", Static)
    return "\n".join(
        strip.text for strip in line.render_lines(line.region.reset_offset)
    )
