"""Handing a long text to the user's own editor, from any screen."""

from __future__ import annotations

import os
from collections.abc import Sequence

from textual.app import App, SuspendNotSupported

from careerclimb_tui import catalogue
from careerclimb_tui.editor import EditResult, edit_text, editor_command
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
        result = _edit_while_suspended(app, text, command, name)
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


def _edit_while_suspended(
    app: App[object], text: str, command: Sequence[str], name: str
) -> EditResult:
    """Hand the terminal to the editor and always take it back afterwards.

    Textual gives the terminal back to the app only when the ``suspend`` block
    ends without an exception; one escaping it would leave a blank screen that
    reads no keys. So whatever goes wrong is held until the app is back, then
    raised.

    Raises:
        SuspendNotSupported: when this terminal cannot hand over.
        CareerClimbError: when the edit failed (see ``edit_text``).
    """
    failure: BaseException | None = None
    result: EditResult | None = None
    with app.suspend():
        try:
            result = edit_text(text, command, name=name)
        except BaseException as error:  # raised again once the app is back
            failure = error
    if failure is not None:
        raise failure
    assert result is not None
    return result
