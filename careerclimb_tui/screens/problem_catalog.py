"""The problem catalogue: every entry, or every entry ranked by the user's answers.

Beside the list, the highlighted entry in full: its symptoms, why fixing it reads
as next-level work and which ladder dimensions it speaks to, the first steps,
who usually has to agree and what to measure, with units. An entry the user
dropped a problem like before is marked in the list and says so in full.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import Initiative, Stage, dropped_before
from careerclimb_tui.domain.problems import ProblemEntry, RankedProblem, rank_problems
from careerclimb_tui.screens.problem_hub import (
    OPEN_IN_PROGRESS_KEY,
    OPEN_IN_PROGRESS_KEYS_SAID,
    NamesTheProblemInProgress,
    start_check,
)
from careerclimb_tui.screens.problem_text import dropped_before_line, problem_shelf
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe

NARROW_WIDTH = 70
"""Below this width the entry is shown under the list rather than beside it."""


def entry_markup(
    entry: ProblemEntry,
    dimension_name: object,
    reason: str = "",
    dropped: Initiative | None = None,
) -> str:
    """An entry in full, as markup (catalogue text may come from a user's file).

    Args:
        entry: the catalogue entry.
        dimension_name: a function from dimension id to its name.
        reason: why the entry was ranked where it is, if it was.
        dropped: the problem the user dropped earlier that the entry is again,
            if any (``dropped_before``); said under the title, with its reason.

    Returns:
        The markup text.
    """
    assert callable(dimension_name)
    lines = [f"[b]{markup_safe(entry.title)}[/b]"]
    if reason:
        lines.append(f"[i]{markup_safe(reason)}[/i]")
    if dropped is not None:
        lines.append(markup_safe(dropped_before_line(dropped)))
    lines += ["", f"[b]{catalogue.PROBLEM_ENTRY_SYMPTOMS}[/b]"]
    lines += [f"• {markup_safe(symptom)}" for symptom in entry.symptoms]
    lines += [
        "",
        f"[b]{catalogue.PROBLEM_ENTRY_WHY}[/b]",
        markup_safe(entry.why_next_level),
    ]
    names = ", ".join(dimension_name(d) for d in entry.dimensions)
    lines.append(catalogue.PROBLEM_ENTRY_DIMENSIONS.format(names=markup_safe(names)))
    lines += ["", f"[b]{catalogue.PROBLEM_ENTRY_STEPS}[/b]"]
    lines += [
        f"{number}. {markup_safe(step)}"
        for number, step in enumerate(entry.first_steps, start=1)
    ]
    lines += ["", f"[b]{catalogue.PROBLEM_ENTRY_WHO}[/b]"]
    lines.append(markup_safe(", ".join(entry.who_agrees)))
    lines += ["", f"[b]{catalogue.PROBLEM_ENTRY_MEASURES}[/b]"]
    lines += [f"• {markup_safe(measure.describe())}" for measure in entry.measures]
    return "\n".join(lines)


def catalog_prompt(entry: ProblemEntry, dropped: Initiative | None = None) -> Text:
    """An entry's line in the catalogue's list: its title, marked when dropped.

    Args:
        entry: the catalogue entry.
        dropped: the problem the user dropped earlier that the entry is again,
            if any (``dropped_before``).
    """
    prompt = Text(entry.title)
    if dropped is not None:
        prompt.append(catalogue.PROBLEM_CATALOG_DROPPED_MARK, style="italic")
    return prompt


class ProblemCatalogScreen(NamesTheProblemInProgress):
    """Browse the catalogue, or the catalogue ranked by the questionnaire."""

    CSS_PATH = "problem_catalog.tcss"
    IN_PROGRESS_NOTICE = "#catalog-in-progress"
    IN_PROGRESS_KEY_SAID = OPEN_IN_PROGRESS_KEYS_SAID
    COMMAND_CATEGORY = "Catalogue"
    CHANGE_ACTIONS = frozenset({"take", "write_own"})

    BINDINGS = [
        Binding("t", "take", "Take this one", id="catalog.take"),
        Binding("w", "write_own", "Your own", id="catalog.own"),
        Binding(
            OPEN_IN_PROGRESS_KEY,
            "open_in_progress",
            catalogue.PROBLEM_OPEN_IN_PROGRESS,
            id="catalog.open_in_progress",
        ),
        # The questionnaire's key for the same, where letters are typed.
        Binding(
            "ctrl+g",
            "open_in_progress",
            catalogue.PROBLEM_OPEN_IN_PROGRESS,
            id="catalog.open_in_progress_ctrl",
            show=False,
        ),
        Binding("escape", "back", "Back", id="catalog.back"),
    ]

    def __init__(
        self, answers: Mapping[str, str] | None = None, selected: str | None = None
    ) -> None:
        super().__init__()
        self.answers = dict(answers or {})
        self.selected = selected
        self.ranked: list[RankedProblem] = []
        self._dropped: list[Initiative] = []
        """The problems the user dropped, to mark an entry that is one again."""

    @property
    def is_ranked(self) -> bool:
        """True when the catalogue is ordered by the user's answers."""
        return any(answer.strip() for answer in self.answers.values())

    def compose(self) -> ComposeResult:
        title = (
            catalogue.PROBLEM_CATALOG_RANKED
            if self.is_ranked
            else catalogue.PROBLEM_CATALOG_TITLE
        )
        yield Static(title, id="catalog-title")
        yield Static(catalogue.PROBLEM_CATALOG_INTRO, id="catalog-intro")
        yield Static(id="catalog-in-progress", classes="in-progress")
        with Horizontal(id="catalog-body"):
            yield OptionList(id="catalog-list")
            with VerticalScroll(id="catalog-detail"):
                yield Static(id="entry-text")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._read_dropped()
        shelf = problem_shelf(self.store.path)
        for broken in shelf.broken:
            self.notify(
                broken.message,
                title=catalogue.PROBLEM_CATALOG_BROKEN,
                severity="warning",
                timeout=12,
            )
        if self.is_ranked:
            self.ranked = rank_problems(shelf, self.answers, include_unmatched=True)
        else:
            # Browsing: the catalogue's own order, which groups related problems.
            self.ranked = [RankedProblem(entry, 0, ()) for entry in shelf]

        listing = self.query_one("#catalog-list", OptionList)
        matched = sum(1 for r in self.ranked if r.score)
        for index, ranked in enumerate(self.ranked):
            if index == matched and 0 < matched:
                # A line between the entries that matched and the rest.
                listing.add_option(None)
            listing.add_option(Option(self._prompt(ranked.entry), id=ranked.entry.id))
        ids = [r.entry.id for r in self.ranked]
        if self.ranked:
            listing.highlighted = listing.get_option_index(
                self.selected if self.selected in ids else ids[0]
            )
        listing.focus()
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")
        self._show_highlighted()
        self._show_in_progress()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        # A problem may have been dropped meanwhile, to make room for a new one.
        known = self._dropped
        self._read_dropped()
        if self._dropped == known:
            return
        listing = self.query_one("#catalog-list", OptionList)
        for ranked in self.ranked:
            listing.replace_option_prompt(ranked.entry.id, self._prompt(ranked.entry))
        self._show_highlighted()

    def _read_dropped(self) -> None:
        self._dropped = [
            found for found in initiatives(self.store) if found.stage is Stage.DROPPED
        ]

    def _prompt(self, entry: ProblemEntry) -> Text:
        return catalog_prompt(entry, dropped_before(entry, self._dropped))

    def _current(self) -> RankedProblem | None:
        listing = self.query_one("#catalog-list", OptionList)
        index = listing.highlighted
        if index is None:
            return None
        option_id = listing.get_option_at_index(index).id
        return next((r for r in self.ranked if r.entry.id == option_id), None)

    @on(OptionList.OptionHighlighted, "#catalog-list")
    def _show_highlighted(self) -> None:
        current = self._current()
        text = self.query_one("#entry-text", Static)
        if current is None:
            text.update(catalogue.PROBLEM_CATALOG_EMPTY)
            return
        reason = current.reason if self.is_ranked else ""
        dropped = dropped_before(current.entry, self._dropped)
        text.update(
            entry_markup(current.entry, self.ladder.dimension_name, reason, dropped)
        )
        self.query_one("#catalog-detail", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionSelected, "#catalog-list")
    def action_take(self) -> None:
        """Check the highlighted problem up front before committing to it."""
        current = self._current()
        if current is not None:
            start_check(self, current.entry)

    def action_write_own(self) -> None:
        """Describe a problem of your own instead."""
        start_check(self, None)

    def action_back(self) -> None:
        self.dismiss()
