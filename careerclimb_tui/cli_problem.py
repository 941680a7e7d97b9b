"""``careerclimb problem``: the next-level problem from the command line.

``list`` shows the user's initiatives and, apart from them, the catalogue;
``show`` one initiative in full; ``log`` files a note; ``measure`` records a
reading (the first one is the baseline, with what it measures and which way is
better); ``readings`` lists them, numbered, and corrects or removes one. With no
verb it opens the app on the problem screen. The same domain code as the app
decides every rule, and nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue, paths
from careerclimb_tui.catalogs import ProblemShelf
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_note,
    add_reading,
    better_contradiction,
    correct_reading,
    correction_jump,
    days_ago_text,
    days_since_update,
    has_result_win,
    last_source,
    missing_measure_terms,
    numbered_reading,
    numbered_readings,
    reading_jump,
    reading_value,
    remove_reading,
    result_is_final,
    result_win_behind,
    result_win_unbacked,
    step_after_measure,
    step_without_keys,
    unit_given,
)
from careerclimb_tui.domain.problems import BETTER_DIRECTIONS, BETTER_LOWER
from careerclimb_tui.domain.sentences import mid_sentence
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.problem_text import (
    amount,
    change_line,
    entry_json,
    initiative_json,
    people_lines,
    problem_shelf,
    reading_bars,
    reading_date,
    result_win_behind_line,
    result_win_unbacked_line,
    stage_label,
    stage_log,
    stage_path,
    stale_warning,
    status_line,
)
from careerclimb_tui.store.initiative_docs import (
    INITIATIVES,
    initiative,
    initiatives,
    save_initiative,
)

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context

INDENT = "  "
STAGE_WIDTH = 22
"""The most cells a stage takes in the problem list; a longer one is cut."""
MIN_TITLE_WIDTH = 20
"""The fewest cells a problem's title keeps in the list, however narrow it is."""
LIST_HEADINGS = (
    catalogue.PROBLEM_CLI_COL_ID,
    catalogue.PROBLEM_CLI_COL_STAGE,
    catalogue.PROBLEM_CLI_COL_UPDATED,
)
"""The headings of the problem list's columns before the title's."""


def _shelf(ctx: Context) -> ProblemShelf:
    return problem_shelf(ctx.data_dir / paths.DATA_FILE_NAME)


def _warn_unreadable(ctx: Context) -> None:
    """Say on stderr which initiatives could not be read; they stay in the file."""
    for problem in ctx.store.problems:
        if problem.table == INITIATIVES:
            sys.stderr.write(
                catalogue.CLI_UNREADABLE.format(
                    table=problem.table, id=problem.record_id, reason=problem.reason
                )
                + "\n"
            )


def _cut(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(width - 1, 1)] + "…"


# --- list ----------------------------------------------------------------------


def cmd_problem_list(ctx: Context) -> int:
    """Print the user's initiatives, then the catalogue, clearly apart."""
    found = initiatives(ctx.store)
    _warn_unreadable(ctx)
    shelf = _shelf(ctx)
    today = ctx.clock.today()
    if ctx.args.json:
        ctx.print_json(
            {
                "initiatives": [initiative_json(i, today) for i in found],
                "catalog": [entry_json(entry) for entry in shelf],
                "broken_catalog_files": [
                    {"path": b.path, "message": b.message} for b in shelf.broken
                ],
            }
        )
        return 0

    width = shutil.get_terminal_size((100, 24)).columns
    ctx.print(catalogue.PROBLEM_CLI_YOURS)
    if not found:
        ctx.print(INDENT + catalogue.PROBLEM_CLI_NONE)
    else:
        for line in list_lines(found, today, width):
            ctx.print(line)

    ctx.print()
    # With none of the user's own listed, there are no numbers to point to.
    shows = catalogue.PROBLEM_CLI_SHOW_NUMBERS if found else ""
    ctx.print(catalogue.PROBLEM_CLI_CATALOG + shows)
    id_width = max((len(entry.id) for entry in shelf), default=2)
    for entry in shelf:
        title = _cut(entry.title, max(width - id_width - 6, 20))
        ctx.print(f"{INDENT}{entry.id:<{id_width}}  {title}")
    for broken in shelf.broken:
        sys.stderr.write(f"warning: {broken.message}\n")
    return 0


# --- show ----------------------------------------------------------------------


