"""The criteria the manager named, each with its status and the evidence behind it.

Wins and a problem the user owned are linked to a criterion as evidence; linking the
first piece moves it from open to "evidence growing", and only a criterion with
evidence can be marked met. One left without evidence for six weeks is flagged. The
suggestion for the next check-in sits on top; what a change did is said on the line
under the page, where it covers nothing.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Collection
from dataclasses import replace

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli_manager import status_text
from careerclimb_tui.domain.criteria import (
    STALE_WEEKS,
    STATUS_GROWING,
    STATUS_MET,
    STATUS_OPEN,
    STATUSES,
    Criterion,
    EvidenceStanding,
    evidence_initiatives,
    evidence_standing,
    link_evidence,
    needs_evidence,
    next_check_in,
    set_status,
    standing_hint,
    unlink_evidence,
    wins_lacking_dimension,
    with_example,
)
from careerclimb_tui.domain.dates import dates_in_words, day_in_words
from careerclimb_tui.domain.gaps import (
    VerdictKind,
    latest_verdicts,
    with_linked_dimension,
)
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.manager_dialogs import (
    ChoiceDialog,
    EvidencePick,
    EvidencePickerDialog,
    LineDialog,
    dimension_dialog,
    verdict_notes,
)
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.hanging import HangingLine, HangingText
from careerclimb_tui.widgets.tables import RowTable
from careerclimb_tui.widgets.text import (
    at_most_lines,
    markup_safe,
    one_line,
    status_style,
)

DIMENSION_WIDTH = 16
"""The most cells a dimension's name takes in the table; the detail names it whole."""
CRITERION_LINES = 3
"""The most lines a criterion wraps to in the table; the detail shows it whole."""
FRAME_WIDTH = 8
"""Cells taken by the screen's padding and the scroll bar."""
CELL_PADDING = 2
"""Cells the table puts around each column."""
WIDE_ENOUGH = 96
"""Below this width the dimension moves from the table to the detail below it."""
SHORT_TITLE = 60
"""The longest win title quoted whole in a question."""


