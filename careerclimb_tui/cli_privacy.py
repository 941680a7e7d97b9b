"""Encryption at rest on the command line: ``encrypt``, ``decrypt``, ``passphrase``.

Also the passphrase prompt every other sub-command uses when the data file is
encrypted: the ``CAREERCLIMB_PASSPHRASE`` environment variable for scripts, else a
prompt on the terminal that does not echo. Nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.review import counted
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import crypto
from careerclimb_tui.store.repository import Resealed
from careerclimb_tui.store.storage import PassphraseNeeded

if TYPE_CHECKING:
    from careerclimb_tui.cli import Context

EXIT_PASSPHRASE = 5
"""The exit code when no passphrase was given or it did not open the file."""
EXIT_CANNOT_ASK = 2
"""The exit code when a new passphrase is needed and nobody can be asked for it:
a command used where it cannot work, as when the app is opened without a terminal."""


def _has_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _prompt(prompt: str, variable: str) -> str:
    """Read a passphrase without echo; refuse when there is nobody to ask."""
    if not _has_terminal():
        # Set to nothing, the variable is there but gives nothing: say so,
        # rather than ask for it to be set.
        template = (
            catalogue.PRIVACY_VARIABLE_EMPTY
            if os.environ.get(variable) == ""
            else catalogue.PRIVACY_NO_TERMINAL
        )
        raise PassphraseNeeded(template.format(variable=variable))
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CareerClimbError(
            catalogue.PRIVACY_NO_INPUT, exit_code=EXIT_PASSPHRASE
        ) from None


def _given(variable: str, prompt: str) -> str:
    """The passphrase in ``variable``, or typed at a prompt when it is unset."""
    value = os.environ.get(variable)
    if value:
        return value
    return _prompt(prompt, variable)


def ask_passphrase() -> str:
    """The passphrase of the encrypted data file, for any sub-command.

    Returns:
        ``$CAREERCLIMB_PASSPHRASE`` when set, else what the user types.

    Raises:
        PassphraseNeeded: when it is unset and there is no terminal to ask on.
    """
    return _given(catalogue.PRIVACY_PASSPHRASE_ENV, catalogue.PRIVACY_PROMPT)


def passphrase_if_given() -> str | None:
    """The passphrase when one can be had, for a command that can do without it.

    Returns:
        What :func:`ask_passphrase` gives; None when there is no terminal to ask
        on, or nothing was typed.
    """
    try:
        return ask_passphrase() or None
    except CareerClimbError:
        return None


def _refuse_short(chosen: str) -> None:
    """Refuse a new passphrase shorter than the least allowed (exit code 2)."""
    if crypto.new_passphrase_problem(chosen, chosen) == "short":
        raise CareerClimbError(
            catalogue.PRIVACY_SHORT.format(count=crypto.MIN_PASSPHRASE_CHARACTERS),
            exit_code=2,
        )


def _prompt_new(prompt: str, variable: str, command: str) -> str:
    """Read a new passphrase without echo; refuse when there is nobody to ask.

    No file is locked yet, so this is not the passphrase error (exit code 5)
    but a command run where it cannot work (exit code 2).
    """
    if not _has_terminal():
        template = (
            catalogue.PRIVACY_VARIABLE_EMPTY_NEW
            if os.environ.get(variable) == ""
            else catalogue.PRIVACY_NO_TERMINAL_NEW
        )
        raise CareerClimbError(
            template.format(
                command=command,
                variable=variable,
                count=crypto.MIN_PASSPHRASE_CHARACTERS,
            ),
            exit_code=EXIT_CANNOT_ASK,
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CareerClimbError(
            catalogue.PRIVACY_NO_INPUT, exit_code=EXIT_CANNOT_ASK
        ) from None


def _new_passphrase(variable: str, command: str) -> str:
    """A new passphrase: from ``variable``, or typed twice and compared."""
    value = os.environ.get(variable)
    if value:
        chosen, repeated = value, value
    else:
        chosen = _prompt_new(catalogue.PRIVACY_PROMPT_NEW, variable, command)
        # Too short is said at once, before asking for it a second time.
        _refuse_short(chosen)
        repeated = _prompt_new(catalogue.PRIVACY_PROMPT_AGAIN, variable, command)
    _refuse_short(chosen)
    problem = crypto.new_passphrase_problem(chosen, repeated)
    if problem == "mismatch":
        raise CareerClimbError(catalogue.PRIVACY_MISMATCH, exit_code=2)
    return chosen


def copies_text(backups: int, damaged: int = 0) -> str:
    """What follows the data file in a sentence about its copies.

    Args:
        backups: the files in the backups folder that were rewritten.
        damaged: the damaged files set aside beside it that were rewritten.

    Returns:
        " and its 3 backups", ", its 3 backups and 1 damaged copy", " and its 1
        damaged copy", or " (there were no backups)".
    """
    if damaged:
        damaged_text = counted(
            damaged, catalogue.PRIVACY_DAMAGED_ONE, catalogue.PRIVACY_DAMAGED_MANY
        )
        if not backups:
            return catalogue.PRIVACY_COPIES_DAMAGED_ONLY.format(damaged=damaged_text)
        return catalogue.PRIVACY_COPIES_AND_DAMAGED.format(
            backups=counted(
                backups, catalogue.PRIVACY_BACKUPS_ONE, catalogue.PRIVACY_BACKUPS_MANY
            ),
            damaged=damaged_text,
        )
    if backups == 0:
        return catalogue.PRIVACY_COPIES_NONE
    if backups == 1:
        return catalogue.PRIVACY_COPIES_ONE
    return catalogue.PRIVACY_COPIES_MANY.format(count=backups)


def _report(ctx: Context, done: Resealed, template: str, encrypted: bool) -> int:
    store = ctx.store
    if ctx.args.json:
        ctx.print_json(_outcome_json(store.path, done, encrypted))
        return 0
    copies = copies_text(done.backups, done.damaged)
    ctx.print(template.format(path=store.path, copies=copies))
    for path in done.left_as_they_were:
        sys.stderr.write(
            catalogue.PRIVACY_LEFT_AS_THEY_WERE.format(name=path.name) + "\n"
        )
    if encrypted:
        ctx.print(catalogue.PRIVACY_KEEP_SAFE)
    return 0


def _outcome_json(path: Any, done: Resealed, encrypted: bool) -> dict[str, Any]:
    return {
        "path": str(path),
        "encrypted": encrypted,
        "copies": done.copies,
        "backups": done.backups,
        "damaged_copies": done.damaged,
        "left_as_they_were": [str(p) for p in done.left_as_they_were],
    }


def cmd_encrypt(ctx: Context) -> int:
    store = ctx.store
    if store.encrypted:
        raise CareerClimbError(catalogue.PRIVACY_ALREADY_ENCRYPTED_CLI)
    passphrase = _new_passphrase(catalogue.PRIVACY_PASSPHRASE_ENV, "encrypt")
    done = store.encrypt(passphrase)
    return _report(ctx, done, catalogue.PRIVACY_ENCRYPTED, encrypted=True)


def cmd_decrypt(ctx: Context) -> int:
    store = ctx.store
    if not store.encrypted:
        raise CareerClimbError(catalogue.PRIVACY_NOT_ENCRYPTED)
    done = store.decrypt(ask_passphrase())
    return _report(ctx, done, catalogue.PRIVACY_DECRYPTED, encrypted=False)


def cmd_passphrase(ctx: Context) -> int:
    store = ctx.store
    if not store.encrypted:
        raise CareerClimbError(catalogue.PRIVACY_NOT_ENCRYPTED)
    current = _given(catalogue.PRIVACY_PASSPHRASE_ENV, catalogue.PRIVACY_PROMPT_CURRENT)
    # Checked before the new one is asked for, so a typo costs one prompt.
    store.unlock(current)
    new = _new_passphrase(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, "passphrase")
    done = store.change_passphrase(current, new)
    return _report(ctx, done, catalogue.PRIVACY_CHANGED, encrypted=True)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``encrypt``, ``decrypt`` and ``passphrase`` to the command line.

    Args:
        commands: the sub-parsers of the ``careerclimb`` parser.
    """
    for name, handler, help_text, description in (
        (
            "encrypt",
            cmd_encrypt,
            catalogue.PRIVACY_ENCRYPT_HELP,
            catalogue.PRIVACY_ENCRYPT_DESCRIPTION,
        ),
        (
            "decrypt",
            cmd_decrypt,
            catalogue.PRIVACY_DECRYPT_HELP,
            catalogue.PRIVACY_DECRYPT_DESCRIPTION,
        ),
        (
            "passphrase",
            cmd_passphrase,
            catalogue.PRIVACY_CHANGE_HELP,
            catalogue.PRIVACY_CHANGE_DESCRIPTION,
        ),
    ):
        parser = commands.add_parser(name, help=help_text, description=description)
        parser.add_argument(
            "--json", action="store_true", help=catalogue.PRIVACY_JSON_HELP
        )
        parser.set_defaults(handler=handler)
