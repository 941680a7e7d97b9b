"""The ``careerclimb`` command: opens the TUI, or runs one sub-command and exits.

Sub-commands never import Textual, so quick capture and scripts start fast. Output a
person reads is a formatted table or text; ``--json`` output is for scripts.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from careerclimb_tui import __version__, catalogue, paths
from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.domain.plain_text import json_for_terminal, plain_text
from careerclimb_tui.errors import CareerClimbError

# Each sub-command imports what it needs when it runs: a quick `careerclimb log`
# or the app's first frame should not wait for the modules of every other one.
if TYPE_CHECKING:
    from careerclimb_tui.domain.framing import Reading
    from careerclimb_tui.domain.ladder import Ladder
    from careerclimb_tui.domain.quarters import Quarter
    from careerclimb_tui.domain.records import Measure, Profile, Win
    from careerclimb_tui.domain.review import Review
    from careerclimb_tui.ladders import LadderShelf
    from careerclimb_tui.store import Store
    from careerclimb_tui.store.health import BackupHealth, FileHealth

log = logging.getLogger("careerclimb_tui")
# Without --debug the log goes nowhere: the terminal belongs to the output or the app.
log.addHandler(logging.NullHandler())

FEATURE_COMMANDS: tuple[str, ...] = (
    "careerclimb_tui.cli_demo",
    "careerclimb_tui.cli_privacy",
    "careerclimb_tui.cli_problem",
    "careerclimb_tui.cli_manager",
    "careerclimb_tui.cli_case",
    "careerclimb_tui.cli_export",
)
"""Modules that add their own sub-commands through ``register(commands)``.

Each receives the sub-parsers object, adds its parsers and sets ``handler`` to a
function of a ``Context``. None of them may import Textual."""


class Context:
    """What every sub-command needs: where the data is, and the clock."""

    def __init__(self, args: argparse.Namespace, clock: Clock, out: TextIO):
        self.args = args
        self.clock = clock
        self.out = out
        self.data_dir = paths.data_dir(args.data_dir)
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from careerclimb_tui.cli_privacy import ask_passphrase
            from careerclimb_tui.store import Store

            self._store = Store(
                self.data_dir / paths.DATA_FILE_NAME,
                clock=self.clock,
                passphrase=ask_passphrase,
            )
        return self._store

    def shelf(self) -> LadderShelf:
        from careerclimb_tui.ladders import load_shelf

        return load_shelf(paths.user_ladders_dir(self.args.data_dir))

    def print(self, text: str = "") -> None:
        # Stored text may predate the cleaning at entry: a control character
        # in it must not reach the terminal.
        self.out.write(plain_text(text, lines=True) + "\n")

    def print_json(self, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, indent=2)
        self.out.write(json_for_terminal(text) + "\n")


# --- log -----------------------------------------------------------------------


STDIN_CHANGE_CHARS = 60
"""The most characters of a piped-in change said back after ``log -``."""


def _measure_from_args(args: argparse.Namespace) -> Measure | None:
    from careerclimb_tui.domain.numbers import measure_from_fields

    return measure_from_fields(
        args.metric or "", args.before or "", args.after or "", args.unit or ""
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number above 0")
    return value


def _read_text_arg(text: str, prompt: str = catalogue.CLI_STDIN_PROMPT) -> str:
    """The win text; ``-`` reads it from standard input (keeps it out of history),
    asking with ``prompt`` when a person types it."""
    if text != "-":
        return text
    if sys.stdin.isatty():
        sys.stderr.write(prompt + "\n")
    raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
    if raw is None:
        return plain_text(sys.stdin.read(), lines=True).strip("\n")
    try:
        return plain_text(raw.decode("utf-8-sig"), lines=True).strip("\n")
    except UnicodeDecodeError:
        raise CareerClimbError(catalogue.CLI_STDIN_NOT_UTF8, exit_code=2) from None


def _title_and_change(text: str, from_stdin: bool) -> tuple[str, str]:
    """A win's title and what changed, from the text ``log`` was given.

    Read from standard input, the first line is the title and the lines after
    it say what changed, as a commit message is written; a text given on the
    command line is the title whole.
    """
    if not from_stdin:
        return text, ""
    title, _, rest = text.strip().partition("\n")
    return title.strip(), rest.strip()


def cmd_log(ctx: Context) -> int:
    from careerclimb_tui.domain.dates import parse_win_date
    from careerclimb_tui.domain.framing import activity_heading
    from careerclimb_tui.domain.numbers import measure_jump
    from careerclimb_tui.domain.records import Win
    from careerclimb_tui.domain.sentences import cut_at_word
    from careerclimb_tui.domain.wins import (
        check_title_length,
        clean_list,
        framed,
        read_change_of,
        split_tags,
    )

    args = ctx.args
    title, changed = _title_and_change(_read_text_arg(args.text), args.text == "-")
    if not title.strip():
        raise CareerClimbError("A win needs some text.", exit_code=2)
    check_title_length(title)
    if changed and args.changed:
        raise CareerClimbError(catalogue.CLI_LOG_CHANGED_TWICE, exit_code=2)
    dimensions = _known_dimensions(ctx, clean_list(args.dimension or []))
    win = framed(
        Win(
            title=title,
            date=parse_win_date(args.date or "", ctx.clock.today()),
            what_changed=args.changed or changed,
            measure=_measure_from_args(args),
            dimensions=dimensions,
            tags=clean_list(tag for text in args.tag or [] for tag in split_tags(text)),
        )
    )
    saved = ctx.store.add_win(win)
    reading = read_change_of(saved, saved.what_changed)
    if reading.direction_clash:
        # A note to check, not a result: it stays off the output scripts read.
        sys.stderr.write(f"coach: {reading.direction_clash}\n")
    if reading.unitless_pair:
        sys.stderr.write(f"coach: {reading.unitless_pair}\n")
    jump = measure_jump(saved.measure)
    if jump:
        # Kept, not refused as a problem's reading is: a win is easy to edit.
        sys.stderr.write(f"coach: {jump}\n")
    if args.json:
        ctx.print_json(_win_json(saved))
        return 0
    ctx.print(f"Logged win #{saved.id} ({saved.framing}), dated {saved.date}.")
    if changed:
        shown = cut_at_word(saved.what_changed, STDIN_CHANGE_CHARS)
        ctx.print(catalogue.CLI_LOG_CHANGE_FROM_STDIN.format(changed=shown))
    if not saved.is_impact:
        # The hints come from the reading the win was saved with, title and
        # change together, so they never argue with the framing just printed.
        if reading.vague_change:
            ctx.print(f"  coach: {activity_heading(reading)}")
        told = {reading.direction_clash, reading.unitless_pair}
        hints = [hint for hint in reading.hints if hint not in told]
        for hint in hints[:2]:
            ctx.print(f"  coach: {hint}")
    return 0


def dimension_key(text: str) -> str:
    """A dimension id as compared: any case, hyphens and spaces as underscores.

    ``Technical-Direction``, ``technical direction`` and ``technical_direction``
    name the same dimension.
    """
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


def _known_dimensions(ctx: Context, dimensions: Sequence[str]) -> list[str]:
    """The ladder's own ids for the dimensions given, however they were spelled.

    Raises:
        CareerClimbError: one of them is not a dimension of the user's ladder.
    """
    if not dimensions:
        return []
    profile = ctx.store.profile()
    shelf = ctx.shelf()
    ladder = shelf.get(profile.ladder_id) if profile else None
    ladder = ladder or shelf.get("software-engineer")
    if ladder is None:
        return list(dimensions)

    by_key = {dimension_key(d.id): d.id for d in ladder.dimensions}
    unknown = [d for d in dimensions if dimension_key(d) not in by_key]
    if unknown:
        raise CareerClimbError(
            catalogue.CLI_UNKNOWN_DIMENSION.format(
                dimension=unknown[0],
                ladder=ladder.id,
                known="\n".join(dimension_lines(ladder)),
            ),
            exit_code=2,
        )
    return list(dict.fromkeys(by_key[dimension_key(d)] for d in dimensions))


def dimension_lines(ladder: Ladder) -> list[str]:
    """A ladder's dimensions, one a line: the id ``--dimension`` takes, its name."""
    width = max((len(d.id) for d in ladder.dimensions), default=0)
    return [
        catalogue.CLI_DIMENSION_LINE.format(id=d.id, width=width, name=d.name)
        for d in ladder.dimensions
    ]


