"""Dialogs of the manager conversation: one line, one choice, evidence, a past talk,
and where to export the prep plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import Conversation, Criterion
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.ladder import Dimension, Ladder
from careerclimb_tui.domain.prep import initiative_summary
from careerclimb_tui.domain.records import Win, describe_measure
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.base import KeysOnlyDialog
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.widgets.fields import WholeInput
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.lists import BoundedOptionList
from careerclimb_tui.widgets.text import at_most_lines, one_line
from careerclimb_tui.widgets.toggles import MarkedSelectionList

_WIN = "win:"
_INITIATIVE = "initiative:"
TITLE_LINES = 2
"""The most lines the evidence picker's title takes before it is cut."""
MIN_TITLE_WIDTH = 8
"""The fewest cells a win's title keeps in the picker, however narrow it is."""
DAY_WIDTH = len("15 Dec 2026")
"""Cells of the widest day in words, to which a win's day is padded in the picker."""
BOX_WIDTH = 4
"""Cells the selection list draws before each option: the box and a space."""
NOTE_LEAD = "  · "
"""What stands between a win's title and its note in the picker."""


def fit_lines(shown: Static, text: str) -> None:
    """Show ``text`` wrapped to the widget's width on ``TITLE_LINES`` lines at
    most, cut with "…", so that a long criterion leaves room for the choices.

    Args:
        shown: the widget, already laid out; nothing happens before it is.
        text: plain text, never read as markup.
    """
    width = shown.content_region.width
    if width > 0:
        shown.update(at_most_lines(text, width, TITLE_LINES))


class LineDialog(ModalScreen[str | None]):
    """Asks for one line of text; dismisses with it, or None when cancelled."""

    CSS_PATH = "manager_dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="line.cancel"),
    ]

    def __init__(self, title: str, value: str, hint: str, required: str = "") -> None:
        """Create the dialog.

        Args:
            title: what the line is for.
            value: the text to start from.
            hint: the keys, and anything else worth saying, under the field.
            required: the message shown when the line is left blank; empty to
                allow a blank line.
        """
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.required = required

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: what the line is for."""
        return self.title_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="manager-dialog"):
            yield Static(self.title_text, classes="section-title", markup=False)
            yield WholeInput(self.value, id="line-value")
            yield Static(self.hint, classes="hint", markup=False)
        # Each dialog here has its own footer, over the screen's behind: that
        # screen's keys do nothing while the dialog is open.
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#line-value", Input).focus()

    @on(Input.Submitted, "#line-value")
    def _submitted(self) -> None:
        value = self.query_one("#line-value", Input).value.strip()
        if not value and self.required:
            self.notify(self.required, severity="error")
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def plan_export_dialog(offered: Path, file_name: str = "") -> ExportDialog:
    """The dialog that asks where to write the prep plan.

    It is the proposal's export dialog, titled for the plan, so that every export
    looks the same and answers the same keys: Enter or Ctrl+S writes, Esc
    cancels, with Export and Cancel buttons.

    Args:
        offered: the path to start from.
        file_name: the name a folder typed in its place gets; the offered
            file's name when empty.

    Returns:
        The dialog, dismissed with the absolute path chosen, or None.
    """
    dialog = ExportDialog(offered, file_name)
    dialog.title_text = catalogue.MANAGER_EXPORT_TITLE
    dialog.intro = catalogue.MANAGER_EXPORT_INTRO
    return dialog


class ChoiceDialog(KeysOnlyDialog[int | None]):
    """Offers a short list; dismisses with the index chosen, or None.

    The highlight stops at the first and the last answer: one key too many
    never lands on the answer at the other end.
    """

    CSS_PATH = "manager_dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="choice.cancel"),
    ]

    def __init__(
        self,
        title: str,
        labels: Sequence[str],
        current: int = 0,
        subject: str = "",
        mark_current: bool = False,
    ) -> None:
        """Create the dialog.

        Args:
            title: the question.
            labels: the answers, in order.
            current: the index of the answer that holds now, highlighted first.
            subject: what the question is about, such as the criterion's text,
                quoted under it on two lines at most; empty for none.
            mark_current: say "(now)" after the answer that holds now, so it is
                known even once the highlight has moved off it.
        """
        super().__init__()
        self.title_text = title
        self.labels = [
            catalogue.MANAGER_CHOICE_NOW.format(label=label)
            if mark_current and index == current
            else label
            for index, label in enumerate(labels)
        ]
        self.current = current
        self.subject = subject

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: its question."""
        return self.title_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="manager-dialog"):
            yield Static(self.title_text, classes="section-title", markup=False)
            if self.subject:
                yield Static(id="choice-subject", markup=False)
            yield BoundedOptionList(
                *[Option(Text(label)) for label in self.labels], id="choices"
            )
            yield Static(catalogue.MANAGER_CHOICE_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.highlighted = min(max(self.current, 0), len(self.labels) - 1)
        choices.focus()
        self.call_after_refresh(self._fit_subject)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_subject)

    def _fit_subject(self) -> None:
        if self.subject:
            quoted = catalogue.MANAGER_CHOICE_SUBJECT.format(text=self.subject)
            fit_lines(self.query_one("#choice-subject", Static), quoted)

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)


