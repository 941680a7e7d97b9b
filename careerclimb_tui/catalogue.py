"""Every sentence the app shows a user, in one place.

Coaching prompts, hints, labels and error messages live here so that the wording can be
read and changed together. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

# --- Errors -----------------------------------------------------------------------

DATA_FILE_DAMAGED = (
    "The data file {path} cannot be read: {reason} (line {line}, column {column}). "
    "It has been left exactly as it is."
)
DATA_FILE_LOCKED = (
    "Another CareerClimb (process {pid}) is saving to {path}. "
    "Close it or try again in a moment."
)
DATA_FILE_LOCKED_UNKNOWN = (
    "Another CareerClimb is saving to {path}. Close it or try again in a moment."
)
CANNOT_SERIALISE = "Nothing was saved: {reason}."
UNKNOWN_WIN = "There is no win with id {id}."
BAD_DATE = (
    "{text!r} is not a date I can read without guessing; "
    "write it as YYYY-MM-DD or DD/MM/YYYY."
)
NO_PROFILE = "No profile yet: run `careerclimb` once to set one up."

# --- Coaching: the impact-framing analyser -----------------------------------------
# Filled in by domain.framing; each hint is a question or a template, never a fact.