def show_lines(shown: Initiative, ctx: Context) -> list[str]:
    """An initiative in full, as lines a person reads."""
    today = ctx.clock.today()
    entry = _shelf(ctx).get(shown.problem_id)
    lines = [f"#{shown.id} {shown.title}", INDENT + stage_path(shown)]
    # The step may name the tracker's keys, which mean nothing in a terminal.
    step = step_without_keys(shown.next_step, entry)
    lines.append(INDENT + status_line(shown.with_changes(next_step=step), today))
    warning = stale_warning(shown, today)
    if warning:
        lines.append(f"{INDENT}! {warning}")
    if shown.dropped_reason:
        lines.append(
            INDENT + catalogue.PROBLEM_CLI_DROPPED.format(reason=shown.dropped_reason)
        )
    if entry is not None:
        lines.append(
            INDENT + catalogue.PROBLEM_CLI_FROM.format(title=entry.title, id=entry.id)
        )
    if shown.description:
        lines.append(INDENT + " ".join(shown.description.split()))

    lines += ["", catalogue.PROBLEM_SECTION_MEASURE]
    if shown.metric:
        better = f" ({shown.better} is better)" if shown.better else ""
        lines.append(f"{INDENT}{shown.metric}{better}")
    lines += [INDENT + line for line in reading_bars(shown)]
    moved = change_line(shown)
    if moved:
        template = (
            catalogue.PROBLEM_CLI_RESULT
            if result_is_final(shown)
            else catalogue.PROBLEM_CLI_CHANGE
        )
        # After "Change:" the metric's name reads inside the sentence.
        lines.append(INDENT + template.format(change=mid_sentence(moved)))
    elif shown.baseline is None:
        lines.append(INDENT + catalogue.PROBLEM_CLI_NO_BASELINE.format(id=shown.id))

    people = people_lines(shown)
    if people:
        lines += ["", catalogue.PROBLEM_SECTION_PEOPLE]
        lines += [INDENT + line for line in people]

    lines += ["", catalogue.PROBLEM_SECTION_LOG]
    for stage, at, why, notes in stage_log(shown):
        head = f"{INDENT}{stage.label} · {at.date().isoformat()}"
        lines.append(f"{head} — {why}" if why else head)
        lines += [
            f"{INDENT * 2}{when.date().isoformat()}  {text}" for when, text in notes
        ]

    if shown.win_ids:
        lines += ["", catalogue.PROBLEM_SECTION_WINS]
        wins = {w.id: w for w in ctx.store.wins()}
        for win_id in shown.win_ids:
            win = wins.get(win_id)
            title = (
                _cut(win.title, 70)
                if win
                else catalogue.PROBLEM_WIN_GONE.format(id=win_id)
            )
            lines.append(f"{INDENT}#{win_id} {title}")
        behind = result_win_behind(shown, wins)
        if behind is not None:
            said = result_win_behind_line(
                shown, behind, catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND
            )
            lines.append(INDENT + said)
    return lines


def list_lines(found: list[Initiative], today: dt.date, width: int) -> list[str]:
    """The user's problems as a table, each column as wide as its widest cell.

    The problem's title takes the rest of the line and is cut with "…" when
    longer; the change measured and any warning go under it.

    Args:
        found: the problems, in the order listed.
        today: the user's local date, for how long ago each was updated.
        width: the terminal's columns.

    Returns:
        The heading line, then each problem's lines.
    """
    rows = [
        (
            str(shown.id),
            _cut(stage_label(shown), STAGE_WIDTH),
            # The same words as the app's problem list: "today", "3 days ago".
            days_ago_text(days_since_update(shown, today)),
        )
        for shown in found
    ]
    widths = [
        max(len(heading), *(len(row[column]) for row in rows))
        for column, heading in enumerate(LIST_HEADINGS)
    ]
    number, stage, updated = widths
    lead = f"{INDENT}{{:>{number}}}  {{:<{stage}}}  {{:<{updated}}}  "
    room = max(width - len(lead.format("", "", "")), MIN_TITLE_WIDTH)

    lines = [lead.format(*LIST_HEADINGS) + catalogue.PROBLEM_CLI_COL_PROBLEM]
    under = lead.format("", "", "")
    for shown, row in zip(found, rows, strict=True):
        lines.append(lead.format(*row) + _cut(shown.title, room))
        moved = change_line(shown)
        if moved:
            lines.append(f"{under}↳ {moved}")
        warning = stale_warning(shown, today)
        if warning:
            lines.append(f"{under}! {warning}")
    return lines