def dimension_dialog(
    dimensions: Sequence[Dimension], current: str, subject: str = ""
) -> tuple[ChoiceDialog, list[str]]:
    """The picker of a criterion's dimension, and the dimension id of each choice.

    The highlight starts on the choice that holds now: the criterion's
    dimension, or the last choice ("no dimension yet") when it has none, so
    Enter keeps it as it is and each arrow key moves one row from there. A
    dimension the target level does not describe has no row; the highlight
    then starts on the first dimension.

    Args:
        dimensions: the target level's dimensions, in ladder order.
        current: the criterion's dimension id; empty when it has none.
        subject: the criterion's text, quoted under the question.

    Returns:
        The dialog, and the id of each choice in order ("" for no dimension).
    """
    ids = [d.id for d in dimensions] + [""]
    labels = [d.name for d in dimensions] + [catalogue.MANAGER_NO_DIMENSION]
    start = ids.index(current) if current in ids else 0
    dialog = ChoiceDialog(catalogue.MANAGER_DIMENSION_TITLE, labels, start, subject)
    return dialog, ids


@dataclass(frozen=True)
class EvidencePick:
    """The evidence picked in the dialog."""

    win_ids: tuple[int, ...]
    """The wins ticked, in the order they were ticked."""
    initiative_id: int | None = None
    """The problem ticked; None when none is."""

    @property
    def initiative(self) -> bool:
        """True when a problem is ticked."""
        return self.initiative_id is not None


def verdict_notes(
    wins: Sequence[Win], kinds: Mapping[int, VerdictKind]
) -> dict[int, str]:
    """The note beside each win in the evidence picker: its latest verdict.

    Args:
        wins: the wins offered.
        kinds: the latest verdict of each reviewed win, by win id.

    Returns:
        Win id → "next-level", "current-level" or "unclear", or "not reviewed
        yet" for a win no review has judged, so that every row ends alike; no
        note at all when none of the wins is reviewed, as the column would
        then say the same on every row.
    """
    if not any(win.id in kinds for win in wins):
        return {}
    return {
        win.id: kinds[win.id].label
        if win.id in kinds
        else catalogue.MANAGER_PICK_NOT_REVIEWED
        for win in wins
        if win.id is not None
    }


def win_label(
    win: Win, note: str = "", width: int | None = None, note_width: int = 0
) -> Text:
    """A win on a line of a list: its date, title, measured change and a note.

    Args:
        win: the win to show.
        note: a short note after the title, such as the review verdict.
        width: the cells the line may take; the title (with its measured
            change) is cut with "…" so that the date and the note always show.
            None leaves the title whole.
        note_width: the cells of the widest note in the list; with a width,
            each title is padded so that the notes start in one column. Where
            the title would keep too few cells beside the note, the note goes
            on a second line, under the title.
    """
    title = " ".join(win.title.split())
    if win.measure is not None and win.measure.is_complete:
        title = f"{title} ({describe_measure(win.measure)})"
    date = f"{day_in_words(win.date):>{DAY_WIDTH}}  "
    ending = f"{NOTE_LEAD}{note}" if note else ""
    label = Text(date)
    if width is None:
        label.append(title)
    else:
        column = max(note_width, cell_len(note))
        room = width - len(date) - (len(NOTE_LEAD) + column if column else 0)
        if ending and room < MIN_TITLE_WIDTH:
            # No room for the note beside the title: it goes under the title,
            # without the "·", which wrapped would be left at the line's end.
            label.append_text(one_line(title, width - len(date)))
            # Under the title, or as far under it as the note's length allows.
            indent = max(min(len(date), width - cell_len(note)), 0)
            label.append("\n" + " " * indent)
            label.append(note, style="italic")
            return label
        shown = one_line(title, max(room, MIN_TITLE_WIDTH))
        if ending:
            shown.pad_right(max(room - shown.cell_len, 0))
        label.append_text(shown)
    if ending:
        label.append(ending, style="italic")
    return label


