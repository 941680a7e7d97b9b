"""Next-level problems as plain text: stage paths, changes, bars, status lines.

Shared by the problem screens, the home note and ``careerclimb problem``, so the
three say the same thing in the same words. Nothing here imports Textual: the
command line uses it too.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from careerclimb_tui import catalogue, paths
from careerclimb_tui.catalogs import ProblemShelf, load_problem_catalog
from careerclimb_tui.domain.dates import day_in_words, parse_date
from careerclimb_tui.domain.initiative import (
    FORWARD,
    Initiative,
    Reading,
    Stage,
    active_initiative,
    better_in_words,
    change,
    days_ago_text,
    days_since_update,
    improved,
    is_stale,
    paused_from,
)
from careerclimb_tui.domain.problems import BETTER_DIRECTIONS, ProblemEntry
from careerclimb_tui.domain.records import (
    Win,
    describe_amount,
    describe_measure,
)
from careerclimb_tui.domain.sentences import without_full_stop
from careerclimb_tui.errors import CareerClimbError

BAR_WIDTH = 24
"""Cells of the longest bar in the chart of readings."""
TREND_CELLS = 24
"""Most cells of the one-row trend; more readings are sampled, ends kept."""
TREND_BLOCKS = "▁▂▃▄▅▆▇█"
"""The heights a trend cell can take, lowest first."""


def reading_date(text: str, today: dt.date) -> dt.date:
    """The day a reading was taken, as typed: a real day, not in the future.

    Args:
        text: what the user typed; blank means today.
        today: the user's local date.

    Returns:
        The date.

    Raises:
        CareerClimbError: when the text is not a date, or a day yet to come.
    """
    day = parse_date(text, today)
    if day > today:
        raise CareerClimbError(
            catalogue.PROBLEM_READING_FUTURE.format(day=day_in_words(day)), exit_code=2
        )
    return day


def user_catalog_dir(data_file: Path) -> Path:
    """The folder whose ``problems/`` sub-folder holds the user's own problems.

    It is the folder given with ``--data-dir`` when the data file lives there,
    otherwise the user's CareerClimb config folder (the one that also holds
    ``ladders/``).

    Args:
        data_file: the path of the data file in use.

    Returns:
        The folder (it need not exist).
    """
    if data_file.parent != paths.data_dir():
        return data_file.parent
    return paths.user_ladders_dir().parent


@functools.lru_cache(maxsize=4)
def _shelf_in(folder: str) -> ProblemShelf:
    return load_problem_catalog(Path(folder))


def problem_shelf(data_file: Path) -> ProblemShelf:
    """The problem catalogue: the bundled entries and the user's own.

    Read once per folder; the catalogue does not change while the app runs.

    Args:
        data_file: the path of the data file in use.

    Returns:
        The shelf of entries, with any file that could not be read.
    """
    return _shelf_in(str(user_catalog_dir(data_file)))


def stage_label(initiative: Initiative) -> str:
    """The stage as read in a list: "Paused (was Driving)" for a paused one."""
    if initiative.stage is Stage.PAUSED:
        was = paused_from(initiative)
        if was is not None:
            return catalogue.PROBLEM_PAUSED_FROM.format(stage=was.label)
    return initiative.stage.label


def stage_path(initiative: Initiative) -> str:
    """The forward stages on one line, the reached ones ticked, the current one
    in brackets: "Spotted ✓ → [Proposed] → Buy-in → …".

    A paused initiative shows the stage it was paused in; a dropped one the last
    stage it reached.
    """
    here = initiative.stage
    if here in (Stage.PAUSED, Stage.DROPPED):
        reached = [c.stage for c in initiative.history if c.stage in FORWARD]
        here = reached[-1] if reached else Stage.SPOTTED
    position = FORWARD.index(here)
    parts = []
    for index, stage in enumerate(FORWARD):
        if index < position or (stage is Stage.DONE and here is Stage.DONE):
            parts.append(f"{stage.label} ✓")
        elif index == position:
            parts.append(f"[{stage.label}]")
        else:
            parts.append(stage.label)
    return " → ".join(parts)


days_text = days_ago_text
"""Kept under its old name for the problem screens; see ``days_ago_text``."""


def status_line(initiative: Initiative, today: dt.date) -> str:
    """Stage, days since the last update and the next step, on one line."""
    days = days_since_update(initiative, today)
    parts = [
        stage_label(initiative),
        catalogue.PROBLEM_UPDATED.format(when=days_text(days)),
    ]
    if initiative.is_active:
        parts.append(
            catalogue.PROBLEM_NEXT_STEP.format(
                step=initiative.next_step or catalogue.PROBLEM_NO_NEXT_STEP
            )
        )
    return " · ".join(parts)


def stale_warning(initiative: Initiative, today: dt.date) -> str | None:
    """The warning shown for an active initiative that has not moved in weeks."""
    if not is_stale(initiative, today):
        return None
    return catalogue.PROBLEM_STALE.format(days=days_since_update(initiative, today))


PAUSED_TITLES_SHOWN = 3
"""How many paused problems the hub names before it counts the rest."""


def no_active_line(initiatives: Iterable[Initiative]) -> str:
    """What the problem hub says while no problem is in progress.

    Args:
        initiatives: every initiative.

    Returns:
        The ways to start one; while some are paused, their titles first and
        the keys that resume one.
    """
    paused = [kept for kept in initiatives if kept.stage is Stage.PAUSED]
    if not paused:
        return catalogue.PROBLEM_HUB_NO_ACTIVE

    named = [
        catalogue.PROBLEM_HUB_PAUSED_TITLE.format(title=" ".join(kept.title.split()))
        for kept in paused[:PAUSED_TITLES_SHOWN]
    ]
    titles = ", ".join(named)
    if len(paused) > PAUSED_TITLES_SHOWN:
        titles = catalogue.PROBLEM_HUB_PAUSED_MORE.format(
            titles=titles, more=len(paused) - PAUSED_TITLES_SHOWN
        )
    return catalogue.PROBLEM_HUB_NO_ACTIVE_PAUSED.format(titles=titles)


def home_line(initiatives: Iterable[Initiative], today: dt.date) -> str | None:
    """The home screen's note about the problem being driven, if any.

    Args:
        initiatives: every initiative.
        today: the user's local date.

    Returns:
        One line: the active initiative, its stage, days since the last update
        and the next step, flagged when stale; None when none is active.
    """
    active = active_initiative(initiatives)
    if active is None:
        return None
    line = catalogue.PROBLEM_HOME_LINE.format(
        title=" ".join(active.title.split()), status=status_line(active, today)
    )
    if is_stale(active, today):
        return f"{catalogue.PROBLEM_HOME_STALE_MARK} {line}"
    return line


def amount(reading: Reading, label: str = "") -> str:
    """A reading's number and unit: "14 hours".

    Args:
        reading: the reading.
        label: what was measured, when it is shown right before the number;
            the unit then reads as it does after the name ("14 per week" of
            "Build reruns").
    """
    return describe_amount(reading.value, reading.unit, label)


def change_line(
    initiative: Initiative,
    label: bool = True,
    verdict: bool = True,
) -> str | None:
    """The before → after so far, with how far it moved and in which direction.

    Args:
        initiative: any initiative.
        label: start with what is measured (leave it out where it is shown
            already); without it the unit is said whole ("20 → 12
            reruns/week"), since a name on another line is not beside it.
        verdict: say whether the change is for the better.

    Returns:
        A line such as "Change failure rate 20% → 12%, −8 points, better" or
        "CI duration 24 → 9 minutes, −63%", told as every other before → after
        of the app (``describe_measure``); None until there is a baseline and
        a later reading.
    """
    measure = change(initiative)
    if measure is None:
        return None
    text = describe_measure(measure, named=label, moved=True)
    better = improved(initiative) if verdict else None
    if better is None:
        return text
    said = catalogue.PROBLEM_BETTER if better else catalogue.PROBLEM_NOT_BETTER
    return f"{text}, {said}"


def result_win_behind_line(
    initiative: Initiative,
    win: Win,
    template: str = catalogue.PROBLEM_RESULT_WIN_BEHIND,
) -> str:
    """What to say of a result win that tells an older result than the readings.

    Args:
        initiative: the initiative whose latest reading changed the result.
        win: its result win (``domain.initiative.result_win_behind``).
        template: the sentence to fill in, with ``{id}``, ``{said}``,
            ``{latest}`` and, if it needs it, ``{problem}`` (the initiative's
            id); the app's names its key, the command line's the command that
            opens the app.

    Returns:
        "Your result win #4 still says 40 → 12 minutes; the latest reading is
        8 minutes: w updates it.", with ", from a baseline now 45 minutes"
        after the reading when the baseline is no longer the win's before;
        empty without a measure or a reading.
    """
    latest = initiative.latest_reading
    if win.measure is None or latest is None:
        return ""
    said = describe_measure(replace(win.measure, label=""), named=False)
    now = amount(latest)
    baseline = initiative.baseline
    before = win.measure.before
    if (
        baseline is not None
        and before is not None
        and not math.isclose(before, baseline.value)
    ):
        # A baseline removed or corrected since the draft: the latest reading
        # alone would not say why the win is off.
        now = catalogue.PROBLEM_RESULT_LATEST_NEW_BASELINE.format(
            latest=now, baseline=amount(baseline)
        )
    return template.format(id=win.id, said=said, latest=now, problem=initiative.id)


def result_win_unbacked_line(
    win: Win,
    template: str = catalogue.PROBLEM_RESULT_WIN_UNBACKED,
    problem: int | None = None,
) -> str:
    """What to say of a result win no reading after the baseline backs any more.

    Args:
        win: the result win (``domain.initiative.result_win_unbacked``).
        template: the sentence to fill in, with ``{id}``, ``{said}`` and, if it
            needs it, ``{problem}``; the app's names its keys, the command
            line's the commands.
        problem: the initiative's id, for a template that names it.

    Returns:
        "Your result win #4 still says 30 → 12 minutes, but no reading ...";
        empty when the win carries no measure.
    """
    if win.measure is None:
        return ""
    said = describe_measure(replace(win.measure, label=""), named=False)
    return template.format(id=win.id, said=said, problem=problem)


def all_readings(initiative: Initiative) -> list[Reading]:
    """The baseline followed by the later readings, oldest first."""
    first = [initiative.baseline] if initiative.baseline else []
    return [*first, *initiative.readings]


def dropped_before_line(dropped: Initiative) -> str:
    """What to say beside a candidate the user dropped before as ``dropped``.

    Args:
        dropped: the dropped initiative (``domain.initiative.dropped_before``).

    Returns:
        "You dropped a problem like this before, “Flaky tests”: the platform
        team took it on."; without a reason when none was recorded.
    """
    title = " ".join(dropped.title.split())
    reason = without_full_stop(" ".join(dropped.dropped_reason.split()))
    if not reason:
        return catalogue.PROBLEM_DROPPED_BEFORE_NO_REASON.format(title=title)
    return catalogue.PROBLEM_DROPPED_BEFORE.format(title=title, reason=reason)


def trend_blocks(values: Sequence[float], cells: int = TREND_CELLS) -> str:
    """Values as one row of block heights, the lowest value lowest.

    Args:
        values: the values, oldest first.
        cells: the most blocks to draw; more values are sampled evenly, the
            first and the last always among them.

    Returns:
        "█▆▄▁"; a row of middle blocks when all values are equal; empty without
        values.
    """
    if not values:
        return ""
    if len(values) > cells > 1:
        step = (len(values) - 1) / (cells - 1)
        values = [values[round(index * step)] for index in range(cells)]
    low, high = min(values), max(values)
    if high == low:
        return TREND_BLOCKS[len(TREND_BLOCKS) // 2] * len(values)
    top = len(TREND_BLOCKS) - 1
    return "".join(
        TREND_BLOCKS[round((value - low) / (high - low) * top)] for value in values
    )


def trend_row(initiative: Initiative, cells: int = TREND_CELLS) -> str:
    """The readings' trend in one row, between the first and the latest value.

    Args:
        initiative: the initiative whose readings to draw.
        cells: the most blocks to draw.

    Returns:
        "60 per week █▆▄▁ 30 per week (lower is better)", the direction said
        when one is set, since a falling row is good news when lower is
        better; empty without readings.
    """
    readings = all_readings(initiative)
    if not readings:
        return ""
    row = catalogue.PROBLEM_TREND_ROW.format(
        first=amount(readings[0]),
        blocks=trend_blocks([r.value for r in readings], cells),
        latest=amount(readings[-1]),
    )
    if initiative.better not in BETTER_DIRECTIONS:
        return row
    return catalogue.PROBLEM_TREND_ROW_BETTER.format(
        row=row, better=better_in_words(initiative.better)
    )


def bar_cells(values: Sequence[float], width: int = BAR_WIDTH) -> list[int]:
    """How many cells of a bar each value fills, measured from zero.

    The largest value fills the bar; the others fill their share of it, and a
    value above zero always fills a cell, however small beside the others. A
    value at or below zero fills none: its number, beside the bar, says it.

    Args:
        values: the numbers to draw, in any order.
        width: cells of the longest bar.

    Returns:
        One count of cells per value, in the order given.
    """
    largest = max(values, default=0.0)
    if largest <= 0:
        return [0 for _ in values]
    return [
        max(1, round(value / largest * width)) if value > 0 else 0 for value in values
    ]


def reading_bars(initiative: Initiative, width: int = BAR_WIDTH) -> list[str]:
    """One line per reading, with a bar as long as its share of the largest.

    Args:
        initiative: the initiative whose readings to draw.
        width: cells of the longest bar.

    Returns:
        Lines such as "2026-09-01 ████████████ 20 % baseline"; none without
        readings. Bars grow from zero (see ``bar_cells``).
    """
    readings = all_readings(initiative)
    if not readings:
        return []
    lines = []
    cells_of = bar_cells([r.value for r in readings], width)
    for index, (reading, cells) in enumerate(zip(readings, cells_of, strict=True)):
        bar = "█" * cells + "·" * (width - cells)
        tag = catalogue.PROBLEM_BASELINE_TAG if index == 0 else ""
        # What is measured is not on this line, so the unit is said whole.
        line = f"{reading.date.isoformat()} {bar} {amount(reading)}"
        lines.append(f"{line} {tag}".rstrip())
    return lines


def dimension_names(entry: ProblemEntry, names: dict[str, str]) -> str:
    """An entry's ladder dimensions by name, in the entry's order."""
    return ", ".join(names.get(d, d) for d in entry.dimensions)


def people_lines(initiative: Initiative) -> list[str]:
    """Who needs to agree, who agreed, who helped and the other teams involved."""
    people = initiative.stakeholders
    rows = (
        (catalogue.PROBLEM_PEOPLE_AGREED, people.agreed),
        (catalogue.PROBLEM_PEOPLE_WAITING, people.still_to_agree),
        (catalogue.PROBLEM_PEOPLE_HELPED, people.helped),
        (catalogue.PROBLEM_PEOPLE_TEAMS, people.other_teams),
    )
    return [f"{label} {', '.join(names)}" for label, names in rows if names]


def _reading_json(reading: Reading) -> dict[str, Any]:
    return {
        "value": reading.value,
        "unit": reading.unit,
        "date": reading.date.isoformat(),
        "source": reading.source,
    }


def initiative_json(initiative: Initiative, today: dt.date) -> dict[str, Any]:
    """An initiative for scripts: every field, plus its status as of today."""
    measure = change(initiative)
    people = initiative.stakeholders
    return {
        "id": initiative.id,
        "title": initiative.title,
        "stage": initiative.stage.value,
        "active": initiative.is_active,
        "problem_id": initiative.problem_id,
        "description": initiative.description,
        "evidence": initiative.evidence,
        "proposed_fix": initiative.proposed_fix,
        "cost": initiative.cost,
        "metric": initiative.metric,
        "better": initiative.better,
        "target": initiative.target,
        "next_step": initiative.next_step,
        "days_since_update": days_since_update(initiative, today),
        "stale": is_stale(initiative, today),
        "dropped_reason": initiative.dropped_reason,
        "history": [
            {"stage": c.stage.value, "at": _moment(c.at), "note": c.note}
            for c in initiative.history
        ],
        "notes": [
            {"stage": n.stage.value, "at": _moment(n.at), "text": n.text}
            for n in initiative.notes
        ],
        "baseline": _reading_json(initiative.baseline) if initiative.baseline else None,
        "readings": [_reading_json(r) for r in initiative.readings],
        "change": None
        if measure is None
        else {
            "before": measure.before,
            "after": measure.after,
            "unit": measure.unit,
            "change_pct": measure.percent_change,
            "improved": improved(initiative),
            "text": describe_measure(measure),
        },
        "stakeholders": {
            "to_agree": list(people.to_agree),
            "agreed": list(people.agreed),
            "helped": list(people.helped),
            "other_teams": list(people.other_teams),
        },
        "win_ids": list(initiative.win_ids),
    }


def entry_json(entry: ProblemEntry) -> dict[str, Any]:
    """A catalogue entry for scripts."""
    return {
        "id": entry.id,
        "title": entry.title,
        "symptoms": list(entry.symptoms),
        "why_next_level": entry.why_next_level,
        "dimensions": list(entry.dimensions),
        "first_steps": list(entry.first_steps),
        "who_agrees": list(entry.who_agrees),
        "measures": [
            {"name": m.name, "unit": m.unit, "better": m.better} for m in entry.measures
        ],
    }


def _moment(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def stage_log(
    initiative: Initiative,
) -> list[tuple[Stage, dt.datetime, str, Sequence[tuple[dt.datetime, str]]]]:
    """The stage log: every move, why it was made, and the notes of each stage.

    Returns:
        (stage, when it was entered, the note of that move, the dated notes filed
        under the stage) for every move, oldest first. A stage entered twice (a
        pause and a resume) lists its notes at its first entry only.
    """
    log: list[tuple[Stage, dt.datetime, str, Sequence[tuple[dt.datetime, str]]]]
    log = []
    seen: set[Stage] = set()
    for move in initiative.history:
        notes: list[tuple[dt.datetime, str]] = []
        if move.stage not in seen:
            notes = [(n.at, n.text) for n in initiative.notes_for(move.stage)]
        seen.add(move.stage)
        log.append((move.stage, move.at, move.note, notes))
    return log