# --- wins ----------------------------------------------------------------------


def _win_json(win: Win) -> dict[str, Any]:
    from careerclimb_tui.domain.records import describe_measure

    return {
        "id": win.id,
        "date": win.date.isoformat(),
        "title": win.title,
        "what_changed": win.what_changed,
        "measure": None
        if win.measure is None
        else {
            "label": win.measure.label,
            "before": win.measure.before,
            "after": win.measure.after,
            "unit": win.measure.unit,
            "change_pct": win.measure.change_pct,
            "amount": win.measure.amount,
            "text": describe_measure(win.measure),
        },
        "beneficiaries": win.beneficiaries,
        "noticed_by": win.noticed_by,
        "dimensions": list(win.dimensions),
        "tags": list(win.tags),
        "framing": win.framing,
    }


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(width - 1, 1)] + "…"


def _warn_unreadable(ctx: Context) -> None:
    """Say on stderr which records could not be read; they stay in the file."""
    for problem in ctx.store.problems:
        sys.stderr.write(
            catalogue.CLI_UNREADABLE.format(
                table=problem.table, id=problem.record_id, reason=problem.reason
            )
            + "\n"
        )


def cmd_wins(ctx: Context) -> int:
    from careerclimb_tui.domain.evidence import states_measure
    from careerclimb_tui.domain.quarters import parse_quarter
    from careerclimb_tui.domain.records import describe_measure
    from careerclimb_tui.domain.wins import filter_wins

    args = ctx.args
    store = ctx.store
    profile = store.profile()
    start_month = profile.fiscal_year_start_month if profile else 1
    quarter = parse_quarter(args.quarter, start_month) if args.quarter else None
    if quarter is not None:
        # A quarter not begun is refused as typed, as review and export refuse it.
        _refuse_quarter_not_started(ctx, quarter, catalogue.CLI_WINS_NOT_STARTED)
    if args.limit is not None and quarter is None and not args.search:
        # The newest few: only those are read into wins.
        every_win = store.newest_wins(args.limit)
    else:
        every_win = store.wins()
    _warn_unreadable(ctx)
    wins = filter_wins(every_win, args.search or "", quarter)
    if args.limit is not None:
        wins = wins[: args.limit]
    if args.json:
        ctx.print_json([_win_json(w) for w in wins])
        return 0
    if not wins:
        if not every_win:
            ctx.print(catalogue.CLI_NO_WINS)
        elif quarter is not None and not args.search:
            ctx.print(catalogue.CLI_NO_WINS_IN.format(quarter=quarter))
        else:
            ctx.print(catalogue.CLI_NO_MATCH)
        return 0
    width = shutil.get_terminal_size((100, 24)).columns
    title_width = max(width - 34, 20)
    ctx.print(f"{'ID':>4}  {'DATE':<10}  {'FRAMING':<8}  WIN")
    for win in wins:
        title = _one_line(win.title, title_width)
        ctx.print(f"{win.id:>4}  {win.date.isoformat():<10}  {win.framing:<8}  {title}")
        measure = win.measure
        # Under a title that gives its numbers, the measure would only repeat it.
        if measure is not None and not states_measure(title, measure):
            ctx.print(f"{'':>26}  ↳ {describe_measure(measure)}")
    return 0


