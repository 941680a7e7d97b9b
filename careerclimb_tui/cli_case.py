"""``careerclimb peers`` and ``careerclimb pitch``: the promotion case from a shell.

``peers`` lists the promoted peers recorded and what they had in common, or with
``--questions`` prints the questions worth asking one. ``pitch`` opens the app on
the pitch, or prints the latest saved version (a draft from the records when none
is saved), or with ``--short`` the sixty-second version of it. The same domain code
as the app decides every rule, and nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    PatternMissing,
    PatternRow,
    PatternView,
    Peer,
    newest_first,
    pattern_view,
    promotion_text,
    questions_to_ask,
    work_kind,
)
from careerclimb_tui.domain.pitch import (
    PitchVersion,
    build_pitch,
    changes_since,
    check_pitch,
    latest_version,
    short_version,
    speaking_time,
    stale_target_note,
    still_missing,
    unused_slot_note,
    version_numbers,
    written_for_another_target,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import Review, counted
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.queries import pitch_numbers, stored_initiatives
from careerclimb_tui.store.convert import moment_to_json
from careerclimb_tui.store.criteria_docs import criteria
from careerclimb_tui.store.peers_docs import initiative_facts, peers, pitch_versions
from careerclimb_tui.wrapping import wrap_words

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context

WIDTH = 78
INDENT = "    "
DEFAULT_LADDER = "software-engineer"


def _ladder(ctx: Context) -> Ladder:
    """The profile's ladder, or the bundled one before set-up."""
    profile = ctx.store.profile()
    shelf = ctx.shelf()
    ladder = (shelf.get(profile.ladder_id) if profile else None) or shelf.get(
        DEFAULT_LADDER
    )
    if ladder is None:
        raise CareerClimbError(catalogue.NO_PROFILE)
    return ladder


def _warn_unreadable(ctx: Context) -> None:
    """Say on stderr which records could not be read; they stay in the file."""
    for problem in ctx.store.problems:
        sys.stderr.write(
            catalogue.CLI_UNREADABLE.format(
                table=problem.table, id=problem.record_id, reason=problem.reason
            )
            + "\n"
        )


def wrapped(text: str, indent: str = "", marker: str = "") -> list[str]:
    """One item wrapped to ``WIDTH``, its continuation lines under its text.

    Args:
        text: the item's text.
        indent: what every line starts with.
        marker: the item's marker ("• ", "3. "), put before the first line's text;
            the lines after it start as far in as the text does.

    Returns:
        The lines; one blank-ish line for an empty text.
    """
    # No-break spaces keep "mid → senior" on one line; textwrap breaks at blanks.
    glued = " ".join(text.split()).replace(" → ", "\u00a0→\u00a0")
    lines = wrap_words(
        marker + glued,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + " " * len(marker),
    )
    return [line.replace("\u00a0", " ") for line in lines] or [indent]


# --- peers -----------------------------------------------------------------------


def peer_json(peer: Peer) -> dict[str, Any]:
    """A peer as scripts read it."""
    return {
        "id": peer.id,
        "name": peer.name,
        "from_level": peer.from_level,
        "to_level": peer.to_level,
        "promoted_in": peer.promoted_in or None,
        "items": [
            {
                "text": item.text,
                "signal": item.signal.value,
                "dimensions": list(item.dimensions),
                "kinds": list(item.kinds),
            }
            for item in peer.items
        ],
        "visibility": peer.visibility,
        "advice": peer.advice,
    }


def _row_json(row: PatternRow) -> dict[str, Any]:
    return {
        "id": row.key,
        "name": row.name,
        "peers": row.peers,
        "total_peers": row.total_peers,
        "your_wins": row.logged,
        "your_next_level_wins": row.next_level,
        "gap": row.is_gap,
        "sentence": row.sentence,
    }


def pattern_json(view: PatternView) -> dict[str, Any]:
    """The pattern view as scripts read it."""
    return {
        "total_peers": view.total_peers,
        "peers_with_nothing_recorded": view.unrecorded,
        "headline": view.headline,
        "kinds": [_row_json(row) for row in view.kinds],
        "dimensions": [_row_json(row) for row in view.dimensions],
    }


def peer_lines(peer: Peer, ladder: Ladder) -> list[str]:
    """One peer as readable lines."""
    when = f"  {peer.promoted_in}" if peer.promoted_in else ""
    lines = [f"{peer.name}  {promotion_text(peer, ladder)}{when}"]
    for item in peer.items:
        tags = [item.signal.label]
        tags.extend(ladder.dimension_name(d) for d in item.dimensions)
        tags.extend(kind.name for k in item.kinds if (kind := work_kind(k)))
        lines.extend(wrapped(f"{item.text} ({' · '.join(tags)})", INDENT, "• "))
    if peer.visibility:
        lines.extend(
            wrapped(catalogue.CLI_PEERS_VISIBLE.format(text=peer.visibility), INDENT)
        )
    if peer.advice:
        lines.extend(wrapped(catalogue.CLI_PEERS_SAID.format(text=peer.advice), INDENT))
    return lines


