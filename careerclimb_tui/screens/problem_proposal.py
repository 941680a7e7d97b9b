"""The one-page proposal for a next-level problem: drafted, edited, exported.

The draft comes from ``domain.initiative.draft_proposal``, so it holds only what
the user entered, with the catalogue's ideas kept apart. The user edits it as
Markdown; the edited text is saved with the initiative's data, and exported to a
file they name, private to them, never over an existing file without asking.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Document

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Proposal,
    Stage,
    draft_proposal,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.markdown import (
    details_left_out,
    readings_out_of_date,
    refill_proposal,
    refresh_readings,
    render_proposal_markdown,
    sections_to_fill,
    without_escapes,
)
from careerclimb_tui.notices import path_lines
from careerclimb_tui.paths import export_file_name, shown_path
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, ExportDialog
from careerclimb_tui.screens.problem_text import problem_shelf
from careerclimb_tui.store.export_docs import ExportFileExists, write_private_file
from careerclimb_tui.store.initiative_docs import (
    ProposalDraft,
    initiative,
    proposal_draft,
    save_initiative,
    save_proposal_draft,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.external import edit_in_editor
from careerclimb_tui.widgets.fields import LongTextArea
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe

"""An exported proposal is private to its owner, like the data file."""
_SLUG_PART = re.compile(r"[^0-9a-z]+")
SLUG_LENGTH = 24
"""The most characters of the problem's title that go into the file name: the
whole default path still fits the export dialog's field at 80 columns."""
SLUG_LOOSE_ENDS = frozenset(
    "a an the and or but nor of to in on at by for from with into as that which "
    "who whose when where is are was were be every each all our my your its their "
    "this these those it we they you everyone someone anyone nobody".split()
)
"""Words a title cut short may not end on: "flaky-tests-that" reads as cut off."""


def missing_text(proposal: Proposal, stage: Stage, text: str | None = None) -> str:
    """What the proposal still lacks, and the keys that fill each part in.

    The people are recorded on the problem's page with k; at stages whose
    footer leaves k out, the way there is named through the palette instead,
    so the text never sends the user to a key they cannot see. A kept text is
    judged by what it holds: a section still carrying its "To fill in" line
    lacks the user's words even when the records would now fill it.

    Args:
        proposal: the proposal drafted from the records now.
        stage: the stage of the problem it was drafted from.
        text: the proposal as the user keeps it; None judges the draft.

    Returns:
        "Still to fill in: …", or that every section holds the user's words.
    """
    # Imported here: the problem's page opens this screen.
    from careerclimb_tui.screens.initiative import FOOTER_KEYS

    missing = proposal.missing if text is None else sections_to_fill(text, proposal)
    if not missing:
        return catalogue.PROBLEM_PROPOSAL_COMPLETE
    people_shown = "k" in FOOTER_KEYS[stage]
    places: dict[str, list[str]] = {}
    for section in proposal.sections:
        if section.heading not in missing:
            continue
        where = section.filled_from
        if section.is_filled:
            where = catalogue.PROPOSAL_FILL_IN_TEXT
        elif where == catalogue.PROPOSAL_FILLED_FROM_PEOPLE and not people_shown:
            where = catalogue.PROPOSAL_FILLED_FROM_PEOPLE_PALETTE
        places.setdefault(where, []).append(section.heading)
    told = [
        catalogue.PROBLEM_PROPOSAL_MISSING_PLACE.format(
            sections=", ".join(headings), where=where
        )
        for where, headings in places.items()
    ]
    return catalogue.PROBLEM_PROPOSAL_MISSING.format(places="; ".join(told))


