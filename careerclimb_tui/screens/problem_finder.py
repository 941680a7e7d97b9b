"""The guided questionnaire that leads to a problem worth owning.

One question at a time; as the user answers, the catalogue is ranked against
their words (``domain.problems.rank_problems``) and the best matches are shown
with the words that matched, so the reason for each suggestion is plain.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import Initiative, Stage, dropped_before
from careerclimb_tui.domain.problems import QUESTIONNAIRE, RankedProblem, rank_problems
from careerclimb_tui.screens.problem_hub import (
    OPEN_IN_PROGRESS_SHORTCUT,
    OPEN_IN_PROGRESS_SHORTCUT_SAID,
    NamesTheProblemInProgress,
)
from careerclimb_tui.screens.problem_text import dropped_before_line, problem_shelf
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import WholeInput
from careerclimb_tui.widgets.footer import SteadyFooter

TOP_MATCHES = 5
"""Matches shown while answering; the ranked catalogue shows them all."""

OPEN_IN_PROGRESS_KEY = OPEN_IN_PROGRESS_SHORTCUT
"""Opens (goes to) the problem in progress: a letter would be typed into the
answer, and Ctrl+O opens a long answer in the user's editor everywhere else."""
OPEN_IN_PROGRESS_SAID = OPEN_IN_PROGRESS_SHORTCUT_SAID
"""The same key as the notice names it."""

ANSWERED_MARK = "●"
"""A question with an answer."""
UNANSWERED_MARK = "○"
"""A question without one yet."""


def progress_marks(answered: list[bool], position: int) -> Text:
    """Where the user is among the questions, and which ones they answered.

    Args:
        answered: for each question in order, whether it has an answer.
        position: the question shown now, counting from 0.

    Returns:
        A filled mark per answered question, the one shown now in brackets:
        "Question 3 of 6   ●  ○ [○] ○  ○  ○   1 of 6 answered".
    """
    total = len(answered)
    line = Text(
        catalogue.PROBLEM_FINDER_PROGRESS.format(number=position + 1, total=total)
    )
    for index, done in enumerate(answered):
        mark = ANSWERED_MARK if done else UNANSWERED_MARK
        if index == position:
            line.append(f"[{mark}]", style="bold")
        else:
            line.append(f" {mark} ")
    line.append(
        catalogue.PROBLEM_FINDER_ANSWERED.format(answered=sum(answered), total=total)
    )
    return line


def match_prompt(ranked: RankedProblem, dropped: Initiative | None = None) -> Text:
    """A ranked entry as two lines: its title, then why it is on the list.

    Args:
        ranked: the entry and why it matched.
        dropped: the problem the user dropped earlier that the entry is again,
            if any; said on a third line, with the reason it was dropped.
    """
    prompt = Text(ranked.entry.title, style="bold")
    prompt.append("\n")
    prompt.append(ranked.reason, style="italic")
    if dropped is not None:
        prompt.append("\n")
        prompt.append(dropped_before_line(dropped))
    return prompt