# --- check ---------------------------------------------------------------------


def reading_json(reading: Reading) -> dict[str, Any]:
    """The coach's reading of a statement, for scripts.

    The framing is the one a win is saved with: "plan" for a change still to
    come, as ``careerclimb log`` and the app label it.
    """
    return {
        "framing": reading.label,
        "planned": reading.planned,
        "has_metric": reading.has_metric,
        "keeps_measure": reading.keeps_measure,
        "output_only": reading.output_only,
        "activity_phrases": list(reading.activity_phrases),
        "measures": [
            {
                "before": m.before,
                "after": m.after,
                "unit": m.unit,
                "change_pct": m.change_pct,
                "amount": m.amount,
            }
            for m in reading.measures
        ],
        "hints": list(reading.hints),
    }


def cmd_check(ctx: Context) -> int:
    from careerclimb_tui.domain.framing import activity_heading, read_win

    text = _read_text_arg(ctx.args.text, catalogue.CLI_CHECK_STDIN_PROMPT)
    if not text.strip():
        raise CareerClimbError(catalogue.CLI_CHECK_NEEDS_TEXT, exit_code=2)
    # Read as a win with this text would be read once logged, by the same rule
    # as the log form, the journal and the review.
    reading = read_win(text, ctx.args.changed or "")
    if ctx.args.json:
        ctx.print_json(reading_json(reading))
        return 0
    if reading.is_impact:
        measured = "measured" if reading.keeps_measure else "not measured"
        if reading.direction_clash:
            ctx.print(catalogue.CHECK_IMPACT_CLASH.format(measured=measured))
        else:
            ctx.print(f"Reads as {reading.framing}, {measured}.")
    else:
        # Worded as the log form's coach words it. The first hint quotes the
        # activity or names the output, so the bare verbs are not listed again.
        ctx.print(activity_heading(reading))
    for hint in reading.hints:
        ctx.print(f"  - {hint}")
    return 0


# --- ladders -------------------------------------------------------------------


def cmd_ladders_list(ctx: Context) -> int:
    shelf = ctx.shelf()
    if ctx.args.json:
        ctx.print_json(
            {
                "ladders": [
                    {
                        "id": ladder.id,
                        "title": ladder.title,
                        "levels": [lvl.id for lvl in ladder.levels],
                        "source": ladder.source,
                        "user": shelf.is_users(ladder),
                        "replaces": shelf.replaced.get(ladder.id),
                    }
                    for ladder in shelf.ladders.values()
                ],
                "broken": [
                    {"path": b.path, "message": b.message} for b in shelf.broken
                ],
            }
        )
        return 0
    for ladder in shelf.ladders.values():
        levels = " → ".join(lvl.id for lvl in ladder.levels)
        ctx.print(f"{ladder.id}  {ladder.title}")
        ctx.print(f"    {levels}")
        if ladder.id in shelf.replaced:
            ctx.print(
                catalogue.CLI_LADDER_REPLACES.format(
                    path=ladder.source,
                    id=ladder.id,
                    bundled=shelf.replaced[ladder.id],
                )
            )
        elif shelf.is_users(ladder):
            ctx.print(catalogue.CLI_LADDER_YOURS.format(path=ladder.source))
    for broken in shelf.broken:
        ctx.print(f"broken: {broken.message}")
    return 0