def default_export_name(title: str, today: dt.date) -> str:
    """A file name for the proposal, from the problem's title and the date.

    Args:
        title: the initiative's title.
        today: the user's local date.

    Returns:
        A name such as ``careerclimb-proposal-deploys-are-slow-2026-10-01.md``;
        ``careerclimb-demo-proposal-…`` in the demo.
    """
    # Accents dropped rather than the letters: "Déploiements" → "deploiements".
    plain = unicodedata.normalize("NFKD", title.casefold())
    words = _SLUG_PART.sub(" ", plain.encode("ascii", "ignore").decode()).split()
    if not words:
        return export_file_name(
            catalogue.PROBLEM_EXPORT_NAME.format(
                slug=catalogue.PROBLEM_EXPORT_UNNAMED, date=today.isoformat()
            )
        )

    # Whole words only, few enough that the path fits the dialog at 80 columns.
    kept = [words[0][:SLUG_LENGTH]]
    for word in words[1:]:
        if len("-".join([*kept, word])) > SLUG_LENGTH:
            break
        kept.append(word)
    # A title cut short ends on a word that carries meaning, not on "that".
    if len(kept) < len(words):
        while len(kept) > 1 and kept[-1] in SLUG_LOOSE_ENDS:
            kept.pop()
    slug = "-".join(kept)
    name = catalogue.PROBLEM_EXPORT_NAME.format(slug=slug, date=today.isoformat())
    return export_file_name(name)


def default_export_path(title: str, today: dt.date) -> Path:
    """Where the proposal is offered to be saved: the home folder, as ``~``.

    The other exports are offered there too, so every file the app writes by
    default is found in one place; the dialog expands ``~`` when it writes.
    """
    return Path("~") / default_export_name(title, today)


def details_kept_message(filled: Sequence[str], left_out: Sequence[str]) -> str:
    """What saving the details did to a proposal whose text the user edited.

    Args:
        filled: the sections filled in from the new details.
        left_out: the sections the user edited, which do not show the details
            changed for them.

    Returns:
        The notice: which sections follow the details and which do not.
    """
    told = [catalogue.PROBLEM_DETAILS_SAVED]
    if filled:
        told.append(
            catalogue.PROBLEM_DETAILS_FILLED_IN.format(sections=", ".join(filled))
        )
    if left_out:
        told.append(
            catalogue.PROBLEM_DETAILS_LEFT_OUT.format(sections=", ".join(left_out))
        )
    if not (filled or left_out):
        told.append(catalogue.PROBLEM_DETAILS_TEXT_KEPT)
    return " ".join(told)


def as_held(text: str) -> str:
    """The text as the editor holds it once loaded, to compare with what it holds.

    The editor keeps one kind of line ending and breaks lines at every line
    separator, so a text read back from it can differ from the text loaded.
    """
    return Document(text).text


PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text"})
"""File endings that ask for the proposal as plain text rather than Markdown."""


def exported_text(text: str, path: Path) -> str:
    """The proposal as written to ``path``: Markdown, or plain text for a .txt.

    Args:
        text: the proposal as the editor holds it, in Markdown.
        path: the file it goes to.

    Returns:
        The text itself, or for a plain-text file the text with the Markdown's
        backslash escapes undone, as a rendered document would read.
    """
    if path.suffix.lower() in PLAIN_TEXT_SUFFIXES:
        return without_escapes(text)
    return text


def write_private_text(path: Path, text: str, overwrite: bool) -> bool:
    """Write the proposal to a file readable by its owner only.

    Returns:
        True when written; False when the file exists and overwrite is False.

    Raises:
        CareerClimbError: when the file cannot be written.
    """
    try:
        write_private_file(path, text, overwrite=overwrite)
    except ExportFileExists:
        return False
    return True


def replace_question(path: str, width: int) -> str:
    """The question before an export replaces a file, laid out for ``width``.

    The path starts a line of its own and, when wider than the line, breaks only
    after a "/", as a notice that names a file does: no folder's or file's name
    is cut in two, so the whole path can be read and copied.

    Args:
        path: the path as shown to the user.
        width: the columns of text the question holds.

    Returns:
        The question, one line after another.
    """
    message = catalogue.PROBLEM_EXPORT_EXISTS.format(path=path)
    before, _, after = message.partition(path)
    lines = [before.strip()] if before.strip() else []
    lines += path_lines(path, width)
    if after.strip():
        lines.append(after.strip())
    return "\n".join(lines)


