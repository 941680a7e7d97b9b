"""The layers stay apart: the domain knows nothing of Textual or files."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "careerclimb_tui"


def test_the_domain_imports_no_textual() -> None:
    modules = sorted(p.stem for p in (PACKAGE / "domain").glob("*.py"))
    script = (
        "import sys\n"
        + "".join(f"import careerclimb_tui.domain.{m}\n" for m in modules)
        + "print(sorted(m for m in sys.modules if m.startswith('textual')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_domain_does_no_file_or_store_io() -> None:
    forbidden = {"tinydb", "filelock", "platformdirs", "careerclimb_tui.store"}
    for path in (PACKAGE / "domain").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "open":
                raise AssertionError(f"{path.name} opens a file")
            else:
                continue
            for name in names:
                assert not any(name.startswith(f) for f in forbidden), (path, name)