def cmd_problem_show(ctx: Context) -> int:
    """Print one initiative."""
    shown = initiative(ctx.store, ctx.args.id)
    if ctx.args.json:
        ctx.print_json(initiative_json(shown, ctx.clock.today()))
        return 0
    for line in show_lines(shown, ctx):
        ctx.print(line)
    return 0


# --- log and measure -------------------------------------------------------------


def _saved_json(ctx: Context, saved: Initiative) -> dict[str, Any]:
    return initiative_json(saved, ctx.clock.today())


def cmd_problem_log(ctx: Context) -> int:
    """File a dated note under the initiative's current stage."""
    args = ctx.args
    now = ctx.clock.now()
    shown = initiative(ctx.store, args.id)
    try:
        updated = add_note(shown, args.note, now)
    except CareerClimbError as error:
        # A blank note is a mistake in what was typed, as every other one here.
        error.exit_code = 2
        raise
    if args.next is not None:
        updated = updated.with_changes(next_step=args.next.strip())
    saved = save_initiative(ctx.store, updated)
    if args.json:
        ctx.print_json(_saved_json(ctx, saved))
        return 0
    ctx.print(catalogue.PROBLEM_CLI_NOTED.format(id=saved.id, stage=saved.stage.label))
    return 0


# How each unnamed part of a measure is given on the command line.
_MEASURE_OPTIONS = {"metric": "--metric NAME", "better": "--better lower|higher"}


def _measure_example(ctx: Context, shown: Initiative, metric: str, better: str) -> str:
    """The options of a complete first reading, keeping what the user gave.

    What is still missing comes from the catalogue entry's measures (one that
    points the way the user chose, when they chose), else a general example.
    """
    entry = _shelf(ctx).get(shown.problem_id)
    measures = entry.measures if entry else ()
    chosen = better if better in BETTER_DIRECTIONS else ""
    fitting = [m for m in measures if m.better == chosen] or list(measures)
    example = fitting[0] if fitting else None
    return catalogue.PROBLEM_CLI_MEASURE_EG.format(
        metric=metric or (example.name if example else catalogue.PROBLEM_CLI_METRIC_EG),
        better=chosen or (example.better if example else BETTER_LOWER),
    )


def _measured(ctx: Context, shown: Initiative) -> Initiative:
    """The initiative with what it measures, as the options name it.

    The first reading is the baseline, so it needs what is measured and which
    way is better, as the app's baseline form asks. Later readings need neither;
    --metric may still fill in a name left blank but never change one set, while
    --better may turn the direction at any reading, as the app's reading form
    lets it: a direction chosen the wrong way round would misjudge every change.

    Raises:
        CareerClimbError: when the baseline's measure is not named, or --metric
            would change what is already measured.
    """
    args = ctx.args
    given_metric = " ".join((args.metric or "").split())
    given_better = args.better or ""
    if shown.baseline is None:
        metric = given_metric or shown.metric
        better = given_better or shown.better
        missing = missing_measure_terms(metric, better)
        if missing:
            raise CareerClimbError(
                catalogue.PROBLEM_CLI_BASELINE_NEEDS.format(
                    id=shown.id,
                    missing=" and ".join(_MEASURE_OPTIONS[part] for part in missing),
                    example=_measure_example(ctx, shown, metric, better),
                ),
                exit_code=2,
            )
        return shown.with_changes(metric=metric, better=better)

    if given_metric and shown.metric and given_metric != shown.metric:
        direction = (
            catalogue.PROBLEM_METRIC_BETTER.format(better=shown.better)
            if shown.better
            else ""
        )
        raise CareerClimbError(
            catalogue.PROBLEM_CLI_MEASURE_SET.format(
                id=shown.id,
                measure=f"{mid_sentence(shown.metric)}{direction}".strip(),
            ),
            exit_code=2,
        )
    return shown.with_changes(
        metric=shown.metric or given_metric, better=given_better or shown.better
    )


def _refuse_unconfirmed_jump(jump: str, confirmed: bool) -> None:
    """Refuse a reading that looks like a slip unless --yes says it is right.

    Raises:
        CareerClimbError: when ``jump`` says why it looks like one and the
            user did not confirm it.
    """
    if jump and not confirmed:
        raise CareerClimbError(
            catalogue.PROBLEM_CLI_READING_JUMP.format(jump=jump), exit_code=2
        )