class ReplaceFileDialog(ConfirmDialog):
    """Asks whether an export may replace the file already at its path.

    Like a notice naming a file, the box grows to hold the whole path on one
    line, as far as the screen allows.
    """

    BOX_FRAME = 6
    """Columns of the question's box around its text: its border and padding."""

    help_name = catalogue.HELP_REPLACE_FILE
    """What the help's title calls the dialog, rather than the path it names."""

    def __init__(self, path: str) -> None:
        """Ask about ``path``, as shown to the user."""
        super().__init__(catalogue.PROBLEM_EXPORT_EXISTS.format(path=path))
        self.path = path

    def on_mount(self) -> None:
        # The question's own mount handler still runs: it focuses "No".
        box = self.query_one(VerticalScroll)
        usual = box.styles.width.value if box.styles.width else 0
        box.styles.width = max(int(usual), cell_len(self.path) + self.BOX_FRAME)

    def on_resize(self) -> None:
        # Laid out once the box has its width, and again whenever it changes.
        self.call_after_refresh(self._fit_question)

    def _fit_question(self) -> None:
        shown = self.query_one(VerticalScroll).query_one(Static)
        width = shown.content_size.width
        if width > 0:
            shown.update(replace_question(self.path, width))


class ProposalText(LongTextArea):
    """The proposal's editor, which lets an export's Enter end with the export.

    Enter in the export dialog writes the file at once. A user who presses it
    again, because the dialog closed before they saw it work, would otherwise
    put a blank line into the proposal they never meant to edit.
    """

    after_export = False
    """True from an export until the next key, which is dropped if Enter."""

    def _on_key(self, event: events.Key) -> None:
        # Runs before the editor's own key handler, which a dropped key skips.
        repeated = self.after_export and event.key == "enter"
        self.after_export = False
        if repeated:
            event.prevent_default()
            event.stop()


