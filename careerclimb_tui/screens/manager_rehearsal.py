"""Rehearse the promotion conversation against a simulated manager.

The user picks how hard the manager is, then types what they would say; the manager
answers from the bank, as a chat. Each rehearsal draws a manager from a seed, so the
same seed and the same lines always give the same conversation; typing a seed shown
earlier meets that manager again. At the end, under the manager's last reply, comes
a short scorecard: what went well and the one thing to try next time. Nothing of a
rehearsal is saved.
"""

from __future__ import annotations

import random
from typing import Any
from weakref import WeakKeyDictionary

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.domain.conversation import (
    CYCLE,
    EVIDENCE,
    EXAMPLE,
    FOLLOW_UP,
    LEVEL,
    SPECIFICS,
    ReplyReading,
    Scorecard,
    behaviour_label,
    behaviours_in,
    cycle_words_for,
    level_names_for,
)
from careerclimb_tui.domain.rehearsal import (
    DIFFICULTIES,
    MAX_SEED_DIGITS,
    REALISTIC,
    Rehearsal,
    RehearsalTurn,
    bar_note,
    cycle_timing,
    follow_up_agreed,
    read_seed,
    respond,
    scorecard,
    scorecard_in_words,
    start_rehearsal,
    took_vague_answer,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import FieldError, WholeInput
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.hanging import hanging_prompt
from careerclimb_tui.widgets.lists import BoundedOptionList

SETUP = "setup"
TALKING = "talking"
ENDED = "ended"
"""The phases of the screen: choosing the difficulty, talking, reading the score."""

MAX_SEED = 1_000_000
"""Seeds the screen draws by itself stay below this, so they are short to type."""

FINISH_KEY = "ctrl+f"
"""The key that ends the meeting; pressed after the end, it says what to do."""

NEW_KEY = "ctrl+n"
"""The key that starts another rehearsal. Once the meeting is over the box takes
notes, so a plain letter would be typed there instead of starting one."""

_LAST_SEEDS: WeakKeyDictionary[App[object], int] = WeakKeyDictionary()
"""For each running app, the seed of its latest rehearsal: the seed field names it
on every visit, not only until the screen is left. Kept in memory only, as
nothing of a rehearsal is saved."""

SHORT_BELOW = 18
"""Rows under which the screen is short: the parts around the chat shrink to one
row each, or hide, so the chat keeps several lines to read."""

_SAID = {
    SPECIFICS: catalogue.MANAGER_SAID_SPECIFICS,
    EXAMPLE: catalogue.MANAGER_SAID_EXAMPLE,
    LEVEL: catalogue.MANAGER_SAID_LEVEL,
    CYCLE: catalogue.MANAGER_SAID_CYCLE,
    EVIDENCE: catalogue.MANAGER_SAID_EVIDENCE,
    FOLLOW_UP: catalogue.MANAGER_SAID_FOLLOW_UP,
}
"""Behaviour → the note shown under a line that showed it."""


class SeedInput(WholeInput):
    """The seed field: it takes digits only, up to the longest seed.

    A key it refuses would otherwise only ring the bell, which many terminals
    keep silent, so the field tells the screen, which says why under it.
    """

    class Refused(Message):
        """Posted when typed or pasted text was not taken into the field."""

        def __init__(self, field: SeedInput, too_long: bool, pasted: bool) -> None:
            super().__init__()
            self.field = field
            self.too_long = too_long
            """True when the text was digits, refused only for making the seed
            longer than a seed can be."""
            self.pasted = pasted
            """True when more than one character was refused at once: a paste,
            none of which went in."""

        @property
        def control(self) -> SeedInput:
            return self.field

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(restrict=r"[0-9]*", max_length=MAX_SEED_DIGITS)
        super().__init__(*args, **kwargs)
        self._offered = ""

    def replace(self, text: str, start: int, end: int) -> None:
        self._offered = text
        super().replace(text, start, end)

    def restricted(self) -> None:
        super().restricted()
        digits = self._offered.isascii() and self._offered.isdigit()
        pasted = len(self._offered) > 1
        self.post_message(self.Refused(self, too_long=digits, pasted=pasted))


def reading_notes(
    reading: ReplyReading, agreed: bool = True, took_vague: bool = False
) -> list[str]:
    """What one of the user's lines did, in the words shown under it.

    The behaviours come from the same reading the scorecard credits, so every note
    here is ticked at the end; a follow-up the manager did not agree (``agreed``
    False) is noted as proposed, as the scorecard does not tick it. The line is
    noted as taking a vague answer only when it let one stand (``took_vague``).
    """
    said = dict(_SAID)
    if not agreed:
        said[FOLLOW_UP] = catalogue.MANAGER_SAID_FOLLOW_UP_PROPOSED
    notes = [said[behaviour] for behaviour in behaviours_in(reading)]
    if took_vague:
        notes.append(catalogue.MANAGER_SAID_ACCEPTED)
    return notes


def scorecard_parts(card: Scorecard) -> list[Static]:
    """The scorecard as shown at the end of a rehearsal, one part per widget."""
    marks = [
        ("✓" if shown else "·", behaviour_label(behaviour), bool(shown))
        for behaviour, shown in card.shown
    ]
    title = catalogue.MANAGER_SCORE_TITLE.format(
        count=card.count, total=len(card.shown)
    )
    return [
        Static(Text(title), classes="score-heading"),
        Static(_hanging(marks)),
        Static(Text(catalogue.MANAGER_SCORE_WELL), classes="score-heading"),
        Static(_hanging([("•", sentence, None) for sentence in card.went_well])),
        Static(Text(catalogue.MANAGER_SCORE_NEXT), classes="score-heading"),
        Static(Text(card.try_next)),
    ]


def _hanging(items: list[tuple[str, str, bool | None]]) -> Table:
    """Marked lines whose wrapped parts hang under the text; green when shown."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for marker, text, shown in items:
        style = "" if shown is None else ("green" if shown else "dim")
        grid.add_row(Text(marker, style=style), Text(text, style=style))
    return grid


class DifficultyList(BoundedOptionList):
    """The difficulties, whose highlight stops at the first and the last.

    Up on the easiest stays there rather than landing on the toughest. The
    highlighted difficulty also carries a pointer, so the one chosen at the start
    is plain to see even where the highlight's colour is faint, and Down visibly
    moves to the next.
    """

    def __init__(self, labels: dict[str, str], id: str | None = None) -> None:
        """Create the list.

        Args:
            labels: difficulty → the words shown for it, in the order shown.
            id: the widget's id.
        """
        self.labels = labels
        super().__init__(
            *[
                Option(self._prompt(label, False), id=name)
                for name, label in labels.items()
            ],
            id=id,
        )

    @staticmethod
    def _prompt(label: str, pointed: bool) -> Table:
        # Wrapped on a narrow screen, the words hang under the first line's.
        marker = catalogue.MANAGER_DIFFICULTY_POINTER if pointed else " "
        return hanging_prompt(f"{marker} ", label)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        for index, label in enumerate(self.labels.values()):
            self.replace_option_prompt_at_index(
                index, self._prompt(label, index == highlighted)
            )


class RehearsalScreen(CoachScreen[None]):
    """A rehearsal: pick the difficulty, talk, read the scorecard."""

    CSS_PATH = "manager_rehearsal.tcss"
    COMMAND_CATEGORY = "Rehearse"
    IS_FORM = True
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_BELOW, "-tall")]
    BINDINGS = [
        Binding("s", "start", "Start", id="rehearsal.start"),
        Binding(NEW_KEY, "new", "New rehearsal", id="rehearsal.new"),
        Binding(FINISH_KEY, "finish", "End the meeting", id="rehearsal.finish"),
        Binding("escape", "leave", "Back", id="rehearsal.back"),
        # The say box keeps the focus while talking, so the page keys reach the
        # chat from here; a focused list or chat takes them first.
        Binding(
            "pageup",
            "chat_page(-1)",
            "Scroll the chat up",
            id="rehearsal.page_up",
            show=False,
        ),
        Binding(
            "pagedown",
            "chat_page(1)",
            "Scroll the chat down",
            id="rehearsal.page_down",
            show=False,
        ),
    ]
    VIEW_KEYS = frozenset({"rehearsal.page_up", "rehearsal.page_down"})
    """Keys that only scroll the chat: listed after the actions, not in the palette."""

    def __init__(self, seed: int | None = None, difficulty: str = REALISTIC) -> None:
        """Create the screen.

        Args:
            seed: the seed of the first rehearsal started with the seed field
                blank; each later one adds 1. None draws a fresh seed, so every
                visit meets a different manager.
            difficulty: the difficulty selected at first.
        """
        super().__init__()
        self.next_seed = (
            seed if seed is not None else random.SystemRandom().randrange(MAX_SEED)
        )
        self.difficulty = difficulty if difficulty in DIFFICULTIES else REALISTIC
        self.phase = SETUP
        self.rehearsal: Rehearsal | None = None
        self.card: Scorecard | None = None
        self.box_kept = False
        """True while the say box stays open for notes after the meeting ended,
        however it ended, so that typing on lands there instead of being lost."""
        self.offering = False
        """True while a line worth saying is offered for what is typed, so that
        → would accept it."""

    # --- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(catalogue.MANAGER_REHEARSE_TITLE, id="rehearsal-title")
        yield Static(id="rehearsal-about", classes="hint")
        with VerticalScroll(id="setup"):
            yield Static(catalogue.MANAGER_REHEARSE_INTRO)
            yield DifficultyList(
                {
                    name: catalogue.MANAGER_DIFFICULTY_LABELS[name]
                    for name in DIFFICULTIES
                },
                id="difficulty",
            )
            yield Label(self._seed_label(), id="seed-label")
            yield SeedInput(
                placeholder=catalogue.MANAGER_REHEARSE_SEED_PLACEHOLDER.format(
                    digits=MAX_SEED_DIGITS
                ),
                id="seed",
            )
            yield FieldError(id="seed-error")
            yield Static(catalogue.MANAGER_REHEARSE_SETUP_KEYS, classes="hint")
        yield VerticalScroll(id="chat")
        self._lines = self._suggestions()
        with Vertical(id="say-box"):
            yield Static(
                catalogue.MANAGER_REHEARSE_SAY_KEYS, classes="hint", id="say-keys"
            )
            # The input cuts a long suggestion at its edge; here it shows whole.
            yield Static(id="say-suggestion", classes="hint")
            yield WholeInput(
                placeholder=catalogue.MANAGER_REHEARSE_PLACEHOLDER,
                suggester=SuggestFromList(self._lines, case_sensitive=False),
                id="say",
            )
        yield SteadyFooter()

    def _seed_label(self) -> str:
        """The seed field's label, naming the latest rehearsal's seed if any."""
        last = _LAST_SEEDS.get(self.app)
        if last is None:
            return catalogue.MANAGER_REHEARSE_SEED
        return catalogue.MANAGER_REHEARSE_SEED_LAST.format(seed=last)

    def _suggestions(self) -> list[str]:
        """Lines worth saying, offered as the user types their first words."""
        profile = self.profile
        target = self.ladder.level(profile.target_level) if profile else None
        own = criteria_docs.prep_choices(self.store).ask.strip()
        ask = own or catalogue.CONVO_ASK_FOR_LEVEL.format(
            level=target.title if target else catalogue.REHEARSAL_NEXT_LEVEL
        )
        return [ask, catalogue.CONVO_PUSH_BACK, *catalogue.MANAGER_REHEARSE_LINES]

    def on_mount(self) -> None:
        self._show_phase()
        self.query_one("#say-suggestion").display = False

    @on(Input.Changed, "#say")
    def _show_suggestion(self, event: Input.Changed) -> None:
        """Show in full the suggestion → would accept, as the input may cut it."""
        # Once the meeting is over, nothing typed is said, so nothing is offered.
        typed = event.value.casefold() if self.phase == TALKING else ""
        found = next(
            (
                line
                for line in self._lines
                if typed and line.casefold().startswith(typed) and line != event.value
            ),
            "",
        )
        shown = self.query_one("#say-suggestion", Static)
        shown.update(
            Text(catalogue.MANAGER_REHEARSE_SUGGESTION.format(suggestion=found))
            if found
            else ""
        )
        shown.display = bool(found)
        if bool(found) != self.offering and self.phase == TALKING:
            self.offering = bool(found)
            self._show_lines_left()

    def _show_lines_left(self) -> None:
        """Say how many lines the user has before the manager runs out of time."""
        left = self.rehearsal.lines_left if self.rehearsal else 0
        count = (
            catalogue.MANAGER_REHEARSE_LAST_LINE
            if left == 1
            else catalogue.MANAGER_REHEARSE_LINES_LEFT.format(left=left)
        )
        keys = [count, catalogue.MANAGER_REHEARSE_SAY_KEYS]
        if self.rehearsal is not None and self.rehearsal.closing_due:
            # The lines left drop to one at once: the user is told why.
            keys = [catalogue.MANAGER_REHEARSE_LAST_LINE_AGREED]
        # → only accepts a suggestion, so it is named only while one is offered.
        if self.offering:
            keys.insert(1, catalogue.MANAGER_REHEARSE_ACCEPT_KEY)
        self.query_one("#say-keys", Static).update(Text(" · ".join(keys)))

    def _show_phase(self) -> None:
        kept = self.phase == ENDED and self.box_kept
        self.query_one("#setup").display = self.phase == SETUP
        self.query_one("#chat").display = self.phase != SETUP
        box = self.query_one("#say-box")
        box.display = self.phase == TALKING or kept
        box.set_class(kept, "over")
        self.refresh_bindings()
        if self.phase == SETUP:
            self.query_one("#rehearsal-title", Static).update(
                catalogue.MANAGER_REHEARSE_TITLE
            )
            self.query_one("#rehearsal-about", Static).update("")
            choices = self.query_one("#difficulty", OptionList)
            choices.highlighted = DIFFICULTIES.index(self.difficulty)
            choices.focus()
        elif self.phase == TALKING or kept:
            self.query_one("#say", Input).focus()
        else:
            self.query_one("#chat").focus()

    def _show_meeting_over(self) -> None:
        """Turn the say box into a place for a note: nothing typed is said now."""
        field = self.query_one("#say", Input)
        field.placeholder = catalogue.MANAGER_REHEARSE_OVER_PLACEHOLDER
        # Said on the box itself, since a placeholder hides once typing starts;
        # a space each side keeps the words clear of the rule they sit in.
        self.query_one(
            "#say-box"
        ).border_title = f" {catalogue.MANAGER_REHEARSE_OVER_TITLE} "
        self.query_one("#say-keys", Static).update(
            Text(catalogue.MANAGER_REHEARSE_OVER_KEYS)
        )
        self.query_one("#say-suggestion").display = False

    def help_sentences(self) -> tuple[str, str]:
        """The help's purpose and method, the method counting the scorecard's
        checks from the list the scorecard shows."""
        purpose, _ = catalogue.HELP_SCREENS["RehearsalScreen"]
        return purpose, scorecard_in_words()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "chat_page":
            return self.phase != SETUP
        phases = {"start": SETUP, "new": ENDED, "finish": TALKING}
        wanted = phases.get(action)
        return wanted is None or wanted == self.phase

    def is_dirty(self) -> bool:
        """True once the user said a line, while a line is typed but not said, or
        when notes were written after the end: none of it outlives the screen.

        A meeting where nothing was said yet is left without a question, however
        it is left, and so is its empty scorecard.
        """
        if not self.is_mounted or self.phase == SETUP:
            return False
        typed = bool(self.query_one("#say", Input).value.strip())
        said = self.rehearsal is not None and self.rehearsal.user_turns > 0
        if self.phase == ENDED:
            return said or (self.box_kept and (typed or self._has_notes()))
        return said or typed

    def quit_question(self) -> str:
        """What quitting the app asks while this rehearsal has something to lose."""
        if self.phase == ENDED:
            return catalogue.MANAGER_REHEARSE_QUIT_ENDED
        return catalogue.MANAGER_REHEARSE_QUIT

    # --- the setup -----------------------------------------------------------------

    @on(OptionList.OptionSelected, "#difficulty")
    @on(Input.Submitted, "#seed")
    async def _start_chosen(self) -> None:
        await self.action_start()

    @on(SeedInput.Refused)
    def _say_seed_refused(self, event: SeedInput.Refused) -> None:
        """Say under the seed field why what was typed did not go in."""
        if event.pasted:
            too_long = catalogue.MANAGER_REHEARSE_SEED_PASTE_TOO_LONG
            not_a_number = catalogue.MANAGER_REHEARSE_SEED_PASTE_NOT_A_NUMBER
        else:
            too_long = catalogue.MANAGER_REHEARSE_SEED_TOO_LONG
            not_a_number = catalogue.MANAGER_REHEARSE_SEED_NOT_A_NUMBER
        message = (
            too_long.format(digits=MAX_SEED_DIGITS) if event.too_long else not_a_number
        )
        self.query_one("#seed-error", FieldError).say(message)

    @on(Input.Changed, "#seed")
    def _clear_seed_error(self) -> None:
        """A seed that took the last key typed has nothing wrong to say."""
        self.query_one("#seed-error", FieldError).say("")

    async def action_start(self) -> None:
        """Meet a manager at the highlighted difficulty: the typed seed's, or new."""
        if self.phase != SETUP:
            return
        highlighted = self.query_one("#difficulty", OptionList).highlighted
        if highlighted is not None:
            self.difficulty = DIFFICULTIES[highlighted]
        seed_field = self.query_one("#seed", Input)
        try:
            typed = read_seed(seed_field.value)
        except CareerClimbError as error:
            self.query_one("#seed-error", FieldError).say(error.message)
            seed_field.focus()
            return
        self.query_one("#seed-error", FieldError).say("")

        profile = self.profile
        target_id = profile.target_level if profile else ""
        cycle_closes = profile.cycle_closes if profile else None
        try:
            bank = load_manager_bank()
            self.rehearsal = start_rehearsal(
                bank,
                self.difficulty,
                self.next_seed if typed is None else typed,
                level_names=level_names_for(self.ladder, target_id),
                cycle_words=cycle_words_for(cycle_closes),
                cycle=cycle_timing(cycle_closes, self.clock.today()),
            )
        except CareerClimbError as error:
            self.notify(
                error.message,
                title=error.title or catalogue.MANAGER_REHEARSE_FAILED,
                severity="error",
            )
            return
        if typed is None:
            self.next_seed += 1
        _LAST_SEEDS[self.app] = self.rehearsal.seed

        manager = self.rehearsal.manager
        self.query_one("#rehearsal-title", Static).update(
            Text(
                catalogue.MANAGER_REHEARSE_WITH.format(
                    name=manager.name,
                    difficulty=catalogue.MANAGER_DIFFICULTY_NAMES[self.difficulty],
                    seed=self.rehearsal.seed,
                )
            )
        )
        self.query_one("#rehearsal-about", Static).update(
            Text(self.rehearsal.manager_about)
        )
        chat = self.query_one("#chat", VerticalScroll)
        await chat.remove_children()
        self.card = None
        self.box_kept = False
        self.offering = False
        self.query_one("#say-suggestion").display = False
        field = self.query_one("#say", Input)
        field.placeholder = catalogue.MANAGER_REHEARSE_PLACEHOLDER
        self.query_one("#say-box").border_title = None
        self.phase = TALKING
        self._show_phase()
        self._show_lines_left()
        # Anchored, the chat stays at its end while replies arrive, even when one
        # wraps to more rows once the scrollbar takes its columns.
        chat.anchor()
        await self._add_turn(self.rehearsal.turns[0])

    # --- talking -------------------------------------------------------------------

    async def _add_turn(self, turn: RehearsalTurn) -> None:
        chat = self.query_one("#chat", VerticalScroll)
        mine = turn.reading is not None
        name = (
            catalogue.MANAGER_REHEARSE_YOU
            if mine
            else (self.rehearsal.manager.name if self.rehearsal else "")
        )
        text = Text()
        text.append(name, style="bold")
        text.append(f"\n{turn.text}")
        widgets = [Static(text, classes="turn you" if mine else "turn manager")]
        if turn.reading is not None:
            # Agreeing ends the meeting or leaves one last line, so a line that
            # proposed a follow-up before any was agreed was never agreed.
            agreed = self.rehearsal is not None and follow_up_agreed(self.rehearsal)
            # Only the newest line is ever added, so the newest is the one judged.
            took_vague = self.rehearsal is not None and took_vague_answer(
                self.rehearsal
            )
            notes = reading_notes(turn.reading, agreed, took_vague)
            bar = bar_note(self.rehearsal) if self.rehearsal else ""
            if bar:
                notes.append(bar)
            if notes:
                widgets.append(
                    Static(Text("↳ " + " · ".join(notes)), classes="turn-notes")
                )
        await chat.mount_all(widgets)
        # Back to the end, and anchored there again, even if the user scrolled up.
        chat.scroll_end(animate=False)

    def action_chat_page(self, pages: int) -> None:
        """Scroll the chat a page up (-1) or down (1), wherever the focus is."""
        chat = self.query_one("#chat", VerticalScroll)
        if pages < 0:
            chat.scroll_page_up(animate=False)
        else:
            chat.scroll_page_down(animate=False)

    @on(Input.Submitted, "#say")
    async def _said(self) -> None:
        field = self.query_one("#say", Input)
        if self.phase == ENDED and self.box_kept:
            await self._keep_note()
            return
        if self.rehearsal is None or self.phase != TALKING:
            return
        try:
            after, _ = respond(self.rehearsal, field.value)
        except CareerClimbError as error:
            self.notify(error.message, severity="warning")
            return
        field.value = ""
        self.rehearsal = after
        for turn in after.turns[-2:]:
            await self._add_turn(turn)
        self._show_lines_left()
        if after.ended:
            await self._end()

    def _has_notes(self) -> bool:
        """True when notes were added to the chat after the meeting ended."""
        return bool(self.query_one("#chat").query(".unsaid"))

    async def _keep_note(self) -> None:
        """Add what the box holds to the chat as a note; the box stays open."""
        field = self.query_one("#say", Input)
        typed = field.value.strip()
        field.value = ""
        if not typed:
            return
        text = Text()
        text.append(catalogue.MANAGER_REHEARSE_NOT_SAID, style="bold")
        text.append(f"\n{typed}")
        note = Static(text, classes="turn unsaid")
        chat = self.query_one("#chat", VerticalScroll)
        await chat.mount(note, before="#scorecard")
        self.call_after_refresh(chat.scroll_to_widget, note, top=True, animate=False)

    async def action_finish(self) -> None:
        """End the meeting now and read the scorecard of what was said."""
        if self.phase == TALKING:
            await self._end()

    @on(events.Key)
    def _say_the_meeting_ended(self, event: events.Key) -> None:
        """Pressed after the end, the key that ends the meeting says what is next.

        Its binding is hidden once the meeting is over, so without this the key
        would do nothing while the box still shows what was typed.
        """
        if event.key != FINISH_KEY or self.phase != ENDED:
            return
        event.stop()
        self.notify(catalogue.MANAGER_REHEARSE_ENDED_KEPT)

    async def _end(self) -> None:
        if self.rehearsal is None:
            return
        self.card = scorecard(self.rehearsal)
        self.phase = ENDED
        # The user may be typing on as the meeting ends: the box stays open for
        # notes, so those keys land in it rather than starting anything.
        self.box_kept = True
        self._show_meeting_over()
        chat = self.query_one("#chat", VerticalScroll)
        card = Vertical(*scorecard_parts(self.card), id="scorecard")
        chat.anchor(False)
        await chat.mount(card)
        self._show_phase()
        # From the user's last line, not the chat's end: the manager's reply to it
        # is read before the card, and on a tall screen the card's title shows too.
        said = chat.query(".turn.you")
        start = said.last() if said else card
        self.call_after_refresh(chat.scroll_to_widget, start, top=True, animate=False)

    # --- leaving or starting again -------------------------------------------------

    def action_new(self) -> None:
        """Ask, then set up another rehearsal, as this one's scorecard goes."""
        if self.phase != ENDED or self.rehearsal is None:
            return

        def answered(start: bool | None) -> None:
            if start:
                self._set_up_again()

        self.app.push_screen(ConfirmDialog(catalogue.MANAGER_REHEARSE_NEW), answered)

    def _set_up_again(self) -> None:
        """Set up another rehearsal: a new manager, or the last one's seed typed."""
        if self.phase != ENDED or self.rehearsal is None:
            return
        self.query_one("#seed-label", Label).update(self._seed_label())
        self.query_one("#seed", Input).value = ""
        # A note typed but not kept goes with the rest of the rehearsal.
        self.query_one("#say", Input).value = ""
        self.box_kept = False
        self.rehearsal = None
        self.phase = SETUP
        self._show_phase()

    def action_leave(self) -> None:
        """Leave, asking first when that would drop a rehearsal under way."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        question = (
            catalogue.MANAGER_REHEARSE_LEAVE_NOTES
            if self.phase == ENDED
            else catalogue.MANAGER_REHEARSE_DISCARD
        )
        self.app.push_screen(ConfirmDialog(question), answered)
