"""A stand-in editor: adds a line to the file it is given, as a user would.

When CAREERCLIMB_TEST_EDITOR_REPORT names a file, it first writes there, as JSON,
the path it was given and the permissions of that file and of its folder.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

path = Path(sys.argv[-1])
report = os.environ.get("CAREERCLIMB_TEST_EDITOR_REPORT")
if report:
    Path(report).write_text(
        json.dumps(
            {
                "path": str(path),
                "file_mode": stat.S_IMODE(path.stat().st_mode),
                "dir_mode": stat.S_IMODE(path.parent.stat().st_mode),
                "text": path.read_text(encoding="utf-8"),
            }
        ),
        encoding="utf-8",
    )
with path.open("a", encoding="utf-8") as handle:
    handle.write("Edited in my own editor.\n")
