"""A question answered with a single key, or with the arrow keys and Enter.

Also the screen behaviour that goes with it: an answer moves the focus on, a Tab
pressed out of habit right after does not skip the field it moved to, and a
letter meant for the next question does not land in an answer already filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.keys_in_turn import HoldsKeys, KeysInTurnApp
from careerclimb_tui.widgets.hanging import wrap_hanging

ResultType = TypeVar("ResultType")

HELD_TAB_NOTICE_SECONDS = 3
"""Long enough to read the notice, short enough not to stack over the answers."""
HELD_KEY_NOTICE_SECONDS = 4
"""As for a held Tab, with a little more time for a longer notice."""
BURST_SECONDS = 0.3
"""Keys typed closer together than this were typed as one, faster than anyone
reads a notice shown for the first of them."""
KEYS_THAT_ONLY_MOVE_THE_CURSOR = frozenset(
    {"home", "end", "left", "right", "ctrl+left", "ctrl+right", "ctrl+a", "ctrl+e"}
)
"""Keys that leave a filled-in field's text as it was, and the focus in it."""
OPTION_INDENT = 3
"""Columns before the answers, under the question."""
OPTION_GAP = 3
"""Columns between two answers on the same line."""

Piece = tuple[int | None, str]
"""Part of a line of answers: the answer it belongs to (None for spacing), and
its text."""


@dataclass(frozen=True)
class Option:
    """One answer: the key that picks it, its value and its label."""

    key: str
    value: str
    label: str
    aliases: tuple[str, ...] = ()
    """Other keys that pick it too, kept for users used to them but never shown
    beside the answer, so that one question asked on two screens shows one set
    of keys."""


def _balanced(lines: list[str], room: int) -> list[str]:
    """Even out the last two lines: the last one takes words from the line above
    while it holds a lone word or is the shorter, as long as the line above
    keeps two words and the last still fits ``room``."""
    if len(lines) < 2:
        return lines
    above, last = lines[-2].split(" "), lines[-1].split(" ")
    while len(above) > 2:
        moved = [above[-1], *last]
        longer = cell_len(" ".join(moved)) > cell_len(" ".join(above[:-1]))
        if cell_len(" ".join(moved)) > room or (len(last) > 1 and longer):
            break
        above, last = above[:-1], moved
    return [*lines[:-2], " ".join(above), " ".join(last)]


def option_lines(labels: Sequence[str], width: int) -> list[list[Piece]]:
    """Lay the answers out in lines of at most ``width`` columns.

    Whole answers sit side by side while they fit. An answer wider than a line
    wraps with its text kept under the text, past its key ("[n] "), and the last
    two of its lines are balanced so that no line holds a lone last word when
    the line above can spare one.

    Args:
        labels: each answer as shown, such as "[n] It was assigned".
        width: the columns there are for the answers.

    Returns:
        The lines, each a list of pieces: the index of the answer a piece
        belongs to, or None for the spacing before and between answers.
    """
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0
    for index, label in enumerate(labels):
        gap = OPTION_GAP if line else OPTION_INDENT
        if used + gap + cell_len(label) <= width:
            line += [(None, " " * gap), (index, label)]
            used += gap + cell_len(label)
            continue
        if line:
            lines.append(line)
        key, _, text = label.partition(" ")
        lead = cell_len(key) + 1
        room = max(width - OPTION_INDENT - lead, 1)
        wrapped = _balanced(wrap_hanging(text, room, room), room)
        for number, part in enumerate(wrapped):
            start = f"{key} " if number == 0 else " " * lead
            lines.append([(None, " " * OPTION_INDENT), (index, start + part)])
        line, used = lines.pop(), OPTION_INDENT + lead + cell_len(wrapped[-1])
    if line:
        lines.append(line)
    return lines


