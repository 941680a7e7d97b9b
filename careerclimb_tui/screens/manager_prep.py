"""The one-page plan for the promotion conversation, built from the user's own data.

What to do before the talk, if anything; the ask, two or three wins to bring (the
strongest, unless the user picks), the initiative being driven, questions drawn from
the gaps, the push-back line and what to write down. The ask and the wins the user
changes are kept for next time; the plan can be exported as a private Markdown file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli_manager import default_export_path, render_prep_markdown
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.conversation import (
    MAX_EVIDENCE,
    PrepPlan,
    ask_coaching,
    level_names_for,
)
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.paths import shown_path
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.manager_dialogs import (
    EvidencePick,
    EvidencePickerDialog,
    LineDialog,
    plan_export_dialog,
    verdict_notes,
)
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.store.export_docs import write_private_file
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import SteadyFooter


class PrepScreen(CoachScreen[None]):
    """Shows the prep plan; the ask and the evidence can be changed."""

    CSS_PATH = "manager_prep.tcss"
    COMMAND_CATEGORY = "Prepare"
    BINDINGS = [
        Binding("a", "edit_ask", "Edit ask", id="prep.ask"),
        Binding("c", "choose_evidence", "Evidence", id="prep.evidence"),
        Binding("f3", "export", "Export", id="prep.export"),
        Binding("r", "rehearse", "Rehearse", id="prep.rehearse"),
        Binding("escape", "back", "Back", id="prep.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.plan: PrepPlan | None = None
        self.own_pick = False
        """True when the wins brought are the user's pick, not the app's."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="prep"):
            yield Static(id="prep-title")
            yield Static(id="prep-target", classes="hint")
            for key, heading in (
                ("before", catalogue.PREP_BEFORE_HEADING),
                ("ask", catalogue.PREP_ASK_HEADING),
                ("evidence", catalogue.PREP_EVIDENCE_HEADING),
                ("initiative", catalogue.PREP_INITIATIVE_HEADING),
                ("questions", catalogue.PREP_QUESTIONS_HEADING),
                ("push", catalogue.PREP_PUSH_HEADING),
                ("write", catalogue.PREP_WRITE_DOWN_HEADING),
            ):
                yield Static(
                    heading, id=f"prep-{key}-title", classes="section-title prep-part"
                )
                yield Static(id=f"prep-{key}", classes="prep-part")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#prep", VerticalScroll).focus()

    def reload(self) -> None:
        """Build the plan again from the store and show it."""
        today = self.clock.today()
        view = current_gaps(self.store, self.ladder, self.profile, today)
        wins = self.store.wins()
        try:
            plan = criteria_docs.prep_plan_from_store(
                self.store, self.ladder, self.profile, view, today
            )
        except CareerClimbError as error:
            self.plan = None
            self.query_one("#prep-title", Static).update(Text(error.message))
            for part in self.query(".prep-part"):
                part.display = False
            self.refresh_bindings()
            return

        self.plan = plan
        choices = criteria_docs.prep_choices(self.store)
        self.own_pick = bool(criteria_docs.chosen_wins(wins, choices))
        self._show(self.plan)

    def _show(self, plan: PrepPlan) -> None:
        def show(key: str, content: str | Table) -> None:
            shown = Text(content) if isinstance(content, str) else content
            self.query_one(f"#prep-{key}", Static).update(shown)

        show("title", catalogue.PREP_TITLE.format(level=plan.target_title))
        show(
            "target",
            catalogue.PREP_TARGET.format(
                current=plan.current_title, level=plan.target_title, cycle=plan.cycle
            ),
        )
        # To-dos only when there are some: most talks need no work beforehand.
        for part in ("#prep-before-title", "#prep-before"):
            self.query_one(part, Static).display = bool(plan.before)
        show("before", _hanging([("☐", item) for item in plan.before]))
        show("ask", plan.ask)
        evidence = [
            (f"{number}.", line.text)
            for number, line in enumerate(plan.evidence, start=1)
        ]
        if plan.evidence_hint:
            evidence.append(("", plan.evidence_hint))
        if plan.evidence:
            by = (
                catalogue.MANAGER_EVIDENCE_BY_YOU
                if self.own_pick
                else catalogue.MANAGER_EVIDENCE_BY_APP
            )
            evidence.append(("", Text(by, style="dim")))
        show("evidence", _hanging(evidence))
        show("initiative", plan.initiative or catalogue.PREP_INITIATIVE_NONE)
        questions: list[tuple[str, str | Text]] = [("•", q) for q in plan.questions]
        if plan.questions_hint:
            questions.append(("", plan.questions_hint))
        show("questions", _hanging(questions))
        show("push", plan.push_back)
        show("write", _hanging([("☐", item) for item in plan.write_down]))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_ask", "choose_evidence", "export") and self.plan is None:
            return None
        return True

    # --- changing the plan ---------------------------------------------------------

    def action_edit_ask(self) -> None:
        """Reword the ask; the wording is kept for the next conversation."""
        plan = self.plan
        if plan is None:
            return

        async def reworded(ask: str | None) -> None:
            if ask is None or " ".join(ask.split()) == plan.ask:
                return
            standard = catalogue.CONVO_ASK_FOR_LEVEL.format(level=plan.target_title)
            kept = "" if " ".join(ask.split()) == standard else ask
            if await self._save_choices(ask=kept) is not None:
                # Saved either way: the coach only says what the ask leaves out.
                target = self.profile.target_level if self.profile else ""
                names = level_names_for(self.ladder, target)
                coach = ask_coaching(ask, names, plan.target_title)
                said = catalogue.MANAGER_ASK_SAVED + (f" {coach}" if coach else "")
                self.notify(said, severity="warning" if coach else "information")

        self.app.push_screen(
            LineDialog(
                catalogue.MANAGER_ASK_TITLE,
                plan.ask,
                catalogue.MANAGER_ASK_HINT,
                required=catalogue.PREP_ASK_EMPTY,
            ),
            reworded,
        )

    def action_choose_evidence(self) -> None:
        """Pick the wins to bring; ticking none goes back to the app's choice."""
        plan = self.plan
        if plan is None:
            return
        wins = self.store.wins()
        ranked = prep.strongest_evidence(wins, self.store.reviews(), limit=len(wins))
        ranked_ids = {w.id for w in ranked}
        offered = ranked + [w for w in wins if w.id not in ranked_ids]
        notes = verdict_notes(offered, latest_verdicts(self.store.reviews()))
        chosen = [line.win_id for line in plan.evidence if line.win_id is not None]
        if self.own_pick:
            intro = catalogue.MANAGER_PICK_PREP_BY_YOU
        elif chosen:
            intro = catalogue.MANAGER_PICK_PREP_BY_APP.format(count=len(chosen))
        else:
            intro = catalogue.MANAGER_PICK_PREP_BY_APP_NONE

        async def picked(pick: EvidencePick | None) -> None:
            if pick is None or list(pick.win_ids) == chosen:
                return
            if await self._save_choices(win_ids=pick.win_ids) is not None:
                self.notify(
                    catalogue.MANAGER_EVIDENCE_SAVED
                    if pick.win_ids
                    else catalogue.MANAGER_EVIDENCE_AUTOMATIC
                )

        self.app.push_screen(
            EvidencePickerDialog(
                catalogue.MANAGER_PICK_PREP_TITLE.format(limit=MAX_EVIDENCE),
                offered,
                chosen,
                notes=notes,
                limit=MAX_EVIDENCE,
                intro=intro,
                none_ticked=catalogue.MANAGER_PICK_PREP_NONE_TICKED,
            ),
            picked,
        )

    async def _save_choices(
        self, *, ask: str | None = None, win_ids: tuple[int, ...] | None = None
    ) -> criteria_docs.PrepChoices | None:
        """Save a change to the prep choices, then show the plan built from them."""
        current = await self.careerclimb.run_store(
            lambda: criteria_docs.prep_choices(self.store),
            failure=catalogue.MANAGER_PREP_NOT_SAVED,
        )
        if current is None:
            return None
        wanted = replace(
            current,
            ask=current.ask if ask is None else ask,
            win_ids=current.win_ids if win_ids is None else win_ids,
        )
        saved = await self.careerclimb.run_store(
            lambda: criteria_docs.save_prep_choices(self.store, wanted),
            failure=catalogue.MANAGER_PREP_NOT_SAVED,
        )
        if saved is not None:
            self.reload()
        return saved

    def action_export(self) -> None:
        """Save the plan as a Markdown file only the user can read."""
        # Shown with ``~``, as every export offers the home folder until one
        # is written elsewhere.
        default = Path("~") / default_export_path(self.clock.today()).name
        self._ask_where(self.careerclimb.offered_export_path(str(default)))

    def _ask_where(self, offered: str) -> None:
        """Ask where to save the plan, starting from ``offered``, then save it.

        A file already there is replaced only once the user says yes; a no
        brings the dialog back with the name typed, to choose another.
        """
        plan = self.plan
        if plan is None:
            return

        async def chosen(path: Path | None) -> None:
            if path is None:
                return
            if path.exists() and not path.is_dir():

                async def answered(replace_it: bool | None) -> None:
                    if replace_it:
                        await self._write_plan(plan, path, overwrite=True)
                    else:
                        self._ask_where(shown_path(path))

                question = catalogue.EXPORT_OVERWRITE.format(path=shown_path(path))
                self.app.push_screen(ConfirmDialog(question), answered)
                return
            await self._write_plan(plan, path, overwrite=False)

        # A folder typed gets the usual name, not the last one typed.
        usual = default_export_path(self.clock.today()).name
        self.app.push_screen(plan_export_dialog(Path(offered), usual), chosen)

    async def _write_plan(self, plan: PrepPlan, path: Path, overwrite: bool) -> None:
        """Write the plan as Markdown, private to the user, and say where."""
        text = render_prep_markdown(plan)

        def write() -> bool:
            write_private_file(path, text, overwrite=overwrite)
            return True

        written = await self.careerclimb.run_store(
            write, failure=catalogue.MANAGER_EXPORT_NOT_SAVED
        )
        if written:
            self.careerclimb.export_written(path)
            shown = shown_path(path)
            message = catalogue.MANAGER_EXPORTED.format(path=shown)
            self.careerclimb.notify_file(message, shown)

    def action_rehearse(self) -> None:
        """Practise the conversation against a simulated manager."""
        from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen

        self.app.push_screen(RehearsalScreen())

    def action_back(self) -> None:
        self.dismiss()


def _hanging(items: list[tuple[str, str | Text]]) -> Table:
    """A list whose wrapped lines hang under the text, not under the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for marker, text in items:
        grid.add_row(marker, Text(text) if isinstance(text, str) else text)
    return grid
