"""The promotion packet and the complete dump: what they say and how they read,
and that a dump put back into an empty data file exports again unchanged."""

from __future__ import annotations

import datetime as dt
import io
import json
import stat
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.quarters import parse_quarter, quarter_of
from careerclimb_tui.domain.records import Measure, Profile, Win
from careerclimb_tui.domain.review import Noticed, answer, start_review
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export import dump as dump_module
from careerclimb_tui.export.dump import export_dump, import_dump, read_dump
from careerclimb_tui.export.packet import measure_text, packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.export_docs import insert_document
from careerclimb_tui.store.tables import delete_record

# A win written to break Markdown: a heading, a table, emphasis, an ordered list
# and a fenced code block.
HOSTILE_TITLE = "# Cut p99 | *fast* path 1. done ```now```"
HOSTILE_CHANGED = "# heading\n| a | b |\n*stars* and **more**\n1. first\n```\ncode\n```"


def software_ladder() -> Ladder:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    return ladder


def sample_career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())


def packet_of(store: Store, clock: FixedClock, **options: Any) -> str:
    return packet_markdown(
        store, software_ladder(), store.profile(), clock.today(), **options
    )


def parse(markdown: str) -> list[Token]:
    # Tables on, so that a stray pipe would show up as a table.
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((token.tag, text_of(tokens[index + 1])))
    return found


def text_of(inline: Token) -> str:
    """What a reader sees of an inline run: its text, breaks as newlines."""
    parts = []
    for child in inline.children or []:
        if child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        else:
            parts.append(child.content)
    return "".join(parts)


def save_raw(store: Store, table: str, doc: dict[str, Any]) -> int:
    """Store a document as another part of the app would have written it."""
    with store.transaction() as db:
        doc_id = store.fresh_id(db, table)
        insert_document(db, table, doc_id, doc)
    return doc_id


# --- the packet ------------------------------------------------------------------