class ProposalScreen(CoachScreen[None]):
    """Edit the drafted proposal as Markdown, save it, export it to a file."""

    CSS_PATH = "problem_proposal.tcss"
    COMMAND_CATEGORY = "Proposal"
    IS_FORM = True
    # Ctrl+O opens the text in the user's editor, as it does on every screen
    # with a long text; export has a key of its own.
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="proposal.save"),
        Binding("f3", "export", "Export", id="proposal.export"),
        Binding("ctrl+r", "redraft", "Redraft", id="proposal.redraft"),
        Binding("ctrl+t", "details", "Details", id="proposal.details"),
        Binding("escape", "back", "Back", id="proposal.back"),
        Binding("f2", "save", "Save", id="proposal.save_f2", show=False),
        Binding(
            "ctrl+o,f4",
            "external_editor",
            catalogue.EDITOR_KEY_ACTION,
            id="proposal.editor",
            show=False,
        ),
    ]

    def __init__(self, initiative_id: int) -> None:
        super().__init__()
        self.initiative_id = initiative_id
        self.initiative: Initiative | None = None
        self.draft: ProposalDraft | None = None
        self._saved_text = ""
        """What the editor holds when nothing is unsaved: the saved draft, or the
        text drafted from the details while no draft is saved."""
        self._proposal: Proposal | None = None
        """The proposal as drafted from the records now, which the status line
        judges the editor's text against."""

    def compose(self) -> ComposeResult:
        with Vertical(id="proposal-body"):
            yield Static(id="proposal-title")
            yield Static(id="proposal-missing", classes="hint")
            yield ProposalText(id="proposal-text", soft_wrap=True)
        yield SteadyFooter()

    def on_mount(self) -> None:
        try:
            self.initiative = initiative(self.store, self.initiative_id)
        except CareerClimbError as error:
            self.notify(error.message, severity="error")
            self.dismiss()
            return
        self.draft = proposal_draft(self.store, self.initiative_id)
        text = self.draft.text if self.draft else self.drafted_text()
        # Sections the records fill since the text was kept, still untouched,
        # are filled in; the same happens on every opening, so nothing is
        # written until the user saves.
        text, refilled = refill_proposal(text, self._drafted())
        # The readings are the records' facts: one removed or put right since
        # the text was kept is not quoted any more.
        refreshed, _ = refresh_readings(text, self._drafted())
        readings_updated = refreshed != text
        text = refreshed
        area = self.query_one("#proposal-text", TextArea)
        area.load_text(text)
        self._saved_text = area.text
        area.focus()
        self._show_heading()
        if refilled:
            self.notify(
                catalogue.PROBLEM_PROPOSAL_REFILLED.format(sections=", ".join(refilled))
            )
        if readings_updated:
            self.notify(catalogue.PROBLEM_PROPOSAL_READINGS_UPDATED)

    def _drafted(self) -> Proposal:
        """The proposal as drafted from the initiative now."""
        assert self.initiative is not None
        entry = problem_shelf(self.store.path).get(self.initiative.problem_id)
        return draft_proposal(self.initiative, entry)

    def drafted_text(self) -> str:
        """The proposal as drafted from the initiative now, in Markdown."""
        return render_proposal_markdown(self._drafted())

    def _show_heading(self) -> None:
        if self.initiative is None:
            return
        self._proposal = self._drafted()
        title = markup_safe(self._proposal.title)
        self.query_one("#proposal-title", Static).update(title)
        self._show_missing()

    def _show_missing(self) -> None:
        """Say what the text in the editor still lacks."""
        shown = self.initiative
        if shown is None or self._proposal is None:
            return
        told = missing_text(self._proposal, shown.stage, self.text)
        if readings_out_of_date(self.text, self._proposal):
            told = f"{told} {catalogue.PROBLEM_PROPOSAL_READINGS_STALE}"
        self.query_one("#proposal-missing", Static).update(told)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Keep the status line true to the text as it is typed."""
        self._show_missing()

    @property
    def text(self) -> str:
        """The proposal as it stands in the editor."""
        return self.query_one("#proposal-text", TextArea).text

    def is_dirty(self) -> bool:
        """True when the editor holds changes that were never saved."""
        return (
            self.is_mounted
            and self.initiative is not None
            and (self.text != self._saved_text)
        )

    # --- actions -------------------------------------------------------------------

    async def action_save(self) -> None:
        """Keep the edited proposal with the initiative's data."""
        if self.initiative is not None and await self._save_text():
            self.notify(catalogue.PROBLEM_PROPOSAL_SAVED)

    async def _save_text(self) -> bool:
        """Save the editor's text as the draft; True once it is on disk."""
        text = self.text
        draft = (
            replace(self.draft, text=text)
            if self.draft
            else ProposalDraft(initiative_id=self.initiative_id, text=text)
        )
        saved = await self.careerclimb.run_store(
            lambda: save_proposal_draft(self.store, draft),
            failure=catalogue.PROBLEM_NOT_SAVED,
        )
        if saved is None:
            return False
        self.draft = saved
        self._saved_text = text
        return True

    def action_redraft(self) -> None:
        """Replace the text with a fresh draft, asking first if it was edited."""
        if self.initiative is None:
            return
        fresh = self.drafted_text()
        if self.text == as_held(fresh):
            self.notify(catalogue.PROBLEM_PROPOSAL_SAME)
            return

        def answered(fresh_wanted: bool | None) -> None:
            if fresh_wanted:
                self.query_one("#proposal-text", TextArea).load_text(fresh)

        self.app.push_screen(ConfirmDialog(catalogue.PROBLEM_REDRAFT_ASK), answered)

    def action_details(self) -> None:
        """Edit the words the proposal is drafted from, then redraft if untouched."""
        shown = self.initiative
        if shown is None:
            return
        drafted_before = self._drafted()
        before = as_held(render_proposal_markdown(drafted_before))

        async def edited(result: Initiative | None) -> None:
            if result is None or result == self.initiative:
                return
            saved = await self.careerclimb.run_store(
                lambda: save_initiative(self.store, result),
                failure=catalogue.PROBLEM_NOT_SAVED,
            )
            if saved is None:
                return
            self.initiative = saved
            self._show_heading()
            if self.text == before:
                # The user had not edited the draft: follow their new details.
                unedited = not self.is_dirty()
                self.query_one("#proposal-text", TextArea).load_text(
                    self.drafted_text()
                )
                if unedited:
                    await self._follow_details()
                self.notify(catalogue.PROBLEM_DETAILS_REDRAFTED)
                return
            drafted = self._drafted()
            text, refilled = refill_proposal(self.text, drafted, drafted_before)
            if refilled:
                self.query_one("#proposal-text", TextArea).load_text(text)
            self._show_missing()
            self.notify(
                details_kept_message(
                    refilled, details_left_out(text, drafted, drafted_before)
                )
            )

        entry = problem_shelf(self.store.path).get(shown.problem_id)
        self.app.push_screen(DetailsDialog(shown, self.clock.now(), entry), edited)

    async def _follow_details(self) -> None:
        """Count a redraft from the saved details as saved, as the user left it.

        With no draft saved, opening the proposal again drafts it from the
        details, so the redraft is already what is kept; a saved draft that the
        redraft replaced is saved again, so the proposal keeps following them.
        """
        if self.draft is None:
            self._saved_text = self.text
        else:
            await self._save_text()

    def action_export(self) -> None:
        """Write the proposal to a Markdown file the user names."""
        if self.initiative is None:
            return
        usual = default_export_path(self.initiative.title, self.clock.today())
        default = Path(self.careerclimb.offered_export_path(str(usual)))
        text = self.text
        stale = self._proposal is not None and readings_out_of_date(
            text, self._proposal
        )
        editor = self.query_one(ProposalText)

        async def write(path: Path, overwrite: bool) -> None:
            try:
                written = await asyncio.to_thread(
                    write_private_text, path, exported_text(text, path), overwrite
                )
            except CareerClimbError as error:
                self.notify(
                    error.message,
                    title=catalogue.PROBLEM_EXPORT_NOT_DONE,
                    severity="error",
                )
                return
            if written:
                self.careerclimb.export_written(path)
                shown = shown_path(path)
                message = catalogue.PROBLEM_EXPORTED.format(path=shown)
                if stale:
                    message = f"{message} {catalogue.PROBLEM_PROPOSAL_READINGS_STALE}"
                self.careerclimb.notify_file(message, shown)
                return

            async def answered(overwrite_it: bool | None) -> None:
                if overwrite_it:
                    await write(path, True)

            # The question takes the keys now, and the Enter with them.
            editor.after_export = False
            self.app.push_screen(ReplaceFileDialog(shown_path(path)), answered)

        async def chosen(path: Path | None) -> None:
            if path is not None:
                # Set before the file is written, which a second Enter can beat.
                editor.after_export = True
                await write(path, False)

        # A folder typed gets the usual name, wherever the last export went.
        self.app.push_screen(ExportDialog(default, usual.name), chosen)

    def action_external_editor(self) -> None:
        """Edit the text in $VISUAL or $EDITOR; it comes back here, unsaved."""
        edited = edit_in_editor(self.app, self.text, catalogue.EDITOR_FILE_PROPOSAL)
        if edited is not None:
            self.query_one("#proposal-text", TextArea).load_text(edited)

    def action_back(self) -> None:
        """Leave, asking first when edits were never saved."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss()

        self.app.push_screen(
            ConfirmDialog(catalogue.PROBLEM_PROPOSAL_DISCARD), answered
        )