def cmd_ladders_show(ctx: Context) -> int:
    shelf = ctx.shelf()
    ladder = shelf.get(ctx.args.id)
    if ladder is None:
        known = ", ".join(shelf.ladders) or "none"
        raise CareerClimbError(f"No ladder {ctx.args.id!r}; known ladders: {known}.")
    if ctx.args.level is None:
        levels = list(ladder.levels)
    else:
        found = ladder.find_level(ctx.args.level)
        levels = [found] if found is not None else []
    if not levels:
        known = ", ".join(level.id for level in ladder.levels)
        example = ladder.alias_example()
        message = (
            catalogue.CLI_UNKNOWN_LEVEL
            if example
            else catalogue.CLI_UNKNOWN_LEVEL_NO_ALIAS
        )
        raise CareerClimbError(
            message.format(
                ladder=ladder.id, level=ctx.args.level, known=known, example=example
            ),
        )
    ctx.print(catalogue.CLI_LADDER_DIMENSIONS)
    for line in dimension_lines(ladder):
        ctx.print(line)
    ctx.print()
    for level in levels:
        aliases = ", ".join(f"{c} {n}" for c, n in level.aliases)
        ctx.print(f"{level.title} [{level.id}]")
        if aliases:
            ctx.print(f"  Also known as: {aliases}")
        ctx.print(f"  Scope: {level.scope}")
        for dimension in ladder.dimensions:
            expectation = level.expectations[dimension.id]
            ctx.print(f"  {dimension.name} [{dimension.id}]: {expectation.expectation}")
            if ctx.args.level:
                for item in expectation.current_level:
                    ctx.print(catalogue.CLI_LADDER_EXAMPLE.format(item=item))
                for item in expectation.next_level:
                    ctx.print(catalogue.CLI_LADDER_NEXT.format(item=item))
        ctx.print()
    return 0


def cmd_ladders_validate(ctx: Context) -> int:
    from careerclimb_tui.ladders import bundled_ladder_ids, load_ladder

    bundled = bundled_ladder_ids()
    shelf = ctx.shelf()
    failures = 0
    for raw in ctx.args.paths:
        path = Path(raw)
        try:
            ladder = load_ladder(path)
        except CareerClimbError as error:
            failures += 1
            sys.stderr.write(f"{error.message}\n")
            continue
        ctx.print(
            f"{path}: ok ({ladder.id}, {len(ladder.levels)} levels, "
            f"{len(ladder.dimensions)} dimensions)"
        )
        same_id = bundled.get(ladder.id)
        if same_id is not None and Path(same_id).resolve() != path.resolve():
            folder = paths.user_ladders_dir(ctx.args.data_dir)
            ctx.print(
                catalogue.CLI_LADDER_WILL_REPLACE.format(
                    path=path, id=ladder.id, folder=folder
                )
            )
        # A ladder of the same id replaces the other one rather than sitting
        # beside it in the profile's list, so only other ids are named.
        for other in shelf.sharing_title(ladder.title):
            if other.id != ladder.id:
                ctx.print(
                    catalogue.CLI_LADDER_SAME_TITLE.format(
                        path=path,
                        other=other.id,
                        other_path=other.source,
                        title=ladder.title,
                    )
                )
    return 1 if failures else 0


# --- doctor --------------------------------------------------------------------


def cmd_doctor(ctx: Context) -> int:
    from careerclimb_tui import doctor
    from careerclimb_tui.cli_privacy import passphrase_if_given
    from careerclimb_tui.store.health import SealKeys

    path = ctx.data_dir / paths.DATA_FILE_NAME
    # One set of keys for the restore and the report: the passphrase is asked
    # for once, and only when an encrypted file is met.
    keys = SealKeys(passphrase_if_given)
    restored = None
    if ctx.args.restore is not None:
        restored = doctor.restore(
            path,
            ctx.clock,
            ctx.args.restore or None,
            keys=keys,
            confirm=_replace_confirmed if not ctx.args.yes else None,
        )
    report = doctor.examine(path, ctx.clock, restored=restored, keys=keys)
    if ctx.args.json:
        ctx.print_json(doctor.report_json(report))
    else:
        for line in doctor.report_lines(report):
            ctx.print(line)
    return report.exit_code


def _replace_confirmed(file: FileHealth, backup: BackupHealth) -> bool:
    """Ask on the terminal before a readable data file is replaced by a backup.

    Raises:
        CareerClimbError: when there is no terminal to ask on: ``--yes`` says it.
    """
    from careerclimb_tui import doctor

    try:
        asking = sys.stdin.isatty()
    except (AttributeError, ValueError):
        asking = False
    if not asking:
        raise CareerClimbError(
            catalogue.DOCTOR_RESTORE_NEEDS_YES.format(
                now=doctor.held_text(file),
                name=backup.path.name,
                wins=doctor.wins_text(backup.wins),
            ),
            exit_code=2,
        )
    # On standard error, so that --json output stays clean.
    sys.stderr.write(doctor.replace_question(file, backup))
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().casefold() in ("y", "yes")


# --- the TUI -------------------------------------------------------------------


def _on_a_terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def run_tui(
    ctx: Context,
    start: str | None = None,
    without_terminal: str = catalogue.TUI_NEEDS_TERMINAL,
) -> int:
    """Open the app, on one screen if ``start`` names an action that opens it.

    Args:
        ctx: the command's context.
        start: an app action to run once the app is up, such as
            ``"open('review')"``.
        without_terminal: what to tell the user when there is no terminal,
            for a command that can say which of its verbs print instead.

    Returns:
        The app's return code.

    Raises:
        CareerClimbError: when standard input or output is not a terminal.
    """
    # Without a terminal the full-screen app would wait for keys that never come.
    if not _on_a_terminal():
        raise CareerClimbError(without_terminal, exit_code=2)
    from careerclimb_tui.app import CareerClimbApp

    def open_store() -> Store:
        # The app asks for the passphrase on a screen of its own; a prompt on
        # the terminal would fight it for the keyboard.
        store = ctx.store
        store.passphrase_source = None
        return store

    # The app opens the data file and finds the ladders once its first frame is
    # drawn, and shows what is wrong with the file, if anything, on a screen.
    log.info("the app opens %s", ctx.data_dir / paths.DATA_FILE_NAME)
    app = CareerClimbApp(
        open_store,
        ctx.shelf,
        clock=ctx.clock,
        start=start,
        data_file=ctx.data_dir / paths.DATA_FILE_NAME,
        # Tried before the unlock dialog asks, as every other command tries it.
        passphrase=os.environ.get(catalogue.PRIVACY_PASSPHRASE_ENV) or None,
    )
    app.run()
    return app.return_code or 0