def test_the_demo_packet_has_headings_only_where_the_packet_puts_them(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    tokens = parse(packet_of(store, clock))

    dimensions = [("h3", d.name) for d in software_ladder().dimensions]
    assert headings(tokens) == [
        ("h1", "Promotion packet: Sam"),
        ("h2", "Wins by ladder dimension"),
        *dimensions,
        ("h2", "Recognition from outside the team"),
    ]
    unwanted = {"fence", "code_block", "table_open", "ordered_list_open", "html_block"}
    assert not unwanted & {token.type for token in tokens}


def test_the_demo_packet_shows_verdicts_measures_and_who_noticed(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    packet = packet_of(store, clock)

    assert "All wins: 7 · 4 next-level · 3 current-level · 0 unclear" in packet
    assert "2026-09-04 · next-level · Cut CI time for the web app" in packet
    assert "Before → after: CI duration 24 → 9 minutes, −63%" in packet
    assert "Noticed outside the team: platform team, payments team" in packet
    # A win under several dimensions is told in full once, then pointed to.
    assert packet.count("Releases no longer need a babysitter") == 1
    assert "(details under Scope and impact)" in packet
    assert "_No wins speak to this dimension yet._" in packet


def test_a_win_full_of_markdown_renders_as_the_text_typed(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)
    store.add_win(
        framed(
            Win(
                title=HOSTILE_TITLE,
                date=clock.today(),
                what_changed=HOSTILE_CHANGED,
                noticed_by="<b>SRE</b> | ops",
                dimensions=("mentoring",),
            )
        )
    )

    tokens = parse(packet_of(store, clock))

    assert ("h3", "Mentoring and growing others") in headings(tokens)
    assert len(headings(tokens)) == 2 + len(software_ladder().dimensions) + 1
    unwanted = {
        "fence",
        "code_block",
        "table_open",
        "ordered_list_open",
        "html_block",
        "html_inline",
        "em_open",
        "strong_open",
        "code_inline",
    }
    assert not unwanted & {token.type for token in tokens}
    texts = [text_of(t) for t in tokens if t.type == "inline"]
    assert f"{clock.today()} · not reviewed yet · {HOSTILE_TITLE}" in texts
    assert f"What changed: {HOSTILE_CHANGED}" in texts
    assert "Noticed outside the team: <b>SRE</b> | ops" in texts


def test_the_packet_tells_the_pitch_the_criteria_and_the_problem_owned(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.store.initiative_docs import save_initiative

    sample_career(store, clock)
    now = clock.now()
    save_raw(store, "pitches", {"text": "Old pitch", "updated_at": "2026-10-01T00:00Z"})
    save_raw(
        store,
        "pitches",
        {"text": "I found why deploys failed.", "updated_at": "2026-11-17T00:00Z"},
    )
    ci_win = next(w for w in store.wins() if w.title.startswith("Cut CI"))
    save_raw(
        store,
        "criteria",
        {
            "text": "Lead a change across two teams",
            "dimension": "collaboration_influence",
            "status": "evidence growing",
            "example": "the deploy fix",
            "win_ids": [ci_win.id],
        },
    )
    save_raw(store, "criteria", {"text": "Mentor a new joiner", "status": "open"})
    initiative = start_initiative(
        "Slow deploys", now, description="Deploys took hours."
    )
    initiative = initiative.with_changes(proposed_fix="Cache the build image.")
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, now)
    initiative = initiative.with_changes(
        metric="Lead time", baseline=Reading(14, "hours", dt.date(2026, 9, 1))
    )
    initiative = add_reading(
        initiative, Reading(3, "hours", dt.date(2026, 11, 10)), now
    )
    save_initiative(store, initiative.with_changes(win_ids=(ci_win.id,)))

    packet = packet_of(store, clock)
    found = headings(parse(packet))

    assert ("h2", "The pitch") in found
    assert "I found why deploys failed." in packet and "Old pitch" not in packet
    assert ("h3", "Lead a change across two teams") in found
    assert "Ladder dimension: Collaboration and influence" in packet
    assert "Evidence: none linked yet" in packet
    assert ("h2", "The problem I own: Slow deploys") in found
    result = "Lead time 14 → 3 hours, −79%, from 2026-09-01 to 2026-11-10"
    assert f"Before → after: {result}" in packet
    assert packet.index("The pitch") < packet.index("What my manager asked for")
    assert packet.index("The problem I own:") < packet.index("Wins by ladder")


def test_the_packet_can_hold_one_quarter_or_the_wins_since_a_day(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    quarter = packet_of(store, clock, quarter=parse_quarter("2026Q3"))
    since = packet_of(store, clock, since=dt.date(2026, 11, 1))

    assert "Wins of 2026Q3: 2 ·" in quarter
    assert "Cut CI time" in quarter and "Found the root cause" not in quarter
    assert "Wins since 2026-11-01: 3 ·" in since
    assert "Cut CI time" not in since


def recognition_section(packet: str) -> list[str]:
    """The lines of the packet's recognition section, after its heading."""
    return packet.split("## Recognition from outside the team\n", 1)[1].splitlines()


def test_a_person_named_in_a_win_and_its_review_appears_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    all_hands = "VP Eng mentioned it at the all-hands"
    today = clock.today()
    told = store.add_win(framed(Win("Moved releases", today, noticed_by=all_hands)))
    heard = store.add_win(framed(Win("Cut CI time", today, noticed_by="VP Eng")))
    review = start_review(quarter_of(today), store.wins(), clock.now())
    for win_id in (told.id, heard.id):
        assert win_id is not None
        review = answer(review, win_id, now=clock.now(), noticed=Noticed.by("VP Eng"))
    store.save_review(review)

    packet = packet_of(store, clock)

    assert f"- Noticed outside the team: {all_hands}\n" in packet
    assert "- Noticed outside the team: VP Eng\n" in packet
    people = [line for line in recognition_section(packet) if line.startswith("- ")]
    assert people == ["- VP Eng"]


def test_a_packet_before_set_up_says_so(store: Store, clock: FixedClock) -> None:
    packet = packet_of(store, clock)

    assert packet.startswith("# Promotion packet\n")
    assert "No profile yet" in packet
    assert "_No wins in this period._" in packet


MEASURES = [
    (Measure(before=24, after=9, unit="min", label="CI"), "CI 24 → 9 min, −63%"),
    (Measure(before=2, after=5, unit="deploys/day"), "2 → 5 deploys/day, +150%"),
    (Measure(before=40, after=24, unit="pages/week", label="pages per week",
             change_pct=-40), "pages per week 40 → 24, −40%"),
    (Measure(before=12000, after=8500, unit="$/month", label="CI spend"),
     "CI spend $12,000 → $8,500 per month, −29%"),
    (Measure(change_pct=-40, label="deploy failures"), "deploy failures −40%"),
    (Measure(before=0, after=3, unit="teams"), "0 → 3 teams"),
    (Measure(before=3, after=3, unit="hours"), ""),
    (None, ""),
]  # fmt: skip


@pytest.mark.parametrize("measure, expected", MEASURES)
def test_a_measure_reads_as_before_after_and_the_change(
    measure: Measure | None, expected: str
) -> None:
    assert measure_text(measure) == expected


def test_a_typed_change_and_a_worked_out_one_read_alike_in_the_packet() -> None:
    typed = Measure(before=40, after=24, unit="pages/week", change_pct=-40)
    worked_out = Measure(before=25, after=9, unit="pages/week")

    assert measure_text(typed) == "40 → 24 pages/week, −40%"
    assert measure_text(worked_out) == "25 → 9 pages/week, −64%"


# --- the dump --------------------------------------------------------------------


def rich_career(store: Store, clock: FixedClock) -> None:
    """The sample career, plus what a long-used data file gathers over time."""
    from careerclimb_tui.demo import seed_manager_demo, seed_problem_demo

    sample_career(store, clock)
    seed_problem_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    # A reviewed win deleted later: its review still names it.
    reviewed = next(w for w in store.wins() if w.title.startswith("Reviewed 200"))
    assert reviewed.id is not None
    store.delete_win(reviewed.id)
    # A table and a record this version does not understand.
    save_raw(store, "future_feature", {"anything": [1, {"deep": True}]})
    save_raw(store, "wins", {"title": "half-written", "date": "soon"})
    # Ids used once and deleted since, so counters run ahead of the records.
    last = store.add_win(Win(title="Logged by mistake", date=clock.today()))
    store.delete_win(last.id or 0)
    delete_record(store, "scratch", save_raw(store, "scratch", {"note": "gone"}))


def test_a_dump_put_back_into_an_empty_store_exports_the_same_json(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    rich_career(store, clock)
    first = export_dump(store, clock.now())
    last_id = json.loads(first)["tables"]["meta"]["1"]["next_ids"]["wins"] - 1

    empty = Store(tmp_path / "elsewhere" / "careerclimb.json", clock=clock)
    report = import_dump(empty, read_dump(first, "dump.json"), "dump.json")

    assert export_dump(empty, clock.now()) == first
    assert report.written and not report.skipped
    assert "1 record cannot be read" in report.notes[0]
    assert len(empty.wins()) == len(store.wins())
    # Ids deleted before the dump are not handed out again.
    assert empty.add_win(Win(title="Next", date=clock.today())).id == last_id + 1


def test_the_dump_holds_every_table_with_ids_and_the_schema_version(
    store: Store, clock: FixedClock
) -> None:
    rich_career(store, clock)

    dump = json.loads(export_dump(store, clock.now()))

    assert dump["format"] == "careerclimb-dump"
    assert dump["schema_version"] == store.schema_version()
    assert dump["exported_at"] == "2026-11-18T09:30:00Z"
    tables = dump["tables"]
    assert {"meta", "profile", "wins", "reviews", "future_feature"} <= set(tables)
    assert tables["future_feature"]["1"] == {"anything": [1, {"deep": True}]}
    assert list(tables["wins"]) == sorted(tables["wins"], key=int)
    assert tables["meta"]["1"]["next_ids"]["wins"] > max(map(int, tables["wins"]))


def test_importing_a_dump_twice_adds_nothing_the_second_time(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    rich_career(store, clock)
    text = export_dump(store, clock.now())
    other = Store(tmp_path / "other" / "careerclimb.json", clock=clock)
    import_dump(other, read_dump(text, "d"), "d")

    again = import_dump(other, read_dump(text, "d"), "d")

    assert again.added == ()
    assert {item.reason for item in again.skipped} == {"already in your data"}
    assert export_dump(other, clock.now()) == text


def test_merging_a_dump_gives_new_ids_and_the_links_follow_the_records(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    rich_career(store, clock)
    text = export_dump(store, clock.now())
    mine = Store(tmp_path / "mine" / "careerclimb.json", clock=clock)
    own = mine.add_win(Win(title="My own first win", date=dt.date(2026, 10, 1)))
    mine.save_profile(
        Profile(
            ladder_id="software-engineer",
            current_level="senior",
            target_level="staff",
            name="Alex",
        )
    )

    report = import_dump(mine, read_dump(text, "d"), "d")

    def titles(where: Store, ids: tuple[int, ...]) -> list[str]:
        known = {w.id: w.title for w in where.wins()}
        return [known.get(i, "<deleted>") for i in ids]

    assert mine.win(own.id or 0).title == "My own first win"
    for theirs, ours in zip(store.reviews(), mine.reviews(), strict=True):
        assert titles(mine, ours.win_ids) == titles(store, theirs.win_ids)
        assert set(ours.entries) == set(ours.win_ids)
    # The deleted win's place in the review still leads nowhere.
    assert "<deleted>" in titles(mine, mine.reviews()[-1].win_ids)
    kept = [item for item in report.skipped if item.where == "profile #1"]
    assert kept and kept[0].reason == "you already have your own; yours is kept"
    profile = mine.profile()
    assert profile is not None and profile.name == "Alex"


def career_made_over_days(store: Store, clock: FixedClock) -> None:
    """A win and the problem it came out of, each made on its own day."""
    from careerclimb_tui.store.initiative_docs import save_initiative

    win = store.add_win(Win(title="Cut deploy time", date=dt.date(2026, 10, 1)))
    clock.advance(days=1)
    problem = start_initiative("Slow deploys", clock.now())
    save_initiative(store, problem.with_changes(win_ids=(win.id,)))
    clock.advance(days=1)


def edit_win_and_problem(store: Store, clock: FixedClock) -> None:
    from careerclimb_tui.domain.initiative import add_note
    from careerclimb_tui.store.initiative_docs import initiatives, save_initiative

    clock.advance(days=1)
    [win] = [w for w in store.wins() if w.title == "Cut deploy time"]
    store.update_win(win.with_changes(title="Cut deploy time from 40 to 12 min"))
    [problem] = initiatives(store)
    save_initiative(store, add_note(problem, "Agreed with ops", clock.now()))


def test_a_dump_brings_back_nothing_the_user_has_edited_since(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.export.importers import report_lines
    from careerclimb_tui.store.initiative_docs import initiatives

    career_made_over_days(store, clock)
    text = export_dump(store, clock.now())
    edit_win_and_problem(store, clock)

    preview = import_dump(store, read_dump(text, "d"), "d", dry_run=True)
    import_dump(store, read_dump(text, "d"), "d")

    assert preview.added == ()
    kept = "you have changed it since this file was made; your newer version is kept"
    assert {(item.where, item.reason) for item in preview.skipped} == {
        ("win #1", kept),
        ("problem #1", kept),
    }
    assert f'- win #1 "Cut deploy time": {kept}' in report_lines(preview)
    assert [w.title for w in store.wins()] == ["Cut deploy time from 40 to 12 min"]
    [problem] = initiatives(store)
    assert [note.text for note in problem.notes] == ["Agreed with ops"]


def test_records_added_from_a_dump_link_to_the_users_edited_copy(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    from careerclimb_tui.domain.criteria import Criterion
    from careerclimb_tui.store.criteria_docs import criteria, save_criterion
    from careerclimb_tui.store.initiative_docs import initiatives

    career_made_over_days(store, clock)
    earlier = export_dump(store, clock.now())
    mine = Store(tmp_path / "mine" / "careerclimb.json", clock=clock)
    own = mine.add_win(Win(title="My own first win", date=dt.date(2026, 9, 1)))
    import_dump(mine, read_dump(earlier, "d"), "d")
    [win] = store.wins()
    save_criterion(store, Criterion(text="Lead across teams", win_ids=(win.id or 0,)))
    later = export_dump(store, clock.now())
    edit_win_and_problem(mine, clock)
    edited = [w for w in mine.wins() if w.id != own.id]

    report = import_dump(mine, read_dump(later, "d"), "d")

    assert report.added == (("criteria", 1),)
    assert len(mine.wins()) == 2 and len(initiatives(mine)) == 1
    [criterion] = criteria(mine)
    assert criterion.win_ids == (edited[0].id,)
    assert edited[0].id != win.id


def test_a_later_edit_in_the_dump_is_named_but_does_not_replace_yours(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    career_made_over_days(store, clock)
    mine = Store(tmp_path / "mine" / "careerclimb.json", clock=clock)
    import_dump(mine, read_dump(export_dump(store, clock.now()), "d"), "d")
    edit_win_and_problem(mine, clock)
    edit_win_and_problem(store, clock)
    [win] = store.wins()
    store.update_win(win.with_changes(title="Cut deploy time, as the file says"))

    report = import_dump(mine, read_dump(export_dump(store, clock.now()), "d"), "d")

    assert report.added == ()
    [skipped_win] = [item for item in report.skipped if item.where == "win #1"]
    assert skipped_win.reason == (
        "the file's copy was changed after yours; your version is kept as it is"
    )
    assert [w.title for w in mine.wins()] == ["Cut deploy time from 40 to 12 min"]


def test_records_made_in_one_go_are_not_told_apart_by_their_moment(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.add_win(Win(title="Cut deploy time", date=dt.date(2026, 10, 1)))
    store.add_win(Win(title="Fixed flaky tests", date=dt.date(2026, 10, 2)))
    text = export_dump(store, clock.now())
    mine = Store(tmp_path / "mine" / "careerclimb.json", clock=clock)
    mine.add_win(Win(title="My own first win", date=dt.date(2026, 9, 1)))

    report = import_dump(mine, read_dump(text, "d"), "d")

    assert report.added == (("wins", 2),)
    assert len(mine.wins()) == 3


def test_a_failing_import_writes_nothing(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rich_career(store, clock)
    text = export_dump(store, clock.now())
    target = Store(tmp_path / "target" / "careerclimb.json", clock=clock)
    target.add_win(Win(title="Already here", date=dt.date(2026, 10, 1)))
    before = target.path.read_bytes()
    calls = []

    def breaks_on_the_fifth(*args: Any) -> None:
        calls.append(args)
        if len(calls) == 5:
            raise CareerClimbError("the disk is full")
        insert_document(*args)

    monkeypatch.setattr(dump_module, "insert_document", breaks_on_the_fifth)

    with pytest.raises(CareerClimbError):
        import_dump(target, read_dump(text, "d"), "d")

    assert target.path.read_bytes() == before
    assert [w.title for w in Store(target.path, clock=clock).wins()] == ["Already here"]


def test_a_dry_run_says_what_it_would_add_and_writes_nothing(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    rich_career(store, clock)
    text = export_dump(store, clock.now())
    target = Store(tmp_path / "target" / "careerclimb.json", clock=clock)
    target.add_win(Win(title="Already here", date=dt.date(2026, 10, 1)))
    before = target.path.read_bytes()

    preview = import_dump(target, read_dump(text, "d"), "d", dry_run=True)
    done = import_dump(target, read_dump(text, "d"), "d")

    assert before != target.path.read_bytes()
    assert not preview.written and done.written
    assert preview.added == done.added
    assert preview.skipped == done.skipped


def test_an_old_data_file_is_upgraded_as_it_is_imported(
    store: Store, clock: FixedClock
) -> None:
    old_file = {
        "wins": {
            "4": {"title": "Cut CI time", "date": "2026-10-01", "tags": "ci, speed"}
        }
    }

    import_dump(store, read_dump(json.dumps(old_file), "old.json"), "old.json")

    [win] = store.wins()
    assert win.id == 4 and win.tags == ("ci", "speed")


BAD_DUMPS = [
    ("not json at all", "is not valid JSON"),
    ('{"format": "careerclimb-dump", "format_version": 99, "tables": {}}',
     "newer CareerClimb"),
    ('{"format": "careerclimb-dump", "format_version": 1, "tables": '
     '{"meta": {"1": {"schema_version": 99}}}}', "newer CareerClimb"),
    ('{"format": "careerclimb-dump", "format_version": 1, "tables": []}',
     "holds no tables"),
    ('{"format": "careerclimb-dump", "format_version": 1, "tables": '
     '{"wins": {"x1": {}}}}', "bad id 'x1'"),
    ('{"format": "careerclimb-dump", "format_version": 1, "tables": '
     '{"wins": {"1": "a win"}}}', "is not a JSON object"),
    ('{"entries": []}', "not a CareerClimb dump"),
    ("[1, 2, 3]", "not a CareerClimb dump"),
]  # fmt: skip


@pytest.mark.parametrize("text, message", BAD_DUMPS)
def test_a_file_that_is_not_a_good_dump_is_refused_with_its_reason(
    text: str, message: str
) -> None:
    with pytest.raises(CareerClimbError, match=message):
        read_dump(text, "file.json")


# --- the command line --------------------------------------------------------------


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_export_prints_the_packet_to_standard_output_by_default(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    code, output = run(clock, "export")

    assert code == 0
    assert output == packet_of(store, clock)
    assert run(clock, "export", "--output", "-")[1] == output


def test_export_writes_a_private_file_and_replaces_it_only_with_force(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample_career(store, clock)
    target = tmp_path / "packet.md"

    code, output = run(clock, "export", "--output", str(target))
    assert code == 0
    assert f"Wrote the promotion packet to {target}." in output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == packet_of(store, clock)

    target.write_text("my notes", encoding="utf-8")
    code, _ = run(clock, "export", "--output", str(target))
    assert code == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my notes"

    code, _ = run(clock, "export", "--output", str(target), "--force")
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("# Promotion packet")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_json_follows_the_file_name_and_refuses_filters(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample_career(store, clock)
    target = tmp_path / "backup.json"

    assert run(clock, "export", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == (
        "careerclimb-dump"
    )

    code, _ = run(clock, "export", "--format", "json", "--quarter", "2026Q3")
    assert code == 2
    assert "always holds everything" in capsys.readouterr().err


def test_export_warns_that_the_export_of_an_encrypted_file_is_plain_text(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample_career(store, clock)
    monkeypatch.setattr(Store, "encrypted", property(lambda self: True), raising=False)

    code, _ = run(clock, "export", "--format", "json")

    assert code == 0
    assert "this export is plain text" in capsys.readouterr().err


def test_export_refuses_a_folder_that_does_not_exist(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _ = run(clock, "export", "-o", str(tmp_path / "missing" / "p.md"))

    assert code == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_dump_changed_by_hand_says_it_differs_not_that_you_changed_yours(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    career_made_over_days(store, clock)
    text = export_dump(store, clock.now())
    [win] = store.wins()
    by_hand = text.replace(win.title, "A title typed into the file by hand")
    assert by_hand != text

    report = import_dump(store, read_dump(by_hand, "d"), "d")

    assert report.added == ()
    [skipped] = [item for item in report.skipped if item.where == "win #1"]
    from careerclimb_tui import catalogue

    assert skipped.reason == catalogue.IMPORT_EDITED_DIFFERS
