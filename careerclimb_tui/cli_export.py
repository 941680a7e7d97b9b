"""The ``export`` and ``import`` sub-commands.

``careerclimb export`` writes the promotion packet (Markdown) or the complete dump
(JSON) to a file or to standard output; ``careerclimb import`` reads a dump, a
jrnl JSON export or a Markdown list of wins, says what it adds and leaves out,
and with ``--dry-run`` writes nothing. Never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import parse_date
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.quarters import parse_quarter, quarter_of
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.dump import export_dump
from careerclimb_tui.export.formats import PACKET_FORMAT, format_for_name
from careerclimb_tui.export.importers import (
    FORMATS,
    import_text,
    report_json,
    report_lines,
)
from careerclimb_tui.export.packet import (
    collect_packet,
    filters_apart,
    notes_for_user,
    render_packet,
    starts_after_today,
)
from careerclimb_tui.store.export_docs import (
    decode_import,
    read_import_file,
    write_private_file,
)

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context

DEFAULT_LADDER = "software-engineer"
STDIO = "-"


def _warn(text: str) -> None:
    sys.stderr.write(f"careerclimb: {plain_text(text, lines=True)}\n")


def _export_format(args: argparse.Namespace) -> str:
    """The format asked for, else the one the output file's name suggests."""
    if args.format:
        return str(args.format)
    return format_for_name(args.output or "") or PACKET_FORMAT


def _packet(ctx: Context) -> tuple[str, tuple[str, ...]]:
    """The packet's text, and what the user should know before sharing it."""
    args = ctx.args
    store = ctx.store
    profile = store.profile()
    shelf = ctx.shelf()
    ladder = (shelf.get(profile.ladder_id) if profile else None) or shelf.get(
        DEFAULT_LADDER
    )
    if ladder is None:
        raise CareerClimbError(catalogue.NO_PROFILE)
    today = ctx.clock.today()
    start_month = profile.fiscal_year_start_month if profile else 1
    since = parse_date(args.since, today) if args.since else None
    quarter = parse_quarter(args.quarter, start_month) if args.quarter else None
    if starts_after_today(since, None, today):
        raise CareerClimbError(
            catalogue.CLI_EXPORT_SINCE_AHEAD.format(since=since, today=today),
            exit_code=2,
        )
    if quarter is not None and starts_after_today(None, quarter, today):
        raise CareerClimbError(
            catalogue.CLI_EXPORT_QUARTER_AHEAD.format(
                quarter=quarter,
                first=quarter.first_day,
                today=today,
                now=quarter_of(today, start_month),
            ),
            exit_code=2,
        )
    if quarter is not None and filters_apart(since, quarter):
        raise CareerClimbError(
            catalogue.CLI_EXPORT_FILTERS_APART.format(
                since=since, quarter=quarter, last=quarter.last_day
            ),
            exit_code=2,
        )
    packet = collect_packet(store, ladder, profile, today, since=since, quarter=quarter)
    return render_packet(packet), notes_for_user(packet, command_line=True)


def cmd_export(ctx: Context) -> int:
    """Write the packet or the dump where asked; standard output by default."""
    args = ctx.args
    kind = _export_format(args)
    if kind == "json" and (args.since or args.quarter):
        raise CareerClimbError(catalogue.EXPORT_DUMP_IS_COMPLETE, exit_code=2)

    store = ctx.store
    notes: tuple[str, ...] = ()
    if kind == "json":
        text = export_dump(store, ctx.clock.now())
    else:
        text, notes = _packet(ctx)
    for problem in store.problems:
        _warn(
            catalogue.CLI_UNREADABLE.format(
                table=problem.table, id=problem.record_id, reason=problem.reason
            )
        )
    if getattr(store, "encrypted", False):
        _warn(catalogue.EXPORT_PLAIN_TEXT_WARNING)
    # On standard error: the packet itself is for the committee.
    for note in notes:
        _warn(note)

    if args.output in (None, STDIO):
        ctx.out.write(text)
        return 0
    path = Path(args.output).expanduser()
    write_private_file(path, text, overwrite=args.force)
    what = (
        catalogue.EXPORT_WHAT_DUMP if kind == "json" else catalogue.EXPORT_WHAT_PACKET
    )
    ctx.print(catalogue.EXPORT_WROTE.format(what=what, path=path))
    return 0


def _read_source(name: str) -> tuple[str, str]:
    """The text to import and how to name it in the report."""
    if name != STDIO:
        path = Path(name).expanduser()
        return read_import_file(path), str(path)
    raw: Any = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
    if raw is None:
        return sys.stdin.read(), catalogue.IMPORT_STDIN
    return decode_import(raw, catalogue.IMPORT_STDIN), catalogue.IMPORT_STDIN


def cmd_import(ctx: Context) -> int:
    """Import a file, or say what importing it would do."""
    args = ctx.args
    text, source = _read_source(args.file)
    report = import_text(
        ctx.store,
        text,
        source,
        ctx.clock.today(),
        format=args.format,
        dry_run=args.dry_run,
    )
    if args.json:
        ctx.print_json(report_json(report))
        return 0
    for line in report_lines(report):
        ctx.print(line)
    return 0


def register(commands: Any) -> None:
    """Add ``export`` and ``import`` to the command line.

    Args:
        commands: the sub-parsers object of the ``careerclimb`` parser.
    """
    export_cmd = commands.add_parser(
        "export",
        help=catalogue.CLI_HELP_EXPORT,
        description="Write the promotion packet, or a complete JSON dump of "
        "your data that `careerclimb import` reads back. Prints to standard "
        "output unless --output names a file; an existing file is replaced "
        "only with --force. Files are readable by you alone.",
    )
    export_cmd.add_argument(
        "--format",
        choices=("md", "json"),
        help="md: the promotion packet; json: every record, for a backup or "
        "another machine (default: from the --output name, else md)",
    )
    export_cmd.add_argument(
        "--since", metavar="DATE", help="packet only: wins dated on or after DATE"
    )
    export_cmd.add_argument(
        "--quarter", help="packet only: wins of one quarter, e.g. 2026Q3"
    )
    export_cmd.add_argument(
        "-o", "--output", metavar="FILE", help="where to write; - for standard output"
    )
    export_cmd.add_argument(
        "--force", action="store_true", help="replace FILE if it exists"
    )
    export_cmd.set_defaults(handler=cmd_export)

    import_cmd = commands.add_parser(
        "import",
        help=catalogue.CLI_HELP_IMPORT,
        description=catalogue.IMPORT_DESCRIPTION,
    )
    import_cmd.add_argument("file", metavar="FILE", help="the file; - reads stdin")
    import_cmd.add_argument(
        "--format",
        choices=FORMATS,
        help="json (a CareerClimb dump), jrnl or md (default: told from the file)",
    )
    import_cmd.add_argument(
        "--dry-run", action="store_true", help="say what would happen; write nothing"
    )
    import_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    import_cmd.set_defaults(handler=cmd_import)