class ProblemFinderScreen(NamesTheProblemInProgress):
    """Asks the guided questions and shows the problems they point to."""

    CSS_PATH = "problem_finder.tcss"
    IN_PROGRESS_NOTICE = "#finder-in-progress"
    IN_PROGRESS_KEY_SAID = OPEN_IN_PROGRESS_SAID
    COMMAND_CATEGORY = "Find a problem"
    IS_FORM = True
    BINDINGS = [
        # Priority, or the scrolling container would take them as page keys.
        Binding(
            "pagedown",
            "next_question",
            catalogue.PROBLEM_FINDER_NEXT,
            id="finder.next",
            priority=True,
        ),
        Binding(
            "pageup",
            "previous_question",
            "Previous",
            id="finder.previous",
            priority=True,
        ),
        Binding(
            "ctrl+r", "ranked", catalogue.PROBLEM_FINDER_RANKED, id="finder.ranked"
        ),
        # In the footer, since the notice about the problem in progress names
        # it; said short, as on the hub, so that five keys fit in 80 columns.
        Binding(
            OPEN_IN_PROGRESS_KEY,
            "open_in_progress",
            catalogue.PROBLEM_IN_PROGRESS_FOOTER,
            id="finder.open_in_progress",
        ),
        Binding("escape", "cancel", "Back", id="finder.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.answers: dict[str, str] = {}
        self.position = 0
        self._dropped: list[Initiative] = []
        """The problems the user dropped, to say so beside a candidate again."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="finder"):
            yield Static(catalogue.PROBLEM_FINDER_TITLE, id="finder-title")
            yield Static(id="finder-in-progress", classes="in-progress")
            yield Static(id="finder-progress", classes="hint")
            yield Static(id="finder-question")
            yield Static(id="finder-hint", classes="hint")
            yield WholeInput(
                placeholder=catalogue.PROBLEM_FINDER_ANSWER_PLACEHOLDER,
                id="finder-answer",
            )
            yield Static(catalogue.PROBLEM_FINDER_MATCHES, classes="section-title")
            yield OptionList(id="finder-matches")
            yield Static(
                catalogue.PROBLEM_FINDER_NO_MATCHES,
                id="finder-empty",
                classes="empty-state",
            )
            yield Static(catalogue.PROBLEM_FINDER_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._read_dropped()
        self.show_question()
        self.show_matches()
        self._show_in_progress()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        # A problem may have been dropped meanwhile, from the page it opens.
        self._read_dropped()
        self.show_matches()

    def _read_dropped(self) -> None:
        self._dropped = [
            found for found in initiatives(self.store) if found.stage is Stage.DROPPED
        ]

    # --- the questions -------------------------------------------------------------

    def show_question(self) -> None:
        """Show the current question with its example and the answer so far."""
        question = QUESTIONNAIRE[self.position]
        self._show_progress()
        self.query_one("#finder-question", Static).update(
            Text(question.prompt, style="bold")
        )
        self.query_one("#finder-hint", Static).update(Text(question.hint))
        field = self.query_one("#finder-answer", Input)
        with self.prevent(Input.Changed):
            field.value = self.answers.get(question.id, "")
        field.focus()

    def _show_progress(self) -> None:
        answered = [bool(self.answers.get(q.id, "").strip()) for q in QUESTIONNAIRE]
        self.query_one("#finder-progress", Static).update(
            progress_marks(answered, self.position)
        )

    @on(Input.Changed, "#finder-answer")
    def _typed(self, event: Input.Changed) -> None:
        self.answers[QUESTIONNAIRE[self.position].id] = event.value
        self._show_progress()
        self.show_matches()

    @on(Input.Submitted, "#finder-answer")
    def _answered(self) -> None:
        if self.position == len(QUESTIONNAIRE) - 1:
            self.action_ranked()
        else:
            self.action_next_question()

    def action_next_question(self) -> None:
        """Go to the next question."""
        if self.position < len(QUESTIONNAIRE) - 1:
            self.position += 1
            self.show_question()

    def action_previous_question(self) -> None:
        """Go back to the previous question."""
        if self.position > 0:
            self.position -= 1
            self.show_question()

    # --- the matches ---------------------------------------------------------------

    def ranked(self) -> list[RankedProblem]:
        """The catalogue entries that share words with the answers, best first."""
        return rank_problems(problem_shelf(self.store.path), self.answers)

    def show_matches(self) -> None:
        """Redraw the best matches for the answers so far."""
        matches = self.ranked()[:TOP_MATCHES]
        listing = self.query_one("#finder-matches", OptionList)
        listing.clear_options()
        listing.add_options(
            Option(
                match_prompt(match, dropped_before(match.entry, self._dropped)),
                id=match.entry.id,
            )
            for match in matches
        )
        listing.display = bool(matches)
        self.query_one("#finder-empty", Static).display = not matches

    @on(OptionList.OptionSelected, "#finder-matches")
    def _match_chosen(self, event: OptionList.OptionSelected) -> None:
        self._open_catalog(event.option.id)

    def action_ranked(self) -> None:
        """Open the whole catalogue ranked against the answers."""
        self._open_catalog(None)

    def _open_catalog(self, selected: str | None) -> None:
        from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen

        self.app.push_screen(ProblemCatalogScreen(dict(self.answers), selected))

    # --- leaving -------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True once any question has an answer, which leaving would lose."""
        return any(answer.strip() for answer in self.answers.values())

    def action_cancel(self) -> None:
        """Leave, asking first when answers would be lost."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(ConfirmDialog(catalogue.PROBLEM_FINDER_DISCARD), answered)