# --- review and gaps -----------------------------------------------------------


def _ladder_and_profile(ctx: Context) -> tuple[Ladder, Profile | None]:
    profile = ctx.store.profile()
    shelf = ctx.shelf()
    ladder = (shelf.get(profile.ladder_id) if profile else None) or shelf.get(
        "software-engineer"
    )
    if ladder is None:
        raise CareerClimbError(catalogue.NO_PROFILE)
    return ladder, profile


def cmd_review(ctx: Context) -> int:
    from careerclimb_tui import queries, reports
    from careerclimb_tui.domain.quarters import parse_quarter
    from careerclimb_tui.domain.review import (
        as_counted,
        default_quarter_to_review,
        in_walk_order,
        unanswered_message,
    )

    args = ctx.args
    if not (args.print or args.json):
        if args.quarter:
            # The app's review screen has its own quarter list; say so rather
            # than open it on another quarter than the one asked for.
            raise CareerClimbError(
                catalogue.CLI_REVIEW_QUARTER_NEEDS_OUTPUT.format(quarter=args.quarter),
                exit_code=2,
            )
        return run_tui(ctx, start="open('review')")
    ladder, profile = _ladder_and_profile(ctx)
    start_month = profile.fiscal_year_start_month if profile else 1
    if args.quarter:
        quarter = parse_quarter(args.quarter, start_month)
    else:
        quarter = default_quarter_to_review(ctx.clock.today(), start_month)
    review = queries.latest_review(ctx.store, quarter)
    found_by_name = ""
    if review is None and args.quarter:
        review, found_by_name = _review_of_another_start(ctx, quarter)
    if review is None:
        from careerclimb_tui.domain.quarters import QuarterTiming, quarter_timing

        # A quarter not begun is refused as typed, as export refuses it.
        timing = quarter_timing(quarter, ctx.clock.today())
        code = 2 if timing is QuarterTiming.NOT_STARTED else 1
        raise CareerClimbError(_no_review_message(ctx, quarter), exit_code=code)
    unanswered = unanswered_message(review, ctx.store.reviews())
    # Wins the run left open are shown with the verdicts that still count.
    review = as_counted(review, ctx.store.reviews())
    summary = queries.review_summary(ctx.store, review, ladder, profile)
    coverage = queries.review_coverage(ctx.store, review, ladder, profile)
    wins = {w.id: w for w in ctx.store.wins() if w.id is not None}
    # Listed in the order the walk goes through them, whatever order was saved.
    review = in_walk_order(review, wins.values())
    if args.json:
        ctx.print_json(reports.review_json(review, summary, wins, coverage, unanswered))
    else:
        lines = reports.review_text(review, summary, wins, ladder, coverage, unanswered)
        if found_by_name:
            from careerclimb_tui.wrapping import wrap_words

            lines = [*wrap_words(found_by_name, reports.WIDTH), "", *lines]
        for line in lines:
            ctx.print(line)
    return 0


def _review_of_another_start(
    ctx: Context, quarter: Quarter
) -> tuple[Review | None, str]:
    """The review a quarter's name meant under an earlier year start, if any.

    Args:
        ctx: the command's context.
        quarter: the quarter asked for, as the year start in use names it.

    Returns:
        The latest run of the one such review, with a sentence saying which
        months it judged; (None, "") when there is none.

    Raises:
        CareerClimbError: when reviews of several year starts have the name;
            the message lists them.
    """
    from careerclimb_tui.domain.quarters import months_in_words
    from careerclimb_tui.domain.review import run_label, runs_of_another_start

    start_month = quarter.start_month
    found = runs_of_another_start(ctx.store.reviews(), str(quarter), start_month)
    if not found:
        return None, ""
    if len(found) > 1:
        labels = "; ".join(run_label(review, start_month) for review in found)
        raise CareerClimbError(
            catalogue.CLI_REVIEW_NAME_SEVERAL_STARTS.format(
                quarter=quarter, count=len(found), runs=labels
            ),
            exit_code=1,
        )
    review = found[0]
    said = catalogue.CLI_REVIEW_NAME_EARLIER_START.format(
        quarter=quarter,
        months=months_in_words(review.period),
        now=months_in_words(quarter),
    )
    return review, said