def cmd_problem_measure(ctx: Context) -> int:
    """Record a reading; the first one becomes the baseline."""
    args = ctx.args
    shown = initiative(ctx.store, args.id)
    value = reading_value(
        args.value, catalogue.PROBLEM_READING_VALUE_NAME, shown.baseline
    )
    if value is None:
        raise CareerClimbError(catalogue.INITIATIVE_READING_NOT_A_NUMBER, exit_code=2)
    day = reading_date(args.date or "", ctx.clock.today())
    measured = _measured(ctx, shown)

    unit = args.unit
    if unit is None:
        # Later readings are in the baseline's unit unless told otherwise.
        unit = shown.baseline.unit if shown.baseline else ""
    # As the app's reading box does, a later reading comes from where the last
    # one came from unless told otherwise; the user is told so below.
    kept_source = args.source is None and shown.baseline is not None
    source = last_source(shown) if kept_source else args.source or ""
    reading = Reading(value, unit, day, source)
    read = add_reading(measured, reading, ctx.clock.now())
    # As the app asks before saving one, a reading out of all proportion with
    # the earlier ones is saved only when the user says it is right.
    _refuse_unconfirmed_jump(reading_jump(shown, value), args.yes)
    # While measuring, a suggested next step follows the result, as in the app.
    wins = {w.id: w for w in ctx.store.wins()}
    behind = result_win_behind(read, wins)
    entry = _shelf(ctx).get(shown.problem_id)
    step = step_after_measure(
        read, entry, has_result_win(read, wins), behind is not None
    )
    saved = save_initiative(ctx.store, read.with_changes(next_step=step))
    if kept_source and source:
        sys.stderr.write(catalogue.PROBLEM_CLI_SOURCE_KEPT.format(source=source))
    # Saved all the same, as in the app: the words or the direction may be the
    # part that is wrong, and only the user knows which.
    against = better_contradiction(saved, catalogue.PROBLEM_CLI_BETTER_FIX)
    if against:
        warning = catalogue.PROBLEM_CLI_BETTER_CONTRADICTS.format(notice=against)
        sys.stderr.write(warning)
    if args.json:
        ctx.print_json(_saved_json(ctx, saved))
        return 0
    if shown.baseline is None:
        ctx.print(
            catalogue.PROBLEM_CLI_BASELINE.format(
                id=saved.id, reading=amount(reading), date=day.isoformat()
            )
        )
        return 0
    ctx.print(
        catalogue.PROBLEM_CLI_READING.format(
            id=saved.id,
            reading=amount(reading),
            date=day.isoformat(),
            change=mid_sentence(change_line(saved) or "—"),
        )
    )
    unit_now = unit_given(shown, saved)
    if unit_now:
        ctx.print(catalogue.PROBLEM_CLI_UNIT_GIVEN.format(id=saved.id, unit=unit_now))
    # As the app does, say when the logged result no longer tells the latest one.
    if behind is not None:
        ctx.print(
            result_win_behind_line(
                saved, behind, catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND
            )
        )
    return 0


# --- readings ------------------------------------------------------------------


def reading_lines(shown: Initiative) -> list[str]:
    """The readings numbered as ``--correct`` and ``--delete`` take them."""
    readings = numbered_readings(shown)
    if not readings:
        return [catalogue.PROBLEM_CLI_NO_BASELINE.format(id=shown.id)]
    lines = [catalogue.PROBLEM_CLI_READINGS_HEAD.format(id=shown.id)]
    width = len(str(len(readings)))
    for number, reading in enumerate(readings, start=1):
        line = f"{INDENT}{number:>{width}}  {reading.date.isoformat()}  "
        line += amount(reading)
        if number == 1:
            line += f"  {catalogue.PROBLEM_CLI_BASELINE_MARK}"
        if reading.source:
            line += f"  ({reading.source})"
        lines.append(line)
    lines.append(catalogue.PROBLEM_CLI_READINGS_HOW.format(id=shown.id))
    return lines


def _reading_number(text: str) -> int:
    """The reading number typed after --correct or --delete.

    Raises:
        CareerClimbError: when it is not a whole number.
    """
    try:
        return int(text)
    except ValueError:
        raise CareerClimbError(
            catalogue.PROBLEM_CLI_READING_NUMBER.format(text=text), exit_code=2
        ) from None


