"""The pitch builder: the five-minute calibration story, drafted, checked and kept.

The screen opens on the latest saved version, or on a fresh draft built from the
user's records. Beside the text, a panel reads it the way a committee would and
says how long it takes to say aloud. The user edits here or in their own editor;
every save adds a version, and any earlier version can be brought back.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.widgets import DataTable, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.pitch import (
    ChangesSince,
    InitiativeFacts,
    PitchDraft,
    PitchVersion,
    RecordedNumbers,
    build_pitch,
    changes_since,
    check_pitch,
    duration_text,
    first_difference,
    latest_version,
    short_version,
    speaking_time,
    stale_target_note,
    still_missing,
    unused_slot_note,
    version_numbers,
    written_for_another_target,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import Review
from careerclimb_tui.queries import pitch_numbers, stored_initiatives
from careerclimb_tui.screens.base import CoachScreen, KeysOnlyDialog
from careerclimb_tui.store.criteria_docs import criteria
from careerclimb_tui.store.peers_docs import (
    initiative_facts,
    pitch_versions,
    save_pitch_version,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.external import edit_in_editor
from careerclimb_tui.widgets.fields import LongTextArea
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import at_most_lines, one_line

NARROW_WIDTH = 90
"""Below this many cells the committee panel moves under the text."""
SHORT_HEIGHT = 18
"""Below this many rows the title and the staleness note shrink, so the editor
keeps several lines."""
DIFFERS_WIDTH = 24
"""Cells of a version's first words shown in the versions list."""


def saved_at(version: PitchVersion) -> str:
    """When a version was saved, in UTC so that it reads the same everywhere."""
    if version.created_at is None:
        return "—"
    return version.created_at.strftime("%Y-%m-%d %H:%M UTC")


def check_title(count: int) -> str:
    """The check's heading, with how many findings follow once there are any."""
    if count == 0:
        return catalogue.PITCH_CHECK_TITLE
    if count == 1:
        return catalogue.PITCH_CHECK_TITLE_ONE
    return catalogue.PITCH_CHECK_TITLE_MANY.format(count=count)