def _refuse_quarter_not_started(ctx: Context, quarter: Quarter, template: str) -> None:
    """Stop a command asked about a quarter that has not begun, as a usage error.

    Args:
        ctx: the command's context, for today's date.
        quarter: the quarter typed.
        template: the message, given the quarter, its first day and the
            quarter under way now.

    Raises:
        CareerClimbError: with exit code 2, when the quarter starts after today.
    """
    from careerclimb_tui.domain.dates import day_in_words
    from careerclimb_tui.domain.quarters import (
        QuarterTiming,
        quarter_of,
        quarter_timing,
    )

    today = ctx.clock.today()
    if quarter_timing(quarter, today) is not QuarterTiming.NOT_STARTED:
        return
    message = template.format(
        quarter=quarter,
        day=day_in_words(quarter.first_day),
        now=quarter_of(today, quarter.start_month),
    )
    raise CareerClimbError(message, exit_code=2)


def _no_review_message(ctx: Context, quarter: Quarter) -> str:
    """How to start the review of a quarter that has none yet.

    A quarter still to come, or one over before wins can be dated, is said to
    be so: logging a win in it, the advice for a quarter without wins, would
    only be refused.
    """
    from careerclimb_tui.domain.dates import EARLIEST_WIN_YEAR, day_in_words
    from careerclimb_tui.domain.quarters import (
        QuarterTiming,
        quarter_of,
        quarter_timing,
    )

    today = ctx.clock.today()
    timing = quarter_timing(quarter, today)
    if timing is QuarterTiming.NOT_STARTED:
        return catalogue.CLI_NO_REVIEW_NOT_STARTED.format(
            quarter=quarter,
            day=day_in_words(quarter.first_day),
            now=quarter_of(today, quarter.start_month),
        )
    if any(quarter.contains(win.date) for win in ctx.store.wins()):
        return catalogue.CLI_NO_REVIEW.format(quarter=quarter)

    if timing is QuarterTiming.BEFORE_WINS:
        return catalogue.CLI_NO_REVIEW_BEFORE_WINS.format(
            quarter=quarter, year=EARLIEST_WIN_YEAR
        )
    if timing is QuarterTiming.NOW:
        return catalogue.CLI_NO_REVIEW_NOW_NO_WINS.format(
            quarter=quarter,
            last=day_in_words(quarter.last_day),
            day=quarter.first_day.isoformat(),
        )
    return catalogue.CLI_NO_REVIEW_NO_WINS.format(
        quarter=quarter, day=quarter.first_day.isoformat()
    )


def cmd_gaps(ctx: Context) -> int:
    from careerclimb_tui import queries, reports
    from careerclimb_tui.domain.target import judged_level_note

    ladder, profile = _ladder_and_profile(ctx)
    if profile is None:
        # Without a profile there is no target level to measure gaps against.
        raise CareerClimbError(catalogue.NO_PROFILE)
    view = queries.current_gaps(ctx.store, ladder, profile, ctx.clock.today())
    note = judged_level_note(
        ladder, profile.current_level, profile.target_level, ctx.store.reviews()
    )
    if ctx.args.json:
        ctx.print_json(reports.gaps_json(view, note))
    else:
        for line in reports.gaps_text(view, ladder, note):
            ctx.print(line)
    return 0