def pattern_lines(view: PatternView) -> list[str]:
    """The pattern view as readable lines, gaps marked with ▲.

    With no next-level work recorded for any peer there is no pattern, and the
    one line says so, so that the heading above it is never left bare.
    """
    lines = []
    for row in (*view.kinds, *view.dimensions):
        marker = "▲ " if row.is_gap else "· "
        lines.extend(wrapped(row.sentence, "  ", marker))
    if view.missing is PatternMissing.TAGS:
        return wrapped(catalogue.CLI_PEERS_PATTERN_UNTAGGED, "  ")
    if not lines:
        return wrapped(catalogue.CLI_PEERS_PATTERN_NONE, "  ")
    if view.unrecorded_note:
        lines.extend(wrapped(view.unrecorded_note, "  ", "  "))
    return lines


def cmd_peers(ctx: Context) -> int:
    """List the promoted peers and the pattern, or print the questions."""
    args = ctx.args
    if args.questions:
        questions = questions_to_ask()
        if args.json:
            ctx.print_json({"questions": list(questions)})
        else:
            for number, question in enumerate(questions, start=1):
                for line in wrapped(question, marker=f"{number}. "):
                    ctx.print(line)
        return 0

    ladder = _ladder(ctx)
    store = ctx.store
    every = newest_first(peers(store))
    _warn_unreadable(ctx)
    view = pattern_view(every, ladder, store.wins(), latest_verdicts(store.reviews()))
    if args.json:
        ctx.print_json(
            {"peers": [peer_json(p) for p in every], "pattern": pattern_json(view)}
        )
        return 0
    if not every:
        ctx.print(catalogue.CLI_PEERS_NONE)
        return 0
    for peer in every:
        for line in peer_lines(peer, ladder):
            ctx.print(line)
        ctx.print()
    ctx.print(catalogue.CLI_PEERS_PATTERN)
    for line in pattern_lines(view):
        ctx.print(line)
    return 0


# --- pitch -----------------------------------------------------------------------


def _target_note(ctx: Context, version: PitchVersion) -> str:
    """The note the pitch screen shows on a version that may argue for another
    level than the target; empty when it was written for the target."""
    profile = ctx.store.profile()
    target = profile.target_level if profile else ""
    if profile is None or not written_for_another_target(version, target):
        return ""
    ladder = ctx.shelf().get(profile.ladder_id)

    def level_title(level_id: str) -> str:
        level = ladder.level(level_id) if ladder is not None else None
        return level.title if level is not None else level_id

    return stale_target_note(version, target, level_title, shell=True)


def _changes_note(
    ctx: Context, version: PitchVersion, wins: list[Win], reviews: list[Review]
) -> str:
    """The note the pitch screen shows on a version the records have moved on
    from: what was recorded after it was saved; empty when nothing was."""
    store = ctx.store
    changes = changes_since(
        version, wins, reviews, criteria(store), stored_initiatives(store)
    )
    if not changes:
        return ""
    return catalogue.CLI_PITCH_STALE.format(changes=changes.describe())


