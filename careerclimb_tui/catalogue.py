"""Every sentence the app shows a user, in one place.

Coaching prompts, hints, labels and error messages live here so that the wording can be
read and changed together. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

# --- Errors ---

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

# --- Coaching: the impact-framing analyser ---
# Filled in by domain.framing; each hint is a question or a template, never a fact.

FRAMING_START_WITH_CHANGE = (
    "Start with what changed, not what you did: what is different now, and for "
    "whom? e.g. “<who> now <does what> in <after> instead of <before>”"
)
FRAMING_ASK_WHAT_CHANGED = (
    "“{phrase}” says what you did. What is different because of it, for your team, "
    "the product or your users?"
)
FRAMING_ASK_WHAT_COUNT_CHANGED = (
    "“{phrase}” counts effort, not change. What got better because of it? "
    "e.g. “<what> fell from <before> to <after>”"
)
FRAMING_ASK_FOR_CHANGE = (
    "What is different now because of this work? Lead with the change: "
    "“<who or what> now <does what>”"
)
FRAMING_OUTPUT_TO_OUTCOME = (
    "Who uses {artifact} now, and what do they do faster or better because of it? "
    "e.g. “<who> now <does what> in <after> instead of <before>”"
)
FRAMING_THE_ARTIFACT = "the {artifact}"
FRAMING_ASK_BEFORE_AFTER = (
    "Can you put a number on the change? “<measure>: <before> → <after> <unit>”"
)
FRAMING_COMPLETE_THE_MEASURE = (
    "Your measure needs both ends to show a change: “<before> → <after> <unit>”"
)
FRAMING_ASK_WHO_BENEFITED = (
    "Who benefited: which team, customers or colleagues feel the difference?"
)
FRAMING_ASK_WHO_NOTICED = "Who outside your team noticed this change?"

# --- Home screen: the next thing to do ---

NEXT_LOG_FIRST_WIN = (
    "Log your first win: something that changed because of your work (press w)."
)
NEXT_LOG_THIS_QUARTER = (
    "No win logged this quarter yet. What changed because of you lately? (press w)"
)
NEXT_REFRAME = (
    "{count} {noun} this quarter {verb} activity-only: open the journal (j) and add "
    "what changed."
)
NEXT_LOG_AGAIN = "Your last win was {days} days ago. Anything change since? (press w)"
NEXT_ALL_IMPACT = "Every win this quarter is framed as impact. Keep capturing them."

# --- Home screen ---

HOME_NO_PROFILE = "No profile yet: press e to set one up."
HOME_NO_CYCLE = "Promotion cycle: not set (press e to add when it closes)."
HOME_CYCLE = "Promotion cycle closes {date}: {weeks} weeks ({days} days) from today."
HOME_CYCLE_PASSED = (
    "The promotion cycle you set closed on {date}: press e to update it."
)
HOME_QUARTER = (
    "This quarter ({quarter}): {total} wins · {impact} framed as impact · "
    "{activity} activity-only"
)
HOME_RECENT_TITLE = "Recent wins"
HOME_NO_WINS = "No wins logged yet. Press w to log your first one."

# --- Set-up and profile ---

SETUP_WELCOME = "Welcome to CareerClimb"
SETUP_EDIT = "Your profile"
SETUP_INTRO = (
    "Promotion recognises work already done at the next level. Tell me where you are "
    "and where you are heading; you can change this later from the home screen."
)
SETUP_NAME = "Your name (optional)"
SETUP_LADDER = "Track and ladder"
SETUP_CURRENT = "Your current level"
SETUP_TARGET = "The level you are aiming for"
SETUP_CYCLE = "When does the next promotion cycle close? (optional, YYYY-MM-DD)"
SETUP_FISCAL = "The month your company's year starts (sets the quarters)"
SETUP_BROKEN_LADDERS = "Some of your ladder files could not be loaded:\n{messages}"
SETUP_TARGET_NOT_ABOVE = "The target level must be above your current level."
SETUP_NOT_SAVED = "Profile not saved"
SETUP_SAVED = "Profile saved."
SETUP_NEEDED = "Set up your profile first (or press Ctrl+Q to quit)."
SAVE_BUTTON = "Save"
CANCEL_BUTTON = "Cancel"

# --- Log a win ---

LOG_TITLE = "Log a win"
LOG_EDIT_TITLE = "Edit a win"
LOG_ASK_WHAT = "What did you do?"
LOG_ASK_CHANGED = "What changed because of it? (for the team, the product or the org)"
LOG_ASK_MEASURE = (
    "Before → after, if you can measure it: MTTR 30 → 3 minutes, "
    "or a change such as -40% as the after"
)
LOG_MEASURE_LABEL = "what (e.g. MTTR)"
LOG_MEASURE_BEFORE = "before"
LOG_MEASURE_AFTER = "after"
LOG_MEASURE_UNIT = "unit"
LOG_ASK_BENEFICIARIES = "Who benefited?"
LOG_ASK_NOTICED = "Who outside your team noticed?"
LOG_ASK_DIMENSIONS = "Which ladder dimensions does it speak to? (space to pick)"
LOG_ASK_DATE = "When? (YYYY-MM-DD or DD/MM/YYYY)"
LOG_ASK_TAGS = "Tags (separated by spaces or commas)"
LOG_NEEDS_TEXT = "Say what you did first."
LOG_NOT_A_NUMBER = "The {field} value {text!r} is not a number."
LOG_MEASURE_INCOMPLETE = (
    "Give both a before and an after value, or a change such as -40% as the after."
)
LOG_NOT_SAVED = "Win not saved"
LOG_SAVED = "Saved win #{id} ({framing})."
COACH_TITLE = "Coach"
COACH_WAITING = "Start with what you did; I'll read it as you type."
COACH_IMPACT = "Reads as impact."
COACH_MEASURED = "The change is measured."
COACH_UNMEASURED = "No measure of the change yet."
COACH_ACTIVITY = "Reads as activity: it says what you did, not what changed."

# --- Ladder browser ---

LADDER_TITLE = "· ladder: {ladder}"
LADDER_PAIR = "{current} → {target}"
LADDER_LEVEL_WITH_ALIASES = "{title} ({aliases})"
LADDER_NOW_HEADING = "Where you are"
LADDER_TARGET_HEADING = "Where you are heading"
LADDER_NOW_EXPECTED = "At {level}: what is expected"
LADDER_NOW_EXAMPLES = "What solid work here looks like"
LADDER_TARGET_EXPECTED = "Towards {level}: expected there"
LADDER_SIGNALS_THAT_LEVEL = "Signals you already work at that level"
LADDER_SIGNALS_ABOVE = "Signals you already work above {level}"
LADDER_NOT_DESCRIBED = "This ladder does not describe this level here."
LADDER_SAME_LEVEL = (
    "Both sides show the same level. Press ] to compare it with the level above."
)
LADDER_NOT_NEXT = (
    "{target} is not the level right after {current}; the signals on the right are "
    "the ones that point one level above {current}."
)
LADDER_AT_BOTTOM = "This is the lowest pair of levels on the ladder."
LADDER_AT_TOP = "This is the highest pair of levels on the ladder."
LADDER_KEY_LOWER = "Lower"
LADDER_KEY_LOWER_TIP = "Compare the pair of levels one step down the ladder."
LADDER_KEY_HIGHER = "Higher"
LADDER_KEY_HIGHER_TIP = "Compare the pair of levels one step up the ladder."
LADDER_KEY_COMPACT = "Compact"
LADDER_KEY_COMPACT_TIP = "Hide or show the example lists, keeping the expectations."
LADDER_KEY_BACK = "Back"
LADDER_KEY_BACK_TIP = "Close the ladder and return to the previous screen."

# --- Wins journal ---

JOURNAL_TITLE = "Wins journal"
JOURNAL_SEARCH = "Search every word of every win…"
JOURNAL_ALL_QUARTERS = "All quarters"
JOURNAL_EMPTY = "No wins yet. Press n to log your first one."
JOURNAL_NO_MATCH = "No win matches. Clear the search or pick another quarter."
JOURNAL_COUNT = "{shown} of {total} wins shown · Enter opens · / searches"
JOURNAL_NOTHING_SELECTED = "No win selected: the list is empty."
JOURNAL_NOT_DELETED = "Win not deleted"
JOURNAL_NOT_RESTORED = "Win not restored"
JOURNAL_DELETED = "Deleted win #{id}. Press u to undo."
JOURNAL_RESTORED = "Restored win #{id}."
JOURNAL_NOTHING_TO_UNDO = "Nothing to undo."
DETAIL_TITLE = "Win #{id}"
DETAIL_DATE = "Date"
DETAIL_FRAMING = "Framing"
DETAIL_WHAT = "What you did"
DETAIL_CHANGED = "What changed"
DETAIL_MEASURE = "Before → after"
DETAIL_BENEFICIARIES = "Who benefited"
DETAIL_NOTICED = "Noticed outside the team"
DETAIL_DIMENSIONS = "Ladder dimensions"
DETAIL_TAGS = "Tags"
DETAIL_KEYS = "e edit · d delete · Esc close"

# --- Command palette and help ---

COMMAND_GO_HOME = "Go: Home"
COMMAND_LOG_WIN = "Win: Log a win (guided)"
COMMAND_QUICK_WIN = "Win: Quick win"
COMMAND_JOURNAL = "Go: Wins journal"
COMMAND_LADDER = "Go: Ladder browser"
COMMAND_PROFILE = "Profile: Edit your profile"
COMMAND_HELP = "Help: This screen and its keys"
COMMAND_KEY_HELP = "Key: {key}"
COMMAND_GO_HELP = "Open it from anywhere"
APP_NAME = "CareerClimb"
HELP_TITLE = "Help: {screen}"
HELP_KEYS = "Keys"
HELP_CLOSE = "Esc, q or F1 closes this help."
HELP_DEFAULT = (
    "CareerClimb helps you do and prove next-level work.",
    "Promotion recognises work already done at the next level, so every win is "
    "framed as what changed, not what you did.",
)
# Screen class name → (what the screen is for, the method behind it).
HELP_SCREENS: dict[str, tuple[str, str]] = {
    "HomeScreen": (
        "Where you stand: your level and target, this quarter's wins and the one "
        "thing most worth doing next.",
        "A weekly glance keeps the evidence flowing: excellence at your current "
        "level is not a promotion signal, work at the next level is.",
    ),
    "SetupScreen": (
        "Your profile: the ladder, your current level, the level you aim for and "
        "when the promotion cycle closes.",
        "Everything else is measured against the target level's expectations.",
    ),
    "LogWinScreen": (
        "Capture a win the day it happens, framed as what changed because of you, "
        "with a before → after when you can measure it.",
        "Impact beats activity: 'deploy failures dropped 40%' is evidence, "
        "'shipped X' is not. The coach asks questions; it never invents facts.",
    ),
    "JournalScreen": (
        "Every win, newest first: search as you type, filter by quarter, open, "
        "edit or delete (with undo).",
        "Re-read old wins and add what changed; activity-only entries are the "
        "ones to reframe.",
    ),
    "WinDetailScreen": (
        "One win in full.",
        "Check that it says what changed, for whom, and by how much.",
    ),
    "LadderScreen": (
        "Your current level beside your target, dimension by dimension.",
        "Current-level examples are good work but not promotion evidence; the "
        "next-level signals are what a committee looks for.",
    ),
}

# --- Quarterly review and gaps ---
# Filled in by domain.review and domain.gaps. Each verdict reason is one sentence.

REVIEW_Q1 = "Could a strong engineer at your current level have done this?"
REVIEW_Q2 = "Did you choose this work, or was it assigned?"
REVIEW_Q3 = "What changed because you did it? Confirm the coach's reading or fix it."
REVIEW_Q4 = "Did anyone outside your immediate team notice? Who?"
REVIEW_ANSWER_YES = "Yes"
REVIEW_ANSWER_NO = "No"
REVIEW_ANSWER_NOT_SURE = "Not sure"
REVIEW_ANSWER_CHOSE = "I chose it"
REVIEW_ANSWER_ASSIGNED = "It was assigned"
REVIEW_ANSWER_PARTLY = "Partly"
REVIEW_ANSWER_NOBODY = "Nobody outside the team"
REVIEW_ANSWER_NOTICED_BY = "Noticed by {who}"
REVIEW_KIND_NEXT_LEVEL = "next-level"
REVIEW_KIND_CURRENT_LEVEL = "current-level"
REVIEW_KIND_UNCLEAR = "unclear"
REVIEW_OVERRIDDEN = "Your call: {kind} (the four questions said {computed})."
REVIEW_UNKNOWN_WIN = "Win #{id} is not part of the {quarter} review."

# Joined into REVIEW_VERDICT_UNANSWERED to say what is still open.
REVIEW_MISSING_PEER = "whether a peer at your level could have done it"
REVIEW_MISSING_CHOICE = "whether you chose the work"
REVIEW_MISSING_CHANGE = "what changed"
REVIEW_MISSING_NOTICED = "whether anyone outside your team noticed"
REVIEW_LIST_AND = "and"

# Joined into REVIEW_VERDICT_NEXT_LEVEL: what backs up a "no" to the first question.
REVIEW_SIGNAL_CHOSE = "you chose it"
REVIEW_SIGNAL_PARTLY_CHOSE = "you partly chose it"
REVIEW_SIGNAL_MEASURED = "the change is measured"
REVIEW_SIGNAL_IMPACT = "it says what changed"
REVIEW_SIGNAL_NOTICED = "people outside your team noticed"

REVIEW_VERDICT_UNANSWERED = "No verdict yet: still to answer {missing}."
REVIEW_VERDICT_ACTIVITY = (
    "This reads as activity with no measure, so it cannot count as next-level yet: "
    "add what changed, with a before and an after."
)
REVIEW_VERDICT_NEXT_LEVEL = (
    "A peer at your level could not have done this, {signals}: next-level evidence."
)
REVIEW_VERDICT_UNBACKED = (
    "You judge this beyond your level, but it was assigned and nobody outside your "
    "team noticed, so ask your manager whether it reads as next-level."
)
REVIEW_VERDICT_ASSIGNED = (
    "A peer at your level could have done this, and it was assigned: strong "
    "current-level work."
)
REVIEW_VERDICT_SCOPE_QUESTION = (
    "A peer at your level could have done this, yet you chose it, measured the change "
    "and were noticed outside your team: it may be next-level scope done at your "
    "level, so ask your manager how they read it."
)
REVIEW_VERDICT_CURRENT_LEVEL = (
    "A peer at your level could have done this: good current-level work, not yet a "
    "sign of the next level."
)
REVIEW_VERDICT_UNSURE_BUT_STRONG = (
    "You are not sure a peer could have done this, but you chose it, measured the "
    "change and were noticed outside your team: it reads as next-level."
)
REVIEW_VERDICT_UNSURE = (
    "You are not sure a peer at your level could have done this: ask your manager, or "
    "someone a level up, how they would read it."
)
REVIEW_MOSTLY_CURRENT_LEVEL = (
    "{count} of {total} wins this quarter are strong work at your current level, and "
    "that is the gap your manager means by “we need to see more”: they need to see "
    "work a peer at your level would not have done."
)

GAP_STATUS_COVERED = "covered"
GAP_STATUS_THIN = "thin"
GAP_STATUS_MISSING = "missing"
GAP_FOCUS_ASKED_FOR = (
    "Work on {dimension} next: it has no next-level evidence yet and your manager "
    "asked for it (“{criterion}”)."
)
GAP_FOCUS_MISSING = (
    "Work on {dimension} next: it has no next-level evidence at all yet."
)
GAP_FOCUS_THIN_ONE = (
    "Work on {dimension} next: one next-level win is all it has, and a single example "
    "is easy to wave away in calibration."
)
GAP_FOCUS_THIN_OLD = (
    "Work on {dimension} next: its next-level evidence is more than two quarters old, "
    "so show it again before the cycle."
)
GAP_FOCUS_NONE = (
    "Every dimension has recent next-level evidence: keep it coming and make sure "
    "your manager has seen it."
)
GAP_LINE_COVERED = "{covered} of {total} dimensions covered"
GAP_LINE_FOCUS = "focus: {dimension}"
GAP_LINE_ALL_COVERED = "nothing missing"
GAP_LINE_WEEKS = "{weeks} weeks to the cycle"
GAP_LINE_ONE_WEEK = "1 week to the cycle"
GAP_LINE_UNDER_A_WEEK = "under a week to the cycle"
GAP_LINE_CYCLE_CLOSED = "the cycle has closed"
GAP_LINE_SEPARATOR = " · "