class PitchTextArea(LongTextArea):
    """The pitch editor: a text area whose Ctrl+Home and Ctrl+End reach the ends.

    Textual's text area moves only to the ends of a line; a long pitch needs the
    ends of the whole text too, as every other editor has them.

    It opens for reading: the arrows and page keys move through the text while
    letters stay keys, so ``?`` shows the help rather than landing in the pitch.
    Enter or ``i`` starts editing.
    """

    BINDINGS = [
        Binding(
            "enter,i",
            "start_editing",
            catalogue.PITCH_KEY_EDIT,
            id="pitch.edit",
        ),
        Binding(
            "ctrl+home",
            "text_start",
            "Start of text",
            id="pitch.text_start",
            show=False,
        ),
        Binding("ctrl+end", "text_end", "End of text", id="pitch.text_end", show=False),
        Binding(
            "ctrl+shift+home",
            "text_start(True)",
            "Select to start",
            id="pitch.select_start",
            show=False,
        ),
        Binding(
            "ctrl+shift+end",
            "text_end(True)",
            "Select to end",
            id="pitch.select_end",
            show=False,
        ),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "start_editing":
            # Once editing, Enter breaks the line and i is a letter again.
            return self.read_only
        return super().check_action(action, parameters)

    def action_start_editing(self) -> None:
        """Let the keys type into the pitch from now on."""
        self.read_only = False
        self.refresh_bindings()

    def action_text_start(self, select: bool = False) -> None:
        """Move the cursor to the start of the text, selecting on the way if asked."""
        self.move_cursor((0, 0), select=select)

    def action_text_end(self, select: bool = False) -> None:
        """Move the cursor to the end of the text, selecting on the way if asked."""
        self.move_cursor(self.document.end, select=select)


class PitchScreen(CoachScreen[None]):
    """Edits the pitch beside a committee's reading of it; keeps every version."""

    CSS_PATH = "pitch.tcss"
    COMMAND_CATEGORY = "Pitch"
    IS_FORM = True
    HELP_WIDGET_KEYS = catalogue.PITCH_WIDGET_KEYS
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="pitch.save"),
        Binding("f2", "save", "Save", id="pitch.save_f2", show=False),
        # Off the footer, which has Edit in its place; the help lists it.
        Binding("ctrl+o", "external_editor", "Editor", id="pitch.editor", show=False),
        Binding("ctrl+r", "redraft", "Redraft", id="pitch.redraft"),
        Binding("ctrl+t", "short", "Short", id="pitch.short"),
        Binding("ctrl+l", "versions", "Versions", id="pitch.versions"),
        Binding("escape", "back", "Back", id="pitch.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._wins: list[Win] = []
        self._reviews: list[Review] = []
        self._initiatives: list[InitiativeFacts] = []
        self._criteria: list[Criterion] = []
        self._problems: list[Initiative] = []
        """Every initiative as stored, for when each last changed."""
        self._recorded = RecordedNumbers(frozenset(), has_records=False)
        """Every number the records hold, gathered once rather than per keystroke."""
        self._versions: list[PitchVersion] = []
        self._draft = PitchDraft((), ())
        self._shown: PitchVersion | None = None
        """The saved version whose text was loaded last; None for a fresh draft."""
        self._baseline = ""
        """The text as loaded, drafted or saved: leaving loses nothing while equal."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="pitch-body"):
            with Vertical(id="pitch-main"):
                yield Static(id="pitch-title")
                yield Static(id="pitch-stale")
                yield PitchTextArea(id="pitch-text", soft_wrap=True)
            with VerticalScroll(id="pitch-coach"):
                yield Static(id="pitch-timing")
                yield Static(
                    catalogue.PITCH_CHECK_TITLE,
                    id="pitch-check-title",
                    classes="section-title",
                )
                yield Static(id="pitch-flags")
                yield Static(
                    catalogue.PITCH_MISSING_TITLE,
                    id="missing-title",
                    classes="section-title",
                )
                yield Static(id="pitch-missing", classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        # Laid out for the terminal from the first frame: the screen's own size
        # is only known, and on_resize only called, after that frame is drawn.
        self._fit_layout(self.app.size)
        self._read_records()
        latest = latest_version(self._versions)
        if latest is not None:
            self._load(latest.text, latest)
        else:
            self._load(self._draft.text, None)
        area = self.query_one("#pitch-text", TextArea)
        area.read_only = True
        area.focus()

    def on_resize(self) -> None:
        self._fit_layout(self.size)

    def _fit_layout(self, size: Size) -> None:
        """Stack the coach under the editor when narrow; tighten it when short."""
        self.set_class(size.width < NARROW_WIDTH, "narrow")
        short = size.height < SHORT_HEIGHT
        if short != self.has_class("short"):
            self.set_class(short, "short")
            self._show_stale()

    # --- reading and showing -------------------------------------------------------

    def _read_records(self) -> None:
        """Read what the pitch is drafted from and checked against."""
        store = self.store
        self._wins = store.wins()
        self._reviews = store.reviews()
        self._initiatives = initiative_facts(store)
        self._criteria = criteria(store)
        self._problems = stored_initiatives(store)
        self._versions = pitch_versions(store)
        self._recorded = pitch_numbers(
            store, self._wins, self._reviews, self._initiatives
        )
        self._draft = build_pitch(
            self._wins, self._reviews, self._initiatives, self.clock.today()
        )

    def _load(self, text: str, version: PitchVersion | None) -> None:
        """Put a text in the editor as the new starting point.

        Whether a saved version or a fresh draft, the pitch is read from its
        first line before it is revised: the cursor starts at the top.
        """
        self._shown = version
        self._baseline = text
        area = self.query_one("#pitch-text", TextArea)
        area.load_text(text)
        area.move_cursor((0, 0))
        area.scroll_home(animate=False)
        self._show_reading()
        self._show_missing()
        self._show_stale()

    @property
    def text(self) -> str:
        """The pitch as it stands in the editor."""
        return self.query_one("#pitch-text", TextArea).text

    def is_edited(self) -> bool:
        """True when the text differs from what was loaded, drafted or saved."""
        return self.is_mounted and self.text != self._baseline

    def is_dirty(self) -> bool:
        """True when leaving would lose work: edits, or a text never saved as the
        latest version (a redraft, or an older version restored).

        Either is gone once the pitch is left, since it opens again on the
        latest saved version.
        """
        if self.is_edited():
            return True
        latest = latest_version(self._versions)
        if not self.is_mounted or latest is None:
            return False
        replaced = self._shown is None or self._shown.id != latest.id
        return replaced and self.text != latest.text

    @on(TextArea.Changed, "#pitch-text")
    def _show_reading(self) -> None:
        self._show_title()
        text = self.text
        timing = speaking_time(text)
        timing_line = Text(timing.describe())
        if timing.over_slot:
            timing_line.append("\n" + catalogue.PITCH_TIMING_OVER, style="bold red")
        self.query_one("#pitch-timing", Static).update(timing_line)

        flags = Text()
        count = 0
        if not text.strip():
            flags.append(catalogue.PITCH_NOTHING, style="dim")
        else:
            found = check_pitch(
                text,
                self._wins,
                self._reviews,
                self._initiatives,
                recorded=self._recorded,
                drafted=self._draft.lines,
            )
            count = len(found)
            for flag in found:
                if flags:
                    flags.append("\n")
                flags.append("▲ ", style="bold yellow")
                if flag.excerpt:
                    flags.append(f"“{flag.excerpt}” ", style="italic")
                flags.append(flag.message)
            # A story of seconds is not one a committee has nothing to ask of.
            unused = unused_slot_note(timing, text, found)
            if unused:
                count += 1
                if flags:
                    flags.append("\n")
                flags.append("▲ ", style="bold yellow")
                flags.append(unused)
            if not found and not unused:
                flags.append(catalogue.PITCH_CHECK_CLEAN, style="green")
        self.query_one("#pitch-flags", Static).update(flags)
        self.query_one("#pitch-check-title", Static).update(Text(check_title(count)))
        self._show_missing()

    def _show_title(self) -> None:
        version = self._shown
        if version is None or version.id is None:
            title = catalogue.PITCH_TITLE_DRAFT
        else:
            title = self._version_named(catalogue.PITCH_TITLE_VERSION, version)
        if self.is_edited():
            title += catalogue.PITCH_TITLE_EDITED
        self.query_one("#pitch-title", Static).update(Text(title))

    def _level_title(self, level_id: str) -> str:
        level = self.ladder.level(level_id)
        return level.title if level is not None else level_id

    def _show_stale(self) -> None:
        """Say why the shown version may be out of date: a target that has moved
        since it was written (or a version that does not say what it was written
        for), or records changed after it, whose numbers it lacks.
        """
        version = self._shown
        changes = ChangesSince()
        short = self.has_class("short")
        wrong_level = ""
        if version is not None:
            changes = changes_since(
                version, self._wins, self._reviews, self._criteria, self._problems
            )
            target = self.profile.target_level if self.profile else ""
            wrong_level = stale_target_note(
                version, target, self._level_title, short=short
            )
        note = self.query_one("#pitch-stale", Static)
        note.display = bool(changes or wrong_level)
        if wrong_level:
            # The wrong level outweighs any count of changes: it leads.
            said = wrong_level
            if changes and not short:
                also = catalogue.PITCH_STALE_ALSO.format(changes=changes.describe())
                said = f"{said} {also}"
        else:
            # On a short screen the note says the same in fewer words, key first.
            wording = catalogue.PITCH_STALE_SHORT if short else catalogue.PITCH_STALE
            said = wording.format(changes=changes.describe())
        note.update(Text(said))
        if self.has_class("short"):
            # Two rows at most, fitted once the new size is laid out: a cut note
            # ends in an ellipsis, not mid-list.
            self.call_after_refresh(self._fit_stale_note, said)

    def _fit_stale_note(self, said: str) -> None:
        width = self.query_one("#pitch-main").content_region.width
        if width > 0 and self.has_class("short"):
            self.query_one("#pitch-stale", Static).update(at_most_lines(said, width, 2))

    def _show_missing(self) -> None:
        missing = still_missing(self._draft, self.text)
        # Hidden when empty too: its margin would take rows the editor needs.
        self.query_one("#missing-title").display = bool(missing)
        self.query_one("#pitch-missing").display = bool(missing)
        self.query_one("#pitch-missing", Static).update(
            Text("\n".join(f"· {self._draft.prompt_for(part)}" for part in missing))
        )

    # --- saving --------------------------------------------------------------------

    async def action_save(self) -> None:
        """Keep the text as a new version; say so once it is on disk."""
        await self._save(self.text)

    async def _save(self, text: str) -> None:
        if not text.strip():
            self.notify(catalogue.PITCH_EMPTY, severity="warning")
            return
        target = self.profile.target_level if self.profile else ""
        latest = latest_version(self._versions)
        # The same words saved for a new target are a new version: they now
        # argue for another level.
        if (
            latest is not None
            and latest.text == text
            and not written_for_another_target(latest, target)
        ):
            number = version_numbers(self._versions).get(latest.id or 0, 0)
            self.notify(catalogue.PITCH_UNCHANGED.format(number=number))
            self._shown, self._baseline = latest, text
            self._show_title()
            self._show_stale()
            return
        saved = await self.careerclimb.run_store(
            lambda: save_pitch_version(self.store, text, target_level=target),
            failure=catalogue.PITCH_NOT_SAVED,
        )
        if saved is None:
            return
        # Read them again: another window may have saved a version meanwhile.
        self._versions = pitch_versions(self.store)
        self._shown, self._baseline = saved, text
        self._show_title()
        self._show_stale()
        number = version_numbers(self._versions)[saved.id or 0]
        self.notify(catalogue.PITCH_SAVED.format(number=number))

    # --- the user's own editor -----------------------------------------------------

    def action_external_editor(self) -> None:
        """Edit the text in $VISUAL or $EDITOR; it comes back unsaved, as typing does.

        Ctrl+S then keeps it as a version, like any other edit.
        """
        edited = edit_in_editor(self.app, self.text)
        if edited is None:
            return
        self.query_one("#pitch-text", TextArea).load_text(edited)

    # --- other actions -------------------------------------------------------------

    def action_redraft(self) -> None:
        """Draft the pitch again from the records, asking before dropping edits."""

        def redraft() -> None:
            self._read_records()
            self._load(self._draft.text, None)
            self.notify(catalogue.PITCH_REDRAFTED)

        # A redraft not saved is only drafted again: nothing typed is lost.
        if not self.is_edited():
            redraft()
            return

        def answered(replace: bool | None) -> None:
            if replace:
                redraft()

        self.app.push_screen(ConfirmDialog(catalogue.PITCH_REDRAFT_CONFIRM), answered)

    def action_short(self) -> None:
        """Show the sixty-second version of the pitch in the editor.

        It is cut from the same pitch as the one shown, saved or drafted, as
        the command line's ``pitch --short`` cuts the latest saved version.
        """
        version = self._shown
        if self.is_edited():
            source = catalogue.SHORT_FROM_EDITED
        elif version is None or version.id is None:
            source = catalogue.SHORT_FROM_DRAFT
        else:
            source = self._version_named(catalogue.SHORT_FROM_VERSION, version)
        short = short_version(self.text, self._draft).text
        # The command line cuts the latest saved pitch, or the draft when none
        # is saved: it prints this same text only when nothing here is unsaved.
        self.app.push_screen(
            ShortPitchDialog(short, source, printable=not self.is_dirty())
        )

    def _version_named(self, template: str, version: PitchVersion) -> str:
        """``template`` filled with a saved version's number, the count of
        versions and when it was saved."""
        assert version.id is not None
        return template.format(
            number=version_numbers(self._versions).get(version.id, "?"),
            total=len(self._versions),
            saved=saved_at(version),
        )

    def action_versions(self) -> None:
        """List the saved versions; the one chosen comes back into the editor."""

        def restore(version: PitchVersion) -> None:
            self._load(version.text, version)
            number = version_numbers(self._versions).get(version.id or 0, 0)
            self.notify(catalogue.PITCH_RESTORED.format(number=number))

        def chosen(version_id: int | None) -> None:
            version = next((v for v in self._versions if v.id == version_id), None)
            if version is None:
                return
            # A saved version shown unedited stays among the versions: putting
            # another in its place loses nothing, so nothing is asked.
            kept = self._shown is not None and not self.is_edited()
            if kept or not self.is_dirty():
                restore(version)
                return
            number = version_numbers(self._versions).get(version.id or 0, 0)
            self.app.push_screen(
                ConfirmDialog(catalogue.PITCH_RESTORE_CONFIRM.format(number=number)),
                lambda replace: restore(version) if replace else None,
            )

        self.app.push_screen(PitchVersionsDialog(self._versions), chosen)

    def action_back(self) -> None:
        """Leave, asking first when edits were never saved."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        # A redraft left as drafted holds no edits of the user's own.
        question = (
            catalogue.PITCH_DISCARD_DRAFT
            if self._shown is None and not self.is_edited()
            else catalogue.PITCH_DISCARD
        )
        self.app.push_screen(ConfirmDialog(question), answered)


class ShortPitchDialog(KeysOnlyDialog[None]):
    """The sixty-second version of the story, ready to copy."""

    CSS_PATH = "pitch.tcss"
    BINDINGS = [
        Binding("y", "copy", "Copy", id="short.copy"),
        Binding("escape,q", "close", "Close", id="short.close"),
    ]

    help_name = catalogue.SHORT_TITLE
    """What the help's title calls the dialog."""

    def __init__(
        self,
        text: str,
        source: str = catalogue.SHORT_FROM_DRAFT,
        printable: bool = True,
    ) -> None:
        """Show ``text``, cut from the pitch ``source`` names.

        Args:
            text: the sixty-second version.
            source: which pitch it was cut from, as ``SHORT_INTRO`` names it.
            printable: whether ``careerclimb pitch --short`` prints this same
                text, so the copy notice can offer it as it stands.
        """
        super().__init__()
        self.text = text
        self.source = source
        self.printable = printable

    def compose(self) -> ComposeResult:
        timing = speaking_time(self.text)
        with VerticalScroll(id="short-pitch"):
            yield Static(catalogue.SHORT_TITLE, classes="section-title")
            yield Static(
                catalogue.SHORT_INTRO.format(source=self.source),
                id="short-intro",
                classes="hint",
                markup=False,
            )
            yield Static(
                self.text or catalogue.PITCH_NOTHING, id="short-text", markup=False
            )
            yield Static(timing.describe(), id="short-timing")
            yield Static(catalogue.SHORT_KEYS, classes="hint")
        # Its own footer, over the pitch's: only this dialog's keys work here.
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#short-pitch", VerticalScroll).focus()

    def action_copy(self) -> None:
        """Send the short version to the clipboard.

        The terminal receives it as an escape sequence that many terminals
        ignore, and nothing reports whether it arrived, so the notice says so.
        """
        self.app.copy_to_clipboard(self.text)
        self.notify(
            catalogue.PITCH_SHORT_COPIED
            if self.printable
            else catalogue.PITCH_SHORT_COPIED_UNSAVED
        )

    def action_close(self) -> None:
        self.dismiss()


class PitchVersionsDialog(KeysOnlyDialog["int | None"]):
    """Every saved version; Enter dismisses with the chosen version's id."""

    CSS_PATH = "pitch.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", id="versions.close"),
    ]

    help_name = catalogue.VERSIONS_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, versions: list[PitchVersion]) -> None:
        super().__init__()
        self.versions = sorted(
            (v for v in versions if v.id is not None),
            key=lambda v: v.id or 0,
            reverse=True,
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="pitch-versions"):
            yield Static(catalogue.VERSIONS_TITLE, classes="section-title")
            yield DataTable(id="versions", cursor_type="row", zebra_stripes=True)
            yield Static(
                catalogue.VERSIONS_NONE, id="versions-empty", classes="empty-state"
            )
            yield Static(catalogue.VERSIONS_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#versions", DataTable)
        table.add_columns(*catalogue.VERSIONS_COLUMNS)
        numbers = version_numbers(self.versions)
        # Newest first: the version saved before each one is the next in the list.
        earlier: list[str | None] = [v.text for v in self.versions[1:]]
        for version, before in zip(self.versions, [*earlier, None], strict=False):
            timing = speaking_time(version.text)
            table.add_row(
                str(numbers.get(version.id or 0, "?")),
                saved_at(version),
                str(timing.words),
                duration_text(timing.seconds),
                one_line(_differs_cell(version.text, before), DIFFERS_WIDTH),
                key=str(version.id),
            )
        table.display = bool(self.versions)
        self.query_one("#versions-empty").display = not self.versions
        table.focus()

    @on(DataTable.RowSelected, "#versions")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(int(event.row_key.value or 0))

    def action_close(self) -> None:
        self.dismiss(None)


def _differs_cell(text: str, earlier: str | None) -> str:
    """Where a version departs from the one before; the first says it is first."""
    if earlier is None:
        return catalogue.PITCH_VERSION_FIRST.format(text=" ".join(text.split()))
    return first_difference(text, earlier)