def cmd_pitch(ctx: Context) -> int:
    """Open the app on the pitch, or print it with its timing and checks."""
    args = ctx.args
    if not (args.print or args.json or args.short):
        from careerclimb_tui.cli import run_tui

        return run_tui(ctx, start="open('pitch')")

    store = ctx.store
    wins = store.wins()
    reviews = store.reviews()
    initiatives = initiative_facts(store)
    versions = pitch_versions(store)
    _warn_unreadable(ctx)
    draft = build_pitch(wins, reviews, initiatives, ctx.clock.today())
    latest = latest_version(versions)

    number = None
    saved = None
    target_note = ""
    changes_note = ""
    if latest is not None:
        text, source = latest.text, "version"
        number = version_numbers(versions)[latest.id or 0]
        saved = latest.created_at
        stamp = saved.strftime("%Y-%m-%d %H:%M UTC") if saved else "—"
        heading = (
            catalogue.CLI_PITCH_SHORT_VERSION
            if args.short
            else catalogue.CLI_PITCH_VERSION
        ).format(number=number, total=len(versions), saved=stamp)
        target_note = _target_note(ctx, latest)
        changes_note = _changes_note(ctx, latest, wins, reviews)
    else:
        text, source = draft.text, "draft"
        heading = catalogue.CLI_PITCH_DRAFT
        if args.short:
            heading = catalogue.CLI_PITCH_SHORT
    full_text = text
    if args.short:
        # Cut from the same pitch as the long print, so both tell one story.
        text, source = short_version(text, draft).text, "short"
    if not text.strip():
        raise CareerClimbError(catalogue.CLI_PITCH_NOTHING, exit_code=1)

    timing = speaking_time(text)
    recorded = pitch_numbers(ctx.store, wins, reviews, initiatives)
    flags = check_pitch(
        text, wins, reviews, initiatives, recorded=recorded, drafted=draft.lines
    )
    # The sixty-second version is short on purpose; only the full pitch has a
    # five-minute slot to fill.
    unused = "" if args.short else unused_slot_note(timing, text, flags)
    # The cut leaves sentences out, and with them what the full pitch is
    # flagged for: that pitch still goes in the packet, so its count is told.
    full_flags = (
        check_pitch(
            full_text,
            wins,
            reviews,
            initiatives,
            recorded=recorded,
            drafted=draft.lines,
        )
        if args.short and full_text.strip()
        else ()
    )
    # Judged on the whole pitch, as the full print and the pitch screen judge
    # it: a part told in a sentence the cut leaves out is told all the same.
    missing = still_missing(draft, full_text)
    if args.json:
        ctx.print_json(
            {
                "source": source,
                "version": number,
                "saved_at": moment_to_json(saved),
                "target_note": target_note,
                "changes_note": changes_note,
                "text": text,
                "words": timing.words,
                "seconds": timing.seconds,
                "words_per_minute": timing.words_per_minute,
                "over_five_minutes": timing.over_slot,
                "unused_slot": unused,
                "checks": [
                    {"kind": f.kind.value, "excerpt": f.excerpt, "message": f.message}
                    for f in flags
                ],
                "missing": [part.value for part in missing],
            }
        )
        return 0

    ctx.print(heading)
    ctx.print()
    # A version that may argue for the wrong level, or that lacks what was
    # recorded since, says so before its text, as the pitch screen does.
    notes = [note for note in (target_note, changes_note) if note]
    for note in notes:
        for line in wrapped(note, "", "▲ "):
            ctx.print(line)
    if notes:
        ctx.print()
    for paragraph in text.split("\n"):
        ctx.print("\n".join(wrap_words(paragraph, WIDTH)) if paragraph else "")
    ctx.print()
    ctx.print(timing.describe())
    ctx.print(catalogue.CLI_PITCH_CHECKS)
    if not flags and not unused:
        clean = (
            catalogue.CLI_PITCH_SHORT_CLEAN
            if args.short
            else catalogue.PITCH_CHECK_CLEAN
        )
        ctx.print(f"  {clean}")
    for flag in flags:
        excerpt = f"“{flag.excerpt}” " if flag.excerpt else ""
        for line in wrapped(f"{excerpt}{flag.message}", "  ", "▲ "):
            ctx.print(line)
    if unused:
        for line in wrapped(unused, "  ", "▲ "):
            ctx.print(line)
    left_in_full = [flag for flag in full_flags if flag not in flags]
    if left_in_full:
        told = counted(
            len(left_in_full),
            catalogue.CLI_PITCH_FULL_FLAGS_ONE,
            catalogue.CLI_PITCH_FULL_FLAGS_MANY,
        )
        for line in wrapped(told, "  ", "▲ "):
            ctx.print(line)
    if missing:
        ctx.print(catalogue.CLI_PITCH_MISSING)
        for part in missing:
            for line in wrapped(draft.prompt_for(part), "  ", "· "):
                ctx.print(line)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``peers`` and ``pitch`` to the command line.

    Args:
        commands: the sub-parsers of the ``careerclimb`` parser.
    """
    peers_cmd = commands.add_parser(
        "peers",
        help=catalogue.CLI_HELP_PEERS,
        description="List the promoted peers you recorded and the pattern across "
        "them, set beside your own evidence. --questions prints the questions "
        "worth asking a promoted peer.",
    )
    peers_cmd.add_argument(
        "--questions",
        action="store_true",
        help="print the questions to ask a promoted peer",
    )
    peers_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    peers_cmd.set_defaults(handler=cmd_peers)

    pitch_cmd = commands.add_parser(
        "pitch",
        help=catalogue.CLI_HELP_PITCH,
        description="With no option, opens the app on the pitch. --print or "
        "--json show the latest saved version, or a draft from your records when "
        "none is saved, with its timing and a committee's reading.",
    )
    output = pitch_cmd.add_mutually_exclusive_group()
    output.add_argument("--print", action="store_true", help="print it as text")
    output.add_argument("--json", action="store_true", help="JSON for scripts")
    pitch_cmd.add_argument(
        "--short",
        action="store_true",
        help="the 60-second version of the same pitch: the latest saved version, "
        "or a draft from your records when none is saved (implies --print)",
    )
    pitch_cmd.set_defaults(handler=cmd_pitch)