class EvidencePickerDialog(KeysOnlyDialog[EvidencePick | None]):
    """Ticks the wins (and the problem owned) that count as evidence.

    A box is marked only while ticked, not told apart by colour alone, and a line
    under the list counts the ticks as they change. Space ticks or unticks only
    the line under the cursor; a tick past the limit is taken back at once. At
    most one problem is ticked: ticking another one unticks the first.
    """

    CSS_PATH = "manager_dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Save", id="evidence.save"),
        Binding("escape", "cancel", "Cancel", id="evidence.cancel"),
    ]

    def __init__(
        self,
        title: str,
        wins: Sequence[Win],
        selected: Sequence[int],
        *,
        notes: Mapping[int, str] | None = None,
        initiatives: Sequence[Initiative] = (),
        initiative_id: int | None = None,
        limit: int | None = None,
        intro: str = "",
        none_ticked: str = "",
    ) -> None:
        """Create the dialog.

        Args:
            title: what the evidence is for.
            wins: the wins to offer, in the order shown.
            selected: the ids of the wins ticked to begin with.
            notes: a short note per win id, such as its review verdict.
            initiatives: the problems to offer, above the wins, in that order.
            initiative_id: the id of the problem ticked to begin with.
            limit: the most wins that may be ticked; None for no limit.
            intro: a sentence under the title, such as who made the pick shown.
            none_ticked: what saving with nothing ticked means, shown then in
                place of the count.
        """
        super().__init__()
        self.title_text = title
        self.wins = list(wins)
        self.selected_ids = list(selected)
        self.notes = dict(notes or {})
        self.initiatives = [i for i in initiatives if i.id is not None]
        self.initiative_id = initiative_id
        self.limit = limit
        self.intro = intro
        self.none_ticked = none_ticked

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: what the evidence is for."""
        return self.title_text

    def compose(self) -> ComposeResult:
        items: list[tuple[Text, str, bool]] = []
        for initiative in self.initiatives:
            label = Text(catalogue.MANAGER_PICK_INITIATIVE, style="bold")
            label.append(initiative_summary(initiative) or "", style="")
            ticked = initiative.id == self.initiative_id
            items.append((label, f"{_INITIATIVE}{initiative.id}", ticked))
        for win in self.wins:
            if win.id is None:
                continue
            items.append(
                (
                    win_label(win, self.notes.get(win.id, "")),
                    f"{_WIN}{win.id}",
                    win.id in self.selected_ids,
                )
            )
        with VerticalScroll(classes="manager-dialog", id="evidence-dialog"):
            yield Static(
                self.title_text,
                classes="section-title",
                id="evidence-title",
                markup=False,
            )
            if self.intro:
                yield Static(self.intro, id="evidence-intro", markup=False)
            if items:
                yield MarkedSelectionList[str](
                    *items, id="evidence-choices", enter_action="screen.save"
                )
                yield Static(id="evidence-count", markup=False)
            else:
                yield Static(catalogue.MANAGER_PICK_NO_WINS, classes="empty-state")
            yield Static(catalogue.MANAGER_PICK_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        found = self.query("#evidence-choices")
        if found:
            found.first().focus()
            self._show_count()
        self.call_after_refresh(self._fit_title)
        self.call_after_refresh(self._fit_wins)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_title)
        self.call_after_refresh(self._fit_wins)

    def _fit_wins(self) -> None:
        """Cut each win's title to the list's width, so its verdict stays in view.

        The list draws one line per option and would otherwise cut the line at
        the right edge, taking the note after the title with it. Every title is
        cut or padded to one width, so the notes read down one column.
        """
        found = self.query("#evidence-choices")
        if not found:
            return
        choices = found.first(SelectionList)
        width = choices.content_region.width - BOX_WIDTH
        if width <= 0:
            return
        by_value = {f"{_WIN}{win.id}": win for win in self.wins}
        notes = [self.notes.get(win.id or 0, "") for win in by_value.values()]
        note_width = max((cell_len(note) for note in notes), default=0)
        for index in range(choices.option_count):
            value = choices.get_option_at_index(index).value
            win = by_value.get(value)
            if win is not None and win.id is not None:
                note = self.notes.get(win.id, "")
                label = win_label(win, note, width, note_width)
                choices.replace_option_prompt_at_index(index, label)

    def _fit_title(self) -> None:
        """Wrap what the evidence is for into two lines at most, cut with "…".

        The title stays above the list however long the list scrolls, so a long
        criterion must not take the room the wins need.
        """
        fit_lines(self.query_one("#evidence-title", Static), self.title_text)

    @property
    def initiative(self) -> Initiative | None:
        """The first problem offered, or None when there is none to offer."""
        return self.initiatives[0] if self.initiatives else None

    @on(SelectionList.SelectionToggled, "#evidence-choices")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        if value.startswith(_INITIATIVE) and value in event.selection_list.selected:
            # A criterion names one problem: the one ticked now replaces the other.
            for other in event.selection_list.selected:
                if other.startswith(_INITIATIVE) and other != value:
                    event.selection_list.deselect(other)
            return
        ticked = self._ticked_wins()
        if self.limit is not None and value in ticked and len(ticked) > self.limit:
            event.selection_list.deselect(value)
            self.notify(
                catalogue.MANAGER_PICK_LIMIT_REACHED.format(limit=self.limit),
                severity="warning",
            )

    @on(SelectionList.SelectedChanged, "#evidence-choices")
    def _ticks_changed(self) -> None:
        self._show_count()

    def _ticked_wins(self) -> list[str]:
        found = self.query("#evidence-choices")
        values: list[str] = list(found.first(SelectionList).selected) if found else []
        return [v for v in values if v.startswith(_WIN)]

    def _show_count(self) -> None:
        found = self.query("#evidence-choices")
        if not found:
            return
        # The limit is on wins, so only they are counted against it.
        ticked = (
            len(found.first(SelectionList).selected)
            if self.limit is None
            else len(self._ticked_wins())
        )
        if not ticked and self.none_ticked:
            text = self.none_ticked
        elif self.limit is not None:
            text = catalogue.MANAGER_PICK_COUNT_LIMIT.format(
                count=ticked, limit=self.limit
            )
        else:
            text = catalogue.MANAGER_PICK_COUNT.format(count=ticked)
        self.query_one("#evidence-count", Static).update(text)

    def action_save(self) -> None:
        found = self.query("#evidence-choices")
        values: list[str] = list(found.first(SelectionList).selected) if found else []
        # Ticked earlier first, so a plan brings the wins in the order chosen.
        ticked = [v for v in values if v.startswith(_WIN)]
        win_ids = tuple(int(v.removeprefix(_WIN)) for v in ticked)
        if self.limit is not None and len(win_ids) > self.limit:
            self.notify(
                catalogue.MANAGER_PICK_TOO_MANY.format(limit=self.limit),
                severity="warning",
            )
            return
        problems = [v for v in values if v.startswith(_INITIATIVE)]
        initiative_id = int(problems[0].removeprefix(_INITIATIVE)) if problems else None
        self.dismiss(EvidencePick(win_ids, initiative_id))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConversationDialog(KeysOnlyDialog[None]):
    """One past conversation: what the manager said and what came out of it."""

    CSS_PATH = "manager_dialogs.tcss"
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="conversation.close"),
    ]

    def __init__(
        self,
        conversation: Conversation,
        found: Sequence[Criterion],
        ladder: Ladder,
    ) -> None:
        """Create the dialog.

        Args:
            conversation: the conversation to show.
            found: every criterion; those the conversation named are listed.
            ladder: for the names of the criteria's dimensions.
        """
        super().__init__()
        self.conversation = conversation
        self.found = list(found)
        self.ladder = ladder

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: the conversation, by its day."""
        return catalogue.MANAGER_TALK_TITLE.format(
            date=day_in_words(self.conversation.date)
        )

    def compose(self) -> ComposeResult:
        talk = self.conversation
        by_id = {c.id: c for c in self.found if c.id is not None}
        named = [by_id[i] for i in talk.criterion_ids if i in by_id]
        with VerticalScroll(classes="manager-dialog", id="conversation-dialog"):
            yield Static(
                catalogue.MANAGER_TALK_TITLE.format(date=day_in_words(talk.date)),
                classes="section-title",
            )
            yield Static(talk.notes or catalogue.MANAGER_TALK_NO_NOTES, markup=False)
            yield Static(catalogue.MANAGER_TALK_CRITERIA, classes="section-title")
            if not named:
                yield Static(catalogue.MANAGER_TALK_NONE, classes="hint")
            for criterion in named:
                dimension = (
                    self.ladder.dimension_name(criterion.dimension)
                    if criterion.dimension
                    else catalogue.MANAGER_NO_DIMENSION
                )
                line = Text(f"• {criterion.text}")
                line.append(f"  ({criterion.status} · {dimension})", style="italic")
                if criterion.example:
                    example = catalogue.MANAGER_EXAMPLE.format(
                        example=criterion.example
                    )
                    line.append(f"\n  {example}", style="italic")
                yield Static(line)
            yield Static(catalogue.MANAGER_TALK_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#conversation-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)