def _corrected(ctx: Context, shown: Initiative) -> tuple[Initiative, str]:
    """The initiative with the reading --correct names put right, and what to say.

    The day and the source stay as they were unless --date or --source say
    otherwise; the unit always stays.

    Raises:
        CareerClimbError: when there is no such reading, the new value breaks a
            rule of a new reading, or it looks like a slip and --yes is not given.
    """
    args = ctx.args
    number = _reading_number(args.correct[0])
    # A change such as "-40%" is a change of the baseline, never of itself.
    baseline = shown.baseline if number > 1 else None
    value = reading_value(
        args.correct[1], catalogue.PROBLEM_READING_VALUE_NAME, baseline
    )
    if value is None:
        raise CareerClimbError(catalogue.INITIATIVE_READING_NOT_A_NUMBER, exit_code=2)
    was = numbered_reading(shown, number)
    day = reading_date(args.date, ctx.clock.today()) if args.date else was.date
    source = was.source if args.source is None else args.source
    wanted = Reading(value, was.unit, day, source)
    fixed = correct_reading(shown, number, wanted, ctx.clock.now())
    _refuse_unconfirmed_jump(correction_jump(shown, number, value), args.yes)
    told = catalogue.PROBLEM_CLI_READING_CORRECTED.format(
        number=number, id=shown.id, reading=amount(wanted), date=day.isoformat()
    )
    return fixed, told


def _set_better(ctx: Context, shown: Initiative, better: str) -> int:
    """Save which way is better for a problem, its readings left as they are.

    A direction set the wrong way round by one reading would otherwise stay,
    since removing that reading does not say which way it was before.
    """
    saved = save_initiative(ctx.store, shown.with_changes(better=better))
    if ctx.args.json:
        ctx.print_json(_saved_json(ctx, saved))
        return 0
    ctx.print(catalogue.PROBLEM_CLI_BETTER_SET.format(id=saved.id, better=better))
    moved = change_line(saved)
    if moved:
        ctx.print(catalogue.PROBLEM_CLI_CHANGE.format(change=mid_sentence(moved)))
    return 0


def cmd_problem_readings(ctx: Context) -> int:
    """List the readings, numbered; or correct or remove one of them."""
    args = ctx.args
    if args.correct is None and (args.date or args.source is not None or args.yes):
        raise CareerClimbError(catalogue.PROBLEM_CLI_ONLY_WITH_CORRECT, exit_code=2)
    shown = initiative(ctx.store, args.id)
    if args.better is not None:
        return _set_better(ctx, shown, args.better)
    if args.correct is None and args.delete is None:
        if args.json:
            ctx.print_json(_saved_json(ctx, shown))
            return 0
        for line in reading_lines(shown):
            ctx.print(line)
        return 0

    if args.delete is not None:
        number = _reading_number(args.delete)
        gone = numbered_reading(shown, number)
        changed = remove_reading(shown, number, ctx.clock.now())
        told = catalogue.PROBLEM_CLI_READING_REMOVED.format(
            number=number, id=shown.id, reading=amount(gone), date=gone.date
        )
        if number == 1 and changed.baseline is not None:
            told += " " + catalogue.PROBLEM_CLI_NEW_BASELINE.format(
                reading=amount(changed.baseline), date=changed.baseline.date
            )
    else:
        changed, told = _corrected(ctx, shown)
    # While measuring, the suggested next step follows the result, as after a
    # new reading.
    wins = {w.id: w for w in ctx.store.wins()}
    behind = result_win_behind(changed, wins)
    step = step_after_measure(
        changed,
        _shelf(ctx).get(shown.problem_id),
        has_result_win(changed, wins),
        behind is not None,
    )
    saved = save_initiative(ctx.store, changed.with_changes(next_step=step))
    # As the app's page does, say when the result win lost the reading behind it;
    # on stderr, so a script reading the output is not thrown.
    unbacked = result_win_unbacked(saved, wins)
    if unbacked is not None:
        notice = result_win_unbacked_line(
            unbacked, catalogue.PROBLEM_CLI_RESULT_WIN_UNBACKED, saved.id
        )
        sys.stderr.write(notice + "\n")
    if args.json:
        ctx.print_json(_saved_json(ctx, saved))
        return 0
    ctx.print(told)
    moved = change_line(saved)
    if moved:
        ctx.print(catalogue.PROBLEM_CLI_CHANGE.format(change=mid_sentence(moved)))
    if behind is not None:
        ctx.print(
            result_win_behind_line(
                saved, behind, catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND
            )
        )
    return 0


