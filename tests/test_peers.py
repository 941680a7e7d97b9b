"""Promoted peers: the rules for what is typed, the pattern view, and the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    KIND_IDS,
    Peer,
    PeerItem,
    Signal,
    checked_peer,
    initials_of,
    kinds_of_win,
    looks_like_initials,
    newest_first,
    parse_promoted_in,
    pattern_view,
    promotion_text,
    questions_for_copy,
    questions_to_ask,
    suggest_kinds,
    who_did,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import (
    PEERS,
    delete_peer,
    peers,
    save_peer,
)

TODAY = dt.date(2026, 11, 18)
NEXT = Signal.NEXT_LEVEL
CURRENT = Signal.CURRENT_LEVEL


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


# --- what the user types --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Priya Raman", "PR"),
        ("jean-luc picard", "JLP"),
        ("P.R.", "PR"),
        ("Zoë Ångström", "ZÅ"),
        ("  ", ""),
        ("Dr. Ada  Lovelace", "DAL"),
        ("O'Neil", "ON"),
        ("PR", "PR"),
        ("JLM", "JLM"),
        ("p r", "PR"),
    ],
)
def test_initials_take_the_first_letter_of_every_word(name: str, initials: str) -> None:
    assert initials_of(name) == initials


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PR", True),
        ("P.R.", True),
        ("p r", True),
        ("JLM", True),
        ("Priya", False),
        ("", False),
    ],
)
def test_initials_are_told_apart_from_names(name: str, expected: bool) -> None:
    assert looks_like_initials(name) is expected


@pytest.mark.parametrize(
    ("typed", "month"),
    [
        ("2026-06", "2026-06"),
        ("2026-6", "2026-06"),
        ("2026-06-15", "2026-06"),
        ("06/2026", "2026-06"),
        ("2026-11", "2026-11"),
        (" 2025-12 ", "2025-12"),
        ("", ""),
    ],
)
def test_a_promotion_month_is_read_in_the_usual_forms(typed: str, month: str) -> None:
    assert parse_promoted_in(typed, TODAY) == month


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("June 2026", "not a month"),
        ("2026-13", "names month 13, and there is no such month"),
        ("13/2026", "names month 13, and there is no such month"),
        ("2026-02-30", "not a month"),
        ("26-06", "not a month"),
        ("1969-12", "not a month"),
        ("2026-12", "has not happened yet"),
    ],
)
def test_a_month_that_cannot_be_right_is_refused(typed: str, message: str) -> None:
    with pytest.raises(CareerClimbError, match=message):
        parse_promoted_in(typed, TODAY)


def test_a_peer_is_trimmed_and_blank_items_are_left_out() -> None:
    peer = Peer(
        name="  P  R ",
        from_level="mid",
        to_level="senior",
        items=(
            PeerItem("  Led   the migration ", ("execution", "execution"), NEXT),
            PeerItem("   "),
            PeerItem("Ran a guild", kinds=("mentoring", "not-a-kind")),
        ),
        visibility=" Demo day \n",
    )
    checked = checked_peer(peer)
    assert checked.name == "P R"
    assert [item.text for item in checked.items] == ["Led the migration", "Ran a guild"]
    assert checked.items[0].dimensions == ("execution",)
    assert checked.items[1].kinds == ("mentoring",)
    assert checked.visibility == "Demo day"


@pytest.mark.parametrize(
    ("peer", "message"),
    [
        (Peer(name=" ", from_level="mid", to_level="senior"), "name or initials"),
        (Peer(name="PR", from_level="mid", to_level="mid"), "two different levels"),
    ],
)
def test_a_peer_without_a_name_or_with_one_level_is_refused(
    peer: Peer, message: str
) -> None:
    with pytest.raises(CareerClimbError, match=message):
        checked_peer(peer)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Drove the fix across three teams", ("cross_team",)),
        (
            "Led checkout work across the payments, search and web teams",
            ("cross_team",),
        ),
        ("Wrote the RFC for the event pipeline", ("direction",)),
        ("Found the root cause of the outage", ("reliability",)),
        ("Mentored two new joiners", ("mentoring",)),
        ("Cut CI time in half", ("ways_of_working",)),
        ("Raised checkout conversion for new customers", ("product",)),
        ("Led the migration off the old scheduler", ("delivery",)),
        (
            "Led the org-wide migration after an incident",
            ("cross_team", "reliability", "delivery"),
        ),
        ("Closed every ticket in the sprint", ()),
        ("Fixed the team's citation style", ()),
    ],
)
def test_kinds_of_work_are_suggested_from_the_words(
    text: str, kinds: tuple[str, ...]
) -> None:
    assert suggest_kinds(text) == kinds


def test_a_wins_kind_is_read_from_its_title_change_and_beneficiaries() -> None:
    win = Win(
        title="Cut deploy time",
        date=TODAY,
        what_changed="Two other teams adopted it",
        beneficiaries="new customers",
    )
    assert kinds_of_win(win) == ("cross_team", "product")


def test_peers_are_listed_newest_promotion_first_unknown_months_last() -> None:
    listed = newest_first(
        [
            Peer("A", "mid", "senior", "2025-03", id=1),
            Peer("B", "mid", "senior", "", id=2),
            Peer("C", "mid", "senior", "2026-06", id=3),
            Peer("D", "mid", "senior", "", id=4),
        ]
    )
    assert [p.name for p in listed] == ["C", "A", "B", "D"]


@pytest.mark.parametrize(
    ("from_level", "to_level", "shown"),
    [
        ("mid", "senior", "Software engineer → Senior engineer"),
        ("senior", "staff", "Senior engineer → Staff engineer"),
        ("", "senior", "? → Senior engineer"),
        ("E4", "senior", "E4 → Senior engineer"),
    ],
    ids=["ladder levels", "higher up", "level not recorded", "not on the ladder"],
)
def test_a_peers_promotion_is_told_by_the_ladders_level_titles(
    ladder: Ladder, from_level: str, to_level: str, shown: str
) -> None:
    assert promotion_text(Peer("PR", from_level, to_level), ladder) == shown


def test_the_questions_copy_as_numbered_lines() -> None:
    questions = questions_to_ask()
    lines = questions_for_copy().splitlines()
    assert len(questions) >= 6
    assert lines == [f"{n}. {q}" for n, q in enumerate(questions, start=1)]


# --- the pattern view -----------------------------------------------------------


def peer(name: str, *items: PeerItem) -> Peer:
    return Peer(name=name, from_level="mid", to_level="senior", items=items, id=1)


CROSS = PeerItem(
    "Led work across teams", ("collaboration_influence",), NEXT, ("cross_team",)
)
MENTOR = PeerItem("Mentored two people", ("mentoring",), NEXT, ("mentoring",))
CROSS_CURRENT = PeerItem(
    "Helped another team", ("collaboration_influence",), CURRENT, ("cross_team",)
)


def win(win_id: int, title: str, *dimensions: str) -> Win:
    return Win(title=title, date=TODAY, id=win_id, dimensions=dimensions)


@dataclass(frozen=True)
class PatternCase:
    """Peers and wins, and what the pattern view should say of one row."""

    peers: list[Peer]
    wins: list[Win] = field(default_factory=list)
    verdicts: dict[int, VerdictKind] = field(default_factory=dict)
    row: str = "cross_team"
    expected: tuple[int, int, int, bool] | None = None
    """(peers showing it, your wins, your next-level wins, is a gap); None: no row."""
    sentence: str = ""
    counted: int | None = None
    """The peers the row counts from; None: every peer given."""


PATTERN_CASES = {
    "three of four led cross-team work, you have none": PatternCase(
        [peer("A", CROSS), peer("B", CROSS), peer("C", CROSS), peer("D", MENTOR)],
        expected=(3, 0, 0, True),
        sentence="3 of your 4 promoted peers led work across teams; you have no wins "
        "across teams logged.",
    ),
    "current-level items do not count": PatternCase(
        [peer("A", CROSS_CURRENT), peer("B", CROSS)],
        expected=(1, 0, 0, True),
    ),
    "your unreviewed win is logged but not next-level": PatternCase(
        [peer("A", CROSS), peer("B", CROSS)],
        wins=[win(1, "Drove the fix across three teams")],
        expected=(2, 1, 0, True),
        sentence="Both promoted peers led work across teams; you have 1 win across"
        " teams logged, none reviewed as next-level.",
    ),
    "your next-level win closes the gap": PatternCase(
        [peer("A", CROSS), peer("B", CROSS)],
        wins=[win(1, "Drove the fix across three teams"), win(2, "Cross-team RFC")],
        verdicts={1: VerdictKind.NEXT_LEVEL, 2: VerdictKind.CURRENT_LEVEL},
        expected=(2, 2, 1, False),
        sentence="Both promoted peers led work across teams; you have 2 wins across"
        " teams logged, 1 of them next-level.",
    ),
    "one peer in three is not a pattern": PatternCase(
        [peer("A", CROSS), peer("B", MENTOR), peer("C", MENTOR)],
        expected=(1, 0, 0, False),
    ),
    "a single peer is named": PatternCase(
        [peer("Priya", CROSS)],
        expected=(1, 0, 0, True),
        sentence="Priya led work across teams; you have no wins across teams logged.",
    ),
    "every one of three peers is counted as all": PatternCase(
        [peer("A", CROSS), peer("B", CROSS), peer("C", CROSS)],
        expected=(3, 0, 0, True),
        sentence="All 3 promoted peers led work across teams; you have no wins "
        "across teams logged.",
    ),
    "a kind nobody showed has no row": PatternCase(
        [peer("A", MENTOR)], row="cross_team", expected=None
    ),
    "dimensions count the same way": PatternCase(
        [peer("A", CROSS), peer("B", MENTOR)],
        wins=[win(1, "Chaired the guild", "collaboration_influence")],
        verdicts={1: VerdictKind.NEXT_LEVEL},
        row="collaboration_influence",
        expected=(1, 1, 1, False),
        sentence="1 of your 2 promoted peers did next-level work in Collaboration "
        "and influence; you have 1 win in Collaboration and influence logged, 1 of"
        " them next-level.",
    ),
    "a peer with only a name is left out of the count": PatternCase(
        [peer("A", CROSS), peer("B", CROSS), peer("C", MENTOR), peer("D")],
        expected=(2, 0, 0, True),
        sentence="2 of your 3 promoted peers led work across teams; you have no wins "
        "across teams logged.",
        counted=3,
    ),
    "the only peer with items is named despite an empty one": PatternCase(
        [peer("Priya", CROSS), peer("Sam")],
        expected=(1, 0, 0, True),
        sentence="Priya led work across teams; you have no wins across teams logged.",
        counted=1,
    ),
    "a dimension the ladder lacks is kept by its id": PatternCase(
        [peer("A", PeerItem("Ran the budget", ("finance",), NEXT))],
        row="finance",
        expected=(1, 0, 0, True),
    ),
}


@pytest.mark.parametrize("case", PATTERN_CASES.values(), ids=PATTERN_CASES.keys())
def test_the_pattern_view_sets_peers_beside_your_evidence(
    case: PatternCase, ladder: Ladder
) -> None:
    view = pattern_view(case.peers, ladder, case.wins, case.verdicts)
    rows = {row.key: row for row in (*view.kinds, *view.dimensions)}
    if case.expected is None:
        assert case.row not in rows
        return
    row = rows[case.row]
    assert (row.peers, row.logged, row.next_level, row.is_gap) == case.expected
    counted = len(case.peers) if case.counted is None else case.counted
    assert row.total_peers == counted
    assert view.total_peers == counted
    assert view.unrecorded == len(case.peers) - counted
    if case.sentence:
        assert row.sentence == case.sentence


def test_rows_are_most_shared_first_and_ties_keep_ladder_order(ladder: Ladder) -> None:
    both = PeerItem(
        "x", ("mentoring", "scope_impact", "execution"), NEXT, ("mentoring",)
    )
    view = pattern_view(
        [peer("A", both), peer("B", PeerItem("y", ("execution",), NEXT))],
        ladder,
        [],
        {},
    )
    assert [row.key for row in view.dimensions] == [
        "execution",
        "scope_impact",
        "mentoring",
    ]


def test_the_headline_names_the_widest_gap_first(ladder: Ladder) -> None:
    view = pattern_view(
        [peer("A", CROSS), peer("B", CROSS), peer("C", MENTOR)],
        ladder,
        [win(1, "Mentored a new joiner", "mentoring")],
        {1: VerdictKind.NEXT_LEVEL},
    )
    assert view.headline.startswith("2 of your 3 promoted peers led work across teams")
    assert view.brief_headline == (
        "2 of 3 led work across teams; you: no wins across teams logged"
    )
    assert view.dimension_shares()["collaboration_influence"] == (2, 3)


WHO_CASES = {
    "the only peer, by name": (
        ["Priya"],
        1,
        "Priya led work across teams",
        "Priya led work across teams",
    ),
    "both of two": (
        ["A", "B"],
        2,
        "Both promoted peers led work across teams",
        "both led work across teams",
    ),
    "all of three": (
        ["A", "B", "C"],
        3,
        "All 3 promoted peers led work across teams",
        "all 3 led work across teams",
    ),
    "some of three": (
        ["A", "B"],
        3,
        "2 of your 3 promoted peers led work across teams",
        "2 of 3 led work across teams",
    ),
    "one of two is counted, not named": (
        ["A"],
        2,
        "1 of your 2 promoted peers led work across teams",
        "1 of 2 led work across teams",
    ),
}


@pytest.mark.parametrize(
    ("names", "total", "sentence", "brief"), WHO_CASES.values(), ids=WHO_CASES.keys()
)
def test_the_peers_behind_a_finding_are_named_the_way_a_person_would(
    names: list[str], total: int, sentence: str, brief: str
) -> None:
    showing = [peer(name) for name in names]
    phrase = "led work across teams"

    assert who_did(showing, total, phrase) == sentence
    assert who_did(showing, total, phrase, brief=True) == brief


def test_the_brief_headline_uses_short_phrases_and_counts_your_wins(
    ladder: Ladder,
) -> None:
    designed = PeerItem("Wrote the RFC", ("technical_direction",), NEXT, ("direction",))
    view = pattern_view(
        [peer("A", designed), peer("B", designed), peer("C", MENTOR)],
        ladder,
        [win(1, "Wrote the design for search", "technical_direction")],
        {1: VerdictKind.CURRENT_LEVEL},
    )
    rows = {row.key: row.brief for row in (*view.kinds, *view.dimensions)}

    assert rows["direction"] == (
        "2 of 3 led a design or an RFC; you: 1 win on designs or RFCs, none next-level"
    )
    assert rows["technical_direction"] == (
        "2 of 3 stood out in Technical direction; "
        "you: 1 win in Technical direction, none next-level"
    )


UNRECORDED_CASES = {
    "everyone has items": ([peer("A", CROSS)], ""),
    "one has nothing": (
        [peer("A", CROSS), peer("B")],
        "1 promoted peer has nothing recorded yet, so is left out of these counts.",
    ),
    "two have nothing": (
        [peer("A", CROSS), peer("B"), peer("C")],
        "2 promoted peers have nothing recorded yet, so are left out of these counts.",
    ),
}


@pytest.mark.parametrize(
    ("peers", "note"), UNRECORDED_CASES.values(), ids=UNRECORDED_CASES.keys()
)
def test_peers_with_nothing_recorded_are_told_apart_from_the_counts(
    peers: list[Peer], note: str, ladder: Ladder
) -> None:
    assert pattern_view(peers, ladder, [], {}).unrecorded_note == note


def test_no_peers_means_no_pattern_and_no_headline(ladder: Ladder) -> None:
    view = pattern_view([], ladder, [win(1, "Drove it across two teams")], {})
    assert view.total_peers == 0
    assert view.kinds == () and view.dimensions == ()
    assert view.headline == ""


# --- the store ------------------------------------------------------------------


def test_a_peer_round_trips_through_the_store_with_unknown_fields_kept(
    store: Store, clock: FixedClock
) -> None:
    saved = save_peer(
        store,
        Peer(
            name="PR",
            from_level="mid",
            to_level="senior",
            promoted_in="2026-06",
            items=(CROSS, CROSS_CURRENT),
            visibility="All-hands demo",
            advice="Measure it first.",
            extra={"colour": "teal"},
        ),
    )
    assert saved.id == 1 and saved.created_at == clock.now()

    [again] = peers(Store(store.path, clock=clock))
    assert again == saved
    assert again.extra == {"colour": "teal"}
    assert again.items[1].signal is CURRENT


def test_a_deleted_peers_id_is_never_given_again(store: Store) -> None:
    first = save_peer(store, Peer("A", "mid", "senior"))
    delete_peer(store, first.id or 0)
    second = save_peer(store, Peer("B", "mid", "senior"))
    assert [p.name for p in peers(store)] == ["B"]
    assert second.id != first.id


@pytest.mark.parametrize(
    "document",
    [
        {"name": "", "items": []},
        {"name": "PR", "items": "led things"},
        {"name": "PR", "items": [{"text": "x", "signal": "legendary"}]},
        {"name": "PR", "items": [{"text": "x", "dimensions": "scope"}]},
        {"name": 42},
    ],
)
def test_an_unreadable_peer_is_reported_and_kept(
    store: Store, document: dict[str, object]
) -> None:
    save_peer(store, Peer("Fine", "mid", "senior"))
    with store.transaction() as db:
        db.table(PEERS).insert(document)
    assert [p.name for p in peers(store)] == ["Fine"]
    assert [p.table for p in store.problems] == [PEERS]
    assert len(store.documents(PEERS)) == 2


def test_every_kind_has_a_name_and_a_phrase() -> None:
    from careerclimb_tui import catalogue

    assert set(catalogue.PEER_KIND_NAMES) == set(KIND_IDS)
    assert set(catalogue.PEER_KIND_PHRASES) == set(KIND_IDS)
