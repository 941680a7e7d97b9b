"""The manager conversation outside the app: ``careerclimb prep`` and ``criteria``.

Also the plan and the criteria as text, Markdown and JSON, and the private file the
plan is exported to; the screens use the same functions, so a printed plan and an
exported one read the same. Nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue, queries
from careerclimb_tui.domain.conversation import PrepPlan, render_prep_text
from careerclimb_tui.domain.criteria import (
    STALE_WEEKS,
    Conversation,
    Criterion,
    agreed_check_in,
    needs_evidence,
    next_check_in,
)
from careerclimb_tui.domain.dates import dates_in_words
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.markdown import escape_inline, escape_markdown
from careerclimb_tui.paths import export_file_name
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.store.export_docs import write_private_file
from careerclimb_tui.wrapping import wrap_words

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context

TEXT_WIDTH = 78
"""The width printed criteria are wrapped to."""
"""An exported plan holds what the user thinks of their manager: theirs alone."""


# --- The prep plan as Markdown and JSON ---------------------------------------------


def render_prep_markdown(plan: PrepPlan) -> str:
    """Lay the prep plan out as a Markdown document.

    Args:
        plan: the plan.

    Returns:
        A title, the target line, then one second-level heading per section,
        ending in a single newline. Every piece of user text is escaped.
    """
    lines = [
        f"# {escape_inline(catalogue.PREP_TITLE.format(level=plan.target_title))}",
        "",
        escape_inline(
            catalogue.PREP_TARGET.format(
                current=plan.current_title,
                level=plan.target_title,
                cycle=plan.cycle_dated,
            )
        ),
        "",
    ]

    def section(heading: str, body: Sequence[str]) -> None:
        lines.extend([f"## {escape_inline(heading)}", "", *body, ""])

    if plan.before:
        section(
            catalogue.PREP_BEFORE_HEADING,
            [f"- [ ] {escape_inline(item)}" for item in plan.before],
        )
    section(catalogue.PREP_ASK_HEADING, [f"> {escape_inline(plan.ask)}"])
    evidence = [
        f"{number}. {escape_inline(line.text)}"
        for number, line in enumerate(plan.evidence, start=1)
    ]
    if plan.evidence_hint:
        evidence += ([""] if evidence else []) + [
            f"_{escape_inline(plan.evidence_hint)}_"
        ]
    section(catalogue.PREP_EVIDENCE_HEADING, evidence)
    section(
        catalogue.PREP_INITIATIVE_HEADING,
        [escape_markdown(plan.initiative or catalogue.PREP_INITIATIVE_NONE)],
    )
    questions = [f"- {escape_inline(question)}" for question in plan.questions]
    if plan.questions_hint:
        questions += ["", f"_{escape_inline(plan.questions_hint)}_"]
    section(catalogue.PREP_QUESTIONS_HEADING, questions)
    section(catalogue.PREP_PUSH_HEADING, [f"> {escape_inline(plan.push_back)}"])
    section(
        catalogue.PREP_WRITE_DOWN_HEADING,
        [f"- [ ] {escape_inline(item)}" for item in plan.write_down],
    )
    return "\n".join(lines).rstrip("\n") + "\n"


def prep_json(plan: PrepPlan) -> dict[str, Any]:
    """The prep plan, for scripts."""
    return {
        "target_level": plan.target_level_id,
        "target_title": plan.target_title,
        "current_title": plan.current_title,
        "cycle_closes": plan.cycle_closes.isoformat() if plan.cycle_closes else None,
        "cycle": plan.cycle,
        "ask": plan.ask,
        "evidence": [
            {
                "win_id": line.win_id,
                "title": line.title,
                "change": line.change,
                "notes": list(line.notes),
            }
            for line in plan.evidence
        ],
        "evidence_hint": plan.evidence_hint,
        "initiative": plan.initiative,
        "before": list(plan.before),
        "questions": list(plan.questions),
        "questions_hint": plan.questions_hint,
        "push_back": plan.push_back,
        "write_down": list(plan.write_down),
    }


def default_export_path(today: dt.date) -> Path:
    """Where the plan is offered to be saved: the home folder, named by the date
    (and marked as the demo's in the demo)."""
    name = catalogue.MANAGER_EXPORT_NAME.format(date=today.isoformat())
    return Path.home() / export_file_name(name)


# --- Criteria as text and JSON ------------------------------------------------------


def evidence_count(criterion: Criterion) -> str:
    """The evidence linked to a criterion in a few words: "2 wins + initiative"."""
    parts: list[str] = []
    if criterion.win_ids:
        count = len(criterion.win_ids)
        parts.append(
            catalogue.MANAGER_EVIDENCE_WIN
            if count == 1
            else catalogue.MANAGER_EVIDENCE_WINS.format(count=count)
        )
    if criterion.initiative_id is not None:
        parts.append(catalogue.MANAGER_EVIDENCE_INITIATIVE)
    return " + ".join(parts) or catalogue.MANAGER_EVIDENCE_NONE


def status_text(criterion: Criterion, today: dt.date) -> str:
    """The criterion's status, flagged when it waited six weeks for evidence."""
    if needs_evidence(criterion, today):
        return catalogue.MANAGER_STATUS_FLAGGED.format(status=criterion.status)
    return criterion.status


def criteria_json(
    found: Sequence[Criterion],
    talks: Sequence[Conversation],
    ladder: Ladder,
    advice: str,
    today: dt.date,
) -> dict[str, Any]:
    """The criteria, the conversations they came from and the next check-in."""
    agreed = agreed_check_in(talks, today)
    return {
        "criteria": [
            {
                "number": number,
                "id": c.id,
                "text": c.text,
                "dimension": c.dimension,
                "dimension_name": ladder.dimension_name(c.dimension)
                if c.dimension
                else "",
                "example_given": c.example_given,
                "example": c.example,
                "cycle": c.cycle,
                "status": c.status,
                "win_ids": list(c.win_ids),
                "initiative_id": c.initiative_id,
                "needs_evidence": needs_evidence(c, today),
                "recorded": c.created_at.date().isoformat() if c.created_at else None,
                "history": [
                    {"status": step.status, "at": step.at.isoformat()}
                    for step in c.status_history
                ],
            }
            for number, c in enumerate(found, start=1)
        ],
        "conversations": [
            {
                "id": talk.id,
                "date": talk.date.isoformat(),
                "notes": talk.notes,
                "criterion_ids": list(talk.criterion_ids),
            }
            for talk in talks
        ],
        "next_check_in": advice,
        "next_check_in_day": agreed.day.isoformat() if agreed else None,
    }


def criteria_text(
    found: Sequence[Criterion], ladder: Ladder, advice: str, today: dt.date
) -> list[str]:
    """The criteria as numbered paragraphs a person reads, then the next check-in."""
    if not found:
        return [catalogue.MANAGER_CLI_NO_CRITERIA]
    lines: list[str] = []
    indent = "     "
    for number, c in enumerate(found, start=1):
        lines.extend(
            wrap_words(
                " ".join(c.text.split()),
                TEXT_WIDTH,
                initial_indent=f"{number:>3}. ",
                subsequent_indent=indent,
            )
        )
        facts = [
            status_text(c, today),
            ladder.dimension_name(c.dimension)
            if c.dimension
            else catalogue.MANAGER_NO_DIMENSION,
            catalogue.MANAGER_CLI_EVIDENCE.format(evidence=evidence_count(c)),
        ]
        if c.cycle:
            facts.append(dates_in_words(c.cycle))
        lines.extend(
            wrap_words(
                " · ".join(facts),
                TEXT_WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
            )
        )
        if c.example:
            lines.extend(
                wrap_words(
                    catalogue.MANAGER_EXAMPLE.format(
                        example=" ".join(c.example.split())
                    ),
                    TEXT_WIDTH,
                    initial_indent=indent,
                    subsequent_indent=indent,
                )
            )
    lines.append("")
    lines.extend(
        wrap_words(catalogue.MANAGER_NEXT_CHECK_IN.format(advice=advice), TEXT_WIDTH)
    )
    return lines


# --- Sub-commands -------------------------------------------------------------------


def _ladder_and_profile(ctx: Context) -> tuple[Ladder, Profile | None]:
    profile = ctx.store.profile()
    shelf = ctx.shelf()
    ladder = (shelf.get(profile.ladder_id) if profile else None) or shelf.get(
        "software-engineer"
    )
    if ladder is None:
        raise CareerClimbError(catalogue.NO_PROFILE)
    return ladder, profile


def cmd_prep(ctx: Context) -> int:
    """Open the prep screen, or print, export or emit the prep plan."""
    from careerclimb_tui.cli import run_tui

    args = ctx.args
    if not (args.print or args.markdown or args.json):
        return run_tui(ctx, start="open('prep')")
    ladder, profile = _ladder_and_profile(ctx)
    today = ctx.clock.today()
    view = queries.current_gaps(ctx.store, ladder, profile, today)
    plan = criteria_docs.prep_plan_from_store(ctx.store, ladder, profile, view, today)

    if args.markdown:
        # As `careerclimb export` does: an existing file is replaced only when
        # asked, and never left half written.
        written = Path(args.markdown).expanduser()
        write_private_file(written, render_prep_markdown(plan), overwrite=args.force)
        saved = catalogue.MANAGER_EXPORTED.format(path=written)
        if args.print or args.json:
            # Stdout carries the plan itself, to be piped: the file is told apart.
            sys.stderr.write(saved + "\n")
        else:
            ctx.print(saved)
    if args.json:
        ctx.print_json(prep_json(plan))
    elif args.print:
        ctx.out.write(plain_text(render_prep_text(plan), lines=True))
    return 0


def cmd_criteria(ctx: Context) -> int:
    """List the manager's criteria with their status and the next check-in."""
    ladder, _ = _ladder_and_profile(ctx)
    today = ctx.clock.today()
    found = criteria_docs.criteria(ctx.store)
    talks = criteria_docs.conversations(ctx.store)
    wins = ctx.store.wins()
    off = criteria_docs.result_wins_off(ctx.store, wins)
    verdicts = latest_verdicts(ctx.store.reviews())
    advice = next_check_in(found, wins, today, talks, off, verdicts)
    if ctx.args.json:
        ctx.print_json(criteria_json(found, talks, ladder, advice, today))
        return 0
    for line in criteria_text(found, ladder, advice, today):
        ctx.print(line)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``prep`` and ``criteria`` to the command line.

    Args:
        commands: the sub-parsers of the ``careerclimb`` parser.
    """
    prep_cmd = commands.add_parser(
        "prep",
        help="prepare the promotion conversation with your manager",
        description="With no option, opens the app on the prep plan. --print shows "
        "it as text, --markdown writes it to a file only you can read; an existing "
        "file is replaced only with --force.",
    )
    prep_cmd.add_argument("--print", action="store_true", help="print it as text")
    prep_cmd.add_argument(
        "--markdown", metavar="FILE", help="write it as Markdown to FILE (mode 0600)"
    )
    prep_cmd.add_argument(
        "--force",
        action="store_true",
        help="with --markdown, replace FILE if it exists",
    )
    prep_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    prep_cmd.set_defaults(handler=cmd_prep)

    criteria_cmd = commands.add_parser(
        "criteria",
        help=catalogue.CLI_HELP_CRITERIA,
        description=f"Lists the criteria recorded after manager conversations; one "
        f"without evidence for {STALE_WEEKS} weeks is flagged.",
    )
    criteria_cmd.add_argument("--json", action="store_true", help="JSON for scripts")
    criteria_cmd.set_defaults(handler=cmd_criteria)