# --- parser --------------------------------------------------------------------


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Move ``--data-dir`` and ``--debug`` to the front, wherever they were typed.

    They belong to the whole command, so ``careerclimb wins --data-dir X`` works as
    well as ``careerclimb --data-dir X wins``. Nothing after ``--`` is touched.
    """
    front: list[str] = []
    rest: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        if item == "--":
            rest.extend(items[index:])
            break
        if item == "--debug" or item.startswith("--data-dir="):
            front.append(item)
        elif item == "--data-dir" and index + 1 < len(items):
            front.extend(items[index : index + 2])
            index += 1
        else:
            rest.append(item)
        index += 1
    return front + rest


SIGNED_VALUE_OPTIONS = frozenset({"--before", "--after"})
"""Options whose value may be a negative number or a change such as -40%."""
# A minus before a figure, or before the money sign of one: "-3", "-.5", "-$40k".
_NEGATIVE_START = re.compile(r"-[$€£¥₹]?\.?[0-9]")


def attach_signed_values(argv: Sequence[str]) -> list[str]:
    """Join ``--before -3`` into ``--before=-3``, so that argparse takes the value.

    argparse reads a word that starts with "-" as an option unless it is a plain
    number, so ``--after -40%`` would fail with "expected one argument". Only the
    options in ``SIGNED_VALUE_OPTIONS`` are joined, and only with a value that is a
    "-" followed by a digit or a money sign ("-$40k"); nothing after ``--`` is
    touched.

    Args:
        argv: the arguments as typed.

    Returns:
        The arguments, with those values attached to their options.
    """
    items = list(argv)
    joined: list[str] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item == "--":
            joined.extend(items[index:])
            break
        following = items[index + 1] if index + 1 < len(items) else ""
        if item in SIGNED_VALUE_OPTIONS and _NEGATIVE_START.match(following):
            joined.append(f"{item}={following}")
            index += 2
            continue
        joined.append(item)
        index += 1
    return joined


CORE_COMMANDS = frozenset(
    {"log", "wins", "check", "ladders", "doctor", "review", "gaps"}
)
"""The sub-commands this module defines; the rest come from ``FEATURE_COMMANDS``."""


def needs_feature_commands(argv: Sequence[str]) -> bool:
    """Whether parsing ``argv`` needs the sub-commands of every feature module.

    Opening the app and the core sub-commands do not, so they skip importing the
    feature modules; help, and any other sub-command, do.

    Args:
        argv: the arguments, with the global options already moved to the front.
    """
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        if item == "--data-dir":
            index += 2
            continue
        if item in ("-h", "--help") or item == "--":
            return True
        if not item.startswith("-"):
            return item not in CORE_COMMANDS
        index += 1
    return False


def build_parser(features: bool = True) -> argparse.ArgumentParser:
    """The command line's parser.

    Args:
        features: add the sub-commands of every module in ``FEATURE_COMMANDS``.
    """
    parser = argparse.ArgumentParser(
        prog="careerclimb",
        description="A promotion coach for software engineers. "
        "With no sub-command, opens the app.",
    )
    # Not argparse's own version action: that one exits as soon as it is read,
    # so anything typed after it would be ignored rather than refused.
    parser.add_argument(
        "--version", action="store_true", help=catalogue.CLI_VERSION_HELP
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where the data lives (default: ${paths.HOME_ENV}, "
        "else the platform's user data folder)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="write a debug log file and print its path"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    log_cmd = commands.add_parser(
        "log",
        help="log a win without opening the app",
        description="Log a win. The text lands in your shell history; "
        "pass - to type it on standard input instead.",
    )
    log_cmd.add_argument(
        "text", help="what you did, or better, what changed; - reads stdin"
    )
    log_cmd.add_argument("--changed", metavar="TEXT", help="what changed because of it")
    # argparse formats help with %, so a literal % is doubled.
    log_cmd.add_argument(
        "--before", help=catalogue.CLI_LOG_BEFORE_HELP.replace("%", "%%")
    )
    log_cmd.add_argument(
        "--after", help=catalogue.CLI_LOG_AFTER_HELP.replace("%", "%%")
    )
    log_cmd.add_argument("--unit", help="the unit of the measure, e.g. minutes")
    log_cmd.add_argument("--metric", default="", help="what was measured, e.g. MTTR")
    log_cmd.add_argument(
        "--dimension",
        action="append",
        metavar="ID",
        help=catalogue.CLI_LOG_DIMENSION_HELP,
    )
    log_cmd.add_argument("--tag", action="append", help="a tag (repeat)")
    log_cmd.add_argument("--date", help="YYYY-MM-DD or DD/MM/YYYY (default: today)")
    log_cmd.add_argument(
        "--json", action="store_true", help="print the saved win as JSON"
    )
    log_cmd.set_defaults(handler=cmd_log)

    wins_cmd = commands.add_parser("wins", help="list wins, newest first")
    wins_cmd.add_argument("--quarter", help="only this quarter, e.g. 2026Q4")
    wins_cmd.add_argument("--search", help="only wins containing these words")
    wins_cmd.add_argument(
        "-n", "--limit", type=_positive, help="at most this many wins, newest first"
    )
    wins_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    wins_cmd.set_defaults(handler=cmd_wins)

    check_cmd = commands.add_parser(
        "check", help="show how the coach reads a statement (impact or activity)"
    )
    check_cmd.add_argument("text", help="the statement; - reads stdin")
    check_cmd.add_argument(
        "--changed", metavar="TEXT", help="what changed, read with it as one win"
    )
    check_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    check_cmd.set_defaults(handler=cmd_check)

    ladders_cmd = commands.add_parser("ladders", help="list, show or validate ladders")
    ladder_verbs = ladders_cmd.add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    list_cmd = ladder_verbs.add_parser("list", help="the ladders available")
    list_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    list_cmd.set_defaults(handler=cmd_ladders_list)
    show_cmd = ladder_verbs.add_parser("show", help="one ladder's levels")
    show_cmd.add_argument("id", help="the ladder id, e.g. software-engineer")
    show_cmd.add_argument(
        "--level",
        help="only this level, with its examples: its id, title or a company's "
        "name for it (e.g. senior or L5)",
    )
    show_cmd.set_defaults(handler=cmd_ladders_show)
    validate_cmd = ladder_verbs.add_parser("validate", help="check ladder YAML files")
    validate_cmd.add_argument("paths", nargs="+", metavar="PATH")
    validate_cmd.set_defaults(handler=cmd_ladders_validate)

    doctor_cmd = commands.add_parser(
        "doctor",
        help="check the data file and its backups; put a backup back",
        description=catalogue.CLI_DOCTOR_DESCRIPTION,
    )
    doctor_cmd.add_argument(
        "--restore",
        nargs="?",
        const="",
        metavar="BACKUP",
        help="put back the readable backup with the most wins (or the one named), "
        "keeping the current file aside as careerclimb.json.damaged-<time>; "
        "asks first when the current file can still be read; refused without a "
        "name when the backup holds far less than the file",
    )
    doctor_cmd.add_argument(
        "--yes",
        action="store_true",
        help="with --restore: replace a data file that can still be read without "
        "asking (needed when not run in a terminal)",
    )
    doctor_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    doctor_cmd.set_defaults(handler=cmd_doctor)

    review_cmd = commands.add_parser(
        "review",
        help=catalogue.CLI_HELP_REVIEW,
        description="With no option, opens the app on the quarterly review. "
        "--print or --json show the newest run of a quarter's review.",
    )
    review_cmd.add_argument(
        "--quarter", help="the quarter, e.g. 2026Q3 (default: the one to review now)"
    )
    review_output = review_cmd.add_mutually_exclusive_group()
    review_output.add_argument("--print", action="store_true", help="print it as text")
    review_output.add_argument("--json", action="store_true", help="JSON for scripts")
    review_cmd.set_defaults(handler=cmd_review)

    gaps_cmd = commands.add_parser("gaps", help=catalogue.CLI_HELP_GAPS)
    gaps_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    gaps_cmd.set_defaults(handler=cmd_gaps)

    if features:
        for module in FEATURE_COMMANDS:
            importlib.import_module(module).register(commands)
    _mention_global_options(commands)
    return parser


def _mention_global_options(commands: argparse._SubParsersAction[Any]) -> None:
    """End every sub-command's help, at any depth, with the global options.

    ``--data-dir`` and ``--debug`` belong to ``careerclimb`` itself, so a
    sub-command's own help would not list them, though they work there too.
    """
    for command in commands.choices.values():
        note = catalogue.CLI_GLOBAL_OPTIONS
        command.epilog = f"{command.epilog}\n\n{note}" if command.epilog else note
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _mention_global_options(action)


def _start_debug_log(data_dir: Path) -> tuple[Path, logging.Handler]:
    """Send the log to a private file in the data folder.

    Returns:
        The log file's path, and the handler to remove when the command ends.
    """
    from careerclimb_tui.store.storage import ensure_private_dir

    ensure_private_dir(data_dir)
    log_path = data_dir / "careerclimb-debug.log"
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    # A log left from before may have been created with looser permissions.
    os.fchmod(fd, 0o600)
    handler = logging.StreamHandler(os.fdopen(fd, "a", encoding="utf-8"))
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    return log_path, handler


def raised_at(error: BaseException) -> str:
    """Where an error was raised, as "module.function:line", for the debug log.

    Args:
        error: an error that was raised and caught.

    Returns:
        The innermost place its traceback passed through, or "unknown".
    """
    trace = error.__traceback__
    if trace is None:
        return "unknown"
    while trace.tb_next is not None:
        trace = trace.tb_next
    frame = trace.tb_frame
    module = frame.f_globals.get("__name__", "?")
    return f"{module}.{frame.f_code.co_name}:{trace.tb_lineno}"


def _command_name(args: argparse.Namespace) -> str:
    """The sub-command as typed ("ladders show"), or "app" for the app itself."""
    command = getattr(args, "command", None)
    if command is None:
        return "app"
    verb = getattr(args, "verb", None)
    return f"{command} {verb}" if isinstance(verb, str) else command


def _show_version(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Print the version and exit, or refuse a command typed with it.

    Raises:
        SystemExit: always; 0 after the version, 2 with the usage.
    """
    if args.command is not None:
        parser.error(catalogue.CLI_VERSION_ALONE.format(command=args.command))
    sys.stdout.write(f"{parser.prog} {__version__}\n")
    parser.exit(0)