def cmd_problem_open(ctx: Context) -> int:
    """Open the app on the problem screen."""
    from careerclimb_tui.cli import run_tui

    return run_tui(
        ctx,
        start="open('problem')",
        without_terminal=(
            f"{catalogue.TUI_NEEDS_TERMINAL} {catalogue.CLI_PROBLEM_IN_TEXT}"
        ),
    )


# --- parser --------------------------------------------------------------------


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``problem`` and its verbs to the command line.

    Args:
        commands: the sub-parsers of the ``careerclimb`` parser.
    """
    problem = commands.add_parser(
        "problem",
        help=catalogue.CLI_HELP_PROBLEM,
        description=catalogue.CLI_PROBLEM_DESCRIPTION,
    )
    problem.set_defaults(handler=cmd_problem_open)
    verbs = problem.add_subparsers(dest="verb", metavar="VERB")

    list_cmd = verbs.add_parser(
        "list", help="your problems, then the catalogue of problems to own"
    )
    list_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    list_cmd.set_defaults(handler=cmd_problem_list)

    show_cmd = verbs.add_parser("show", help="one of your problems in full")
    show_cmd.add_argument("id", help="its id, as `problem list` shows it")
    show_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    show_cmd.set_defaults(handler=cmd_problem_show)

    log_cmd = verbs.add_parser("log", help="file a dated note under its stage")
    log_cmd.add_argument("id", help="the problem's id")
    log_cmd.add_argument("note", help="the note")
    log_cmd.add_argument("--next", metavar="STEP", help="also set the next step")
    log_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    log_cmd.set_defaults(handler=cmd_problem_log)

    measure_cmd = verbs.add_parser(
        "measure",
        help="record a reading; the first one is the baseline",
        description="Records a reading of what the problem changes. The first "
        "reading is the baseline, so it needs --metric and --better: what is "
        "measured and which way is better. Later readings need only the number, "
        "and take the baseline's unit and the last reading's source unless told "
        "otherwise; --better on any reading changes which way is better.",
    )
    measure_cmd.add_argument("id", help="the problem's id")
    measure_cmd.add_argument("value", help="the number read, e.g. 14 or 2.5")
    measure_cmd.add_argument(
        "--metric",
        metavar="NAME",
        help='what is measured, e.g. "Lead time for changes" (needed for the baseline)',
    )
    measure_cmd.add_argument(
        "--better",
        choices=BETTER_DIRECTIONS,
        help="which way is better (needed for the baseline; on a later reading, "
        "changes it)",
    )
    measure_cmd.add_argument(
        "--unit",
        help="what it counts, e.g. hours (default: the baseline's unit; readings "
        "saved without one take the first unit given)",
    )
    measure_cmd.add_argument("--date", help="YYYY-MM-DD or DD/MM/YYYY (default: today)")
    measure_cmd.add_argument(
        "--source",
        help="where the number came from (default: the last reading's source, "
        "said on stderr)",
    )
    measure_cmd.add_argument(
        "--yes",
        action="store_true",
        help="save a reading a thousand times the earlier ones or a "
        "thousandth of them, which is otherwise refused as a likely slip",
    )
    measure_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    measure_cmd.set_defaults(handler=cmd_problem_measure)

    readings_cmd = verbs.add_parser(
        "readings",
        help="list the readings, numbered; correct or remove one",
        description="Lists the readings of a problem, numbered from 1, the "
        "baseline. --correct N VALUE puts right reading N's number (and its "
        "day or source, with --date and --source); --delete N removes it, and "
        "removing the baseline makes the next reading the baseline; --better "
        "lower|higher sets which way is better on its own.",
    )
    readings_cmd.add_argument("id", help="the problem's id")
    change = readings_cmd.add_mutually_exclusive_group()
    change.add_argument(
        "--correct",
        nargs=2,
        metavar=("N", "VALUE"),
        help="give reading N the number VALUE",
    )
    change.add_argument("--delete", metavar="N", help="remove reading N")
    change.add_argument(
        "--better",
        choices=BETTER_DIRECTIONS,
        help="set which way is better, without adding or changing a reading",
    )
    readings_cmd.add_argument(
        "--date", help="with --correct: the day it was taken (default: as it was)"
    )
    readings_cmd.add_argument(
        "--source", help="with --correct: where it came from (default: as it was)"
    )
    readings_cmd.add_argument(
        "--yes",
        action="store_true",
        help="with --correct: save a number a thousand times the other readings "
        "or a thousandth of them, which is otherwise refused as a likely slip",
    )
    readings_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    readings_cmd.set_defaults(handler=cmd_problem_readings)
