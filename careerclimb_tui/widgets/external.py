"""Handing a long text to the user's own editor, from any screen."""

from __future__ import annotations

import os

from textual.app import App, SuspendNotSupported

from careerclimb_tui import catalogue
from careerclimb_tui.editor import edit_text, editor_command
from careerclimb_tui.errors import CareerClimbError


def edit_in_editor(
    app: App[object], text: str, name: str = catalogue.EDITOR_FILE_PITCH
) -> str | None:
    """Suspend the app, let the user edit ``text`` in $VISUAL or $EDITOR, resume.

    Every way this can go wrong (no editor set, a terminal that cannot hand over,
    an editor that fails or returns at once without waiting) is told to the user
    as a notification, and the text in the app is left as it was.

    Args:
        app: the running app.
        text: the text to edit.
        name: what is edited, which names the file the editor shows (the pitch
            unless said otherwise).

    Returns:
        The edited text, or None when nothing changed or the edit failed.
    """
    try:
        command = editor_command(os.environ)
    except CareerClimbError as error:
        app.notify(error.message, severity="error")
        return None
    if command is None:
        app.notify(catalogue.PITCH_EDITOR_NONE, severity="warning", timeout=8)
        return None
    try:
        with app.suspend():
            result = edit_text(text, command, name=name)
    except SuspendNotSupported:
        app.notify(catalogue.PITCH_EDITOR_CANNOT, severity="warning")
        return None
    except CareerClimbError as error:
        app.notify(error.message, title=catalogue.PITCH_EDITOR_FAILED, severity="error")
        return None
    if result.returned_at_once:
        app.notify(catalogue.PITCH_EDITOR_AT_ONCE, severity="warning", timeout=10)
        return None
    if not result.changed:
        app.notify(catalogue.PITCH_EDITOR_NO_CHANGE)
        return None
    return result.text
