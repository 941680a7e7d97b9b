"""A stand-in editor that saves the file in Latin-1 instead of UTF-8."""

import sys
from pathlib import Path

Path(sys.argv[-1]).write_bytes("Café au lait\n".encode("latin-1"))
