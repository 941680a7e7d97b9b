"""Where CareerClimb keeps its files.

By default the data lives in the platform's user data directory and the user's own
ladders in its user config directory. A home given with ``--data-dir`` or the
``CAREERCLIMB_HOME`` environment variable holds both, which keeps tests and demos
away from real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "careerclimb"
HOME_ENV = "CAREERCLIMB_HOME"
DATA_FILE_NAME = "careerclimb.json"
DEMO_ENV = "CAREERCLIMB_DEMO"
"""Set (to anything but empty) by ``careerclimb demo`` while the sample career is
open, so that home says the data is a throw-away demo."""


def showing_demo() -> bool:
    """True while the app shows the throw-away sample career of the demo."""
    return bool(os.environ.get(DEMO_ENV, "").strip())


def export_file_name(path: str) -> str:
    """An export's default file name, marked as the demo's while the demo runs.

    The demo offers to save into the user's real home folder, so its files are
    named apart ("careerclimb-demo-packet-….md"): a real export the same day
    never finds one of them in its way.

    Args:
        path: a default path or file name, such as ``~/careerclimb-packet-….md``.

    Returns:
        The same path, its file name marked with "demo" in the demo.
    """
    head, sep, name = path.rpartition("/")
    prefix = f"{APP_NAME}-"
    if not showing_demo() or not name.startswith(prefix):
        return path
    return f"{head}{sep}{prefix}demo-{name.removeprefix(prefix)}"


def explicit_home(override: str | os.PathLike[str] | None = None) -> Path | None:
    """The home named by the flag or the environment, if any."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(HOME_ENV, "").strip()
    return Path(from_env).expanduser() if from_env else None


def default_data_dir() -> Path:
    """The platform's data folder for CareerClimb, used when no home is named."""
    return platformdirs.user_data_path(APP_NAME)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the data file and its backups."""
    home = explicit_home(override)
    return home if home is not None else default_data_dir()


def is_own_folder(folder: Path) -> bool:
    """True when ``folder`` is the one CareerClimb makes for itself.

    Only the platform's data folder named after the app counts. A folder given
    with ``--data-dir`` or ``CAREERCLIMB_HOME`` was chosen by the user, who may
    have made it and may keep other things in it, so it is never counted, even
    when it was missing and CareerClimb created it.

    Args:
        folder: the folder that holds the data file.

    Returns:
        Whether removing the folder, once empty, undoes only what CareerClimb did.
    """
    return _same_place(folder, default_data_dir())


def _same_place(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):
        return one == other


def data_file(override: str | os.PathLike[str] | None = None) -> Path:
    """The path of the data file."""
    return data_dir(override) / DATA_FILE_NAME


def user_ladders_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder where the user's own ladder files are looked for."""
    home = explicit_home(override)
    base = home if home is not None else platformdirs.user_config_path(APP_NAME)
    return base / "ladders"


def in_export_folder(default: str, folder: Path | None) -> str:
    """An export's offered path, moved into the folder the last export went to.

    Args:
        default: the usual offer, such as ``~/careerclimb-packet-….md``.
        folder: the folder of the last file an export wrote, if any.

    Returns:
        The default's file name in ``folder``, written as the user would type
        it; the default itself before any export was written.
    """
    if folder is None:
        return default
    return shown_path(folder / Path(default).name)


def shown_path(path: Path) -> str:
    """A path as the user would type it: the home folder written as ``~``."""
    try:
        inside = path.relative_to(Path.home())
    except (ValueError, RuntimeError):
        return str(path)
    return "~" if inside == Path() else f"~/{inside}"