class QuestionRow(Widget, can_focus=True):
    """A numbered question with its answers below it, on one line when they fit."""

    # Focus shows as a bar in the accent colour down the row's left edge: a colour
    # every theme defines, kept apart in 16 colours, and a glyph under NO_COLOR.
    # The edge is blank, not absent, while unfocused so the text never shifts.
    DEFAULT_CSS = """
    QuestionRow {
        height: auto;
        padding: 0 1 0 0;
        border-left: blank;
    }
    QuestionRow:focus {
        border-left: outer $accent;
        background: $accent 10%;
    }
    """
    BINDINGS = [
        Binding("left", "move(-1)", "Previous answer", show=False),
        Binding("right", "move(1)", "Next answer", show=False),
        Binding("enter,space", "pick", "Choose", show=False),
    ]

    value: reactive[str | None] = reactive(None)
    """The chosen answer's value; None while unanswered."""
    cursor: reactive[int] = reactive(0)
    """The answer the arrow keys point at."""
    # The explanation adds lines below the answers, so showing or hiding it has to
    # measure the row again; a plain repaint would keep the old height.
    explained: reactive[bool] = reactive(False, layout=True)
    """Whether the explanation of the question is shown."""
    keys_told: reactive[bool] = reactive(False, layout=True)
    """Whether the line naming the keys that answer is shown under the answers:
    after a letter that answers nothing, until the focus leaves or an answer is
    picked. It is said in the row itself, as a notice would cover the questions
    below while the user goes on to answer them."""

    class Answered(Message):
        """Posted when the user picks an answer."""

        def __init__(self, row: QuestionRow, value: str) -> None:
            super().__init__()
            self.row = row
            self.value = value

        @property
        def control(self) -> QuestionRow:
            return self.row

    def __init__(
        self,
        number: int,
        question: str,
        options: tuple[Option, ...],
        explanation: str,
        value: str | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.number = number
        self.question = question
        self.options = options
        self.explanation = explanation
        self._laid_out_width = 0
        self.set_reactive(QuestionRow.value, value)
        values = [option.value for option in options]
        self.set_reactive(
            QuestionRow.cursor, values.index(value) if value in values else 0
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The answers are laid out for the width the row is measured at.
        self._laid_out_width = width
        return super().get_content_height(container, viewport, width)

    def render(self) -> Text:
        width = self._laid_out_width or self.content_size.width
        text = Text()
        text.append(f"{self.number}. {self.question}", style="bold")
        labels = []
        styles = []
        for index, option in enumerate(self.options):
            chosen = option.value == self.value
            pointed = index == self.cursor and self.has_focus
            styles.append("reverse" if chosen else ("underline" if pointed else ""))
            label = f"[{option.key}] {option.label}"
            if chosen:
                # Reverse video alone is lost where attributes are (a screen
                # reader, a copied screen); the tick says it in the text itself.
                label += " ✓"
            labels.append(label)
        # Until the row is measured, lay the answers out on a single line.
        width = width or sum(cell_len(label) + OPTION_GAP for label in labels)
        for line in option_lines(labels, width):
            text.append("\n")
            for index, piece in line:
                # Non-breaking spaces, as a line of answers is never re-flowed.
                shown = piece.replace(" ", "\u00a0")
                text.append(shown, style="" if index is None else styles[index])
        if self.keys_told:
            keys = ", ".join(option.key for option in self.options)
            told = catalogue.QUESTION_KEYS.format(keys=keys)
            text.append(f"\n{told}", style="bold yellow")
        if self.explained:
            text.append(f"\n{self.explanation}", style="italic")
        return text

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.keys_told = False
        self.refresh()

    def on_key(self, event: events.Key) -> None:
        character = (event.character or "").lower()
        for index, option in enumerate(self.options):
            if character == option.key or character in option.aliases:
                event.stop()
                event.prevent_default()
                self.cursor = index
                self._choose(option.value)
                return
        if character.isalnum() and event.key not in self.screen.active_bindings:
            # A letter that answers nothing here was meant for a text box: keep
            # it from the screen, and say under the answers which keys answer.
            event.stop()
            event.prevent_default()
            self.keys_told = True

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.options)

    def action_pick(self) -> None:
        self._choose(self.options[self.cursor].value)

    def _choose(self, value: str) -> None:
        self.keys_told = False
        self.value = value
        self.post_message(self.Answered(self, value))


class MovesOnAfterAnswers(Screen[ResultType], HoldsKeys):
    """A screen where answering a question moves the focus to the next field.

    Someone used to pressing Tab after every answer would press it here too, and
    skip, without noticing, the field the answer has just taken them to. So a Tab
    that comes straight after the answer, with no other key between, stays on
    that field and says why; the next Tab moves on as usual. Shift+Tab is never
    held. A screen can also show a filled-in field it moved to with its text
    selected, and hold a slip typed there first (``guard_filled_field``).
    """

    _arrival: tuple[Widget, int] | None = None
    """The field an answer moved the focus to, and how many keys were typed then."""
    _filled_arrival: tuple[Input, str] | None = None
    """A filled-in text field the focus was just moved into, and its text then."""
    _selected_arrival: Input | None = None
    """A field whose text was selected as the focus moved into it."""
    _held_in_burst: tuple[Input, str, float, str] | None = None
    """A filled-in field a key was just held from, its text, and when that key
    was typed."""

    def move_on_to(self, target: str | Widget, scroll_visible: bool = True) -> None:
        """Focus the field after an answered question.

        Args:
            target: the field, or a selector that finds it on this screen.
            scroll_visible: scroll the field into view as it takes the focus;
                False for a field only just shown, which the caller scrolls to
                once it is laid out.
        """
        field = self.query_one(target) if isinstance(target, str) else target
        field.focus(scroll_visible=scroll_visible)
        self._arrival = (field, self._typed_so_far())

    def guard_filled_field(self, target: str | Widget) -> None:
        """Select a filled-in field just moved to, and guard it against a slip.

        Answers are given in a rhythm of single keys, and the focus moving into
        a field that already holds an answer (a suggestion, an answer kept) does
        not stop it. Its text is shown selected, so whatever is typed replaces
        it in sight instead of being added to the end of a text the user may
        not have read; End, Home and the arrows keep the text to edit it, and
        a space typed first goes on after it.

        A key that answers a question or works the screen, typed first, is
        held with a notice why, and the text stays selected: the next printable
        key replaces it. Keys that only move the cursor leave the hold in place
        (Home taken for "back to the top" is one of them), as does a held Tab;
        any other key ends it.

        Args:
            target: the field the focus was moved to, or a selector that finds
                it; an empty field, or one that is not a text field, holds
                nothing.
        """
        field = self.query_one(target) if isinstance(target, str) else target
        if isinstance(field, Input) and field.value:
            field.select_all()
            self._filled_arrival = (field, field.value)
            self._selected_arrival = field
        else:
            self._filled_arrival = None

    @on(events.DescendantBlur)
    def _unselect_on_leaving(self, event: events.DescendantBlur) -> None:
        """Take the selection made on arrival off a field the focus leaves.

        Coming back to the field later (Tab, a click) is coming back to edit
        it, so the text waits with the cursor after it, as elsewhere.
        """
        field = self._selected_arrival
        if field is None or event.widget is not field:
            return
        self._selected_arrival = None
        if field.selected_text == field.value:
            field.cursor_position = len(field.value)

    def holds_key(self, key: events.Key) -> bool:
        """Hold the first key typed into a field ``guard_filled_field`` named, when
        it is one that answers a question or works the screen (a likely slip).

        Args:
            key: the key about to reach the focused widget.

        Returns:
            True when the key is held (and the user told why).
        """
        if self._holds_rest_of_burst(key):
            return True
        if self._filled_arrival is None:
            return False
        field, text = self._filled_arrival
        if self.focused is not field or field.value != text:
            self._filled_arrival = None
            return False
        if not key.is_printable:
            # A held Tab keeps the focus where it was, so it keeps the hold too;
            # any other key (help, the palette, an undo) is work on purpose.
            if key.key not in KEYS_THAT_ONLY_MOVE_THE_CURSOR | {"tab"}:
                self._filled_arrival = None
            return False
        self._filled_arrival = None
        if key.character == " " and field.selected_text == field.value:
            # Nobody starts a new answer with a space: it goes on from the text.
            field.cursor_position = len(field.value)
            return False
        if not self._is_a_key_of_this_screen(key.character or ""):
            # A letter that answers nothing here is typing, meant.
            return False
        self.notify(catalogue.FILLED_ANSWER_KEY_HELD, timeout=HELD_KEY_NOTICE_SECONDS)
        self._held_in_burst = (field, text, key.time, key.character or "")
        return True

    def _holds_rest_of_burst(self, key: events.Key) -> bool:
        """Hold a key typed straight on from a held one, when it is a slip too.

        Answers typed fast ("y", "n") reach a filled-in field together, before
        the notice about the first could be read: every one of them that
        answers a question or works the screen is held, not only the first, so
        none of them replaces the text. A pause ends the burst, and the next
        key edits as the notice says. A letter that answers nothing, typed
        straight on, shows the held keys began a word ("shorter", "p95"):
        they are put back in front of it, so the new text loses nothing.

        Args:
            key: the key about to reach the focused widget.

        Returns:
            True when the key is held.
        """
        held = self._held_in_burst
        self._held_in_burst = None
        if held is None:
            return False
        field, text, typed_at, kept = held
        if (
            self.focused is not field
            or field.value != text
            or not key.is_printable
            or key.time - typed_at > BURST_SECONDS
        ):
            return False
        character = key.character or ""
        if not self._is_a_key_of_this_screen(character):
            # Typing, not answers: the held keys were its first letters.
            field.value = kept
            field.cursor_position = len(kept)
            return False
        self._held_in_burst = (field, text, key.time, kept + character)
        return True

    def _is_a_key_of_this_screen(self, character: str) -> bool:
        """True for a character that answers a question or is a key of the screen.

        Those are the keys a user still answering by single keys types next; any
        other character is the start of an edit. A capital letter is one too:
        answers are given in lower case, and Shift held on purpose starts a name
        ("Payments SRE lead"), which must not lose its first letter.
        """
        if character != character.casefold():
            return False
        answers = {
            key
            for row in self.query(QuestionRow)
            for option in row.options
            for key in (option.key, *option.aliases)
        }
        commands = set(self._bindings.key_to_bindings)
        return character in answers | commands

    def _typed_so_far(self) -> int:
        app = self.app
        return app.typed_count if isinstance(app, KeysInTurnApp) else 0

    @on(events.Key)
    def _hold_a_habitual_tab(self, event: events.Key) -> None:
        """Keep a Tab typed straight after an answer on the field it moved to."""
        if event.key != "tab" or self._arrival is None:
            return
        field, typed_then = self._arrival
        self._arrival = None
        # Only the very next key is habit: anything typed in between (a letter,
        # an arrow, a trip to help, another win) means this Tab is meant.
        if self.focused is not field or self._typed_so_far() != typed_then + 1:
            return
        event.stop()
        event.prevent_default()
        self.notify(catalogue.ANSWER_MOVED_ON, timeout=HELD_TAB_NOTICE_SECONDS)
