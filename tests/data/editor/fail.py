"""A stand-in editor that exits with an error and changes nothing."""

import sys

sys.exit(3)
