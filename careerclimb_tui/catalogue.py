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
    "{text!r} is not a date I can read without guessing: write a real day as "
    "YYYY-MM-DD or DD/MM/YYYY."
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
    "This quarter ({quarter}): {total} {wins_word} · {impact} framed as impact · "
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
SETUP_EDIT_INTRO = (
    "Everything the app measures is held against your target level: change it "
    "here whenever your situation changes."
)
SETUP_NAME = "Your name (optional)"
SETUP_LADDER = "Track and ladder"
SETUP_CURRENT = "Your current level"
SETUP_TARGET = "The level you are aiming for"
SETUP_CYCLE = "When does the next promotion cycle close? (optional, YYYY-MM-DD)"
SETUP_FISCAL = (
    "The month your company's year starts. Quarters follow it and are named by "
    "the year in which that fiscal year ends."
)
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
LOG_MEASURE_AFTER_HINT = "after (or a change: -40%)"
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
COMMAND_REVIEW = "Go: Quarterly review"
COMMAND_GAPS = "Go: Gap view"
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
    "ReviewsScreen": (
        "Start the quarterly self-review, resume one left half-way, or read a past "
        "run. Re-running a quarter keeps the earlier run.",
        "Once a quarter, ask of every win whether it shows next-level work or "
        "excellent current-level work, before review season does it for you.",
    ),
    "ReviewWalkScreen": (
        "One win at a time through four questions: could a peer at your level have "
        "done it, did you choose it, what changed, who outside the team noticed.",
        "Answers are saved as you give them. A verdict follows from them; press o "
        "to make your own call, with a note.",
    ),
    "ReviewSummaryScreen": (
        "What the quarter adds up to: next-level signals, dimensions with and "
        "without evidence, and the three wins to show your manager.",
        "When most wins are current-level work, that is the gap your manager "
        "means by 'we need to see more'.",
    ),
    "GapScreen": (
        "Each dimension of your target level: covered, thin or missing, with the "
        "one most worth working on next and the weeks left in the cycle.",
        "Thin means one item only, or evidence older than two quarters.",
    ),
    "OverrideDialog": (
        "Replace the four questions' verdict with your own call.",
        "Your note is kept beside the override, and both are shown.",
    ),
    "DimensionsDialog": (
        "Link the win to the ladder dimensions it speaks to.",
        "Dimensions feed the gap view.",
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

# --- Next-level problem ---
# The guided questions, the up-front check of a candidate, the stages of an
# initiative, the proposal, and the messages of the problem catalogue loader.

PROBLEM_Q_WEEKLY = "What slows the team down every single week?"
PROBLEM_H_WEEKLY = "e.g. waiting for the pipeline, deploys that need a person on hand"
PROBLEM_Q_WORKAROUND = "What breaks so often that everyone just works around it?"
PROBLEM_H_WORKAROUND = "e.g. a test everyone reruns, a service that needs a restart"
PROBLEM_Q_HANDOFFS = "Where do hand-offs between people or teams drop?"
PROBLEM_H_HANDOFFS = "e.g. front end waiting on an API, tickets bouncing between sides"
PROBLEM_Q_COMPLAINTS = "What do people outside the team complain about?"
PROBLEM_H_COMPLAINTS = "e.g. releases that break things, requests that sit for days"
PROBLEM_Q_NEWCOMERS = "What do new joiners, or whoever is on call, struggle with most?"
PROBLEM_H_NEWCOMERS = "e.g. a week to set up, night pages for alerts that need nothing"
PROBLEM_Q_BY_HAND = "What does someone still do by hand that nobody has time to fix?"
PROBLEM_H_BY_HAND = "e.g. a release checklist, data fixes, an unfinished migration"
PROBLEM_RANK_REASON = "You mentioned: {words}"
PROBLEM_RANK_NO_MATCH = "Nothing you wrote matches this one."
PROBLEM_MEASURE_LINE = "{name} ({unit}, {better} is better)"

CHECK_Q_PEER = "Would a strong engineer at your current level do this anyway?"
CHECK_H_PEER = "If it is simply part of doing your job well, the answer is yes."
CHECK_Q_CHOOSING = "Are you choosing this work yourself, rather than being assigned it?"
CHECK_H_CHOOSING = "Picked up because you saw the need, not handed over in planning."
CHECK_Q_CHANGE = "What would change if it were fixed, and how would you measure it?"
CHECK_H_CHANGE = "e.g. lead time from two days to four hours, from merge to deploy"
CHECK_Q_OUTSIDE = "Who outside your team would notice the difference?"
CHECK_H_OUTSIDE = "e.g. support, the teams that call your service, the product manager"
CHECK_REASON_PEER = (
    "A strong peer at your level would do this anyway. That is doing your current "
    "job well, like fixing the bug you were assigned, not a next-level signal."
)
CHECK_REASON_ASSIGNED = (
    "It was assigned to you. Doing assigned work well is expected at your level; "
    "spotting and choosing the problem is part of what shows the next one."
)
CHECK_REASON_NO_CHANGE = (
    "You cannot yet say what would change or how you would measure it. Without a "
    "before and an after, it will read as activity, not impact."
)
CHECK_CAUTION_INSIDE_ONLY = (
    "Nobody outside your team would notice yet. Look for who else feels the "
    "problem: next-level work usually reaches past the team."
)
CHECK_VERDICT_CURRENT = "This looks like current-level work."
CHECK_VERDICT_UNANSWERED = "Answer every question before deciding."
CHECK_VERDICT_ALMOST = "This could be next-level work; strengthen it before proposing."
CHECK_VERDICT_NEXT = "This looks like next-level work. Write the proposal."

INITIATIVE_STAGE_LABELS = {
    "spotted": "Spotted",
    "proposed": "Proposed",
    "buy_in": "Buy-in",
    "driving": "Driving",
    "measuring": "Measuring",
    "done": "Done",
    "dropped": "Dropped",
    "paused": "Paused",
}
INITIATIVE_NEEDS_TITLE = "Name the problem first, in a few words."
INITIATIVE_UNKNOWN_STAGE = "{stage!r} is not a stage; the stages are {known}."
INITIATIVE_CLOSED = "This problem is {stage}; it cannot move to another stage."
INITIATIVE_ALREADY = "This problem is already at {stage}."
INITIATIVE_RESUME_FIRST = (
    "This problem is paused; resume it (back to {resume}) before moving it to {stage}."
)
INITIATIVE_NO_GOING_BACK = (
    "A problem cannot go back from {stage} to {to}. The next stage is {next}; add a "
    "note if something has to be redone."
)
INITIATIVE_ONE_STEP = (
    "A problem moves one stage at a time: from {stage} the next stage is {next}, "
    "not {to}."
)
INITIATIVE_DROP_NEEDS_REASON = (
    "Say why you are dropping it: the reason is worth keeping for next time."
)
INITIATIVE_NOT_PAUSED = "Only a paused problem can be resumed; this one is at {stage}."
INITIATIVE_EMPTY_NOTE = "The note is empty."
INITIATIVE_READING_NOT_A_NUMBER = "A reading needs a number."
INITIATIVE_READING_BEFORE_BASELINE = (
    "A reading dated {date} comes before the baseline of {baseline}; later readings "
    "show change since the baseline."
)
INITIATIVE_READING_OTHER_UNIT = (
    "This reading is in {unit} but the baseline is in {baseline}; use the same unit "
    "so the two can be compared."
)
INITIATIVE_READING = "{amount} on {date}"
INITIATIVE_READING_WITH_SOURCE = "{amount} on {date} ({source})"
INITIATIVE_ONE_ACTIVE = (
    "You are already working on “{title}” ({stage}). Is it done, dropped or paused? "
    "Close or pause it before starting another: one problem driven to a measured "
    "result says more than several half-driven ones."
)
INITIATIVE_WIN_TOO_EARLY = (
    "This problem is at {stage}; a result win comes once it is being measured."
)

PROPOSAL_TITLE = "Proposal: {title}"
PROPOSAL_H_PROBLEM = "The problem"
PROPOSAL_H_EVIDENCE = "Evidence"
PROPOSAL_H_FIX = "Proposed fix"
PROPOSAL_H_COST = "What it costs"
PROPOSAL_H_SUCCESS = "How we will know it worked"
PROPOSAL_H_WHO = "Who needs to agree"
PROPOSAL_FILL_PROBLEM = (
    "To fill in: what goes wrong, how often, and who feels it, in your own words."
)
PROPOSAL_FILL_EVIDENCE = (
    "To fill in: what you have seen that shows the problem is real, and a baseline "
    "number if you have one."
)
PROPOSAL_FILL_FIX = "To fill in: what you propose to change, and the first step."
PROPOSAL_FILL_COST = (
    "To fill in: the time, people and risk the fix needs, and what waits meanwhile."
)
PROPOSAL_FILL_SUCCESS = (
    "To fill in: the number you will watch, which way is better, and its baseline."
)
PROPOSAL_FILL_WHO = "To fill in: whose agreement the fix needs before it starts."
PROPOSAL_IDEAS = "Ideas to start from:"
PROPOSAL_IDEAS_SYMPTOMS = "Symptoms others recognise in this problem:"
PROPOSAL_IDEAS_ROLES = "Roles whose agreement this kind of fix usually needs:"
PROPOSAL_READINGS_HEADER = ("Date", "Reading", "Source")
PROPOSAL_NO_SOURCE = "not recorded"
PROPOSAL_WHO_HEADER = ("Who", "Agreed")
PROPOSAL_AGREED = "yes"
PROPOSAL_NOT_YET = "not yet"
PROPOSAL_METRIC = "Measured by {metric}."
PROPOSAL_METRIC_DIRECTION = "Measured by {metric}; {better} is better."
PROPOSAL_BASELINE = "Baseline: {reading}."
PROPOSAL_LATEST = "Latest reading: {reading}."

CATALOG_BAD_ID = (
    "{id!r} is not a usable id; use lower-case letters, digits, - and _ "
    "(at most 64 characters)"
)
CATALOG_DUPLICATE_ID = "problem id {id!r} is used twice (lines {first} and {line})"
CATALOG_ID_IN_OTHER_FILE = (
    "problem id {id!r} is already defined in {other}, line {line}; rename one of them"
)
CATALOG_UNKNOWN_DIMENSION = "unknown dimension {id!r}; the ladder names {known}"
CATALOG_REPEATED_DIMENSION = "dimension {id!r} is listed twice"
CATALOG_REPEATED_MEASURE = "measure {name!r} is listed twice (lines {first} and {line})"
CATALOG_BAD_BETTER = "{value!r} is not a direction; write {allowed}"

# --- Manager conversation ---
# Filled in by domain.conversation, domain.rehearsal, domain.criteria and the manager
# bank loader. The manager's own lines live in catalogs/managers.yaml.

CONVO_ASK = (
    "What would I need to demonstrate, specifically, for you to be able to make a "
    "case for my promotion in the next cycle?"
)
CONVO_ASK_FOR_LEVEL = (
    "What would I need to demonstrate, specifically, for you to be able to make a "
    "case for my promotion to {level} in the next cycle?"
)
CONVO_PUSH_BACK = "Can you give me an example of the kind of work that would count?"

PREP_TITLE = "Before the promotion conversation: {level}"
PREP_TARGET = "From {current} to {level} · {cycle}"
PREP_CYCLE_UNSET = "cycle date not set"
PREP_CYCLE_CLOSES = "the cycle closes {date}, {weeks} weeks from today"
PREP_CYCLE_CLOSES_DAYS = "the cycle closes {date}, {days} days from today"
PREP_CYCLE_PASSED = (
    "the cycle you set closed on {date}; update it when you know the next date"
)
PREP_ASK_HEADING = "The ask"
PREP_EVIDENCE_HEADING = "Evidence to bring"
PREP_EVIDENCE_LINE = "{title}: {change}"
PREP_EVIDENCE_NONE = (
    "No wins to bring yet: log one with a before → after before the meeting."
)
PREP_EVIDENCE_FEW = (
    "Two or three wins make a stronger case: log another one with a before → after."
)
PREP_INITIATIVE_HEADING = "What you are driving"
PREP_INITIATIVE_NONE = (
    "No next-level problem yet: name one you would like to own and ask whether it "
    "would count."
)
PREP_QUESTIONS_HEADING = "Questions to ask"
PREP_DEFAULT_QUESTIONS = (
    "Which expectations of {level} do you already see me meeting, and which not yet?",
    "Who else has a say in the decision, and what will they look for?",
)
PREP_PUSH_HEADING = "If the answer is vague"
PREP_WRITE_DOWN_HEADING = "Write down"
PREP_WRITE_DOWN = (
    "Each thing you would need to show, in your manager's own words.",
    "Whether they gave an example, and the example itself.",
    "Which ladder dimension each one belongs to.",
    "Anything they call out of their hands (committee, budget, timing), and who "
    "decides it.",
    "The follow-up you agreed, and its date.",
)
PREP_ASK_EMPTY = (
    "The ask cannot be empty: say what you want to learn from your manager."
)
PREP_UNKNOWN_LEVEL = (
    "Your target level {level!r} is not on the ladder {ladder}: update your profile."
)

SCORE_SPECIFICS_LABEL = "Asked for specifics"
SCORE_EXAMPLE_LABEL = "Asked for an example"
SCORE_LEVEL_CYCLE_LABEL = "Named the level and the cycle"
SCORE_EVIDENCE_LABEL = "Offered evidence"
SCORE_FOLLOW_UP_LABEL = "Agreed a follow-up"
SCORE_WELL_SPECIFICS = "You asked what, specifically, you would need to demonstrate."
SCORE_WELL_EXAMPLE = (
    "You asked for an example instead of settling for a general answer."
)
SCORE_WELL_LEVEL_CYCLE = (
    "You named the level and the cycle, so the answer had to be about this promotion."
)
SCORE_WELL_EVIDENCE = "You put your own work on the table as evidence."
SCORE_WELL_FOLLOW_UP = (
    "You left with a follow-up agreed, so these criteria will be looked at again."
)
SCORE_WELL_TURNED = "Your pushing turned a vague answer into a concrete one."
SCORE_WELL_NOTHING = (
    "You went through the whole conversation out loud, which is where it starts."
)
SCORE_TRY_SPECIFICS = (
    "Ask outright: “What would I need to demonstrate, specifically, for you to make "
    "the case?”"
)
SCORE_TRY_EXAMPLE = (
    "When an answer is vague, push once: “Can you give me an example of the kind of "
    "work that would count?”"
)
SCORE_TRY_LEVEL_CYCLE = (
    "Name the level and the cycle you mean, so the answer is about this promotion "
    "and not some day."
)
SCORE_TRY_EVIDENCE = (
    "Bring one win with its before → after and ask whether it is the kind of thing "
    "that counts."
)
SCORE_TRY_FOLLOW_UP = (
    "Before you finish, agree when you will look at these criteria together again."
)
SCORE_TRY_ALL_DONE = "You showed all five. Try a tougher manager next time."

REHEARSAL_UNKNOWN_DIFFICULTY = (
    "{difficulty!r} is not a difficulty; choose one of {choices}."
)
REHEARSAL_UNKNOWN_MANAGER = (
    "There is no manager {id!r} in the bank; choose one of {choices}."
)
REHEARSAL_OVER = "This rehearsal has ended: start a new one to practise again."
REHEARSAL_SAY_SOMETHING = "Type what you would say to your manager first."
REHEARSAL_NEXT_LEVEL = "the next level"

CRITERION_UNKNOWN_STATUS = "{status!r} is not a status; use one of {choices}."
CRITERION_MET_NEEDS_EVIDENCE = (
    "Link a win or your initiative to “{text}” before marking it met."
)
CHECKIN_NO_CRITERIA = (
    "No criteria yet: ask what you would need to demonstrate, specifically, and "
    "record the answers."
)
CHECKIN_ALL_MET = (
    "Every criterion is met: ask whether anything else stands between you and the "
    "case for your promotion."
)
CHECKIN_BRING_ONE = "Bring “{win}” and ask whether criterion {number} is now met."
CHECKIN_BRING_TWO = (
    "Bring these two wins, “{first}” and “{second}”, and ask whether criterion "
    "{number} is now met."
)
CHECKIN_BRING_INITIATIVE = (
    "Give an update on your initiative and ask whether criterion {number} is now met."
)
CHECKIN_STALE = (
    "Criterion {number} has had no evidence for {weeks} weeks: ask whether your "
    "current work would count for it, or pick work that will."
)
CHECKIN_ASK_EXAMPLE = (
    "Ask for an example of work that would count for criterion {number} (“{text}”)."
)
CHECKIN_ON_TRACK = (
    "Say what you are doing towards criterion {number} and ask whether it is on track."
)

BANK_NOT_A_WHOLE_NUMBER = "expected a whole number from {low} to {high}"
BANK_NUMBER_OUT_OF_RANGE = "{value} is not a whole number from {low} to {high}"
BANK_BAD_ID = "{id!r} is not a usable id; use lower-case letters, digits, - and _ only"
BANK_DUPLICATE_MANAGER = (
    "manager id {id!r} is used twice (lines {first} and {line}); keep one"
)
BANK_TOO_FEW_MANAGERS = "needs at least {minimum} managers"
BANK_NO_VAGUE_WEIGHT = "at least one vague kind ({kinds}) needs a weight above 0"
BANK_NO_CONCRETE_WEIGHT = "at least one concrete kind ({kinds}) needs a weight above 0"
BANK_UNMATCHED_BRACE = (
    "has a {{ or }} that is not part of a placeholder; the only placeholder is "
    "{allowed}"
)
BANK_UNKNOWN_PLACEHOLDER = (
    "{name} is not a placeholder a line can use; the only one is {allowed}"
)

# --- Data file: integrity, upgrades and the doctor ---

DATA_FILE_TOO_NEW_TITLE = "Data file from a newer CareerClimb"
DATA_FILE_TOO_NEW = (
    "The data file {path} was written by a newer CareerClimb (data format {found}; "
    "this one knows formats up to {known}). It has been left exactly as it is: "
    "update CareerClimb to open it."
)
STORE_READ_ONLY_TITLE = "Opened read-only"
STORE_READ_ONLY = (
    "Nothing was saved: {path} was opened read-only. To work on a backup, put it "
    "back first with `careerclimb doctor --restore`."
)
STORE_CANNOT_HOLD = "{where} holds {what}, which the data file cannot hold"
STORE_BAD_TEXT = "text with an undecodable character (character {position})"
STORE_BAD_NUMBER = "the number {value}"
STORE_BAD_VALUE = "a value of type {kind}"
STORE_BAD_KEY = "a field named by a value of type {kind}"
STORE_BAD_NAME = "a field whose name has an undecodable character"
STORE_LOOP = "a value that contains itself"
STORE_TOO_DEEP = "values nested too deeply"
STORE_BAD_SCHEMA_VERSION = (
    "meta.schema_version must be a whole number from 1, not {value}"
)
STORE_BAD_NEXT_IDS = "meta.next_ids must map table names to whole numbers, not {value}"
STORE_BAD_NEXT_ID = "meta.next_ids.{table} must be a whole number from 1, not {value}"
STORE_DAMAGE_SHORT = "{reason} (line {line}, column {column})"
STORE_TOO_NEW_SHORT = (
    "written by a newer CareerClimb (format {found}; this one knows {known})"
)

DOCTOR_HEADING = "CareerClimb data file: {path}"
DOCTOR_STATUS = {"ok": "ok", "warning": "note", "problem": "PROBLEM"}
DOCTOR_NO_DATA_YET = "There is no data file yet at {path}: nothing has been saved."
DOCTOR_FOLDER_PRIVATE = "The data folder {path} is private to you (0700)."
DOCTOR_FOLDER_OPEN = (
    "Other users can look into the data folder {path} (mode {mode}). "
    "Run `chmod 700 {path}` to make it private."
)
DOCTOR_FILE_PRIVATE = "The data file is private to you (0600)."
DOCTOR_FILE_OPEN = (
    "Other users can read the data file {path} (mode {mode}). "
    "Run `chmod 600 {path}` to make it private."
)
DOCTOR_BACKUP_OPEN = (
    "Other users can read the backup {path} (mode {mode}). "
    "Run `chmod 600 {path}` to make it private."
)
DOCTOR_READABLE = "The data file reads cleanly: data format {version}, {wins}."
DOCTOR_WINS_ONE = "1 win"
DOCTOR_WINS_MANY = "{count} wins"
DOCTOR_OLDER_FORMAT = (
    "The data file is in the older format {found}. CareerClimb will upgrade it to "
    "format {known} the next time it opens it, after copying it to the backups folder."
)
DOCTOR_TOO_NEW = (
    "The data file was written by a newer CareerClimb (format {found}; this one knows "
    "formats up to {known}). Update CareerClimb to open it; it has not been touched."
)
DOCTOR_UNREADABLE_RECORD = (
    "Record {id} in {table} cannot be read: {reason}. "
    "It is kept in the file exactly as it is."
)
DOCTOR_LOCK_FREE = "No other CareerClimb is saving right now."
DOCTOR_LOCK_HELD = "CareerClimb process {pid} is saving right now."
DOCTOR_LOCK_HELD_UNKNOWN = "Another CareerClimb is saving right now."
DOCTOR_LOCK_STALE = (
    "A lock note names process {pid}, which is no longer running. It blocks "
    "nothing and is cleared by the next save."
)
DOCTOR_NO_BACKUPS_YET = (
    "No backups yet: one is taken before the first save of each day."
)
DOCTOR_NO_GOOD_BACKUP = (
    "There is no readable backup to put back. The data file has not been touched; "
    "keep a copy of it before trying to repair it by hand."
)
DOCTOR_RESTORE_HINT = (
    "`careerclimb doctor --restore` puts back {name}, the newest readable backup, "
    "after keeping the current file aside."
)
DOCTOR_RESTORE_NOT_NEEDED = (
    "The data file is healthy, so nothing was restored. To go back to a backup "
    "anyway, name it: careerclimb doctor --restore {example}"
)
DOCTOR_NO_SUCH_BACKUP = (
    "There is no backup named {name!r} in {folder}. "
    "Run `careerclimb doctor` to list the backups."
)
DOCTOR_BACKUP_UNREADABLE = (
    "The backup {name} cannot be read either ({reason}), so nothing was restored."
)
DOCTOR_RESTORED = "Put back {name} as the data file."
DOCTOR_RESTORED_AND_KEPT = (
    "Put back {name} as the data file; the file it replaced is kept as {kept}."
)
DOCTOR_BACKUPS_HEADING = "Backups, newest first:"
DOCTOR_BACKUPS_NONE = "No backups."
DOCTOR_BACKUP_UNDATED = "(undated)"
DOCTOR_BACKUP_READABLE = "{wins}, readable"
DOCTOR_BACKUP_UNREADABLE_SHORT = "cannot be read: {reason}"
DOCTOR_HEALTHY = "Healthy."
DOCTOR_UNHEALTHY_ONE = "Needs attention: 1 problem."
DOCTOR_UNHEALTHY_MANY = "Needs attention: {count} problems."

# --- Review walk, summary and hub ---

WALK_HEADER = "Quarterly review {quarter} · run {run} · win {number} of {total}"
WALK_ANSWER_SOMEONE = "Yes (say who)"
WALK_WHO_PLACEHOLDER = "who noticed? names or teams, separated by commas"
WALK_EXPLAIN_Q1 = (
    "If a strong peer at your level would have done the same, it shows excellence "
    "at your level, which is expected, not a promotion signal."
)
WALK_EXPLAIN_Q2 = (
    "Next-level engineers find the work worth doing; choosing it shows judgement "
    "that an assignment does not."
)
WALK_EXPLAIN_Q4 = (
    "Influence outside your team is how a committee that never met you hears of "
    "your work."
)
WALK_READING = "Coach: reads as {framing}, {measured}. Enter confirms."
WALK_MEASURED = "measured"
WALK_UNMEASURED = "not measured yet"
WALK_VERDICT = "Verdict: {kind}. {reason}"
WALK_OVERRIDE_NOTE = "Your note: {note}"
WALK_CARD_CHANGED = "What changed: {text}"
WALK_NEXT_BUTTON = "Next win →"
WALK_NOT_SAVED = "Review not saved"
WALK_LEFT = "Saved. The {quarter} review resumes where you left it."
OVERRIDE_TITLE = "Your own call on this win"
OVERRIDE_REMOVE = "Use the four questions' verdict"
OVERRIDE_NOTE = "Why? (kept beside the override)"
OVERRIDE_KEYS = "↑↓ and Enter choose · Ctrl+S or F2 saves · Esc cancels"
DIMENSIONS_TITLE = "Ladder dimensions this win speaks to"
DIMENSIONS_KEYS = "Space picks · Ctrl+S or F2 saves · Esc cancels"
SUMMARY_TITLE = "Review of {quarter} · run {run} · {state}"
SUMMARY_FINISHED = "finished"
SUMMARY_IN_PROGRESS = "in progress"
SUMMARY_COUNTS = (
    "{wins} wins: {next_level} next-level · {current} current-level · {unclear} unclear"
)
SUMMARY_FRAMING = "{impact} framed as impact · {activity} as activity"
SUMMARY_OVERRIDDEN = "{count} verdicts are your own call (overridden)."
SUMMARY_WITH = "Next-level evidence: {names}"
SUMMARY_WITHOUT = "No next-level evidence yet: {names}"
SUMMARY_STRONGEST = "The three to put in front of your manager"
SUMMARY_NO_STRONGEST = "No wins in this review."
REVIEWS_TITLE = "Quarterly self-review"
REVIEWS_INTRO = (
    "Walk every win of a quarter through four questions and see which ones show "
    "next-level work. Pick the quarter, then press s."
)
REVIEWS_PAST = "Past reviews"
REVIEWS_NONE = "No review yet. Press s to start one."
REVIEWS_STATE_NEW = "{quarter}: {wins} wins, not reviewed yet. Press s to start."
REVIEWS_STATE_RUN = (
    "{quarter}: {wins} wins; run {run} {state}. s opens it, r starts a fresh run."
)
REVIEWS_UNFINISHED = "Finish the run in progress first; resuming it."
REVIEWS_NO_WINS = "No wins dated in {quarter}: log some first."

# --- Numbers and dates typed by the user ---

NUMBER_NOT_A_NUMBER = "The {field} value {text!r} is not a number."
NUMBER_DECIMAL_COMMA = (
    "The {field} value {text!r} is ambiguous: write decimals with a dot (1.5) "
    "and thousands as 1,000."
)
NUMBER_OUT_OF_RANGE = (
    "The {field} value {text!r} is not a number a measure can hold; "
    "use an ordinary figure."
)
DATE_IN_FUTURE = "{day} is in the future: log a win once it has happened."
DATE_TOO_OLD = "{day} is before 1970; check the year."

# --- App start ---

APP_BROKEN_LADDER = "A ladder file could not be loaded"
APP_UNREADABLE_RECORDS = (
    "{count} record(s) in your data file cannot be read; they are kept as they "
    "are. Run `careerclimb doctor` for details."
)
HOME_UNKNOWN_LEVEL = "unknown level {level!r} (press e to fix your profile)"

# --- Confirmations ---

CONFIRM_YES = "Yes (y)"
CONFIRM_NO = "No (n)"
LOG_DISCARD = "Leave this win without saving? What you typed will be lost."
QUIT_DISCARD = "Quit without saving the form you are filling in?"

# --- Command line ---

CLI_STDIN_PROMPT = "What changed? (finish with Ctrl+D)"
CLI_STDIN_NOT_UTF8 = "Standard input is not UTF-8 text; nothing was saved."
CLI_NO_WINS = "No wins yet."
CLI_NO_WINS_IN = "No wins in {quarter}."
CLI_NO_MATCH = "No win matches."
CLI_UNKNOWN_LEVEL = "{ladder} has no level {level!r}; its levels are: {known}."
CLI_UNREADABLE = (
    "warning: {table} #{id} cannot be read ({reason}); it is kept in the file. "
    "Run `careerclimb doctor` for details."
)
CLI_OS_ERROR = "cannot use {path}: {reason}."
CLI_NO_REVIEW = (
    "{quarter} has not been reviewed yet. Start it with `careerclimb review` "
    "(or r on the home screen)."
)

# --- Records changed by another window ---

RECORD_CHANGED_ELSEWHERE = (
    "This was changed in another window after you opened it; nothing was saved. "
    "Reopen it to see the newer version."
)
RECORD_DELETED_ELSEWHERE = (
    "This was deleted in another window after you opened it; nothing was saved."
)

# --- Gap view screen ---

GAPS_TITLE = "Gap to {level}"
GAPS_COLUMNS = (
    "Dimension",
    "Status",
    "Next-lvl",
    "Latest",
    "Current",
    "Criteria",
)
GAPS_FOCUS = "{reason}"
GAPS_TREND_TITLE = "Trend: share of next-level wins, last quarters"
GAPS_TREND_LINE = (
    "{quarter} {bar} {share} next-level ({next_level} of {wins}) · {covered} covered"
)
HOME_GAP_LINE = "Gaps: {line}"

# --- A data file that cannot be read ---

DAMAGED_TITLE = "Your data file cannot be read"
DAMAGED_CHOICES = (
    "The newest good backup is {backup} (taken {taken}).\n\n"
    "  r  put that backup back; the damaged file is kept beside it, renamed\n"
    "  o  open that backup read-only, to look without changing anything\n"
    "  q  quit and leave everything as it is"
)
DAMAGED_NO_BACKUP = (
    "There is no readable backup to go back to. Quit (q) and repair the file by "
    "hand, or ask `careerclimb doctor` what it finds."
)
DAMAGED_DOCTOR = "`careerclimb doctor` checks the file and lists every backup."
DAMAGED_NOT_RESTORED = "Nothing was restored"
DAMAGED_RESTORED = "Put back {backup}; the damaged file was kept as {kept}."
HOME_READ_ONLY = (
    "READ-ONLY: you are looking at a backup; nothing can be changed. "
    "Quit and run `careerclimb doctor` to repair the data file."
)
HELP_SCREENS.update(
    {
        "DamagedFileScreen": (
            "The data file could not be read. It is left exactly as it is until you "
            "choose what to do.",
            "Backups are taken before the first save of each day; restoring one "
            "keeps the damaged file too.",
        ),
    }
)

# --- Reminders and settings ---

REMIND_NO_RECENT_WIN = (
    "No win logged for {days} days. What changed because of you lately? (w)"
)
REMIND_QUARTER_ENDING = (
    "{quarter} ends in {days} days and has no review yet: press r to walk it."
)
REMIND_STALE_INITIATIVE = (
    "Your initiative “{title}” has had no update for three weeks: log a note or a "
    "reading."
)
REMIND_CYCLE_CLOSING = (
    "The promotion cycle closes in {weeks} weeks ({date}): check the gap view (g)."
)
REMIND_LABEL_NO_RECENT_WIN = "No win logged for two weeks"
REMIND_LABEL_QUARTER_ENDING = "The quarter ends in ten days with no review"
REMIND_LABEL_STALE_INITIATIVE = "The initiative has had no update for three weeks"
REMIND_LABEL_CYCLE_CLOSING = "The promotion cycle closes within eight weeks"
REMIND_TITLE = "Reminder"
SETTINGS_TITLE = "Settings"
SETTINGS_THEME = "Theme (also in the command palette: Change theme)"
SETTINGS_REMINDERS = "Reminders when the app opens"
SETTINGS_SAVED = "Settings saved."
SETTINGS_NOT_SAVED = "Settings not saved"
COMMAND_SETTINGS = "Go: Settings (theme, reminders)"
HELP_SCREENS.update(
    {
        "SettingsScreen": (
            "Pick a theme and choose which reminders appear when the app opens.",
            "Reminders come from your own data: a quiet fortnight, a quarter "
            "ending without a review, a stalled initiative, the cycle closing.",
        ),
    }
)
SETTINGS_DISCARD = "Leave without saving the reminder choices?"

# --- A terminal too small to use ---

TOO_SMALL = "Make the window larger: CareerClimb needs at least {width}×{height}."