class CriteriaScreen(CoachScreen[None]):
    """Every criterion, its evidence and status; link, file and move them."""

    CSS_PATH = "manager_criteria.tcss"
    COMMAND_CATEGORY = "Criteria"
    # The footer holds six keys: the example key shows, as the detail names it;
    # filing and dropping, named nowhere on the page, are in help and the palette.
    CHANGE_ACTIONS = frozenset(
        {
            "link",
            "status",
            "dimension",
            "example",
            "record",
            "drop",
        }
    )

    BINDINGS = [
        Binding("l", "link", "Link evidence", id="criteria.link"),
        Binding("s", "status", "Status", id="criteria.status"),
        Binding("d", "dimension", "Dimension", id="criteria.dimension", show=False),
        Binding("x", "example", "Example", id="criteria.example"),
        Binding("n", "record", "Record a talk", id="criteria.record"),
        # Named by the hint that asks to tag a next-level win with a dimension.
        Binding(
            "j", "app.open('journal')", "Journal", id="criteria.journal", show=False
        ),
        Binding("delete", "drop", "Drop criterion", id="criteria.drop", show=False),
        Binding("escape", "back", "Back", id="criteria.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Criterion] = []
        self.wins: dict[int, Win] = {}
        self.initiatives: dict[int, Initiative] = {}
        """Every stored problem by id, dropped ones too."""
        self.verdicts: dict[int, VerdictKind] = {}
        """The latest review verdict of each reviewed win, by win id."""
        self._said_of: int | None = None
        """The criterion the status line speaks of, while it says something."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="criteria"):
            yield Static(catalogue.MANAGER_CRITERIA_TITLE, id="criteria-title")
            yield Static(id="criteria-next")
            yield RowTable(id="criteria-table")
            yield HangingText(id="criterion-detail")
            yield Static(
                catalogue.MANAGER_CRITERIA_NONE,
                id="criteria-empty",
                classes="empty-state",
            )
        # Under the page rather than over it: a notice drawn over the page would
        # hide the detail of the very criterion it speaks of.
        yield Static(id="criteria-said", markup=False)
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#criteria-table", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._show_table()

    def reload(self) -> None:
        """Read the criteria, wins and problems again and redraw."""
        self.found = criteria_docs.criteria(self.store)
        self.wins = {w.id: w for w in self.store.wins() if w.id is not None}
        self.initiatives = {
            i.id: i for i in initiatives(self.store) if i.id is not None
        }
        self.verdicts = latest_verdicts(self.store.reviews())
        advice = next_check_in(
            self.found,
            list(self.wins.values()),
            self.clock.today(),
            criteria_docs.conversations(self.store),
            criteria_docs.result_wins_off(self.store, self.wins.values()),
            self.verdicts,
        )
        self.query_one("#criteria-next", Static).update(
            Text(catalogue.MANAGER_NEXT_CHECK_IN.format(advice=advice))
        )
        self._show_table()
        self.refresh_bindings()

    def _show_table(self) -> None:
        table = self.query_one("#criteria-table", DataTable)
        row = table.cursor_row
        wide = self.size.width >= WIDE_ENOUGH
        today = self.clock.today()
        evidence = [
            _evidence_lines(criterion, self._standing(criterion))
            for criterion in self.found
        ]
        statuses = [status_text(criterion, today) for criterion in self.found]
        dimensions = [self._dimension_name(criterion) for criterion in self.found]

        # Every column but the criterion is as wide as its widest cell, so none
        # is cut short; the criterion takes the rest and wraps in it.
        number_width = _widest("#", [str(len(self.found))])
        status_width = _widest(catalogue.MANAGER_CRITERIA_COL_STATUS, statuses)
        evidence_width = _widest(
            catalogue.MANAGER_CRITERIA_COL_EVIDENCE,
            [line for cell in evidence for line in cell],
        )
        dimension_width = min(
            _widest(catalogue.MANAGER_CRITERIA_COL_DIMENSION, dimensions),
            DIMENSION_WIDTH,
        )
        fixed = [number_width, status_width, evidence_width]
        if wide:
            fixed.append(dimension_width)
        width = self.size.width - FRAME_WIDTH - sum(fixed)
        width = max(width - CELL_PADDING * (len(fixed) + 1), 12)

        table.clear(columns=True)
        table.add_column("#", key="number", width=number_width)
        table.add_column(catalogue.MANAGER_CRITERIA_COL_TEXT, key="text", width=width)
        if wide:
            table.add_column(
                catalogue.MANAGER_CRITERIA_COL_DIMENSION,
                key="dim",
                width=dimension_width,
            )
        table.add_column(
            catalogue.MANAGER_CRITERIA_COL_STATUS, key="status", width=status_width
        )
        table.add_column(
            catalogue.MANAGER_CRITERIA_COL_EVIDENCE, key="ev", width=evidence_width
        )

        rows = zip(self.found, statuses, dimensions, evidence, strict=True)
        for number, (criterion, said, dimension, proof) in enumerate(rows, start=1):
            flagged = needs_evidence(criterion, today)
            status = Text(
                said,
                style=status_style(
                    self.app.theme_variables,
                    "readable-error" if flagged else _STATUS_COLOURS[criterion.status],
                ),
            )
            text = _criterion_cell(criterion.text, width)
            cells: list[object] = [str(number), text]
            if wide:
                cells.append(one_line(dimension, dimension_width))
            cells += [status, "\n".join(proof)]
            height = max(len(proof), len(text.plain.split("\n")))
            table.add_row(*cells, key=str(criterion.id), height=height)
        table.display = bool(self.found)
        self.query_one("#criterion-detail").display = bool(self.found)
        self.query_one("#criteria-empty").display = not self.found
        if self.found:
            table.move_cursor(row=min(max(row, 0), len(self.found) - 1))
        self._show_detail()

    def _current(self) -> Criterion | None:
        if not self.found:
            return None
        row = self.query_one("#criteria-table", DataTable).cursor_row
        return self.found[min(max(row, 0), len(self.found) - 1)]

    @on(DataTable.RowHighlighted, "#criteria-table")
    def _show_detail(self) -> None:
        criterion = self._current()
        if criterion is None or criterion.id != self._said_of:
            self._say("")
        if criterion is None:
            return
        self.query_one("#criterion-detail", HangingText).show_entries(
            self._detail(criterion)
        )

    def _standing(self, criterion: Criterion) -> EvidenceStanding:
        """Whether the gap view counts the criterion's evidence, and why not."""
        problem = None
        if criterion.initiative_id is not None:
            problem = self.initiatives.get(criterion.initiative_id)
        return evidence_standing(criterion, self.wins, self.verdicts, problem)

    def _dimension_name(self, criterion: Criterion) -> str:
        if not criterion.dimension:
            return catalogue.MANAGER_NO_DIMENSION
        return self.ladder.dimension_name(criterion.dimension)

    def _detail(self, criterion: Criterion) -> list[HangingLine]:
        """Everything known about one criterion, user text never read as markup.

        A piece of evidence that wraps goes on under its title, not back at the
        border.
        """
        entries = [HangingLine(criterion.text, style="bold")]
        if criterion.example:
            entries.append(
                HangingLine(catalogue.MANAGER_EXAMPLE.format(example=criterion.example))
            )
        elif criterion.example_given:
            # Recorded before the example itself could be written down.
            entries.append(
                HangingLine(catalogue.MANAGER_EXAMPLE_UNWRITTEN, style="italic")
            )
        else:
            entries.append(HangingLine(catalogue.MANAGER_NO_EXAMPLE, style="italic"))
        facts = [self._dimension_name(criterion)]
        if criterion.created_at is not None:
            facts.append(
                catalogue.MANAGER_RECORDED_ON.format(
                    date=day_in_words(criterion.created_at.date())
                )
            )
        if criterion.cycle:
            facts.append(dates_in_words(criterion.cycle))
        if facts:
            entries.append(HangingLine(" · ".join(facts), style="dim"))
        linked = [self.wins[i] for i in criterion.win_ids if i in self.wins]
        for win in linked:
            lead = f"  ✓ {day_in_words(win.date)} "
            entries.append(HangingLine(win.title, lead=lead))
        if criterion.initiative_id is not None:
            linked_problem = self.initiatives.get(criterion.initiative_id)
            title = (
                linked_problem.title
                if linked_problem is not None
                else catalogue.MANAGER_OTHER_INITIATIVE
            )
            lead = f"  ✓ {markup_safe(catalogue.MANAGER_PICK_INITIATIVE)}"
            entries.append(HangingLine(title, lead=lead))
        hint = standing_hint(self._standing(criterion), criterion, self.ladder)
        if hint:
            entries.append(HangingLine(hint, style="italic"))
        if needs_evidence(criterion, self.clock.today()):
            hint = catalogue.MANAGER_FLAGGED_HINT.format(weeks=STALE_WEEKS)
            entries.append(HangingLine(hint, style="bold red"))
        if len(criterion.status_history) > 1:
            steps = " → ".join(
                f"{step.status} {day_in_words(step.at.date())}"
                for step in criterion.status_history
            )
            entries.append(
                HangingLine(catalogue.MANAGER_HISTORY.format(steps=steps), style="dim")
            )
        return entries

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.refuses_change(action):
            return False
        changes = ("link", "status", "dimension", "example", "drop")
        if action in changes and not self.found:
            return None
        return True

    def _say(self, message: str, *, warning: bool = False) -> None:
        """Say what a change did on the status line, of the criterion now shown.

        The line takes no room while empty, and empties once the user moves to
        another criterion.

        Args:
            message: what to say; empty to clear the line.
            warning: True when the change was refused.
        """
        said = self.query_one("#criteria-said", Static)
        if not message and not said.display:
            return
        current = self._current() if message else None
        self._said_of = current.id if current is not None else None
        said.update(message)
        said.set_class(warning, "-warning")
        said.display = bool(message)

    # --- changing a criterion ------------------------------------------------------

    async def _save(self, criterion: Criterion) -> Criterion | None:
        saved = await self.careerclimb.run_store(
            lambda: criteria_docs.save_criterion(self.store, criterion),
            failure=catalogue.MANAGER_CRITERION_NOT_SAVED,
        )
        self.reload()
        return saved

    def action_link(self) -> None:
        """Tick the wins, and the problem owned, that show this criterion."""
        criterion = self._current()
        if criterion is None:
            return
        offered = evidence_initiatives(
            self.initiatives.values(), criterion.initiative_id
        )
        offered_ids = {i.id for i in offered if i.id is not None}
        wins = list(self.wins.values())
        notes = verdict_notes(wins, latest_verdicts(self.store.reviews()))

        async def picked(pick: EvidencePick | None) -> None:
            if pick is None:
                return
            changed = _apply_pick(criterion, pick, offered_ids, self.clock.now())
            if changed == criterion:
                return
            saved = await self._save(changed)
            if saved is not None:
                self._say(linked_notice(criterion, saved))
                added = [i for i in saved.win_ids if i not in criterion.win_ids]
                self._offer_dimension(saved, added)

        self.app.push_screen(
            EvidencePickerDialog(
                catalogue.MANAGER_PICK_LINK_TITLE.format(text=criterion.text),
                wins,
                criterion.win_ids,
                notes=notes,
                initiatives=offered,
                initiative_id=criterion.initiative_id,
            ),
            picked,
        )

    def _offer_dimension(self, criterion: Criterion, win_ids: list[int]) -> None:
        """Ask whether the wins just linked should also carry the criterion's
        dimension, and add it to those that lack it on yes."""
        linked = [self.wins[i] for i in win_ids if i in self.wins]
        lacking = wins_lacking_dimension(criterion, linked)
        if not lacking:
            return
        dimension = criterion.dimension
        name = self.ladder.dimension_name(dimension)
        if len(lacking) == 1:
            wins = catalogue.MANAGER_ADD_DIMENSION_ONE.format(
                title=_short_title(lacking[0].title)
            )
            them = catalogue.MANAGER_ADD_DIMENSION_IT
        else:
            wins = catalogue.MANAGER_ADD_DIMENSION_MANY.format(count=len(lacking))
            them = catalogue.MANAGER_ADD_DIMENSION_THEM
        question = catalogue.MANAGER_ADD_DIMENSION_CONFIRM.format(
            dimension=name, wins=wins, them=them
        )

        async def answered(add: bool | None) -> None:
            if not add:
                return
            now = self.clock.now()

            def add_it() -> int:
                for win in lacking:
                    # Marked as linked: no review has judged the win against it.
                    self.store.update_win(with_linked_dimension(win, dimension, now))
                return len(lacking)

            count = await self.careerclimb.run_store(
                add_it, failure=catalogue.MANAGER_WIN_DIMENSION_NOT_SAVED
            )
            self.reload()
            if count:
                added = (
                    catalogue.MANAGER_DIMENSION_ADDED_TO_WIN
                    if count == 1
                    else catalogue.MANAGER_DIMENSION_ADDED_TO_WINS
                )
                self._say(added.format(dimension=name, count=count))

        self.app.push_screen(ConfirmDialog(question), answered)

    def action_status(self) -> None:
        """Move the criterion to open, evidence growing or met."""
        criterion = self._current()
        if criterion is None:
            return

        async def chosen(index: int | None) -> None:
            if index is None or STATUSES[index] == criterion.status:
                return
            try:
                changed = set_status(criterion, STATUSES[index], self.clock.now())
            except CareerClimbError as error:
                self._say(error.message, warning=True)
                return
            if await self._save(changed) is not None:
                self._say(catalogue.MANAGER_STATUS_SAVED.format(status=changed.status))

        self.app.push_screen(
            ChoiceDialog(
                catalogue.MANAGER_STATUS_TITLE,
                list(STATUSES),
                STATUSES.index(criterion.status),
                subject=criterion.text,
                mark_current=True,
            ),
            chosen,
        )

    def action_dimension(self) -> None:
        """File the criterion under one of the target level's dimensions."""
        criterion = self._current()
        if criterion is None:
            return
        profile = self.profile
        dimensions = dimensions_for_level(
            self.ladder, profile.target_level if profile else ""
        )
        dialog, ids = dimension_dialog(dimensions, criterion.dimension, criterion.text)

        async def chosen(index: int | None) -> None:
            if index is None:
                return
            dimension = ids[index]
            if dimension == criterion.dimension:
                return
            changed = replace(criterion, dimension=dimension)
            if await self._save(changed) is not None:
                self._say(catalogue.MANAGER_DIMENSION_SAVED)

        self.app.push_screen(dialog, chosen)

    def action_example(self) -> None:
        """Write down the example the manager gave, or take it off."""
        criterion = self._current()
        if criterion is None:
            return

        async def written(example: str | None) -> None:
            if example is None:
                return
            changed = with_example(criterion, example, self.clock.now())
            if changed == replace(criterion, updated_at=changed.updated_at):
                return
            if await self._save(changed) is not None:
                self._say(
                    catalogue.MANAGER_EXAMPLE_SAVED
                    if changed.example
                    else catalogue.MANAGER_EXAMPLE_CLEARED
                )

        self.app.push_screen(
            LineDialog(
                catalogue.MANAGER_EXAMPLE_TITLE.format(text=criterion.text),
                criterion.example,
                catalogue.MANAGER_EXAMPLE_HINT,
            ),
            written,
        )

    def action_drop(self) -> None:
        """Delete the criterion, after asking."""
        criterion = self._current()
        if criterion is None or criterion.id is None:
            return
        criterion_id = criterion.id

        async def answered(drop: bool | None) -> None:
            if not drop:
                return

            def drop_it() -> bool:
                criteria_docs.delete_criterion(self.store, criterion_id)
                return True

            done = await self.careerclimb.run_store(
                drop_it, failure=catalogue.MANAGER_CRITERION_NOT_SAVED
            )
            self.reload()
            if done:
                self._say(catalogue.MANAGER_DROPPED)

        self.app.push_screen(
            ConfirmDialog(catalogue.MANAGER_DROP_CONFIRM.format(text=criterion.text)),
            answered,
        )

    def action_record(self) -> None:
        """Record another conversation."""
        from careerclimb_tui.screens.manager_record import RecordConversationScreen

        self.app.push_screen(RecordConversationScreen())

    def action_back(self) -> None:
        self.dismiss()


def _widest(heading: str, cells: list[str]) -> int:
    """The cells a column needs to show its heading and every cell whole."""
    return max(cell_len(text) for text in [heading, *cells])


def _criterion_cell(text: str, width: int) -> Text:
    """The criterion wrapped at words to ``width`` cells, on a few lines at most,
    ending in "…" when it is longer; never read as markup.
    """
    flat = " ".join(text.split())
    lines = textwrap.wrap(flat, max(width, 1))
    if len(lines) <= CRITERION_LINES:
        return Text("\n".join(lines))
    return at_most_lines(flat, width, CRITERION_LINES)


def _short_title(title: str) -> str:
    """A win's title on one line, cut at a word with "…" when it is long."""
    flat = " ".join(title.split())
    if len(flat) <= SHORT_TITLE:
        return flat
    return flat[:SHORT_TITLE].rsplit(" ", 1)[0] + "…"


def _evidence_lines(
    criterion: Criterion, standing: EvidenceStanding
) -> tuple[str, ...]:
    """The evidence cell's lines: the evidence in a few words, then, when the gap
    view does not count it yet, a line saying why in a few words.
    """
    summary = _evidence_cell(criterion)
    if standing.short_text:
        return (summary, *standing.short_text.splitlines())
    return (summary,)


def _evidence_cell(criterion: Criterion) -> str:
    """The evidence in a few words: "2 wins", "1 win + problem", "problem", "none"."""
    count = len(criterion.win_ids)
    wins = ""
    if count:
        wins = (
            catalogue.MANAGER_EVIDENCE_WIN
            if count == 1
            else catalogue.MANAGER_EVIDENCE_WINS.format(count=count)
        )
    if criterion.initiative_id is None:
        return wins or catalogue.MANAGER_EVIDENCE_NONE
    if not wins:
        return catalogue.MANAGER_EVIDENCE_PROBLEM
    return catalogue.MANAGER_EVIDENCE_AND_PROBLEM.format(wins=wins)


def linked_notice(before: Criterion, after: Criterion) -> str:
    """What picking evidence did, as a sentence: "Linked 2 wins and your problem
    as evidence; status is now evidence growing."

    Args:
        before: the criterion as it was.
        after: the criterion as saved, with the evidence picked.
    """
    status = (
        catalogue.MANAGER_LINKED_STATUS_STAYS
        if after.status == before.status
        else catalogue.MANAGER_LINKED_STATUS_NOW
    ).format(status=after.status)
    count = len(after.win_ids)
    wins = (
        catalogue.MANAGER_EVIDENCE_WIN
        if count == 1
        else catalogue.MANAGER_EVIDENCE_WINS.format(count=count)
    )
    if after.initiative_id is not None:
        evidence = (
            catalogue.MANAGER_LINKED_AND_PROBLEM.format(wins=wins)
            if count
            else catalogue.MANAGER_LINKED_PROBLEM
        )
    elif count:
        evidence = wins
    else:
        return catalogue.MANAGER_LINKED_NONE.format(status=status)
    return catalogue.MANAGER_LINKED.format(evidence=evidence, status=status)


_STATUS_COLOURS = {
    STATUS_OPEN: "readable-warning",
    STATUS_GROWING: "readable-accent",
    STATUS_MET: "readable-success",
}


def _apply_pick(
    criterion: Criterion,
    pick: EvidencePick,
    offered_ids: Collection[int],
    now: dt.datetime,
) -> Criterion:
    """The criterion with exactly the evidence picked.

    New evidence is linked before old evidence is removed, so swapping one win for
    another never sends a criterion back to open on the way. A linked problem
    that was not offered (no longer on record) is left as it is.
    """
    added = [i for i in pick.win_ids if i not in criterion.win_ids]
    removed = [i for i in criterion.win_ids if i not in pick.win_ids]
    changed = criterion
    link_initiative = (
        pick.initiative_id if pick.initiative_id != criterion.initiative_id else None
    )
    if added or link_initiative is not None:
        changed = link_evidence(changed, now, added, link_initiative)
    drop_initiative = (
        pick.initiative_id is None
        and changed.initiative_id is not None
        and changed.initiative_id in offered_ids
    )
    if removed or drop_initiative:
        changed = unlink_evidence(changed, now, removed, drop_initiative)
    return changed