def main(
    argv: Sequence[str] | None = None,
    clock: Clock | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the command line.

    Args:
        argv: the arguments (default: the process's).
        clock: the clock to use (tests pass a fixed one).
        out: where to print (default: standard output).

    Returns:
        The exit code.
    """
    raw = sys.argv[1:] if argv is None else argv
    # Every text argument enters here; none may carry a control character.
    raw = [plain_text(arg, lines=True) for arg in raw]
    hoisted = attach_signed_values(hoist_global_options(raw))
    parser = build_parser(features=needs_feature_commands(hoisted))
    args = parser.parse_args(hoisted)
    if args.version:
        _show_version(parser, args)
    ctx = Context(args, clock or SystemClock(), out or sys.stdout)
    log_path: Path | None = None
    log_handler: logging.Handler | None = None
    handler: Callable[[Context], int] = getattr(args, "handler", run_tui)
    try:
        if args.debug:
            log_path, log_handler = _start_debug_log(ctx.data_dir)
            log.info("careerclimb %s: %s", __version__, _command_name(args))
            log.info("data file: %s", ctx.data_dir / paths.DATA_FILE_NAME)
        status = handler(ctx)
        log.info("exit status %s", status)
        return status
    except CareerClimbError as error:
        # Where it was raised, not its message: a message may quote what the
        # user typed (a title, a date), and the log must never hold that.
        log.info("error (exit status %s) from %s", error.exit_code, raised_at(error))
        told = plain_text(error.message, lines=True)
        if error.next_step and getattr(args, "command", None) != "doctor":
            told = f"{told} {error.next_step}"
        sys.stderr.write(f"careerclimb: {told}\n")
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`); say nothing more to a closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:
        # The error's name, not its text: the text names the file, which may be
        # a name the user typed.
        name = errno.errorcode.get(error.errno or 0, type(error).__name__)
        log.info("system error %s from %s", name, raised_at(error))
        where = error.filename or ctx.data_dir
        sys.stderr.write(
            "careerclimb: "
            + catalogue.CLI_OS_ERROR.format(path=where, reason=error.strerror)
            + "\n"
        )
        return 1
    finally:
        if log_handler is not None:
            log.removeHandler(log_handler)
            log_handler.close()
            log.setLevel(logging.NOTSET)
        if log_path is not None:
            sys.stderr.write(f"Debug log: {log_path}\n")


if __name__ == "__main__":
    sys.exit(main())
