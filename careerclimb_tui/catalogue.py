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
DATA_FILE_DAMAGED_NEXT = (
    "Run `careerclimb doctor` to see what is wrong and which backup can be put back."
)
DATA_FILE_DAMAGED_WHILE_OPEN = (
    "Nothing can be saved until it is repaired: run `careerclimb doctor` in "
    "another terminal, or leave this screen to put a backup back."
)
DATA_FILE_DAMAGED_TITLE = "Data file damaged"
DATA_FILE_TOO_NEW_WHILE_OPEN = (
    "Until then this window shows what it read before and saves nothing."
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
# A date in a readable form whose day or month does not exist.
BAD_DATE_NO_SUCH_DAY = (
    "There is no {day} {month} {year}: {month} {year} has {days} days."
)
BAD_DATE_NO_SUCH_MONTH = (
    "{text!r} names month {month}, and there is no such month: write a real "
    "day as YYYY-MM-DD or DD/MM/YYYY."
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
FRAMING_ASK_WHAT_SEVERAL_CHANGED = (
    "{phrases} say what you did. What is different because of them, for your "
    "team, the product or your users?"
)
FRAMING_ASK_WHAT_SEVERAL_COUNT_CHANGED = (
    "{phrases} say what you did and count effort, not change. What got better "
    "because of them? e.g. “<what> fell from <before> to <after>”"
)
FRAMING_QUOTED = "“{phrase}”"
FRAMING_QUOTED_AND = "{quoted} and {last}"
FRAMING_QUOTED_AND_MORE = "{quoted} and {count} more"
FRAMING_ASK_FOR_CHANGE = (
    "What is different now because of this work? Lead with the change: "
    "“<who or what> now <does what>”"
)
# Asked first of a title of a letter or two: it names no work to retell.
FRAMING_ASK_REAL_TITLE = (
    "A title of a letter or two says nothing yet. Say what you did and what "
    "changed: “<what you did>, so <what changed>”"
)
FRAMING_OUTPUT_TO_OUTCOME = (
    "Who uses {artifact} now, and what do they do faster or better because of it? "
    "e.g. “<who> now <does what> in <after> instead of <before>”"
)
FRAMING_THE_ARTIFACT = "the {artifact}"
FRAMING_ASK_BEFORE_AFTER = (
    "Can you put a number on the change? “<measure>: <before> → <after> <unit>”"
)
# For a change said only as "faster" or "fewer", under a title of activity.
FRAMING_VAGUE_CHANGE = (
    "“{word}” by how much, and for whom? e.g. “<what> fell from <before> to "
    "<after> for <who>”"
)
# The same question for a change said as rising ("went up", "more") and for
# one that names no direction ("improved", "got better").
FRAMING_VAGUE_CHANGE_ROSE = (
    "“{word}” by how much, and for whom? e.g. “<what> rose from <before> to "
    "<after> for <who>”"
)
FRAMING_VAGUE_CHANGE_EITHER_WAY = (
    "“{word}” by how much, and for whom? e.g. “<what> went from <before> to "
    "<after> for <who>”"
)
# For an unmeasured change said as "faster" or "better" for someone named.
FRAMING_HOW_MUCH = (
    "“{word}” by how much? e.g. “<what> fell from <before> to <after> <unit>”"
)
FRAMING_HOW_MUCH_ROSE = (
    "“{word}” by how much? e.g. “<what> rose from <before> to <after> <unit>”"
)
FRAMING_HOW_MUCH_EITHER_WAY = (
    "“{word}” by how much? e.g. “<what> went from <before> to <after> <unit>”"
)
FRAMING_COMPLETE_THE_MEASURE = (
    "Your measure needs both ends to show a change: “<before> → <after> <unit>”"
)
# When the words and the before → after move opposite ways; {word} is the
# direction word as typed, {measure} the measure as the journal shows it.
FRAMING_WORDS_FELL_NUMBERS_ROSE = (
    "“{word}” says it went down, but the numbers go up (“{measure}”): check the "
    "before, the after and the unit."
)
FRAMING_WORDS_ROSE_NUMBERS_FELL = (
    "“{word}” says it went up, but the numbers go down (“{measure}”): check the "
    "before, the after and the unit."
)
# {measure} is the typed measure as the journal shows it ("build 10 → 10 min").
FRAMING_MEASURE_ENDS_SAME = (
    "Before and after are the same (“{measure}”), so nothing has changed yet: "
    "correct the figures, or log the win once they move."
)
FRAMING_MEASURE_NO_CHANGE = (
    "Your measure records no change (“{measure}”), so nothing has changed yet: "
    "correct the figures, or log the win once they move."
)
FRAMING_ASK_WHO_BENEFITED = (
    "Who benefited: which team, customers or colleagues feel the difference?"
)
FRAMING_ASK_WHO_NOTICED = "Who outside your team noticed this change?"
FRAMING_NAME_ADOPTERS_AS_NOTICED = (
    "Other teams took this up: name them under “Who outside your team noticed?”"
)
FRAMING_PLAN_NOT_YET = (
    "Nothing has changed yet: log it as a win once it has happened, with what "
    "changed then, e.g. “<what> fell from <before> to <after>”"
)
# {example} is the win's own measure when it has one ("deploy time 40 → 12
# minutes"), else FRAMING_MEASURED_CHANGE_EXAMPLE.
FRAMING_TITLE_STILL_ACTIVITY_MEASURED = (
    "The title still reads as activity (“{phrase}”). Can it lead with the "
    "measured change? e.g. “{example}”"
)
FRAMING_MEASURED_CHANGE_EXAMPLE = "<what> fell from <before> to <after>"
FRAMING_TITLE_STILL_ACTIVITY = (
    "The title still reads as activity (“{phrase}”). Can it lead with what "
    "changed? e.g. “<who or what> now <does what>”"
)
# For a win made impact only by a change measured with no before ("-40%"):
# the measure carries the impact, so the coach asks the title to say the change
# and asks for the before that would complete the measure.
FRAMING_TITLE_MEASURE_CARRIES = (
    "The measure carries the impact; the title (“{phrase}”) only says what you "
    "did. Let it say what changed, e.g. “{example}”"
)
# {figure} is a change that says neither what it measures nor its before ("−50%").
FRAMING_ASK_WHAT_FIGURE_MEASURES = (
    "“{figure}” of what? Name what it measures, e.g. “<what> {figure}”, or give "
    "its before → after."
)
# The same question for a figure in the win's own words ("Tuned the cache, -40%").
FRAMING_ASK_WHAT_TEXT_FIGURE_MEASURES = (
    "Of what is the figure a change? Name what it measures beside it, e.g. "
    "“<what> <change>”, or give its before → after."
)
FRAMING_ASK_MISSING_BEFORE = (
    "The before is missing: what was it before the work? With it the change "
    "reads “<before> → <after>”."
)

# --- Home screen: the next thing to do ---

NEXT_LOG_FIRST_WIN = (
    "Log your first win: something that changed because of your work (press w)."
)
NEXT_LOG_THIS_QUARTER = (
    "No win logged this quarter yet. What changed because of you lately? Log it "
    "(press w)."
)
NEXT_REFRAME = (
    "{count} {noun} this quarter {verb} activity-only: open the journal (j) and add "
    "what changed."
)
# For activity-only wins whose "what changed" is already written: it is the
# measure or an outcome that is missing, not the field.
NEXT_REFRAME_MEASURE = (
    "{count} {noun} this quarter {verb} about what you did but not what changed: "
    "add a before → after (journal, j)."
)
NEXT_REFRAME_MIXED = (
    "{count} wins this quarter are activity-only: in the journal (j), add what "
    "changed to {blank} of them and a before → after to {filled}."
)
NEXT_PLAN_LANDED = (
    "{count} {noun} this quarter {verb} still a plan: come back once it has landed "
    "and add what changed then (journal, j)."
)
NEXT_LOG_AGAIN = (
    "You last logged a win {days} days ago. Has anything changed since? Log it "
    "(press w)."
)
NEXT_ALL_IMPACT = "Every win this quarter is framed as impact. Keep capturing them."
# In place of NEXT_ALL_IMPACT while the case still has a hole: what the manager
# asked for with nothing linked, then a dimension with no next-level evidence,
# then one with thin evidence.
NEXT_BARE_CRITERIA = (
    "{count} manager {noun} {verb} no evidence yet: link a win (m, then c)."
)
NEXT_MISSING_DIMENSION = (
    "Aim a next-level win at {dimension}: none judged next-level yet (g)."
)
# The gap view's focus when every dimension has some next-level evidence but
# this one's is thin: one win, or only wins more than two quarters old.
NEXT_THIN_DIMENSION = (
    "Aim another next-level win at {dimension}: its evidence is still thin (g)."
)
# After a finished review in which no win read as next-level: the dimension is
# the one the gap view names to work on next.
NEXT_REVIEW_FOCUS = (
    "Your {quarter} review found no next-level win. Aim the next one at "
    "{dimension}, your biggest gap (gaps, g)."
)
NEXT_REVIEW_NO_FOCUS = (
    "Your {quarter} review found no next-level win. Aim the next one beyond "
    "your level, to keep every dimension covered (gaps, g)."
)
# A quarter of the last twelve months that ended with wins but no finished
# review: its wins count nowhere (gaps, pitch, prep) until they are reviewed.
NEXT_REVIEW_ENDED = (
    "{quarter} ended with {count} {noun} not reviewed: review {pronoun} (r)."
)
# In place of the one above when runs of an earlier year start, whose quarters
# do not line up with today's, answered some of the quarter's wins: {count} is
# the others, {runs} those runs with their months.
NEXT_REVIEW_ENDED_PARTLY_JUDGED = (
    "{quarter} ({months}) ended with {count} {noun} not reviewed; {runs} judged "
    "{judged} more of its wins: review {quarter} (r)."
)
REVIEW_RUNS_JOINED = " and "
# Wins of a reviewed quarter that its latest finished run does not hold.
NEXT_REVIEW_LEFT_OUT = (
    "{quarter} has {count} {noun} not in its review: review {pronoun} (r)."
)
# In place of the two above while the quarter's latest run is not finished:
# starting another is refused until it is, so the step is to finish it.
NEXT_REVIEW_RESUME = (
    "Resume the {quarter} review, run {run}: {left} of {total} {noun} left (r)."
)
# The same run, once every win it holds is answered: only finishing it is left.
NEXT_REVIEW_FINISH = (
    "Finish the {quarter} review, run {run}: all {total} {noun} answered (r)."
)
NEXT_READ_ONLY = (
    "Nothing to log here: this backup is read-only. Quit (q) and run "
    "`careerclimb doctor` to repair your data file."
)

# --- Home screen ---

HOME_NO_PROFILE = "No profile yet: press e to set one up."
HOME_NO_CYCLE = "Promotion cycle: not set (press e to add when it closes)."
HOME_CYCLE = "Promotion cycle closes {date}: {weeks} weeks ({days} days) from today."
HOME_CYCLE_FAR = "Promotion cycle closes {date}: {span} from today."
HOME_CYCLE_PASSED = (
    "The promotion cycle you set closed on {date}: press e to update it."
)
HOME_QUARTER = (
    "This quarter ({quarter}): {total} {wins_word} · {impact} framed as impact · "
    "{activity} activity-only"
)
HOME_QUARTER_PLANS = " · {planned} {plans_word}"
PLAN_ONE = "plan"
PLAN_MANY = "plans"
HOME_RECENT_TITLE = "Recent wins"
HOME_NO_WINS = "No wins logged yet. Press w to log your first one."
HOME_NO_WINS_READ_ONLY = "This backup holds no wins."
HOME_RECENT_MORE = "… {count} more in the journal ({key})"

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
SETUP_FISCAL = "The month your company's year starts"
SETUP_FISCAL_HINT = (
    "Quarters follow it and are named by the year in which that fiscal year ends."
)
# Under the ladder drop-down: the files it cannot list, each with its line.
SETUP_BROKEN_LADDERS = (
    "Not listed above: these ladder files could not be loaded.\n{messages}"
)
# A ladder in the drop-down whose title another ladder has too.
LADDER_CHOICE_WITH_FILE = "{title} · {file}"
LADDER_CHOICE_BUNDLED = "{title} · bundled"
SETUP_TARGET_NOT_ABOVE = "The target level must be above your current level."
# {level} is the top level of the chosen ladder, the user's current level.
SETUP_TARGET_NONE_ABOVE = (
    "{level} is the top of this ladder: there is no level above it to aim for."
)
SETUP_NAME_TOO_LONG = (
    "Your name runs to {count:,} characters: keep it to {limit} characters or fewer."
)
SETUP_TARGET_SKIPS = (
    "{target} is {steps} levels up. Promotions go one level at a time, so "
    "{first} comes first; keep this as your longer-term aim if you mean it."
)
SETUP_NOT_SAVED = "Profile not saved"
SETUP_SAVED = "Profile saved."
SETUP_NEEDED = "Set up your profile first (or press Ctrl+Q to quit)."
SETUP_QUIT_FIRST_RUN = (
    "Quit CareerClimb? Nothing is saved yet, and this set-up opens again next time."
)
SAVE_BUTTON = "Save"
CANCEL_BUTTON = "Cancel"

# --- Log a win ---

LOG_TITLE = "Log a win"
LOG_QUICK_TITLE = "Log a quick win (Ctrl+T for the guided form)"
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
LOG_DIMENSIONS_HINT = "Space ticks · ↑↓ move · Tab next field"
# Under the heading of a draft that came with dimensions ticked (a problem's
# result win): the list is further down the form.
LOG_TICKED_DIMENSIONS = (
    "Ladder dimensions ticked further down: {names}. Untick any the result does "
    "not show."
)
LOG_TICKED_NONE = "No ladder dimension ticked: tick those the result shows, below."
LOG_DIMENSIONS_KEYS = (
    "A list to tick: Space ticks or unticks a dimension, ↑ ↓ move, Tab goes to "
    "the next field."
)
LOG_ASK_DATE = "When? (YYYY-MM-DD or DD/MM/YYYY)"
LOG_ASK_TAGS = "Tags (separated by spaces or commas)"
LOG_NEEDS_TEXT = "Say what you did first."
LOG_MEASURE_INCOMPLETE = (
    "Give both a before and an after value, or as the after a change such as -40%, "
    "or a signed amount such as -2.5 or -$40k."
)
LOG_MEASURE_PERCENT_AMBIGUOUS = (
    "The {field} value {text!r} could be the new rate or a change to it: "
    "type the new rate without a sign (12%), or leave before empty to record "
    "only the change."
)
LOG_MEASURE_CHANGE_NEEDS_SIGN = (
    "The {field} value {text!r} could be a new value or a change: type -40% "
    "or +40% for a change, or the new value without %."
)
LOG_MEASURE_BEFORE_UNIT_CLASH = (
    "The {field} value {text!r} is a percentage but the unit is {unit!r}: "
    "drop the % or make the unit %."
)
# How far a percentage moved (20% → 12%): in points, so "−8 points" is not
# misread as a relative change of the rate.
MEASURE_CHANGE_POINTS = "{change} points"
MEASURE_CHANGE_POINT = "{change} point"
# An amount of money or time cut, said as the saving it is: "saved $40,000 a year".
MEASURE_SAVED = "saved {amount}"
MEASURE_SAVED_ON = "saved {amount} on {label}"
# A saving under the heading "Saving", which already says what it is.
MEASURE_SAVING_ON = "{amount} on {label}"
# What a measure is headed with where it is shown on its own line, by its kind.
MEASURE_KIND_BEFORE_AFTER = "Before → after"
MEASURE_KIND_CHANGE = "Change"
MEASURE_KIND_SAVING = "Saving"
LOG_NOT_SAVED = "Win not saved"
# Told on saving a win whose own "what changed" still names a figure its
# measure no longer has.
LOG_CHANGED_MAY_BE_OLD = (
    "What changed may be out of date: you wrote it for {old}, and the measure "
    "now says {new}. Edit the win to bring it up to date."
)
LOG_SAVED = "Saved win #{id} ({framing})."
# Added to LOG_SAVED when a before → after was kept with nothing naming it.
LOG_SAVED_UNNAMED_MEASURE = (
    "Its measure ({measure}) has no name: add one in the journal (j)."
)
LOG_SAVED_PLAN = "Saved #{id} as a plan: once it has landed, edit it with what changed."
COACH_TITLE = "Coach"
COACH_WAITING = (
    "Lead with what changed, not just what you did; I'll read the win as you type."
)
COACH_IMPACT = "Reads as impact."
COACH_MEASURED = "The change is measured."
# A before → after a thousand times apart: asked, never refused, as a win is
# easy to edit later.
LOG_MEASURE_JUMP = "{after} is {times} times {before}: is a unit or a zero off?"
LOG_MEASURE_DROP = (
    "{after} is {times} times smaller than {before}: is a unit or a zero off?"
)
# In place of COACH_IMPACT when the words and the before → after disagree on the
# change's direction: the win is worded as impact, but not yet one to retell.
COACH_IMPACT_CLASH = "Reads as impact, but the numbers go the other way: see below."
# The same for `careerclimb check`, whose first line also says if it is measured.
CHECK_IMPACT_CLASH = "Reads as impact, {measured}, but the numbers go the other way:"
FRAMING_TITLE_FIGURE_STALE = (
    "The title says {figure}, which the measure does not show: make the title "
    "say the measured change."
)
COACH_PARTIAL_MEASURE = "Its measure carries it, but has no before yet."
COACH_UNMEASURED = "No measure of the change yet."
# In place of the line above while a measure field shows an error: there are
# figures, they just cannot be read yet.
COACH_MEASURE_UNREADABLE = "The measure can't be read until its fields are fixed."
COACH_FIGURE_NOT_KEPT = (
    "It names a figure, but no before → after is kept: add one in the fields below."
)
COACH_ACTIVITY = "Reads as activity: it says what you did, not what changed."
# What changed is filled in, but says the change only by a bare word ("went down").
# The win still counts as activity until the change has an amount; the heading
# says what is missing rather than that nothing changed.
COACH_ACTIVITY_NO_AMOUNT = "Tells a change, with no amount yet."
# A before → after with neither a unit nor a name of what it measures.
FRAMING_ASK_UNIT_OF_PAIR = (
    "{before} → {after} what? Add the unit (minutes? deploys a week?) and what "
    "was measured."
)
# {figure} is a change that says neither what it measures nor its before ("−50%").
COACH_ACTIVITY_UNNAMED_FIGURE = (
    "Reads as activity: “{figure}” does not say what it measures."
)
COACH_PLAN = "Reads as a plan: it says what is to come, not what changed."
COACH_LONG_TITLE = (
    "The title runs to {count:,} characters. A line of a calibration pitch is one "
    "or two sentences: can the title say the change that short, and the rest go "
    "under what changed? It still saves as it is."
)
# {count} is the title's length, {limit} the longest title a win is saved with.
COACH_TITLE_OVER_LIMIT = (
    "The title runs to {count:,} characters, past the {limit:,} a win's title "
    "can hold: it will not save until it is shorter. Say the change in one or "
    "two sentences and put the rest under what changed."
)
# {count} is the title's length, {limit} the longest title a win is saved with.
LOG_TITLE_TOO_LONG = (
    "The title runs to {count:,} characters; a win's title can be at most "
    "{limit:,}. Keep the title to a sentence or two and put the rest under what "
    "changed."
)
COACH_LONG_CHANGED = (
    "What changed runs to {count:,} characters. Your manager will retell it in "
    "one or two sentences: can you say the change and its numbers that short? It "
    "still saves as it is."
)

# --- Ladder browser ---

LADDER_TITLE = "· ladder: {ladder}"
LADDER_PAIR = "{current} → {target}"
LADDER_LEVEL_WITH_ALIASES = "{title} ({aliases})"
LADDER_NOW_HEADING = "Where you are"
LADDER_TARGET_HEADING = "Where you are heading"
LADDER_BELOW_HEADING = "Below your level"
LADDER_ABOVE_HEADING = "Above your level"
# Short enough to stay on one line over a column at 80 columns, whatever the level.
LADDER_NOW_EXPECTED = "Expected at {level}"
LADDER_NOW_EXAMPLES = "What solid work here looks like"
LADDER_TARGET_EXPECTED = "Expected at {level}"
LADDER_SIGNALS_THAT_LEVEL = "Signals you work at that level"
LADDER_SIGNALS_ABOVE = "Signals you work above {level}"
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
LADDER_KEY_LOWER = "Lower level"
LADDER_KEY_LOWER_TIP = "Compare the pair of levels one step down the ladder."
LADDER_KEY_HIGHER = "Higher level"
LADDER_KEY_HIGHER_TIP = "Compare the pair of levels one step up the ladder."
LADDER_KEY_OWN = "Your levels"
LADDER_KEY_OWN_TIP = "Go back to your current level beside your target level."
LADDER_WIDGET_KEYS = (
    ("↑ ↓", "Scroll through the dimensions"),
    ("PgUp PgDn", "Scroll a page of dimensions at a time"),
    ("Home End", "First or last dimension"),
)
LADDER_KEY_COMPACT = "Compact"
LADDER_KEY_COMPACT_TIP = "Hide or show the example lists, keeping the expectations."
LADDER_KEY_BACK = "Back"
LADDER_KEY_BACK_TIP = "Close the ladder and return to the previous screen."

# --- Wins journal ---

JOURNAL_TITLE = "Wins journal"
JOURNAL_SEARCH = "Search every word of every win…"
JOURNAL_SEARCH_SHORT = "Search wins…"
JOURNAL_ALL_QUARTERS = "All quarters"
JOURNAL_EMPTY = "No wins yet. Press Ctrl+N to log your first one."
JOURNAL_NO_MATCH = "No win matches. Clear the search or pick another quarter."
# The quarter chosen in the filter lost its last win (deleted, or moved by an
# edit): the filter stays on it, so the list does not look as if nothing changed.
JOURNAL_QUARTER_EMPTIED = "{quarter} has no wins now. Pick another quarter."
JOURNAL_QUARTER_EMPTIED_UNDO = (
    "{quarter} has no wins now. Press Ctrl+Z to undo the delete, or pick another "
    "quarter."
)
JOURNAL_COUNT = "{shown} of {total} wins shown · {keys}"
JOURNAL_COUNT_ONE = "1 win shown · {keys}"
JOURNAL_COUNT_MATCH = "1 of {wins} matches · {keys}"
JOURNAL_COUNT_MATCHES = "{count} of {wins} match · {keys}"
JOURNAL_KEYS_LIST = "Enter opens · type to search · Del deletes"
JOURNAL_KEYS_SEARCH = "Enter opens · Ctrl+E edits · ↓ to the list, where Del deletes"
JOURNAL_KEYS_NO_MATCH = "Esc clears the search"
JOURNAL_KEYS_NO_MATCH_QUARTER = "no win in this quarter · pick another quarter"
JOURNAL_KEYS_NO_WINS = "Ctrl+N logs your first win"
JOURNAL_COLUMNS = {
    "date": "Date",
    "day": "Date",
    "framing": "Framing",
    "win": "Win",
    "dimensions": "Dimensions",
}
JOURNAL_CLEAR_SEARCH = "Clear search"
JOURNAL_EMPTY_SEARCH = "Empty the search box"
MORE_NAMES = "{name} +{more}"
"""The first of several dimensions or kinds of work in a table cell too narrow for
all of them, and how many others."""
COUNTED_DIMENSIONS = "{count} dimensions"
"""Several dimensions in a table cell too narrow to name even the first whole."""
JOURNAL_NOTHING_SELECTED = "No win selected: the list is empty."
JOURNAL_NOT_DELETED = "Win not deleted"
JOURNAL_NOT_RESTORED = "Win not restored"
JOURNAL_DELETED = (
    "Deleted win #{id}. Press Ctrl+Z in the journal to undo, until the app closes."
)
JOURNAL_RESTORED = "Restored win #{id}."
JOURNAL_RESTORED_LINKED = "Restored win #{id} with its links to {links}."
# A count and the word after it, for one and for several (``domain.links``).
LINKS_CRITERION = ("criterion", "criteria")
LINKS_PROBLEM = ("problem", "problems")
LINKS_REVIEW = ("review run", "review runs")
JOURNAL_NOTHING_TO_UNDO = "Nothing to undo."
JOURNAL_NOTHING_LEFT_TO_UNDO = "Nothing left to undo: every deleted win is back."
# {id}: the win with the deleted one's date and title, brought back meanwhile.
JOURNAL_RESTORE_BACK_ALREADY = (
    "That win is back already, as win #{id} (brought in by an import or logged "
    "again): it was not restored a second time."
)
DETAIL_TITLE = "Win #{id}"
DETAIL_DATE = "Date"
DETAIL_FRAMING = "Framing"
DETAIL_WHAT = "What you did"
DETAIL_CHANGED = "What changed"
DETAIL_MEASURE = "Before → after"
DETAIL_BENEFICIARIES = "Who benefited"
DETAIL_NOTICED = "Noticed outside the team"
DETAIL_DIMENSIONS = "Ladder dimensions"
# A dimension linked to a win after its review: the gap view shows it as pending.
DETAIL_DIMENSION_ADDED_AFTER = "{name} (added after its review: not counted yet)"
DETAIL_TAGS = "Tags"
DETAIL_REVIEW = "Review {quarter}"
DETAIL_REVIEW_OWN_CALL = "{kind} (your call; the four questions said {computed})"
DETAIL_KEYS = "e edit · d delete · Esc close"
DETAIL_KEYS_READ_ONLY = "Esc close · to edit the win, Esc then j opens the journal"
DETAIL_KEYS_BACKUP = "Esc close · a backup opened read-only cannot be changed"
"""Under a win opened from the gap view, where it is read, not changed."""

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
COMMAND_CLOSE_HELP = "Help: Close"
# What each place is for, said under its name in the palette (*_PURPOSE).
COMMAND_GO_HOME_PURPOSE = "This quarter at a glance and the next thing to do"
COMMAND_LOG_WIN_PURPOSE = "A win with what changed, its measure and who noticed"
COMMAND_QUICK_WIN_PURPOSE = "Just the win and its before → after, in thirty seconds"
COMMAND_JOURNAL_PURPOSE = "Search, filter, edit or delete any win"
COMMAND_LADDER_PURPOSE = "Your level beside the next one, dimension by dimension"
COMMAND_REVIEW_PURPOSE = "Walk a quarter's wins through the four questions"
COMMAND_GAPS_PURPOSE = "Which dimensions your next-level wins cover"
COMMAND_PROFILE_PURPOSE = "Your ladder, your level, the target and the cycle's close"
COMMAND_HELP_PURPOSE = "What this screen is for, and every key it takes"
COMMAND_KEY_HELP = "Key: {key}"
"""The line of a screen's key with no purpose in ACTION_PURPOSES nor a tooltip."""
COMMAND_GO_KEY_HELP = "{purpose} · key: {key}"
"""An entry's line in the palette: what it is for, and the key that runs it from
the screen showing."""
COMMAND_KEYS_OR = " or "
"""Between two keys that do the same, as "F1 or ?"."""
# Binding id → what a screen's key does for the user, said in the palette as
# "{purpose} · key: {key}". A key with a tooltip and no entry here is described by
# its tooltip. Keys that open a place are offered as that place, with its purpose.
ACTION_PURPOSES: dict[str, str] = {
    # The problem being driven, when another is about to start or resume.
    "active_dialog.done": "Mark the problem in progress as done",
    "active_dialog.pause": "Pause the problem in progress, to resume it later",
    "active_dialog.drop": "Drop the problem in progress",
    "active_dialog.cancel": "Keep the problem in progress as it is",
    # Problem catalogue, finder, check and hub.
    "catalog.take": "Check the highlighted problem before taking it on",
    "catalog.own": "Describe a problem of your own instead",
    "catalog.open_in_progress": "Look at the problem you are driving, then come back",
    "catalog.open_in_progress_ctrl": "Look at the problem you are driving, then come "
    "back",
    "catalog.back": "Return to the previous screen",
    "finder.next": "Go on to the next question",
    "finder.previous": "Go back to the previous question",
    "finder.ranked": "See the whole catalogue, ranked by your answers",
    "finder.open_in_progress": "Look at the problem you are driving, then come back",
    "finder.back": "Leave the questions, asking before dropping answers",
    "check.start": "Start tracking this problem as the one you own",
    "check.start_f2": "Start tracking this problem as the one you own",
    "check.cancel": "Leave the check, asking before dropping answers",
    "problem.open": "Open the tracker of the highlighted problem",
    "problem.open_in_progress": "Open the tracker of the problem you are driving",
    "home.open_problem": "Open the tracker of the problem you are driving",
    "home.open_win": "Read the highlighted recent win in full",
    "problem.open_in_progress_ctrl": "Open the tracker of the problem you are driving",
    "problem.find": "Answer a few questions to find a problem worth owning",
    "problem.catalog": "Browse the catalogue of problems teams often have",
    "problem.own": "Describe a problem of your own and check it first",
    "problem.back": "Return to the previous screen",
    # The problem being driven, and its dialogs.
    "initiative.advance": "Move the problem on to its next stage",
    "initiative.proposal": "Open the one-page proposal drafted from this problem",
    "initiative.people": "Record who must agree, who has, and who helped",
    "initiative.note": "Add a dated note and set the next step",
    "initiative.reading": "Record the measure's baseline, or a later reading",
    "initiative.readings": "Correct or remove a reading typed wrong",
    "initiative.result_win": "Log a win from the measured result",
    "initiative.details": "Edit the words the proposal is drafted from",
    "initiative.link": "Link the wins that came out of this problem",
    "initiative.pause": "Pause the problem, or resume it",
    "initiative.drop": "Drop the problem, with a reason",
    "initiative.back": "Return to the previous screen",
    "problem_dialog.save": "Keep what you entered here",
    "problem_dialog.save_f2": "Keep what you entered here",
    "problem_dialog.cancel": "Close without keeping what you typed",
    "problem_export.save": "Write the proposal to the file named",
    "problem_export.save_f2": "Write the proposal to the file named",
    "link_dialog.save": "Link the ticked wins to this problem",
    "link_dialog.cancel": "Close without changing the linked wins",
    "readings_dialog.correct": "Put right the highlighted reading's number or day",
    "readings_dialog.correct_enter": (
        "Put right the highlighted reading's number or day"
    ),
    "readings_dialog.remove": "Remove the highlighted reading, asking first",
    "readings_dialog.cancel": "Close the readings without changing any",
    "proposal.save": "Keep the edited proposal with the problem",
    "proposal.save_f2": "Keep the edited proposal with the problem",
    "proposal.export": "Write the proposal to a Markdown file",
    "proposal.redraft": "Draft the proposal again, asking before dropping edits",
    "proposal.details": "Edit the words the proposal is drafted from",
    "proposal.editor": "Edit the proposal in your own text editor",
    "proposal.back": "Leave, asking first about edits not saved",
    # Questions and answers.
    "confirm.yes": "Answer yes and go ahead",
    "confirm.no": "Answer no and leave things as they are",
    "choice.cancel": "Close without choosing",
    "line.cancel": "Close without keeping what you typed",
    # Manager conversation.
    "manager.prepare": "Plan the talk: the ask, the wins to bring, the questions",
    "manager.rehearse": "Practise the talk with a manager who answers vaguely",
    "manager.record": "Write down what your manager said, as criteria",
    "manager.criteria": "See what your manager said would count, and your evidence",
    "manager.back": "Return to the previous screen",
    "manager.page_up": "Scroll the page up a screenful",
    "manager.page_down": "Scroll the page down a screenful",
    "manager.home": "Go to the top of the page",
    "manager.end": "Go to the end of the page",
    "conversation.close": "Close the notes of this talk",
    "prep.ask": "Reword the ask you will put to your manager",
    "prep.evidence": "Pick the wins to bring to the talk",
    "prep.export": "Save the plan as a Markdown file",
    "prep.rehearse": "Practise the talk with a manager who answers vaguely",
    "prep.back": "Return to the previous screen",
    "record.next": "Go on to mark which lines are criteria",
    "record.next_f2": "Go on to mark which lines are criteria",
    "record.save": "Save the talk and the lines kept as criteria",
    "record.save_f2": "Save the talk and the lines kept as criteria",
    "record.toggle": "Keep the highlighted line as a criterion, or skip it",
    "record.dimension": "File the criterion under a dimension of your target level",
    "record.example": "Note the example your manager gave, or take it off",
    "record.back": "Go back to the notes, or leave, asking first",
    "rehearsal.start": "Meet a manager at the highlighted difficulty",
    "rehearsal.new": "Set up another rehearsal",
    "rehearsal.finish": "End the meeting now and read the scorecard",
    "rehearsal.page_up": "Scroll the chat a page up",
    "rehearsal.page_down": "Scroll the chat a page down",
    "rehearsal.back": "Leave, asking first if a rehearsal is under way",
    "criteria.link": "Tick the wins and the problem that show this criterion",
    "criteria.status": "Mark the criterion open, evidence growing or met",
    "criteria.dimension": "File the criterion under a dimension of your target level",
    "criteria.example": "Note the example your manager gave, or take it off",
    "criteria.record": "Write down another talk with your manager",
    "criteria.drop": "Delete the highlighted criterion, after asking",
    "criteria.back": "Return to the previous screen",
    "evidence.save": "Keep what is ticked and close",
    "evidence.cancel": "Close without changing what is ticked",
    # Data file, export and privacy.
    "damaged.restore": "Put the backup back in place of the damaged file",
    "damaged.open": "Look at the backup without changing anything",
    "export.write": "Write the previewed export to its file",
    "export.import": "Add the previewed file's records to your data",
    "export.preview": "Show what would be written or imported",
    "export.switch": "Switch between exporting and importing",
    "export.back": "Return to the previous screen",
    "privacy.encrypt": "Protect your data with a passphrase",
    "privacy.change": "Encrypt your data again under a new passphrase",
    "privacy.decrypt": "Store your data unencrypted again",
    "privacy.back": "Return to the previous screen",
    "passphrase.unlock": "Open your encrypted data with the passphrase",
    "passphrase.unlock_save": "Open your encrypted data with the passphrase",
    "passphrase.encrypt": "Encrypt your data under the passphrase typed",
    "passphrase.change": "Encrypt your data again under the new passphrase",
    "passphrase.decrypt": "Store your data unencrypted again",
    "passphrase.cancel": "Close without changing anything",
    "passphrase.quit": "Close CareerClimb without unlocking",
    # Gaps, journal and wins.
    "gaps.columns_left": "Scroll the table one column left",
    "gaps.columns_right": "Scroll the table one column right",
    "gaps.wins": "List the wins the highlighted dimension's row counts",
    "gaps.page_up": "Scroll the page up a screenful",
    "gaps.page_down": "Scroll the page down a screenful",
    "gaps.home": "Go to the top of the page",
    "gaps.end": "Go to the end of the page",
    "gaps.back": "Return to the previous screen",
    "gap_wins.open": "Read the highlighted win in full",
    "gap_wins.journal": "Open the journal, where a win is edited",
    "gap_wins.close": "Close the list of wins",
    "help.close": "Return to the screen this help explains",
    "journal.open": "Read the highlighted win in full",
    "journal.edit": "Change the highlighted win",
    "journal.delete": "Delete the highlighted win, with undo",
    "journal.undo": "Bring back the win deleted last",
    "journal.new": "Log a new win",
    "journal.search": "Find wins by the words in them",
    "journal.clear_search": "Empty the search and go back to the list",
    "journal.empty_search": "Empty the search, leaving the focus where it is",
    "journal.back": "Return to the previous screen",
    "detail.edit": "Change this win",
    "detail.delete": "Delete this win, with undo in the journal",
    "detail.close": "Close the win and go back to the list",
    "log.save": "Save the win to your journal",
    "log.save_f2": "Save the win to your journal",
    "log.toggle_quick": "Switch between the quick and the guided form",
    "log.editor": "Write the field in your own text editor",
    "log.cancel": "Leave the form, asking before dropping typing",
    # Promoted peers.
    "peers.new": "Add someone who was promoted lately",
    "peers.edit": "Change the highlighted peer",
    "peers.delete": "Delete the highlighted peer, after asking",
    "peers.questions": "See the questions worth asking a promoted peer",
    "peers.copy": "Copy the questions, numbered, to the clipboard",
    "peers.page_up": "Scroll the page up a screenful",
    "peers.page_down": "Scroll the page down a screenful",
    "peers.home": "Go to the top of the page",
    "peers.end": "Go to the end of the page",
    "peers.back": "Return to the previous screen",
    "questions.copy": "Copy the questions, numbered, to the clipboard",
    "questions.close": "Close the questions",
    "peer.save": "Save the peer and what they did",
    "peer.save_f2": "Save the peer and what they did",
    "peer.add_item": "Add one thing the peer did",
    "peer.initials": "Shorten the name to initials, or bring it back",
    "peer.remove_item": "Remove the highlighted thing the peer did",
    "peer.cancel": "Leave the form, asking before dropping typing",
    "peer_item.save": "Keep this in the peer's list",
    "peer_item.cancel": "Close without keeping what you typed",
    # Pitch.
    "pitch.save": "Keep this text as a new version of the pitch",
    "pitch.save_f2": "Keep this text as a new version of the pitch",
    "pitch.editor": "Edit the pitch in your own text editor",
    "pitch.redraft": "Draft the pitch again from your records",
    "pitch.short": "See the sixty-second version of the pitch",
    "pitch.versions": "Bring back a version saved earlier",
    "pitch.back": "Leave, asking first about edits not saved",
    "short.copy": "Copy the short version to the clipboard",
    "short.close": "Close the short version",
    "versions.close": "Close without bringing back a version",
    # Quarterly review.
    "reviews.start": "Start this quarter's review, or resume the run in progress",
    "reviews.rerun": "Review the quarter again, keeping the earlier run",
    "reviews.open": "Open the highlighted run",
    "reviews.back": "Return to the previous screen",
    "walk.next": "Go on to the next win",
    "walk.previous": "Go back to the previous win",
    "walk.keep": "Keep the answers given and go on to the next win",
    "walk.override": "Make your own call on the verdict, with a note",
    "walk.dimensions": "Link the win to the ladder dimensions it shows",
    "walk.explain": "Show or hide what the question in focus means",
    "walk.restore": "Put the answer back as it was when the win was shown",
    "walk.leave": "Save the answers so far and leave the walk",
    "override.save": "Keep your call and your note for this win",
    "override.cancel": "Close without changing the verdict",
    "override.back_to_calls": "Move from the note back to the calls",
    "dimensions.save": "Keep the dimensions ticked for this win",
    "dimensions.cancel": "Close without changing the win's dimensions",
    "summary.walk": "Go back into the walk to tag or change a win",
    "summary.back": "Return to the previous screen",
    # Profile and settings.
    "setup.save": "Save your profile",
    "setup.save_f2": "Save your profile",
    "setup.cancel": "Go back, asking before dropping a change",
    "setup.quit_first_run": "Quit, since the app needs a profile to work",
    "settings.save": "Keep the theme and the reminders chosen",
    "settings.back": "Return to the previous screen",
}

# --- A key pressed while the footer shows it dimmed ---

KEY_DIMMED = "{key} ({action}) has nothing to act on here right now."
# Binding id → why its key is dimmed (the screen's check_action says when).
KEY_DIMMED_REASONS: dict[str, str] = {
    "journal.open": "No win in the list: clear the search or pick another quarter.",
    "journal.edit": "No win in the list to edit: clear the search or pick another "
    "quarter.",
    "journal.delete": "No win in the list to delete.",
    "journal.undo": "Nothing to undo: no win has been deleted since the app opened.",
    "journal.empty_search": "The search box is empty already.",
    "initiative.advance": "This problem has no stage to move forward to: it is "
    "paused, done or dropped.",
    "initiative.result_win": "A result win comes from a measured result: this key "
    "works once the problem reaches Measuring.",
    "initiative.pause": "A problem that is done or dropped cannot be paused.",
    "initiative.drop": "This problem is already done or dropped.",
    "initiative.readings": "No reading yet: take the baseline first (m).",
    "criteria.link": "No criterion yet: record a talk with your manager first (n).",
    "criteria.status": "No criterion yet: record a talk with your manager first (n).",
    "criteria.dimension": "No criterion yet: record a talk with your manager first "
    "(n).",
    "criteria.drop": "No criterion to drop.",
    "criteria.example": "No criterion yet: record a talk with your manager first (n).",
    "peers.edit": "No promoted peer recorded yet: press n to add one.",
    "peers.delete": "No promoted peer recorded yet.",
    "problem.open": "No problem to open yet: find one (f), pick one from the "
    "catalogue (c) or write your own (w).",
    "home.open_problem": "No problem in progress: o shows your problems, to start "
    "or resume one.",
    "home.open_win": "No win logged yet: press w to log your first one.",
}
APP_NAME = "CareerClimb"
HELP_TITLE = "Help: {screen}"
HELP_KEYS = "Keys"
HELP_PALETTE_KEY = "Ctrl+P"
HELP_PALETTE_ACTION = "Command palette: every action, by name"
# In the order the focus meets them: the journal opens on the list, and Tab goes
# on from there (see the order of the widgets in the journal's compose).
WALK_WIDGET_KEYS = (
    ("y n s", "Question 1: yes, no, not sure"),
    ("y n p", "Question 2: I chose it, it was assigned, partly"),
    ("n y", "Question 4: nobody outside the team, or yes (say who)"),
    ("← → Enter", "Pick an answer of the question in focus"),
)
HELP_QUICK_WIN = "Quick win"
HELP_REPLACE_FILE = "Replace a file"
JOURNAL_WIDGET_KEYS = (
    ("enter", "Open the highlighted win"),
    ("Home End", "First or last win of the list"),
    ("a–z", "Type on the list to search"),
    ("tab", "List → search → quarter filter → list"),
    ("shift+tab", "List → quarter filter → search → list"),
)
HELP_CLOSE = (
    "F1 opens this help on every screen, and so does ? outside a text field (in "
    "one, ? is typed). Esc, q, F1 or ? closes it."
)
# The help's last line while more of it is below the dialog's edge.
HELP_MORE = "↓ More below: PgDn or End."
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
        "Your profile: the ladder, your current level, the level you aim for, "
        "when the promotion cycle closes and the month your company's year starts.",
        "Everything else is measured against the target level's expectations. "
        "Quarters follow the year start: changing it renames them, and finished "
        "reviews keep the months they judged.",
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
    "LogWinScreen.quick": (
        "Capture a win in thirty seconds: what changed, and its before → after "
        "when you can measure it.",
        "Ctrl+T opens the guided form, keeping what you typed, for the questions "
        "that frame the win as impact rather than activity.",
    ),
    "WinDetailScreen": (
        "One win in full.",
        "Check that it says what changed, for whom, and by how much.",
    ),
    "ReviewsScreen": (
        "Start the quarterly self-review, resume one left half-way, or read a past "
        "run. Re-running a quarter keeps the earlier run and starts from its "
        "answers; while a run is in progress, both s and r resume it.",
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
        "without evidence, the next-level wins to show your manager, and the "
        "closest others with what each lacks.",
        "When most wins are current-level work, that is the gap your manager "
        "means by 'we need to see more'.",
    ),
    "GapScreen": (
        "Each dimension of your target level: covered, thin or missing, with the "
        "one most worth working on next and the weeks left in the cycle.",
        "Thin means one item only, or evidence older than two quarters. "
        "Next-level counts the wins that show the next level, with the date of "
        "the latest; Current counts those at your level.",
    ),
    "DimensionWinsDialog": (
        "The wins filed under one dimension, each with what its review made of "
        "it, and your manager's criteria for the dimension.",
        "Enter opens the highlighted win in full. Wins are edited in the journal: "
        "close this list and press j.",
    ),
    "OverrideDialog": (
        "Replace the four questions' verdict with your own call, or keep theirs "
        "with a note of your own.",
        "Your note is kept with the win's verdict and shown beside it; an "
        "override also keeps what the four questions said.",
    ),
    "DimensionsDialog": (
        "Link the win to the ladder dimensions it speaks to.",
        "Dimensions feed the gap view.",
    ),
    "LadderScreen": (
        "Your current level beside your target, dimension by dimension. Scroll "
        "down through the dimensions; the bracket keys move both levels one step "
        "along the ladder, and the full stop brings back your own two.",
        "Current-level examples are good work but not promotion evidence; the "
        "next-level signals are what a committee looks for.",
    ),
}

# --- Quarterly review and gaps ---
# Filled in by domain.review and domain.gaps. Each verdict reason is one sentence.

REVIEW_Q1 = "Could a strong engineer at your current level have done this?"
REVIEW_Q2 = "Did you choose this work, or was it assigned?"
WALK_Q3_PLACEHOLDER = "e.g. Pages fell from 9 to 1 a week"
REVIEW_Q3 = "What changed because you did it?"
REVIEW_Q3_HOW = "Confirm the coach's reading below, or fix it."
# While the answer is empty there is no reading to confirm: ask for the change.
REVIEW_Q3_HOW_EMPTY = "Type what changed, with a before and an after if you have one."
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
# In place of the line above once question 1 is a "yes": that answer leans one
# way, though the verdict still waits for the rest.
REVIEW_VERDICT_LEANS_CURRENT = (
    "Points to current-level work, as a peer at your level could have done it; "
    "to settle it, still to answer {missing}."
)
REVIEW_VERDICT_PLAN = (
    "This is a plan: it has not happened yet, so it is no evidence of next-level "
    "work. Review it again once it has landed, with what changed then."
)
REVIEW_VERDICT_ACTIVITY = (
    "This reads as activity with no measure, so it cannot count as next-level yet: "
    "add what changed, with a before and an after."
)
# {share} is a share the change states with no before ("40% of payments").
REVIEW_VERDICT_SHARE_NO_BEFORE = (
    "This names a figure, {share}, but not where it started, so it shows no "
    "change yet and cannot count as next-level: add where it started, e.g. "
    "“{share}, up from <before>”."
)
REVIEW_VERDICT_PEER_SHARE_NO_BEFORE = (
    "A peer at your level could have done this, and {share} does not say where "
    "it started: current-level work that does not yet show what it changed, so "
    "add where it started, e.g. “{share}, up from <before>”."
)
REVIEW_VERDICT_NEXT_LEVEL = (
    "A peer at your level could not have done this, {signals}: next-level evidence."
)
# After the next-level verdict of assigned work: scope and result decide it,
# and the user's own part in the work is what is asked next.
REVIEW_VERDICT_ASSIGNED_SHAPED = (
    ", though it was assigned: say what you chose in how it was done."
)
# The one rule for assigned work, said the same way wherever it is applied.
ASSIGNED_WORK_RULE = (
    "assigned work counts as next-level only when it went beyond your level and "
    "people outside your team noticed what it changed"
)
REVIEW_VERDICT_UNBACKED = (
    f"You judge this beyond your level, but it was assigned, and {ASSIGNED_WORK_RULE}"
    ": nobody outside your team noticed yet, so show the change to those it helped, "
    "or ask your manager how they read it."
)
REVIEW_VERDICT_ASSIGNED = (
    "A peer at your level could have done this, and it was assigned: "
    "current-level work, however well it was done."
)
REVIEW_VERDICT_SCOPE_QUESTION = (
    "A peer at your level could have done this, yet you chose it, measured the change "
    "and were noticed outside your team: it may be next-level scope done at your "
    "level, so ask your manager how they read it."
)
REVIEW_VERDICT_PEER_NO_CHANGE = (
    "A peer at your level could have done this and no change is named for it: "
    "current-level work that does not yet show what it changed, so say what changed, "
    "with a before and an after."
)
REVIEW_VERDICT_PEER_ACTIVITY = (
    "A peer at your level could have done this and it reads as activity with no "
    "measure: current-level work that does not yet show what it changed, so add a "
    "before and an after."
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
REVIEW_MOSTLY_CURRENT_LEVEL_ONE = (
    "Your one win this quarter is strong work at your current level, and that is the "
    "gap your manager means by “we need to see more”: they need to see work a peer "
    "at your level would not have done."
)
REVIEW_WINS_ONE = "1 win"
REVIEW_WINS_MANY = "{count} wins"

# Filled in by domain.review.left_out_message: the quarter's wins a run leaves out.
# "Added", not "logged": a win imported later is left out too, whatever its date.
REVIEW_LEFT_OUT_ONE = (
    "1 win of {quarter} was added after run {run} started and is not in it."
)
REVIEW_LEFT_OUT_MANY = (
    "{count} wins of {quarter} were added after run {run} started and are not in it."
)
REVIEW_LEFT_OUT_RERUN = (
    "To include {them}, start a new run ({key}); run {run} is kept as it is."
)
REVIEW_LEFT_OUT_FINISH_FIRST = (
    "To include {them}, finish run {run}, then start a new run ({key}); run {run} "
    "is kept as it is."
)
REVIEW_LEFT_OUT_IT = "it"
REVIEW_LEFT_OUT_THEM = "them"
# How to start a new run, said away from the reviews screen and on it.
REVIEW_LEFT_OUT_KEY_ELSEWHERE = "r on the reviews screen"
REVIEW_LEFT_OUT_KEY_HERE = "press r"
REVIEW_LEFT_OUT_KEY_CLI = (
    "in the app: `careerclimb review`, choose {quarter} in the quarter list and press r"
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
# Added after the focus's reason when other dimensions were of the same kind.
GAP_FOCUS_TIED_LADDER = (
    "It is tied with {others}; chosen because it comes first on the ladder."
)
GAP_FOCUS_TIED_FEWER = (
    "It is tied as {status} with {others}; chosen because it has fewer next-level wins."
)
GAP_FOCUS_TIED_ASKED = (
    "It is tied with {others}; chosen because your manager asked for it "
    "(“{criterion}”)."
)
GAP_FOCUS_TIED_ASKED_LADDER = (
    "It is tied with {others}; chosen because your manager asked for it "
    "(“{criterion}”) and, of those asked for, it comes first on the ladder."
)
GAP_FOCUS_OTHERS = "{count} other dimensions"
GAP_LINE_COVERED = "{covered} of {total} dimensions covered by reviewed wins"
GAP_LINE_FOCUS = "focus: {dimension}"
GAP_LINE_ALL_COVERED = "nothing missing"
GAP_LINE_WEEKS = "{weeks} weeks to the cycle"
GAP_LINE_ONE_WEEK = "1 week to the cycle"
GAP_LINE_UNDER_A_WEEK = "under a week to the cycle"
GAP_LINE_CYCLE_CLOSED = "the cycle has closed"
GAP_LINE_SEPARATOR = " · "
# Filled in by domain.gaps.Coverage.text: the dimensions by their next-level
# evidence, in the gap view's words, with what it takes to count as covered.
COVERAGE_RULE = (
    "a dimension counts as covered with {wins} next-level wins, the newest from "
    "this quarter or the one before"
)
COVERAGE_COUNTS = (
    "{evidenced} of {total} dimensions with next-level evidence: {covered} covered, "
    "{thin} thin ({rule})."
)
COVERAGE_NONE = "None of the {total} dimensions has next-level evidence yet ({rule})."

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
PROBLEM_RANK_CLOSE = "Close to what you typed: {words}"
# One word of a problem that matched another form of a word the user typed.
PROBLEM_RANK_CLOSE_WORD = "{near} (you wrote {typed})"
PROBLEM_RANK_BOTH = "You mentioned: {words} · close to what you typed: {close}"
PROBLEM_RANK_NO_MATCH = "Nothing you wrote matches this one."
PROBLEM_MEASURE_LINE = "{name} ({unit}, {better} is better)"

CHECK_Q_PEER = "Would a strong engineer at your current level do this anyway?"
CHECK_H_PEER = "If it is simply part of doing your job well, the answer is yes."
CHECK_Q_CHOOSING = "Are you choosing this work yourself, rather than being assigned it?"
CHECK_H_CHOOSING = "Picked up because you saw the need, not handed over in planning."
CHECK_Q_CHANGE = "What would change if it were fixed, and how would you measure it?"
CHECK_H_CHANGE = "e.g. deploys: 2 days → 4 hours"
CHECK_CHANGE_BARE = (
    "A yes or a no does not answer this: write what would change and how you "
    "would measure it, e.g. deploys: 2 days → 4 hours."
)
CHECK_Q_OUTSIDE = "Who outside your team would notice the difference?"
CHECK_H_OUTSIDE = "e.g. support, the teams that call your service, the product manager"
CHECK_REASON_PEER = (
    "A strong peer at your level would do this anyway. That is doing your current "
    "job well, like fixing the bug you were assigned, not a next-level signal."
)
CHECK_REASON_ASSIGNED = (
    "It was assigned to you, so it is not a problem you chose to drive: spotting "
    "and choosing the problem is part of what shows the next level. Do it well all "
    f"the same; in your quarterly review, {ASSIGNED_WORK_RULE}."
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
CHECK_VERDICT_ASSIGNED = "This is not a problem for you to drive: it was assigned."
CHECK_VERDICT_UNANSWERED = "Answer every question before deciding."
CHECK_VERDICT_ALMOST = "This could be next-level work; strengthen it before proposing."
CHECK_VERDICT_NEXT = "This looks like next-level work. Write the proposal."
CHECK_PROGRESS = "{answered} of {total} questions answered so far."

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
# In both, {compared} is INITIATIVE_JUMP_BASELINE or INITIATIVE_JUMP_BOTH.
INITIATIVE_READING_JUMP = (
    "{reading} is at least a thousand times {compared}. Check the number: a slip "
    "of the keyboard here would dwarf every other reading."
)
INITIATIVE_READING_DROP = (
    "{reading} is at most a thousandth of {compared}. Check the number: a "
    "fraction typed for a percentage, or a slip of the keyboard, would read as "
    "a result that never happened."
)
INITIATIVE_JUMP_BASELINE = "the baseline ({baseline})"
INITIATIVE_JUMP_BOTH = "the baseline ({baseline}) and the last reading ({latest})"
INITIATIVE_READING_CHANGE_NEEDS_BASELINE = (
    "{text} is a change, and there is no baseline yet to change from: type the "
    "number read, e.g. 12."
)
INITIATIVE_READING_CHANGE_OF_PERCENT = (
    "{text} could be the new rate or a change of the baseline's {baseline}: type "
    "the rate read, e.g. 12."
)
INITIATIVE_READING_BEFORE_BASELINE = (
    "A reading dated {date} comes before the baseline of {baseline}; later readings "
    "show change since the baseline."
)
INITIATIVE_NO_READINGS = "There are no readings yet: the first one is the baseline."
INITIATIVE_NO_SUCH_READING = (
    "There is no reading {number}: they are numbered from 1, the baseline, to {count}."
)
INITIATIVE_BASELINE_AFTER_READING = (
    "The baseline cannot be dated {date}: a later reading was taken on {reading}. "
    "Date it on or before that day, or remove that reading first."
)
INITIATIVE_READING_OTHER_UNIT = (
    "This reading is in {unit} but the baseline is in {baseline}; use the same unit "
    "so the two can be compared."
)
INITIATIVE_READING_NO_UNIT_BUT_BASELINE = (
    "This reading has no unit but the baseline is in {baseline}; use the same unit "
    "so the two can be compared."
)
INITIATIVE_READING = "{amount} on {date}"

# Filled in by domain.initiative.suggested_next_step: the step offered on moving
# into a stage, when the catalogue entry has none for it and the user wrote none.
INITIATIVE_STEP_SPOTTED = (
    "Write down three times this problem cost the team something, with dates"
)
# Once the user wrote their evidence, the spotted step moves on to the proposal.
INITIATIVE_STEP_SPOTTED_EVIDENCE = (
    "Draft the one-page proposal (p) from your evidence, then move to Proposed (a)"
)
# Likewise once a baseline is recorded: the number is the evidence, and a second
# reading means something only once a fix is in.
INITIATIVE_STEP_SPOTTED_MEASURED = (
    "Baseline recorded: draft the one-page proposal (p) around it, then move to "
    "Proposed (a)"
)
# Once every detail the proposal is drafted from is written: it is ready to share.
INITIATIVE_STEP_SPOTTED_DRAFTED = (
    "The proposal is drafted: move to Proposed (a) once you have shared it"
)
INITIATIVE_STEP_PROPOSED = (
    "Send the one-page proposal (p) to everyone who has to agree, and ask for an "
    "answer by a date"
)
INITIATIVE_STEP_BUY_IN = (
    "Get an explicit yes from each person who has to agree, and record who did (k)"
)
INITIATIVE_STEP_BUY_IN_FROM = (
    "Get an explicit yes from each of: {who}; record who agreed (k)"
)
# The same step when one person or role is still to agree.
INITIATIVE_STEP_BUY_IN_FROM_ONE = (
    "Get an explicit yes from {who}; record who agreed (k)"
)
INITIATIVE_STEP_BUY_IN_ALL_AGREED = (
    "Everyone recorded has agreed: check nobody is missing, then start driving (a)"
)
INITIATIVE_STEP_DRIVING = (
    "Record a baseline (m) if there is none, then land the first change of the fix"
)
# The same step once a baseline is recorded.
INITIATIVE_STEP_DRIVING_MEASURED = (
    "Land the first change of the fix; once it is in use, move to Measuring (a)"
)
INITIATIVE_STEP_MEASURING = (
    "Take a new reading (m) from the same source as the baseline and compare the two"
)
INITIATIVE_STEP_MEASURED = (
    "A reading after the baseline is in: log the result as a win (w), then keep "
    "taking readings (m) to see that it holds"
)
INITIATIVE_STEP_NOT_BETTER = (
    "The latest reading is no better than the baseline: find out why, then take "
    "another reading (m)"
)
INITIATIVE_STEP_RESULT_LOGGED = (
    "The result is logged as a win: take readings (m) until they span four weeks "
    "or more, then move to Done (a), or sooner if you judge it settled"
)
# {day} is the first day a reading can show the result held four weeks.
INITIATIVE_STEP_RESULT_HOLDS_ON = (
    "The result is logged as a win: take another reading (m) on or after {day} "
    "to show it holds, then move to Done (a)"
)
INITIATIVE_STEP_RESULT_HELD = (
    "The result is logged and has held for four weeks or more: move to Done (a), "
    "or take another reading (m)"
)
INITIATIVE_STEP_RESULT_BEHIND = (
    "The latest reading changed the result: update the result win (w) to it, then "
    "keep taking readings (m) to see that it holds"
)
# Filled in by domain.initiative.early_result_fact, after a before → after: a
# clause that reads on inside a sentence, in the packet, the pitch check and
# the move to done ("…, so far measured only on 5 Dec 2026").
INITIATIVE_RESULT_SAME_DAY = "so far measured only on {day}"
INITIATIVE_RESULT_DAYS_APART = "so far measured only between {start} and {end}"
# What the app tells the user of the same readings (early_result_note).
INITIATIVE_RESULT_SAME_DAY_NOTE = "all readings were taken on {day}"
INITIATIVE_RESULT_ONE_DAY_NOTE = "readings span only one day"
INITIATIVE_RESULT_DAYS_NOTE = "readings span only {days} days"
INITIATIVE_RESULT_HOLDS_ADVICE = (
    "{readings}: take another in a week or two to show it holds"
)
# Once a reading is better than the baseline: {day} is the first day a reading
# can show the result held four weeks, as in INITIATIVE_STEP_RESULT_HOLDS_ON.
INITIATIVE_RESULT_HOLDS_ON_ADVICE = (
    "{readings}: take another on or after {day} to show it holds"
)
# A day as said in a sentence: "5 Dec 2026", "5 December" (domain.dates).
DAY_IN_WORDS = "{day} {month} {year}"
DAY_IN_WORDS_NO_YEAR = "{day} {month}"
# Shown in the dialog of the move to done, before it is saved
# (domain.initiative.done_cautions).
INITIATIVE_DONE_EARLY = (
    "The change was {fact}, so nothing shows yet that it holds. To stay in "
    "Measuring until a later reading, press Esc."
)
INITIATIVE_DONE_NOT_AGREED = (
    "No buy-in recorded from {who}. To record who agreed first, press Esc, then k."
)
INITIATIVE_READING_WITH_SOURCE = "{amount} on {date} ({source})"
INITIATIVE_ONE_ACTIVE = (
    "You are already working on “{title}” ({stage}). Is it done, dropped or paused? "
    "Close or pause it before starting another: one problem driven to a measured "
    "result says more than several half-driven ones."
)
INITIATIVE_ONE_ACTIVE_RESUMING = (
    "You are already working on “{title}” ({stage}). Is it done, dropped or "
    "paused? Close or pause it before resuming “{resuming}”: one problem driven "
    "to a measured result says more than several half-driven ones."
)
INITIATIVE_WIN_TOO_EARLY = (
    "This problem is at {stage}; a result win comes once it is being measured."
)
# Which way is better, as the notices below name it.
INITIATIVE_BETTER_LOWER_WORDS = "lower is better"
INITIATIVE_BETTER_HIGHER_WORDS = "higher is better"
INITIATIVE_RESULT_NOT_BETTER = (
    "No result win yet: {before} → {after} is not better when {better}. Take "
    "another reading (m), or change which way is better there."
)
# {fix} is INITIATIVE_BETTER_FIX in the app, PROBLEM_CLI_BETTER_FIX on the
# command line.
INITIATIVE_BETTER_CONTRADICTS = (
    "You chose “{chosen}”, but your check said the change would be “{said}”, "
    "so {stated}. {fix}"
)
INITIATIVE_BETTER_FIX = (
    "If so, press m and change “Which way is better?” (the number may stay empty)."
)
# {undone} is each INITIATIVE_UNDONE_* reason, a sentence a line.
INITIATIVE_LEAVE_UNDONE = "{stage} is not finished.\n{undone}\n\nMove to {next} anyway?"
INITIATIVE_UNDONE_TO_AGREE = "Still to agree: {who}."
INITIATIVE_UNDONE_NOBODY_AGREED = (
    "Nobody is recorded as agreeing yet: k lists who must agree and who already agreed."
)
INITIATIVE_UNDONE_NO_BASELINE = (
    "No baseline or reading yet, so there is no measured result to close with."
)
# {so_far} is INITIATIVE_RESULT_SAME_DAY_NOTE or INITIATIVE_UNDONE_BETTER_SINCE;
# {day} is the first day a reading can show the result held four weeks.
INITIATIVE_UNDONE_NOT_HELD = (
    "The result counts as held once better readings span four weeks, and "
    "{so_far}: a reading on or after {day} can show it holds."
)
INITIATIVE_UNDONE_BETTER_SINCE = "better readings began on {day}"
INITIATIVE_UNDONE_NO_READING = (
    "No reading after the baseline yet, so there is no measured result to close with."
)
RESULT_TITLE_DOWN = "Cut {what} from {before} to {after}"
RESULT_TITLE_UP = "Raised {what} from {before} to {after}"
RESULT_TITLE_METRIC = "the {metric}"
# A percentage of things counted: "the share of PRs needing a rerun".
RESULT_TITLE_SHARE = "the share of {metric}"
# The result win's "what changed", drafted from the before → after.
RESULT_WHAT_CHANGED = "{what} went from {before} to {after}"
# Under the result win's "who noticed": {who} is who the problem's check
# expected to notice, then the other teams involved, "the SRE team or the
# platform team". Asked, never filled in: expecting notice is not being noticed.
RESULT_NOTICED_EXPECTED = "Did {who} notice? Name who did."
RESULT_NOTICED_OR = " or "
# The teams involved helped with the work; whether they gained from it is the
# user's to say, so they are named under the field, not filled in.
RESULT_BENEFITED_TEAM = "The team involved was {team}. Who gained from the result?"
RESULT_BENEFITED_TEAMS = "The teams involved were {teams}. Who gained from the result?"

PROPOSAL_TITLE = "Proposal: {title}"
PROPOSAL_H_PROBLEM = "The problem"
PROPOSAL_H_EVIDENCE = "Evidence"
PROPOSAL_H_FIX = "Proposed fix"
PROPOSAL_H_COST = "What it costs"
PROPOSAL_H_SUCCESS = "How we will know it worked"
PROPOSAL_H_WHO = "Who needs to agree"
PROPOSAL_H_REACH = "Who else it reaches"
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
PROPOSAL_FILLED_FROM_DETAILS = "Ctrl+T edits the details they are drafted from"
PROPOSAL_FILLED_FROM_PEOPLE = "k on the problem's page records the people"
PROPOSAL_FILLED_FROM_PEOPLE_PALETTE = (
    "on the problem's page, Ctrl+P then People records the people"
)
# A kept section whose records are in, but which the user edited around its
# "To fill in" line, so it is not filled in for them.
PROPOSAL_FILL_IN_TEXT = "write over its “To fill in” line, or Ctrl+R redrafts"
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
PROPOSAL_TARGET = "Target: {target}"
PROPOSAL_NOTICED = "Expected to notice outside the team: {who}"
PROPOSAL_OTHER_TEAMS = "Other teams involved: {teams}."
PROPOSAL_HELPED = "Helping: {names}."

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
# Printed and exported plans outlive the day: they name the day they count from.
PREP_CYCLE_CLOSES_ON = "the cycle closes on {date}, {weeks} weeks from {today}"
PREP_CYCLE_CLOSES_ON_DAYS = "the cycle closes on {date}, {days} days from {today}"
PREP_CYCLE_PASSED = (
    "the cycle you set closed on {date}; update it when you know the next date"
)
PREP_ASK_HEADING = "The ask"
PREP_EVIDENCE_HEADING = "Evidence to bring"
# The change first, every line alike: a manager hears the first words.
PREP_EVIDENCE_LINE = "{change} — logged as: {title}"
PREP_EVIDENCE_NONE = (
    "No wins to bring yet: log one with a before → after before the meeting."
)
PREP_EVIDENCE_FEW = (
    "Two or three wins make a stronger case: log another one with a before → after."
)
PREP_EVIDENCE_PICK_ANOTHER = (
    "Two or three wins make a stronger case: pick another to bring; you have "
    "{others} more logged."
)
PREP_EVIDENCE_PICK_SOME = (
    "None of your wins reads as next-level yet: pick the two or three that come "
    "closest, or log one with a before → after."
)
PREP_INITIATIVE_HEADING = "What you are driving"
PREP_INITIATIVE_NONE = (
    "No next-level problem yet: name one you would like to own and ask whether it "
    "would count."
)
PREP_BEFORE_HEADING = "Before the talk"
PREP_QUESTIONS_HEADING = "Questions to ask"
PREP_QUESTIONS_MORE_ONE = (
    "These are the top {limit} questions; 1 more gap is not asked about: {names}."
)
PREP_QUESTIONS_MORE_MANY = (
    "These are the top {limit} questions; {count} more gaps are not asked about: "
    "{names}."
)
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
SCORE_LEVEL_LABEL = "Named the level"
SCORE_CYCLE_LABEL = "Named the cycle"
SCORE_EVIDENCE_LABEL = "Offered evidence"
SCORE_FOLLOW_UP_LABEL = "Agreed a follow-up"
SCORE_CRITERIA_HEARD_LABEL = "Heard the manager name what would count"
SCORE_WELL_SPECIFICS = "You asked what, specifically, you would need to demonstrate."
SCORE_WELL_EXAMPLE = (
    "You asked for an example instead of settling for a general answer."
)
SCORE_WELL_LEVEL = (
    "You named the level, so the answer had to be about that promotion in particular."
)
SCORE_WELL_CYCLE = (
    "You named the cycle, so the answer had to be about now and not some day."
)
SCORE_WELL_EVIDENCE = "You put your own work on the table as evidence."
SCORE_WELL_FOLLOW_UP = (
    "You left with a follow-up agreed, so these criteria will be looked at again."
)
SCORE_WELL_FOLLOW_UP_NO_CRITERIA = (
    "You left with a follow-up agreed, though the manager named no criteria yet: "
    "open it by asking what, specifically, would count."
)
SCORE_WELL_FOLLOW_UP_NO_CRITERIA_ASKED = (
    "You left with a follow-up agreed. You asked what would count, but the manager "
    "named no criteria yet: use the follow-up to get them written down."
)
"""The follow-up sentence when the user asked for specifics and heard none."""
SCORE_WELL_FOLLOW_UP_PROPOSED = (
    "You proposed a follow-up, though the manager did not agree to one yet."
)
SCORE_WELL_TURNED = "Your pushing turned a vague answer into a concrete one."
SCORE_WELL_NOTHING = (
    "You went through the whole conversation out loud, which is where it starts."
)
SCORE_WELL_NOTHING_SAID = "Nothing yet: the meeting ended before you said anything."
SCORE_WELL_NOTHING_ASKED = (
    "Nothing yet: the meeting ended before you asked what would count or put your "
    "work on the table."
)
SCORE_TRY_SPECIFICS = (
    "Ask outright: “What would I need to demonstrate, specifically, for you to make "
    "the case?”"
)
SCORE_TRY_EXAMPLE = (
    "When an answer is vague, push once: “Can you give me an example of the kind of "
    "work that would count?”"
)
SCORE_TRY_EXAMPLE_AFTER_CONCRETE = (
    "Even a concrete answer is easier to act on with an example: ask “Can you give "
    "me an example of the kind of work that would count?”"
)
SCORE_TRY_SAY_THE_ASK = (
    "Say your ask before you end the meeting: type “What would I need to "
    "demonstrate, specifically, for you to make the case?” and press Enter."
)
SCORE_TRY_LEVEL = (
    "Name the level you are aiming for, so the answer is about that promotion and "
    "not growth in general."
)
SCORE_TRY_CYCLE = (
    "Name the cycle you mean, so the answer is about this promotion round and not "
    "some day."
)
SCORE_TRY_EVIDENCE = (
    "Bring one win with its before → after and ask whether it is the kind of thing "
    "that counts."
)
SCORE_TRY_FOLLOW_UP = (
    "Before you finish, agree when you will look at these criteria together again."
)
SCORE_TRY_ALL_DONE = "You showed all six. Try a tougher manager next time."
SCORE_TRY_ALL_DONE_TOUGHEST = (
    "You showed all six against the toughest manager. You are ready: book the "
    "real conversation."
)
SCORE_TRY_ALL_DONE_NO_CRITERIA = (
    "You showed all six, but the manager never said what would count. Once they "
    "take your evidence, ask again what, specifically, would make the case, and "
    "get the answer written down before you book the real conversation."
)
"""Next time, when every behaviour was shown yet no criteria were named."""
SCORE_TRY_BAR = (
    "You never {missing}: bring a win you finished, with its before → after and "
    "who outside your team saw it."
)
SCORE_TRY_NEVER_MEASURE = "gave a measured change"
SCORE_TRY_NEVER_OUTSIDE = "named someone outside your team who saw the work"
SCORE_TRY_NEVER_MORE = "backed one story with a second piece of evidence"

REHEARSAL_UNKNOWN_DIFFICULTY = (
    "{difficulty!r} is not a difficulty; choose one of {choices}."
)
REHEARSAL_UNKNOWN_MANAGER = (
    "There is no manager {id!r} in the bank; choose one of {choices}."
)
REHEARSAL_OVER = "This rehearsal has ended: start a new one to practise again."
REHEARSAL_SAY_SOMETHING = "Type what you would say to your manager first."
REHEARSAL_NEXT_LEVEL = "the next level"
REHEARSAL_WANTS_MEASURE = "a measured change"
REHEARSAL_WANTS_OUTSIDE = "someone outside your team who saw it"
REHEARSAL_WANTS_MORE_EVIDENCE = "a second piece of evidence"
REHEARSAL_REPLY_SEEN_OUTSIDE = (
    "That counts. Write down the before and after, and who saw it, so I can "
    "quote it in calibration."
)
REHEARSAL_REPLY_SEEN_OUTSIDE_NO_MEASURE = (
    "Good that others saw it. What I still need is the number: what it was "
    "before, and what it is now."
)
REHEARSAL_REPLY_SEEN_OUTSIDE_ONE_PIECE = (
    "Good that others saw it, and the number helps. One line is a start; give "
    "me a second piece of evidence and I can make the case."
)
REHEARSAL_REPLY_SEEN_OUTSIDE_VAGUE = (
    "Good to hear. Let's see how it all adds up nearer the time."
)
REHEARSAL_REPLY_OTHER_TEAMS_WHO_SAW = (
    "Good that it reached other teams. Who there saw the difference? Give me "
    "a name I can quote in calibration."
)
REHEARSAL_REPLY_WHO_OUTSIDE_SAW = (
    "Good. Now, who outside the team saw the difference? Calibration will ask "
    "me that first."
)
"""What a manager says of work others saw when none of their own lines fits."""
REHEARSAL_SAID_AGAIN = "I'll say it again. {line}"
"""A manager's only fitting line, restated, when it is the line just said."""
REHEARSAL_PROPOSAL_PUT_OFF = "As for a follow-up, I'd rather not put a date on it yet."
REHEARSAL_PROPOSAL_WANTS = "Before we set a follow-up, I'd need {missing}."
REHEARSAL_PROPOSAL_TOO_SOON = (
    "Let's not fix a follow-up yet; I'd like to hear a bit more first."
)
"""What a manager says to a next step proposed before they are ready to agree it."""
REHEARSAL_CLOSING_WANTS = (
    "Alright, let's meet again. By then, bring me {missing}.",
    "Deal, put it on my calendar. When we meet, show me {missing}.",
)
"""How a manager agrees a follow-up while still wanting something of the user."""
REHEARSAL_CLOSING_BAR_MET = (
    "Agreed. Those stories, with their numbers and who saw them, are what I'll "
    "take into calibration. Let's check in then.",
    "Good, let's meet again. You've given me what I need for the case; we'll "
    "see what else has moved by then.",
)
"""How a manager who weighs evidence agrees a follow-up once it meets their bar."""
REHEARSAL_TIME_NEARLY_UP = (
    "(Glances at the clock.) We have a couple of minutes left.",
    "(Checks the time.) We're nearly out of time, by the way.",
)
"""What a manager adds when time is nearly up, if the bank gives no lines of its own."""
REHEARSAL_NEXT_STEP_AGREED = (
    "Yes, let's do that.",
    "Good idea, let's put that in the calendar.",
)
"""How a manager who warns before ending agrees a next step, before saying that
time is nearly up (``REHEARSAL_ANYTHING_ELSE``)."""
REHEARSAL_ANYTHING_ELSE = "We're nearly out of time — anything else?"
"""What that manager adds, so the meeting never ends without a warning."""
REHEARSAL_BAD_SEED = (
    "{text!r} is not a seed: type the whole number shown beside an earlier "
    "rehearsal, or leave it blank to meet a new manager."
)

CRITERION_UNKNOWN_STATUS = "{status!r} is not a status; use one of {choices}."
CRITERION_MET_NEEDS_EVIDENCE = (
    "Link a win or the problem you drive to “{text}” before marking it met."
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
# The only win to bring is a result win its problem's readings no longer back.
CHECKIN_UPDATE_RESULT_WIN = (
    "Update “{win}” before you bring it ({note}), then ask whether criterion "
    "{number} is now met."
)
# The only wins linked read as work done, or a review judged them short of the
# next level: what changed is what would make one worth bringing.
CHECKIN_ADD_WHAT_CHANGED = (
    "Add what changed to “{win}” before you bring it ({note}), then ask whether "
    "criterion {number} is now met."
)
CHECKIN_WEAK_ACTIVITY = "it reads as activity"
CHECKIN_WEAK_UNCLEAR = "the review judged it unclear"
CHECKIN_WEAK_CURRENT_LEVEL = "the review judged it current-level"
PACKET_NOT_YET_EVIDENCE = " ({why}: add what changed)"
"""After a win linked to a criterion that does not yet read as evidence for it."""
PACKET_WEAK_ACTIVITY = "reads as activity"
PACKET_WEAK_UNCLEAR = "judged unclear"
PACKET_WEAK_CURRENT_LEVEL = "judged current-level"
CHECKIN_BRING_INITIATIVE = (
    "Give an update on the problem you drive and ask whether criterion {number} "
    "is now met."
)
CHECKIN_STALE = (
    "Criterion {number} has had no evidence for {weeks} weeks or more: ask whether "
    "your current work would count for it, or pick work that will."
)
CHECKIN_ASK_EXAMPLE = (
    "Ask for an example of work that would count for criterion {number} (“{text}”)."
)
CHECKIN_ON_TRACK = (
    "Say what you are doing towards criterion {number} and ask whether it is on track."
)
CHECKIN_ON_DAY = "{day}, as agreed on {agreed}."
"""The day a recorded conversation set for the next check-in, before the advice."""

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
    "has a {{ or }} that is not part of a placeholder; the placeholders are {allowed}"
)
BANK_UNKNOWN_PLACEHOLDER = (
    "{name} is not a placeholder a line can use; the ones it can use are {allowed}"
)
BANK_ONLY_CYCLE_LINES = (
    "every line here says when the cycle closes; add one that does not, said "
    "when no cycle date is set"
)

# --- Data file: integrity, upgrades and the doctor ---

DATA_FILE_TOO_NEW_TITLE = "Data file from a newer CareerClimb"
DATA_FILE_TOO_NEW = (
    "The data file {path} was written by a newer CareerClimb (data format {found}; "
    "this one knows formats up to {known}). It has been left exactly as it is: "
    "update CareerClimb to open it."
)
STORE_READ_ONLY_TITLE = "Opened read-only"
# The backup may hold fewer wins than the damaged file did: the doctor, not
# these notices, says whether putting it back would lose any.
STORE_READ_ONLY_NO_FORM = (
    "Nothing can be changed in a backup opened read-only: quit and run "
    "`careerclimb doctor`, which says whether putting it back would lose wins."
)
STORE_READ_ONLY = (
    "Nothing was saved: {path} was opened read-only. Quit and run `careerclimb "
    "doctor`: it says whether putting this backup back would lose wins."
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
    "Other users can look into the data folder {path} (mode {mode}); CareerClimb "
    "leaves a folder it did not make as it is. "
    "Run `chmod 700 {typed}` to make it private."
)
DOCTOR_FILE_PRIVATE = "The data file is private to you (0600)."
DOCTOR_FILE_OPEN = (
    "Other users can read the data file {path} (mode {mode}). "
    "Run `chmod 600 {typed}` to make it private."
)
DOCTOR_BACKUP_OPEN = (
    "Other users can read the backup {path} (mode {mode}). "
    "Run `chmod 600 {typed}` to make it private."
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
    "`careerclimb doctor --restore` puts back {name} ({wins}), the newest of the "
    "readable backups holding the most wins, after keeping the current file aside."
)
DOCTOR_RESTORE_WOULD_LOSE_HINT = (
    "The fullest readable backup, {name}, holds {wins}, but {evidence}. Keep a "
    "copy of the data file; to put that backup back anyway, name it: "
    "careerclimb doctor --restore {name}"
)
DOCTOR_RESTORE_WOULD_LOSE = (
    "Nothing was restored: the fullest readable backup, {name}, holds {wins}, but "
    "{evidence}. Putting it back would lose them; the data file has not been "
    "touched. Keep a copy of it, and to put that backup back anyway, name it: "
    "careerclimb doctor --restore {name}"
)
DOCTOR_FILE_HELD_WINS = "the data file holds {wins}"
DOCTOR_FILE_HELD_WINS_BEFORE_DAMAGE = (
    "the damaged data file still shows {wins} before the damage"
)
DOCTOR_FILE_MUCH_BIGGER = (
    "the damaged data file is {size}, against {backup_size} for the backup"
)
DOCTOR_SIZE_BYTES = "{size} bytes"
DOCTOR_SIZE_KIB = "{size} KiB"
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
DOCTOR_RESTORED = "Put back {name} as the data file: it holds {wins}."
# Asked before a data file that can still be read is replaced by a backup.
DOCTOR_RESTORE_ASK = (
    "The data file holds {now}; {name} holds {wins}. Putting the backup back "
    "replaces the data file, which is kept aside as careerclimb.json.damaged-"
    "<time>. Put {name} back? [y/N] "
)
DOCTOR_WINS_NOT_COUNTED = "wins that could not be counted"
DOCTOR_RESTORE_DECLINED = "Nothing was restored; the data file has not been touched."
DOCTOR_RESTORE_NEEDS_YES = (
    "Nothing was restored: the data file can still be read and holds {now}, "
    "{name} holds {wins}. Run the command in a terminal to be asked, or add --yes "
    "to put the backup back anyway (the data file is kept aside)."
)
DOCTOR_RESTORED_AND_KEPT_WINS = (
    "Put back {name} as the data file: it holds {wins}. The file it replaced, "
    "with its {replaced}, is kept as {kept}."
)
DOCTOR_RESTORED_AND_KEPT = (
    "Put back {name} as the data file: it holds {wins}. The file it replaced is "
    "kept as {kept}."
)
DOCTOR_BACKUPS_HEADING = "Backups, newest first:"
DOCTOR_BACKUPS_NONE = "No backups."
DOCTOR_BACKUP_UNDATED = "(undated)"
DOCTOR_BACKUP_READABLE = "{wins}, readable"
DOCTOR_BACKUP_UNREADABLE_SHORT = "cannot be read: {reason}"
DOCTOR_READABLE_SEALED = (
    "The data file is encrypted, opens with the passphrase and reads cleanly: "
    "data format {version}, {wins}."
)
DOCTOR_SEALED_NOT_CHECKED = (
    "The data file is encrypted and no passphrase was given, so only its header "
    "was checked. To check its contents too, set CAREERCLIMB_PASSPHRASE or run "
    "`careerclimb doctor` in a terminal, which asks for it."
)
DOCTOR_NO_PASSPHRASE_GIVEN = "no passphrase was given"
DOCTOR_OTHER_PASSPHRASE = "the passphrase given does not open it"
DOCTOR_BACKUP_READABLE_SEALED = "{wins}, encrypted, readable"
DOCTOR_BACKUP_NOT_OPENED_SHORT = "encrypted, not checked: {reason}"
DOCTOR_BACKUPS_NOT_OPENED_ONE = (
    "1 encrypted backup was not opened ({reason}), so it is not offered to put "
    "back yet. Give the passphrase it was made with: set CAREERCLIMB_PASSPHRASE "
    "or run `careerclimb doctor` in a terminal."
)
DOCTOR_BACKUPS_NOT_OPENED = (
    "{count} encrypted backups were not opened ({reason}), so none is offered "
    "to put back yet. Give the passphrase they were made with: set "
    "CAREERCLIMB_PASSPHRASE or run `careerclimb doctor` in a terminal."
)
DOCTOR_RESTORE_NEEDS_PASSPHRASE = (
    "The data file is encrypted and no passphrase was given, so whether it needs "
    "a backup put back cannot be told; nothing was restored. Set "
    "CAREERCLIMB_PASSPHRASE or run `careerclimb doctor --restore` in a terminal."
)
DOCTOR_BACKUP_NOT_OPENED = (
    "The backup {name} is encrypted and was not opened ({reason}), so nothing was "
    "restored. Set CAREERCLIMB_PASSPHRASE to the passphrase it was made with, or "
    "run `careerclimb doctor --restore` in a terminal."
)
DOCTOR_HEALTHY = "Healthy."
DOCTOR_HEALTHY_UNCHECKED = "No problem found; the encrypted contents were not checked."
DOCTOR_UNHEALTHY_ONE = "Needs attention: 1 problem."
DOCTOR_UNHEALTHY_MANY = "Needs attention: {count} problems."

# --- Review walk, summary and hub ---

WALK_HEADER = "Quarterly review {quarter} · run {run} · win {number} of {total}"
WALK_CARRIED = "From run {run} — Enter keeps it; change only what changed."
WALK_NEW_IN_RUN = "New in this run: run {run} did not include it."
# Shown on a problem's result win while its answers are still the check's.
WALK_FROM_CHECK_BOTH = "Questions 1 and 2 answered in the problem's up-front check."
WALK_FROM_CHECK_Q1 = "Question 1 answered in the problem's up-front check."
WALK_FROM_CHECK_Q2 = "Question 2 answered in the problem's up-front check."
# As the walk lands on such a win, past the answers filled in; {answered} is one of
# the three above, without its full stop.
WALK_FROM_CHECK_ON = "{answered}; you are on question {number}."
# Pinned above the questions once the win's card has scrolled out of view.
WALK_PINNED = "Win {number} of {total}: {title}"
WALK_ANSWER_SOMEONE = "Yes (say who)"
WALK_WHO_PLACEHOLDER = "who noticed? names or teams, separated by commas"
WALK_EXPLAIN_Q1 = (
    "If a strong peer at your level would have done the same, it shows excellence "
    "at your level, which is expected, not a promotion signal."
)
WALK_EXPLAIN_Q2 = (
    "Next-level engineers find the work worth doing; choosing it shows judgement "
    "that an assignment does not. Assigned work can still be next-level when its "
    "scope and result are: then say what you chose in how it was done."
)
WALK_EXPLAIN_Q4 = (
    "Influence outside your team is how a committee that never met you hears of "
    "your work."
)
QUESTION_KEYS = (
    "This question is answered with a single key ({keys}) or the arrows and "
    "Enter; Tab moves on to the next one."
)
ANSWER_MOVED_ON = "Your answer already moved you here. Tab again skips this field."
FILLED_ANSWER_KEY_HELD = (
    "That key was not typed: this answer is filled in. Enter keeps it, typing "
    "replaces it, End edits it."
)
WALK_STRAY_KEY_PUT_BACK = (
    'A single "{key}" typed over the answer looked like a slip, so the answer '
    "stays as it was. To change it, type the new text in full."
)
WALK_READING = (
    "Coach: reads as {framing}, {measured}. Enter confirms; a fixed text becomes "
    'the win\'s own "what changed".'
)
# {share} is a share the change states with no before ("40% of payments").
WALK_READING_SHARE_NO_BEFORE = (
    "Coach: {share}, up from what? A figure with no before shows no change yet: "
    "add where it started. Enter confirms it as it is."
)
WALK_READING_PLAN = (
    "Coach: reads as a plan: it has not happened yet, so nothing is measured. Enter "
    'confirms; a fixed text becomes the win\'s own "what changed".'
)
WALK_READING_EMPTY = (
    "Coach: nothing typed. Say what changed because of it; Enter on an empty "
    "answer records that no change can be named, which counts against the win."
)
# After Enter on the empty answer: what it recorded, and how to name a change.
WALK_READING_EMPTY_KEPT = (
    "Coach: recorded as no change named, which counts against the win. To name "
    "one, type what changed and press Enter."
)
# {ask} is FRAMING_VAGUE_CHANGE: the change is only a bare comparative.
# Worded as COACH_ACTIVITY_NO_AMOUNT, so the walk heads such a change as the
# log-a-win form and the check command do.
WALK_READING_VAGUE = (
    "Coach: tells a change, with no amount yet. {ask} Enter confirms it as it "
    'is; a fixed text becomes the win\'s own "what changed".'
)
REVIEW_Q3_NOTHING_NAMED = "{label} ✓ (no change named)"
WALK_MEASURED = "measured"
WALK_UNMEASURED = "not measured yet"
WALK_VERDICT = "Verdict: {kind}. {reason}"
# In the verdict's place while a "yes" to question 4 waits for its names.
WALK_WHO_FIRST = (
    "The verdict follows the names: a yes counts only once you say who noticed."
)
# Over the names' field once y is pressed with no names in it.
WALK_WHO_PROMPT = (
    "Type who noticed (people or teams), then Enter. Enter alone skips and "
    "leaves question 4 open."
)
# Over the names' field once Enter alone skipped them.
WALK_Q4_STILL_OPEN = (
    "Question 4 is still open. Shift+Tab goes back to the names below: type who "
    "noticed, then Enter. Or n on the question if nobody outside your team did."
)
# Said when a "yes" to question 4 is left without a name: it is not counted.
WALK_WHO_MISSING = "Question 4 left open: a yes counts only once you say who noticed."
WALK_WHO_MISSING_LEFT = (
    'Question 4 on "{title}" is still open: a yes counts only once you say who noticed.'
)
WALK_OVERRIDE_NOTE = "Your note: {note}"
WALK_OVERRIDE_AGREES = "That is what the four questions say; no override kept."
WALK_NOTE_KEPT_WITH_VERDICT = "Note kept with the four questions' verdict."
WALK_OVERRIDE_KEPT = "Override kept: {kind}."
WALK_OVERRIDE_KEPT_NO_REASON = (
    "Override kept: {kind}, your call with no reason given. The win counts as "
    "answered once you say why: o, then type a short reason."
)
WALK_OVERRIDE_NO_REASON = (
    "No reason given: this call is yours alone, and the win counts as answered "
    "once you say why (o)."
)
WALK_CARD_CHANGED = "What changed: {text}"
WALK_NEXT_BUTTON = "Next win →"
WALK_FINISH_BUTTON = "Finish ✓"
# Asked before paging past the last win, or Finish, ends a run with wins open.
WALK_FINISH_CONFIRM = (
    "Finish run {run} of {quarter} now? {fate}\n\nYes finishes the run. No goes "
    "back to win {number} of {total}, the first one not fully answered."
)
WALK_Q4_SUGGESTED = (
    "Noticed, as the win records it: {who}. y or Enter confirms, n if nobody "
    "outside your team did."
)
WALK_Q4_ON_RECORD = (
    "Noticed, as the win and your earlier answer record it: {who}. y or Enter "
    "confirms, n if nobody outside your team did."
)
WALK_CARD_NOTICED = "Noticed: {text}"
WALK_NOTICED_CLEARED = (
    "Nobody outside your team noticed, so {who} came off the win; yes to "
    "question 4 puts it back."
)
# Asked before a "no" to question 4 takes the names the win records off it.
WALK_Q4_NO_CONFIRM = (
    "This win names {who} as noticing it. Answer no and take them off the win?"
)
# Under question 4 once a "no" has taken the names off the win.
WALK_Q4_TAKEN_OFF = "Taken off the win when you answered no: {who}. y puts it back."
WALK_NOT_SAVED = "Review not saved"
WALK_RESTORED_KEPT = (
    "Put back as it was when shown, here and on the win; an unconfirmed answer "
    "waits for Enter again."
)
TUI_NEEDS_TERMINAL = (
    "The app needs a terminal to draw in, and this is not one. Run it in a "
    "terminal, or ask for text: most commands take --print or --json."
)
WALK_LEFT = "Saved. The {quarter} review resumes where you left it."
WALK_LEFT_FINISHED = "Saved. The {quarter} review stays finished."
WALK_LEFT_UNSTARTED = (
    "Nothing was answered, so run {run} of {quarter} was not kept; the earlier "
    "runs stand as they were."
)
WALK_LEFT_UNSTARTED_FIRST = "Nothing was answered, so no run of {quarter} was kept."
OVERRIDE_TITLE = "Your own call on this win"
OVERRIDE_REMOVE = "Use the four questions' verdict"
OVERRIDE_NOTE = "Why? (kept with the win's verdict)"
OVERRIDE_KEYS = (
    "↑↓ move · Enter chooses and goes on to the note · Ctrl+S or F2 saves · Esc cancels"
)
# Under the dialog while the note has the focus, in place of OVERRIDE_KEYS.
OVERRIDE_NOTE_KEYS = (
    "Typing the note · ↑ or Shift+Tab back to the calls · Ctrl+S or F2 saves · "
    "Esc cancels"
)
DIMENSIONS_TITLE = "Ladder dimensions this win speaks to"
DIMENSIONS_KEYS = "Space picks · Ctrl+S or F2 saves · Esc cancels"
SUMMARY_TITLE = "Review of {quarter} · run {run} · {state}"
SUMMARY_FINISHED = "finished"
SUMMARY_IN_PROGRESS = "in progress"
SUMMARY_COUNTS = (
    "{wins}: {next_level} next-level · {current} current-level · {unclear} unclear"
)
SUMMARY_FRAMING = "{impact} framed as impact · {activity} as activity"
# Added to the counts of a run some of whose wins were deleted after it judged them.
SUMMARY_DELETED = " · {wins} deleted since"
REVIEWS_DELETED_CELL = " · {count} deleted"
SUMMARY_FRAMING_PLANS = " · {planned} {plans_word}"
# A win counts here when any of its questions is still open, partly answered or not.
SUMMARY_UNANSWERED_KEPT_ONE = (
    "1 win not fully answered: its verdict from run {run} still counts."
)
SUMMARY_UNANSWERED_KEPT_MANY = (
    "{count} wins not fully answered: their verdicts from {runs} still count."
)
# The earlier runs whose verdicts the open wins keep, as KEPT_MANY names them.
SUMMARY_KEPT_FROM_RUN = "run {run}"
SUMMARY_KEPT_FROM_RUNS = "runs {runs}"
SUMMARY_UNANSWERED_ONE = (
    "1 win not fully answered: it stays unclear until you answer it."
)
SUMMARY_UNANSWERED_MANY = (
    "{count} wins not fully answered: they stay unclear until you answer them."
)
SUMMARY_UNANSWERED_MORE = (
    "{count} more had no earlier verdict and stay unclear until you answer them."
)
SUMMARY_UNANSWERED_MORE_ONE = (
    "1 more had no earlier verdict and stays unclear until you answer it."
)
SUMMARY_OVERRIDDEN_ONE = "1 verdict is your own call (overridden)."
SUMMARY_OVERRIDDEN_MANY = "{count} verdicts are your own call (overridden)."
SUMMARY_PRINT_VERDICT = "{kind}: {reason}"
SUMMARY_PRINT_OVERRIDE = "{kind} (your call): {note}"
SUMMARY_PRINT_OVERRIDE_NO_NOTE = "{kind} (your call, no note)."
SUMMARY_PRINT_NOTE = "Your note: {note}"
SUMMARY_PRINT_COMPUTED = "The four questions said {kind}: {reason}"
# In place of the questions' reason once the win was edited after its review: the
# reason may no longer be true of it.
SUMMARY_PRINT_EDITED = (
    "The four questions said {kind}, but the win was edited since this review: "
    "run the review again to judge it as it is now."
)
# The summary's and the journal's verdict of a win edited after its review.
REVIEW_EDITED_FLAG = (
    "{verdict} · edited since this review: run the review again to judge it as it "
    "is now."
)
SUMMARY_WITH = "Next-level evidence: {names}"
SUMMARY_WITHOUT = "No next-level evidence yet: {names}"
SUMMARY_COVERED = "Covered: {names}"
SUMMARY_THIN = "Thin: {names}"
UNTAGGED_NEXT_LEVEL_ONE = "1 next-level win has no dimension: tag it ({key})."
UNTAGGED_NEXT_LEVEL_MANY = (
    "{count} next-level wins have no dimension: tag them ({key})."
)
UNTAGGED_KEY_JOURNAL = "j journal, Ctrl+E edit"
UNTAGGED_KEY_SUMMARY = "b back to the walk and d, or j journal and Ctrl+E"
UNTAGGED_KEY_CLI = "in the app: `careerclimb`, j journal, Ctrl+E edit"
SUMMARY_BACK_TO_WALK = "Back to the walk"
WALK_UNTAGGED = (
    "This next-level win has no dimension, so no dimension counts it: tag it (d)."
)
SUMMARY_STRONGEST = "The wins to put in front of your manager"
SUMMARY_STRONGEST_ONE = "The win to put in front of your manager"
SUMMARY_STRONGEST_COUNT = "The {count} wins to put in front of your manager"
SUMMARY_STRONG_WIN = "{rank}. {title}"
SUMMARY_STRONG_CHANGE = "{verdict} · {change}"
SUMMARY_NO_STRONGEST = "No wins in this review."
# Over the strongest wins that are not next-level: they are the closest, not the
# ones to put in front of a manager. "After" follows the next-level ones.
SUMMARY_CLOSEST_NONE_ONE = "No win is next-level yet. The closest, and what it lacks"
SUMMARY_CLOSEST_NONE = (
    "No win is next-level yet. The {count} closest, and what each lacks"
)
SUMMARY_CLOSEST_AFTER_ONE = "Next closest, not next-level yet, and what it lacks"
SUMMARY_CLOSEST_AFTER = (
    "The {count} next closest, not next-level yet, and what each lacks"
)
SUMMARY_LACKS = "{verdict} · lacks {lacks}"
# More than one lack: counted, then listed, "and" before the last after a comma.
SUMMARY_LACKS_MANY = "{verdict} · lacks {count} things: {lacks}"
SUMMARY_LACKS_COUNTS = ("two", "three", "four", "five")
SUMMARY_LACKS_LAST = ", and "
SUMMARY_LACKS_OWN_CALL = "{verdict} (your own call)"
# Joined into SUMMARY_LACKS: what keeps a win from reading as next-level.
REVIEW_LACK_BEYOND_LEVEL = "work a peer at your level would not have done"
REVIEW_LACK_NOT_SURE = "a sign that a peer at your level could not have done it"
REVIEW_LACK_CHOICE = "a choice of your own (it was assigned)"
REVIEW_LACK_MEASURE = "a measured change"
REVIEW_LACK_HAPPENED = "a change that has happened (it is still a plan)"
REVIEW_LACK_NOTICED = "notice from outside your team"
REVIEW_LACK_ANSWER = "an answer on {missing}"
# Two or more unanswered questions: each counts as one thing lacking.
REVIEW_LACK_ANSWERS = "answers on {missing}"
REVIEWS_TITLE = "Quarterly self-review"
REVIEWS_INTRO = (
    "Walk every win of a quarter through four questions and see which ones show "
    "next-level work. Pick the quarter, then press s."
)
REVIEWS_INTRO_READ_ONLY = (
    "Walk every win of a quarter through four questions and see which ones show "
    "next-level work. This backup is opened read-only: its finished runs open, "
    "but no review starts or resumes."
)
REVIEWS_PAST = "Past reviews"
REVIEWS_NONE_READ_ONLY = "This backup holds no review."
REVIEWS_STATE_NEW_READ_ONLY = "{quarter}: {wins}, not reviewed in this backup."
REVIEWS_STATE_RUN_READ_ONLY = "{quarter}: {wins}; run {run} finished. s opens it."
REVIEWS_STATE_OPEN_READ_ONLY = (
    "{quarter}: {wins}; run {run} left in progress. It cannot be resumed in a "
    "backup opened read-only."
)
REVIEWS_NONE = "No review yet. Press s to start one."
REVIEWS_STATE_NEW = "{quarter}: {wins}, not reviewed yet. Press s to start."
# A quarter with no wins and no run: nothing to walk through, so s is not offered.
REVIEWS_STATE_NO_WINS = (
    "{quarter}: no wins to review yet. Log one with w on home, then come back."
)
REVIEWS_NONE_NO_WINS = "No review yet: a review walks through logged wins."
REVIEWS_STATE_RUN = (
    "{quarter}: {wins}; run {run} {state}. s opens it, r starts another from "
    "its answers."
)
# While a run is in progress, r resumes it too: a quarter has one open run at most.
REVIEWS_STATE_RUN_OPEN = (
    "{quarter}: {wins}; run {run} in progress. s resumes it; once it is finished, "
    "r starts another from its answers."
)
REVIEWS_UNFINISHED = "Finish the run in progress first; resuming it."
REVIEWS_RERUN_CONFIRM = (
    "Start run {run} of {quarter}? Your run {last} answers are carried over; "
    "change only what changed."
)
REVIEWS_NO_WINS = "No wins dated in {quarter}: log some first."
# The key line under the review list, following the focus.
REVIEWS_KEYS_QUARTER = "Enter: pick a quarter · {start}"
REVIEWS_KEYS_START = "s: start {quarter}"
REVIEWS_KEYS_RESUME = "s: resume {quarter} run {run}"
REVIEWS_KEYS_SUMMARY = "s: summary of {quarter} run {run}"
REVIEWS_KEYS_READ_ONLY = "no review starts in a backup opened read-only"
REVIEWS_KEYS_NO_WINS = "log a win first (w on home)"
REVIEWS_KEYS_TO_RUNS = " · Tab: past reviews"
REVIEWS_KEYS_LIST = (
    "↑↓ move · Enter picks the highlighted quarter · Esc keeps {quarter}"
)
REVIEWS_KEYS_RUN_SUMMARY = "Enter: summary of {quarter} run {run} · Tab: the quarter"
REVIEWS_KEYS_RUN_RESUME = "Enter: resume {quarter} run {run} · Tab: the quarter"
# The months of a quarter, and a run named under a year start whose quarters do
# not line up with the one in use now.
QUARTER_MONTHS = "{first}–{last} {year}"
QUARTER_MONTHS_TWO_YEARS = "{first} {first_year}–{last} {last_year}"
REVIEW_RUN_EARLIER_START = "{quarter} ({months}, earlier year start)"
REVIEW_RUN_EARLIER_START_SHORT = "{quarter} ({months})"
# Asked before the profile saves a new year start while reviews exist, finished
# or in progress; {runs} names them, newest first (SETUP_YEAR_START_RUN...).
SETUP_YEAR_START_RENAMES_ONE = (
    "Change the year start? Your review keeps the months it judged under its "
    "new quarter name: {runs}."
)
SETUP_YEAR_START_RENAMES_MANY = (
    "Change the year start? Your {count} reviews keep the months they judged "
    "under their new quarter names: {runs}."
)
SETUP_YEAR_START_KEEPS_ONE = (
    "Change the year start? Its quarters do not line up with your review, which "
    "keeps its name and shows its months: {runs}."
)
SETUP_YEAR_START_KEEPS_MANY = (
    "Change the year start? Its quarters do not line up with your {count} "
    "reviews, which keep their names and show their months: {runs}."
)
SETUP_YEAR_START_MIXED = (
    "Change the year start? Your {count} reviews keep the months they judged: "
    "those whose quarters line up with it take the new names, the others keep "
    "theirs and show their months: {runs}."
)
SETUP_YEAR_START_RUN_RENAMED = "{quarter} becomes {renamed}"
SETUP_YEAR_START_RUN_RENAMED_IN_PROGRESS = "{quarter} (in progress) becomes {renamed}"
SETUP_YEAR_START_RUN_KEPT = "{quarter} ({months})"
SETUP_YEAR_START_RUN_KEPT_IN_PROGRESS = "{quarter} ({months}, in progress)"
SETUP_YEAR_START_RUNS_MORE = "{runs} and {count} more"

# --- Numbers and dates typed by the user ---

NUMBER_NOT_A_NUMBER = (
    "{text!r} is not a number: type the {field} value in digits, e.g. 30, or as "
    "an amount such as 40k or $1.5m."
)
# A money sign typed with a value that clashes with the unit, or with the sign
# typed in the other value.
NUMBER_CURRENCY_CLASH = (
    "The {field} value {text!r} is in {currency} but the measure is in {other}: "
    "type both in one currency, or leave the sign out."
)
# A unit typed with no letter or symbol in it, such as a number.
NUMBER_UNIT_NAMES_NOTHING = (
    "{unit!r} is not a unit: a unit names what the numbers count, such as "
    "minutes, ms or %."
)
NUMBER_DECIMAL_COMMA = (
    "The {field} value {text!r} is ambiguous: write decimals with a dot (1.5) "
    "and thousands as 1,000."
)
NUMBER_NOT_FINITE = (
    "{text!r} is not a figure a measure can hold: type the {field} value in "
    "digits, e.g. 30."
)
NUMBER_OUT_OF_RANGE = (
    "The {field} value {text!r} is beyond any measure: keep it within ±{limit}."
)
# {counted} is what the unit counts, without its rate: "pages" of "pages/week".
NUMBER_NEGATIVE_COUNT = (
    "{amount} is below zero, which a count of {counted} cannot be: type the "
    "number as measured, e.g. {example}."
)
NUMBER_NEGATIVE_SHARE = (
    "{amount} is below zero, which a rate or a share of something cannot be: "
    "type it as measured, e.g. {example}."
)
NUMBER_SHARE_PAST_WHOLE = (
    "{amount} is more than all of it, which a share cannot be: check the number "
    "(a share in percent runs from 0 to 100)."
)
NUMBER_NEGATIVE_DURATION = (
    "{amount} is below zero, which a length of time cannot be: type it as "
    "measured, e.g. {example}. For time early or late, say so in the unit, "
    "e.g. “days late”."
)
DATE_IN_FUTURE = "{day} is in the future: log a win once it has happened."
DATE_TOO_OLD = "{day} is before 1970; check the year."
QUARTER_OUT_OF_CALENDAR = "{text} has days no calendar date can hold; check the year."

# --- App start ---

APP_BROKEN_LADDER = "A ladder file could not be loaded"
APP_UNREADABLE_RECORD = (
    "1 record in your data file cannot be read (kept as it is): see "
    "`careerclimb doctor`."
)
APP_UNREADABLE_RECORDS = (
    "{count} records in your data file cannot be read (kept as they are): see "
    "`careerclimb doctor`."
)
HOME_UNKNOWN_LEVEL = "unknown level {level!r} (press e to fix your profile)"

# --- Confirmations ---

CONFIRM_YES = "Yes (y)"
CONFIRM_NO = "No (n)"
FIELD_PASTE_JOINED = "Pasted {count} lines as one line."
LOG_DISCARD = "Leave this win without saving? What you typed will be lost."
SETUP_TARGET_MOVED = "Target moved to {level}: it has to be above your current level."
SETUP_DISCARD = "Leave your profile without saving? Your changes will be lost."
QUIT_DISCARD = "Quit without saving the form you are filling in?"
# Ctrl+C copies in a field and quits nothing; said when it is pressed elsewhere.
QUIT_HOW = "To quit, press Ctrl+Q."
NAVIGATE_DISCARD = (
    "Leave without saving the form you are filling in? What you typed will be lost."
)

# --- Command line ---

CLI_STDIN_PROMPT = (
    "The win on the first line, what changed on the lines after (finish with Ctrl+D)"
)
CLI_CHECK_STDIN_PROMPT = "What changed? (finish with Ctrl+D)"
# Said after a win read from standard input: what was stored as its change,
# on one line and cut at a word when long.
CLI_LOG_CHANGE_FROM_STDIN = "  what changed: {changed}"
CLI_VERSION_HELP = "show program's version number and exit"
CLI_VERSION_ALONE = "--version takes no command; it was given {command!r}."
CLI_LOG_CHANGED_TWICE = (
    "What changed is given twice: on the lines after the first and with "
    "--changed. Give it once; nothing was saved."
)
CLI_STDIN_NOT_UTF8 = "Standard input is not UTF-8 text; nothing was saved."
CLI_CHECK_NEEDS_TEXT = "Nothing to check: give the text of a win, or - to read it."
CLI_NO_WINS = "No wins yet."
CLI_NO_WINS_IN = "No wins in {quarter}."
CLI_WINS_NOT_STARTED = (
    "{quarter} has not started yet: it begins on {day}, so it holds no wins. "
    "The quarter under way now is {now}."
)
CLI_NO_MATCH = "No win matches."
CLI_UNKNOWN_LEVEL = (
    "{ladder} has no level {level!r}; its levels are: {known} (ids, titles or "
    "rough equivalents such as {example}, in any case)."
)
CLI_UNKNOWN_LEVEL_NO_ALIAS = (
    "{ladder} has no level {level!r}; its levels are: {known} (ids or titles, "
    "in any case)."
)
CLI_UNREADABLE = (
    "warning: {table} #{id} cannot be read ({reason}); it is kept in the file. "
    "Run `careerclimb doctor` for details."
)
CLI_OS_ERROR = "cannot use {path}: {reason}."
# `review --quarter NAME --print` when no review of the year start in use has
# the name, but one made under an earlier year start does.
CLI_REVIEW_NAME_EARLIER_START = (
    "{quarter} under your year start now is {now}, and it has not been reviewed. "
    "This is the review named {quarter} under an earlier year start: it judged "
    "{months}."
)
CLI_REVIEW_NAME_SEVERAL_STARTS = (
    "{quarter} has not been reviewed under your year start now. {count} reviews "
    "named {quarter} under earlier year starts judged other months: {runs}. "
    "Open them in the app: `careerclimb review`."
)
CLI_NO_REVIEW = (
    "{quarter} has not been reviewed yet. To start it, run `careerclimb review`, "
    "choose {quarter} in the quarter list and press s; then `careerclimb review "
    "--quarter {quarter} --print` shows it."
)
CLI_NO_REVIEW_NO_WINS = (
    "{quarter} has not been reviewed, and it holds no wins to review. Log the wins "
    'of that quarter first, e.g. `careerclimb log "TEXT" --date {day}`.'
)
# A quarter still to come: nothing in it can be logged or reviewed yet.
CLI_NO_REVIEW_NOT_STARTED = (
    "{quarter} has not started yet: it begins on {day}, so it holds no wins to "
    "review. The quarter under way now is {now}."
)
CLI_NO_REVIEW_NOW_NO_WINS = (
    "{quarter} is under way until {last} and holds no wins yet. Log each win the "
    'day it happens with `careerclimb log "TEXT"`; one from earlier in the quarter '
    "takes --date, e.g. --date {day}."
)
CLI_NO_REVIEW_BEFORE_WINS = (
    "{quarter} ended before {year}, the earliest year a win can be dated, so it "
    "holds nothing to review. Check the year."
)
CLI_REVIEW_QUARTER_NEEDS_OUTPUT = (
    "--quarter picks the review to show with --print or --json. To review "
    "{quarter} in the app, run `careerclimb review` and choose {quarter} in the "
    "quarter list."
)
CLI_UNKNOWN_DIMENSION = (
    "Unknown dimension {dimension!r}. The dimensions of the {ladder} ladder, by "
    "the id --dimension takes:\n{known}"
)
CLI_DIMENSION_LINE = "  {id:<{width}}  {name}"
CLI_LADDER_DIMENSIONS = "Dimensions (the ids `careerclimb log --dimension` takes):"
# Under each dimension of one level: examples of work at that level, then
# signals of work above it, the labels padded to line up.
CLI_LADDER_EXAMPLE = "      example:    {item}"
CLI_LADDER_NEXT = "      next level: {item}"
CLI_LADDER_YOURS = "    your ladder: {path}"
CLI_LADDER_REPLACES = (
    "    your ladder: {path}\n    it replaces the bundled {id} ladder ({bundled})"
)
CLI_LADDER_SAME_TITLE = (
    "{path}: note: the {other} ladder ({other_path}) has the same title, "
    "{title!r}: give one of them a title of its own, or the profile's ladder list "
    "tells them apart only by file name."
)
CLI_LADDER_WILL_REPLACE = (
    "{path}: note: {id!r} is the id of a bundled ladder; in your ladders folder "
    "({folder}) this file will replace the bundled {id} ladder."
)
CLI_LOG_DIMENSION_HELP = (
    "a dimension of your ladder, by id, e.g. scope_impact (repeat); "
    "`careerclimb ladders show LADDER` lists them"
)
CLI_PROBLEM_IN_TEXT = (
    "For your problems, `careerclimb problem list` prints them all and "
    "`careerclimb problem show ID` one in full."
)
CLI_PROBLEM_DESCRIPTION = (
    "Without a verb, opens the app on the problem screen; `careerclimb problem "
    "list` prints your problems instead."
)
# What `careerclimb --help` says of each sub-command: a whole phrase that fits on
# one line of an 80-column terminal (60 characters at most).
CLI_HELP_REVIEW = "open the quarterly self-review, or print one"
CLI_HELP_GAPS = "show your evidence against the target level's dimensions"
CLI_GLOBAL_OPTIONS = (
    "Global options, before or after the command: --data-dir DIR (where the data "
    "lives), --debug (write a debug log file). See careerclimb --help."
)
CLI_HELP_PROBLEM = "open, list, show or update the problem you own"
CLI_HELP_CRITERIA = "list what your manager said would count, with evidence"
CLI_HELP_PEERS = "list promoted peers and what they had in common"
CLI_HELP_PITCH = "open or print the five-minute calibration pitch"
CLI_HELP_EXPORT = "write the promotion packet (Markdown) or a dump (JSON)"
CLI_HELP_IMPORT = "import a CareerClimb dump, a jrnl export or a Markdown list"
CLI_DOCTOR_DESCRIPTION = (
    "Check that the data file can be read, is private and is not locked by a "
    "process that died, and list the backups. Encrypted files are opened with "
    "CAREERCLIMB_PASSPHRASE, or with the passphrase asked for on the terminal; "
    "without one, only their headers are checked. Exits with 0 when everything "
    "is healthy."
)
CLI_LOG_BEFORE_HELP = "the measure before the work, e.g. 12 or -3"
CLI_LOG_AFTER_HELP = (
    "the measure after the work, a change such as -40%, or an amount of change "
    "such as -$40k (40k, 1.5m and 2bn are read as numbers)"
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
# The columns of `careerclimb gaps`, one dimension a line.
# Under the title when the reviews that count judged another level than the
# target. A review judges each win against the level above the user's at the
# time, so with a target two or more levels up its verdicts speak to a lower step.
GAPS_JUDGED_BELOW_TARGET = (
    "{target} is {steps} levels up, but a review judges each win against the "
    "level above yours: your reviews judged work against {judged}, not yet "
    "{target}. To see the gap for the step that comes first, make {first} your "
    "target (press e on home)."
)
# The same, when the target is the level above the user's but the user's level
# changed since the reviews ran.
GAPS_JUDGED_OTHER_LEVEL = (
    "Your reviews judged work against {judged}; run a review to judge it "
    "against {target}."
)
GAPS_JUDGED_SOME_OTHER_LEVEL = (
    "Some of your reviews judged work against {judged}; run a review to judge "
    "it against {target}."
)
GAPS_JUDGED_LEVELS_JOIN = " and "
GAPS_COLUMNS = (
    "Dimension",
    "Status",
    "Next-level",
    "Current",
    "Criteria",
)
GAPS_NEXT_LEVEL_CELL = "{count} · {latest}"
# Wins filed under a dimension that no review has judged with it yet: shown
# apart as pending, never counted as next-level evidence. Each kind has its own
# mark, so a cell such as "3 · 2026-11-27 +2◌ +1↻" says which wins wait for what.
GAPS_PENDING_CELL = "{cell} +{count}◌"
GAPS_ADDED_AFTER_CELL = "{cell} +{count}↻"
GAPS_PENDING_AWAITING = (
    "◌ not counted yet: the number before ◌ counts wins filed under the "
    "dimension that no review has judged yet. A win is judged once its four "
    "questions are answered, or you make your own call, in its quarter's review."
)
GAPS_PENDING_ADDED_AFTER = (
    "↻ added after review ({dimensions}): the number before ↻ counts wins filed "
    "under the dimension after their review judged them. Start a new run of "
    "their quarter's review (r on the reviews screen) to count them."
)
GAPS_PENDING_ADDED_AFTER_CLI = (
    "↻ added after review ({dimensions}): the number before ↻ counts wins filed "
    "under the dimension after their review judged them. Start a new run of "
    "their quarter's review to count them (in the app: `careerclimb review`, "
    "choose the quarter and press r)."
)
# As above, when a run still in progress holds every such win.
GAPS_PENDING_ADDED_AFTER_IN_RUN = (
    "↻ added after review ({dimensions}): the number before ↻ counts wins filed "
    "under the dimension after their review judged them. A run of their "
    "quarter's review is in progress: resume it (r on the reviews screen) and "
    "finish it to count them."
)
GAPS_PENDING_ADDED_AFTER_IN_RUN_CLI = (
    "↻ added after review ({dimensions}): the number before ↻ counts wins filed "
    "under the dimension after their review judged them. A run of their "
    "quarter's review is in progress: finish it to count them (in the app: "
    "`careerclimb review`, choose the quarter and press r to resume it)."
)
GAPS_CRITERIA_CELL = "{met}/{total} met"
# Over the table when its columns cannot all be shown at once.
GAPS_TABLE_SCROLLS = "← → show the table's other columns."
# A met criterion whose wins no review has judged with the dimension yet: the
# mark, apart from the pending wins' ones, ties the row to the line under the
# table that says why it counts none.
GAPS_CRITERIA_MET_UNREVIEWED = "{cell} *"
GAPS_MET_UNREVIEWED_ONE = (
    "* “{text}” ({dimension}) is met by a win not yet reviewed for this "
    "dimension: review its quarter (r) to count it here."
)
GAPS_MET_UNREVIEWED_ONE_CLI = (
    "* “{text}” ({dimension}) is met by a win not yet reviewed for this "
    "dimension: review its quarter to count it here (in the app: `careerclimb "
    "review`)."
)
GAPS_CRITERIA_FLAGGED = "{cell} ⚑"
GAPS_FLAGGED_ONE = (
    "⚑ Criterion {number} ({dimension}), “{text}”: no evidence since it was "
    "recorded {weeks} weeks ago."
)
GAPS_UNPLACED = (
    "Not in the table: {count} of your manager's criteria ({met} met), not "
    "filed under a dimension of this level."
)
GAPS_FOCUS = "{reason}"
GAPS_TREND_TITLE = (
    "Trend by quarter: share of wins that are next-level · dimensions covered"
)
GAPS_TREND_LINE = (
    "{quarter} {bar} {share} next-level ({next_level} of {wins}) · {covered}"
)
GAPS_TREND_UNREVIEWED = "{quarter} {bar} not reviewed yet ({wins_phrase}) · {covered}"
GAPS_TREND_COVERED = "{count} covered"
GAPS_TREND_THIN = "{covered}, {thin} thin"
GAPS_TREND_SO_FAR = "{covered} so far"
GAPS_TREND_BY_THEN = "{covered} by then"
GAPS_TREND_BEFORE_FIRST_ONE = "{first} before your first win"
GAPS_TREND_BEFORE_FIRST = "{first}–{last} before your first win"
# The same quarters while no win is logged at all.
GAPS_TREND_NO_WINS_ONE = "{first}: no wins yet"
GAPS_TREND_NO_WINS = "{first}–{last}: no wins yet"
# Enter on a row of the gap view: the wins filed under its dimension, read as
# the row counts them.
GAPS_KEY_WINS = "Wins"
GAPS_PALETTE_WINS = "Wins filed under the highlighted dimension"
GAPS_WINS_TITLE = "Wins filed under {dimension}"
GAPS_WINS_NONE = "No wins filed under {dimension} yet."
GAPS_WINS_NOT_REVIEWED = "not reviewed yet"
GAPS_WINS_ADDED_AFTER = "added after review"
GAPS_WINS_CRITERIA = "Your manager's criteria for it"
GAPS_WINS_KEYS = (
    "Enter opens the highlighted win. Esc closes. To edit a win, open the journal (j)."
)
GAPS_NONE_KEYS = "Esc closes."
"""Under a dimension with no wins: there is no win to open or edit."""
GAPS_WIDGET_KEYS = (("↑ ↓", "Move between the dimensions"),)
# Home and End on the gap view: on the table they move its cursor, elsewhere
# the page.
GAPS_HOME_KEY = "First dimension (off the table: top of page)"
GAPS_END_KEY = "Last dimension (off the table: end of page)"
HOME_GAP_LINE = "Gaps: {line}"
# After the gap line when the reviews that count judged another level than the
# target (see GAPS_JUDGED_BELOW_TARGET).
HOME_GAP_JUDGED_FOR = " · judged as {level} work"

# --- A data file that cannot be read ---

DAMAGED_TITLE = "Your data file cannot be read"
DAMAGED_CHOICES = (
    "The readable backup holding the most wins is {backup} (taken {taken}); it "
    "holds {wins}. Wins logged after it was taken are not in it.\n\n"
    "  r  put that backup back ({wins}); the damaged file is kept, renamed\n"
    "  o  open that backup read-only, to look without changing anything\n"
    "  q  quit and leave everything as it is"
)
DAMAGED_CHOICES_WOULD_LOSE = (
    "The readable backup holding the most wins is {backup} (taken {taken}); it "
    "holds {wins}, but {evidence}. Putting it back would lose the wins it lacks; "
    "a repair by hand may save them.\n\n"
    "  r  put it back anyway, once you say yes; the damaged file is kept\n"
    "  o  open that backup read-only, to look without changing anything\n"
    "  q  quit and leave everything as it is"
)
DAMAGED_RESTORE_ANYWAY = (
    "Put back {backup} anyway? It holds {wins}, but {evidence}. The wins it lacks "
    "will be gone from the data file; the damaged file is kept beside it, renamed."
)
DAMAGED_NO_BACKUP = (
    "There is no readable backup to go back to. Quit (q) and repair the file by "
    "hand, or ask `careerclimb doctor` what it finds."
)
DAMAGED_SEALED_BACKUP = (
    "The newest backup, {backup} (taken {taken}), is encrypted. Quit (q) and run "
    "`careerclimb doctor --restore`: it asks for the passphrase, puts the backup "
    "back still encrypted, and keeps the damaged file beside it."
)
DAMAGED_DOCTOR = "`careerclimb doctor` checks the file and lists every backup."
DAMAGED_NOT_RESTORED = "Nothing was restored"
DAMAGED_RESTORED = "Put back {backup} ({wins}); the damaged file was kept as {kept}."
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
    "The problem you drive, “{title}”, has had no update for three weeks: log a "
    "note or a reading."
)
# The same advice on home and in the reminder, by the weeks left before the cycle
# closes: first the gaps, while there is time to fill one; then the packet.
CYCLE_ADVICE_GAPS = "The cycle closes {when}: press g to see which gaps are still open."
CYCLE_ADVICE_PACKET = (
    "The cycle closes {when}: press x to export your promotion packet."
)
CYCLE_IN_WEEKS = "in {weeks} weeks"
CYCLE_IN_ONE_WEEK = "in 1 week"
CYCLE_IN_SPAN = "in {span}"
SPAN_ABOUT = "about {span}"
SPAN_ONE_YEAR = "1 year"
SPAN_YEARS = "{years} years"
SPAN_ONE_MONTH = "1 month"
SPAN_MONTHS = "{months} months"
SPAN_YEARS_AND_MONTHS = "{years} and {months}"
CYCLE_WITHIN_A_WEEK = "within a week"
AGO_TODAY = "today"
AGO_YESTERDAY = "yesterday"
AGO_DAYS = "{days} days ago"
AGO_ONE_WEEK = "1 week ago"
AGO_WEEKS = "{weeks} weeks ago"
REMIND_LABEL_NO_RECENT_WIN = "No win logged for two weeks"
REMIND_LABEL_QUARTER_ENDING = "The quarter ends in ten days with no review"
REMIND_LABEL_STALE_INITIATIVE = (
    "The problem you drive has had no update for three weeks"
)
REMIND_LABEL_CYCLE_CLOSING = "The promotion cycle closes within eight weeks"
REMIND_TITLE = "Reminder"
REMIND_TITLES = "Reminders"
SETTINGS_TITLE = "Settings"
COMMAND_CHANGE_THEME = "App: Change theme"
COMMAND_CHANGE_THEME_HELP = "Pick the colours; the choice is kept for next time"
COMMAND_THEME_SEARCH = "Search for a theme…"
COMMAND_QUIT = "App: Quit"
COMMAND_QUIT_PURPOSE = "Close CareerClimb, asking first about unsaved typing"
COMMAND_APP = "App: {title}"
"""Any other command Textual offers (such as Maximize), with the same category as
theme and quit: Textual lists them by title, so "App: Quit" stays last."""
SETTINGS_THEME = (
    f"Theme (kept as soon as you pick it; also “{COMMAND_CHANGE_THEME}” in the palette)"
)
SETTINGS_REMINDERS = "Reminders when the app opens"
SETTINGS_ON = "On"
SETTINGS_OFF = "Off"
SETTINGS_SAVED = "Settings saved."
SETTINGS_NOT_SAVED = "Settings not saved"
COMMAND_SETTINGS = "Go: Settings (reminders, appearance)"
COMMAND_SETTINGS_PURPOSE = "The theme, and which reminders show when the app opens"
HELP_SCREENS.update(
    {
        "SettingsScreen": (
            "Pick a theme and choose which reminders appear when the app opens. "
            "The theme is kept as soon as you pick it; reminders wait for Save.",
            "Reminders come from your own data: a quiet fortnight, a quarter "
            "ending without a review, a stalled problem, the cycle closing.",
        ),
    }
)
SETTINGS_DISCARD = (
    "Leave without saving the reminder choices? The theme is kept either way:"
    " it is saved as soon as you pick it."
)

# --- A terminal too small to use ---

# Two lines, each starting in the same column: the request, then the size.
TOO_SMALL = "Make the window larger:\nCareerClimb needs at least {width}×{height}."

# --- Privacy: encryption at rest ---

PRIVACY_PASSPHRASE_ENV = "CAREERCLIMB_PASSPHRASE"
PRIVACY_NEW_PASSPHRASE_ENV = "CAREERCLIMB_NEW_PASSPHRASE"
PRIVACY_LOCKED_TITLE = "Data file encrypted"
PRIVACY_WRONG_TITLE = "Wrong passphrase"
PRIVACY_PASSPHRASE_NEEDED = (
    "The data file is encrypted and no passphrase was given. Run careerclimb in a "
    "terminal to be asked for it, or set CAREERCLIMB_PASSPHRASE for scripts."
)
PRIVACY_SEALED_ELSEWHERE = (
    "The data file was encrypted, or given a new passphrase, in another window "
    "since this one read it; nothing was saved. Quit and open CareerClimb again "
    "to give the passphrase."
)
PRIVACY_WRONG_PASSPHRASE = (
    "That passphrase does not open the data file. Nothing was changed."
)
PRIVACY_SEAL_DAMAGED = (
    "The encrypted data file {path} cannot be opened: {reason}. "
    "It has been left exactly as it is."
)
PRIVACY_SEALED_REASON = (
    "it is encrypted with a passphrase, so its contents cannot be checked here"
)
PRIVACY_SEALED_MESSAGE = (
    "The data file {path} is encrypted with a passphrase, so its contents cannot "
    "be checked here. It has been left exactly as it is; `careerclimb decrypt` "
    "turns it back into plain JSON."
)
PRIVACY_ALREADY_ENCRYPTED = (
    "The data file is encrypted already. To choose another passphrase, use "
    "`careerclimb passphrase` (or c on the Privacy screen)."
)
PRIVACY_ALREADY_ENCRYPTED_CLI = (
    "The data file is encrypted already. To choose another passphrase, run "
    "`careerclimb passphrase`."
)
PRIVACY_NOT_ENCRYPTED = "The data file is not encrypted; there is nothing to do."
PRIVACY_SHORT = "Choose a passphrase of at least {count} characters."
PRIVACY_MISMATCH = "The two new passphrases differ; type the same one twice."
PRIVACY_NO_INPUT = "No passphrase was given; nothing was changed."
PRIVACY_NO_TERMINAL = (
    "There is no terminal to ask for the passphrase: set {variable} to pass it "
    "from a script."
)
PRIVACY_NO_TERMINAL_NEW = (
    "There is no terminal to ask for the new passphrase: run `careerclimb "
    "{command}` in a terminal, or set {variable} to the new passphrase to give it "
    "from a script."
)
PRIVACY_VARIABLE_EMPTY = (
    "{variable} is set but empty, and there is no terminal to ask for the "
    "passphrase: set {variable} to the passphrase, or run careerclimb in a "
    "terminal to be asked for it."
)
PRIVACY_VARIABLE_EMPTY_NEW = (
    "{variable} is set but empty, and there is no terminal to ask for the new "
    "passphrase: set {variable} to a passphrase of at least {count} characters, "
    "or run `careerclimb {command}` in a terminal to be asked for it."
)
PRIVACY_PROMPT = "Passphrase for the CareerClimb data: "
PRIVACY_PROMPT_CURRENT = "Current passphrase: "
PRIVACY_PROMPT_NEW = "New passphrase: "
PRIVACY_PROMPT_AGAIN = "The new passphrase again: "
PRIVACY_ENCRYPTED = "Encrypted {path}{copies}."
PRIVACY_DECRYPTED = "Decrypted {path}{copies}: the data is plain JSON again."
PRIVACY_CHANGED = "Changed the passphrase of {path}{copies}."
# What follows the data file in the sentences above and below.
PRIVACY_COPIES_NONE = " (there were no backups)"
PRIVACY_COPIES_ONE = " and its 1 backup"
PRIVACY_COPIES_MANY = " and its {count} backups"
# A damaged file set aside beside the data file is named apart from the backups.
PRIVACY_COPIES_DAMAGED_ONLY = " and its {damaged}"
PRIVACY_COPIES_AND_DAMAGED = ", its {backups} and {damaged}"
PRIVACY_BACKUPS_ONE = "1 backup"
PRIVACY_BACKUPS_MANY = "{count} backups"
PRIVACY_DAMAGED_ONE = "1 damaged copy"
PRIVACY_DAMAGED_MANY = "{count} damaged copies"
PRIVACY_LEFT_AS_THEY_WERE = (
    "{name} is encrypted with a passphrase that was not given (or is damaged) and "
    "was left as it was."
)
PRIVACY_KEEP_SAFE = (
    "Keep the passphrase somewhere safe: without it nobody, you included, can "
    "read this data again."
)
PRIVACY_HELP = "encrypt the data file, decrypt it, or change its passphrase"
PRIVACY_ENCRYPT_HELP = "encrypt the data file and its backups with a passphrase"
PRIVACY_ENCRYPT_DESCRIPTION = (
    "Encrypt the data file and its backups with a passphrase (Argon2id and "
    "AES-256-GCM). You are asked for the new passphrase twice; a script can set "
    "CAREERCLIMB_PASSPHRASE instead. From then on every command asks for the "
    "passphrase, or reads CAREERCLIMB_PASSPHRASE."
)
PRIVACY_DECRYPT_HELP = "turn the data file and its backups back into plain JSON"
PRIVACY_DECRYPT_DESCRIPTION = (
    "Decrypt the data file and its backups, which become plain JSON again. The "
    "passphrase is asked for, or read from CAREERCLIMB_PASSPHRASE."
)
PRIVACY_CHANGE_HELP = "change the passphrase of the encrypted data file"
PRIVACY_CHANGE_DESCRIPTION = (
    "Encrypt the data file and its backups again under a new passphrase. The "
    "current one is read from CAREERCLIMB_PASSPHRASE or asked for; the new one from "
    "CAREERCLIMB_NEW_PASSPHRASE or asked for twice. If this is cut short, the data "
    "file still opens with the current passphrase; run it again to finish."
)
PRIVACY_JSON_HELP = "print the outcome as JSON for scripts"

PRIVACY_UNLOCK_TITLE = "Your data is encrypted"
PRIVACY_UNLOCK_INTRO = "Type your passphrase to open {path}."
PRIVACY_UNLOCK_ENV_REFUSED = (
    "The passphrase in {variable} does not open the data file. Type the "
    "passphrase here."
)
# The unlock dialog's own word for a wrong passphrase: it can be typed again,
# and nothing was about to change, unlike in `careerclimb passphrase`.
PRIVACY_UNLOCK_WRONG = (
    "That passphrase does not open this data file. Try again, or press Esc to quit."
)
PRIVACY_ENCRYPT_TITLE = "Encrypt your data"
PRIVACY_ENCRYPT_INTRO = (
    "The data file and its backups will open only with this passphrase. There is "
    "no way to recover it: write it down somewhere safe."
)
PRIVACY_CHANGE_TITLE = "Change the passphrase"
PRIVACY_CHANGE_INTRO = (
    "The data file and its backups are encrypted again under the new passphrase."
)
PRIVACY_DECRYPT_TITLE = "Decrypt your data"
PRIVACY_DECRYPT_INTRO = (
    "The data file and its backups will be stored as plain JSON again, readable "
    "by anything that runs as you."
)
PRIVACY_FIELD_PASSPHRASE = "Passphrase"
PRIVACY_FIELD_CURRENT = "Current passphrase"
PRIVACY_FIELD_NEW = "New passphrase (at least {count} characters)"
PRIVACY_FIELD_AGAIN = "The new passphrase again"
PRIVACY_UNLOCK_BUTTON = "Unlock"
PRIVACY_ENCRYPT_BUTTON = "Encrypt"
PRIVACY_CHANGE_BUTTON = "Change"
PRIVACY_DECRYPT_BUTTON = "Decrypt"
PRIVACY_QUIT_BUTTON = "Quit"
PRIVACY_WORKING = "Checking the passphrase…"
PRIVACY_UNLOCK_FAILED = "Not unlocked"
PRIVACY_NOT_DONE = "Nothing was changed"

PRIVACY_TITLE = "Privacy"
PRIVACY_STATE_ENCRYPTED = (
    "Your data is encrypted with a passphrase ({kdf} and AES-256-GCM). It opens "
    "only with that passphrase, here and on the command line."
)
PRIVACY_STATE_PLAIN = (
    "Your data is stored as plain JSON. Only your user account can read it (mode "
    "0600), but anything that runs as you, or a copy of your disk, can."
)
PRIVACY_STATE_MISSING = "Nothing has been saved yet, so there is no data file."
PRIVACY_STATE_DEMO = (
    "DEMO: this is the sample career of careerclimb demo, kept in a throw-away "
    "folder that is removed when the demo quits. Your own data is neither shown "
    "nor touched."
)
PRIVACY_WHERE_TITLE = "What is stored where"
PRIVACY_FOLDER = "Data folder: {folder}"
PRIVACY_FOLDER_DEMO = "Demo folder, removed when the demo quits: {folder}"
PRIVACY_ENCRYPT_DEMO = (
    "Encryption is not offered in the demo: its sample data goes when the demo "
    "quits, so a passphrase would protect nothing. Open careerclimb without demo "
    "to encrypt your own data."
)
PRIVACY_COLUMNS = ("What", "File in the data folder", "Encrypted")
PRIVACY_ROW_DATA = "Data file"
PRIVACY_ROW_BACKUPS = "Backups ({count})"
PRIVACY_ROW_DAMAGED = "Damaged copies ({count})"
PRIVACY_ROW_DAMAGED_WHERE = "{name}.damaged-…"
PRIVACY_ROW_LOG = "Debug log (--debug)"
PRIVACY_ROW_EXPORTS = "Exports"
PRIVACY_ROW_EXPORTS_WHERE = "(wherever you save them)"
PRIVACY_YES = "yes"
PRIVACY_NO = "no"
PRIVACY_MIXED = "some"
PRIVACY_PLAIN_NOTE = (
    "The debug log is written only with --debug and never holds the text of a "
    "win. Exports are plain Markdown or JSON, wherever you save them."
)
PRIVACY_WIPE = (
    "To wipe everything, quit CareerClimb, then run this. It removes only what "
    "CareerClimb keeps in the data folder: its files, and its backups folder "
    "when nothing else is in it:\n{command}"
)
PRIVACY_WIPE_WITH_FOLDER = (
    "To wipe everything, quit CareerClimb, then run this. It removes the files "
    "CareerClimb keeps, then the data folder itself, which CareerClimb made for "
    "them and which holds nothing else:\n{command}"
)
PRIVACY_WIPE_DEMO = (
    "Nothing to wipe: the demo's folder and all in it go when you quit. Open "
    "careerclimb without demo to see how your own data is kept and how to wipe it."
)
PRIVACY_WIPE_FOLDER_STAYS = (
    "The folder itself stays, with everything else in it: it holds files that "
    "are not CareerClimb's."
)
PRIVACY_WIPE_CHOSEN_FOLDER_STAYS = (
    "The data folder itself stays: you chose it, so it is yours to keep or "
    "remove. Once it is empty, `rmdir {typed}` removes it."
)
PRIVACY_DONE_ENCRYPTED = "Encrypted the data file{copies}."
PRIVACY_DONE_DECRYPTED = "Decrypted the data file{copies}."
PRIVACY_DONE_CHANGED = "Changed the passphrase of the data file{copies}."
PRIVACY_KEY_ENCRYPT = "Encrypt"
PRIVACY_KEY_CHANGE = "Change passphrase"
PRIVACY_KEY_DECRYPT = "Decrypt"
PRIVACY_KEY_BACK = "Back"
PRIVACY_KEY_SUBMIT = "Submit"
PRIVACY_KEY_CANCEL = "Cancel"
PRIVACY_KEY_QUIT = "Quit"
COMMAND_PRIVACY = "Go: Privacy (encryption)"
COMMAND_PRIVACY_PURPOSE = "Encrypt your data with a passphrase, or change it"
HOME_PRIVACY_STRAGGLER = (
    "Privacy: 1 backup is not encrypted the way the data file is; do the last "
    "encrypt, decrypt or passphrase change again to finish it (v)."
)
HOME_PRIVACY_STRAGGLERS = (
    "Privacy: {count} backups are not encrypted the way the data file is; do the "
    "last encrypt, decrypt or passphrase change again to finish it (v)."
)
HELP_SCREENS.update(
    {
        "PassphraseScreen": (
            "Give the passphrase that opens your encrypted data, or choose, change "
            "or remove one.",
            "The passphrase is stretched into a key once per session (Argon2id) and "
            "kept only in memory; every save encrypts the file under a fresh key "
            "drawn from it.",
        ),
        "PrivacyScreen": (
            "Whether your data is encrypted, what is stored where, and how to wipe it.",
            "Encryption covers the data file and its backups. Exports and the "
            "debug log are plain text; the log never holds the text of a win.",
        ),
    }
)

# --- Demo data and large journals ---

HOME_DEMO = "DEMO: a throw-away sample career; your own data is not touched."
DEMO_NEEDS_DATA_DIR = (
    "--wins writes a new data set; name an empty folder for it with --data-dir DIR."
)
DEMO_DATA_FILE_EXISTS = (
    "{path} already exists; demo data is only written into a folder without a "
    "data file."
)
DEMO_WRITTEN = (
    "Wrote {wins} wins and {reviews} quarterly reviews to {path}. "
    "Open them with: careerclimb --data-dir {data_dir}"
)
JOURNAL_PAGE_LIMIT = (
    "First {shown} of {matches} matching wins ({total} in all) · move past the "
    "last row for more, or narrow the search"
)
HOME_LOADING = "Reading your wins…"

# --- Promoted peers and the pitch ---

COMMAND_PEERS = "Go: Promoted peers"
COMMAND_PEERS_PURPOSE = "Who was promoted lately, and what got them there"
COMMAND_PITCH = "Go: Five-minute pitch"
COMMAND_PITCH_PURPOSE = "Your case, told in a five-minute calibration slot"
HOME_PEERS_LINE = "Peers: {headline}"

PEER_SIGNAL_LABELS = {"next_level": "next-level", "current_level": "current-level"}
PEER_KIND_NAMES = {
    "cross_team": "Cross-team work",
    "direction": "Design and RFCs",
    "reliability": "Reliability at the root",
    "mentoring": "Growing others",
    "ways_of_working": "Ways of working",
    "product": "Product outcomes",
    "delivery": "Big deliveries",
}
PEER_KIND_PHRASES = {
    "cross_team": "led work across teams",
    "direction": "set a technical direction with a design or an RFC",
    "reliability": "fixed a reliability or incident problem at its root",
    "mentoring": "grew other engineers (mentoring, onboarding, interviewing)",
    "ways_of_working": "changed how a team works (process, tooling, CI)",
    "product": "moved a product or customer measure",
    "delivery": "led a migration, a launch or a rewrite",
}
# Shorter forms of the phrases, for home's one-line note.
PEER_KIND_BRIEF_PHRASES = {
    "cross_team": "led work across teams",
    "direction": "led a design or an RFC",
    "reliability": "fixed reliability at the root",
    "mentoring": "grew other engineers",
    "ways_of_working": "changed how a team works",
    "product": "moved a product measure",
    "delivery": "led a migration or a launch",
}
# Which of the user's wins a finding counts, to follow "2 next-level wins …".
PEER_KIND_WHERE = {
    "cross_team": "across teams",
    "direction": "on designs or RFCs",
    "reliability": "on reliability",
    "mentoring": "growing others",
    "ways_of_working": "on ways of working",
    "product": "on product measures",
    "delivery": "on migrations or launches",
}
PEER_DIMENSION_PHRASE = "did next-level work in {dimension}"
PEER_DIMENSION_BRIEF_PHRASE = "stood out in {dimension}"
PEER_DIMENSION_WHERE = "in {dimension}"
# Who did it: one peer by name, every peer as "both" or "all", else a count.
PEER_PATTERN_ONE = "{name} {phrase}"
PEER_PATTERN_BOTH = "Both promoted peers {phrase}"
PEER_PATTERN_ALL = "All {total} promoted peers {phrase}"
PEER_PATTERN_SOME = "{count} of your {total} promoted peers {phrase}"
PEER_UNNAMED = "Your promoted peer"
# Under the pattern: peers recorded with only a name, left out of its counts.
PEER_PATTERN_UNRECORDED_ONE = (
    "1 promoted peer has nothing recorded yet, so is left out of these counts."
)
PEER_PATTERN_UNRECORDED_MANY = (
    "{count} promoted peers have nothing recorded yet, so are left out of these counts."
)
# After "Peers: " on home, so the peers need no naming again.
PEER_BRIEF_ONE = "{name} {phrase}"
PEER_BRIEF_BOTH = "both {phrase}"
PEER_BRIEF_ALL = "all {total} {phrase}"
PEER_BRIEF_SOME = "{count} of {total} {phrase}"
# Home's note, when some peers have only a name: they are left out of its count.
PEER_BRIEF_UNRECORDED_ONE = "{headline} (1 more peer with nothing recorded yet)"
PEER_BRIEF_UNRECORDED_MANY = "{headline} ({count} more peers with nothing recorded yet)"
PEER_PATTERN_SENTENCE = "{peers}; {yours}"
# The user's side of a finding, naming the wins it counts ("across teams").
PEER_YOURS_NONE = "you have no wins {where} logged."
PEER_YOURS_NOT_NEXT = (
    "you have {logged} {wins} {where} logged, none reviewed as next-level."
)
PEER_YOURS_NEXT = (
    "you have {logged} {wins} {where} logged, {next_level} of them next-level."
)
PEER_BRIEF = "{peers}; you: {yours}"
PEER_BRIEF_NONE = "no wins {where} logged"
PEER_BRIEF_NOT_NEXT = "{logged} {wins} {where}, none next-level"
PEER_BRIEF_NEXT = "{next_level} next-level {next_wins} {where}"
PEER_QUESTIONS: tuple[str, ...] = (
    "Looking back at the year before your promotion, which piece of work do you "
    "think mattered most to the decision?",
    "Did you pick that work up yourself, or was it handed to you? And the rest "
    "of that year's work?",
    "Who outside our team knew about that work, and how did they hear of it?",
    "What did your manager point to as the deciding evidence, or as the thing "
    "still missing a cycle earlier?",
    "How did you show the result: numbers, a write-up, a demo, someone else "
    "telling the story?",
    "When did you first notice you were already doing the next level's job, and "
    "what were you doing at the time?",
    "Which work felt important to you but turned out not to count?",
    "If you went for it again, what would you do differently?",
)
PEER_NEEDS_NAME = "A peer needs a name or initials."
PEER_PROMOTION = "{from_level} → {to_level}"
PEER_LEVEL_UNKNOWN = "?"
PEER_SAME_LEVELS = (
    "Pick two different levels: the one they left and the one they reached."
)
PEER_BAD_MONTH = "{text!r} is not a month I can read: write it as YYYY-MM."
PEER_NO_SUCH_MONTH = (
    "{text!r} names month {month}, and there is no such month: write a month "
    "from 01 to 12, as YYYY-MM."
)
PEER_MONTH_IN_FUTURE = (
    "{month} has not happened yet: record a promotion once it is announced."
)

PEERS_TITLE = "Promoted peers"
PEERS_INTRO = (
    "Colleagues promoted recently, and what they did that mapped to the next "
    "level. Ask them (a shows the questions); initials are enough."
)
PEERS_COLUMNS = ("Who", "Promoted to", "When", "Next-level", "Dimensions")
PEERS_NONE = (
    "No promoted peers recorded yet. Press n to add one, or a for the questions "
    "worth asking them."
)
PEERS_UNKNOWN_MONTH = "—"
PEERS_ITEMS_TITLE = "What {name} did"
PEERS_NO_ITEMS = "No items recorded for this peer yet: press e to add what they did."
PEERS_VISIBILITY = "How it became visible: {text}"
PEERS_ADVICE = "What they said: {text}"
PEERS_PATTERN_TITLE = "What the promoted peers had in common"
PEERS_PATTERN_NONE = "Record a peer's next-level work to see the pattern here."
PEERS_PATTERN_UNTAGGED = (
    "No dimension or kind of work is ticked on the peers' next-level work yet. "
    "Press e on a peer, Enter on what they did, and tick its dimension or kind "
    "of work to see the pattern here."
)
PEERS_PATTERN_BY_KIND = "By kind of work"
PEERS_PATTERN_BY_DIMENSION = "By ladder dimension"
# Under a finding: the user's next-level wins behind it, by title.
PEERS_NAMED_WINS = "↳ "
PEERS_NAMED_MORE = " and {count} more"
PEERS_DELETE = "Delete what you recorded about {name}? This cannot be undone."
PEERS_DELETED = "Deleted {name}."
PEERS_SAVED = "Saved {name}."
PEERS_NOT_SAVED = "Peer not saved"
PEERS_NOT_DELETED = "Peer not deleted"
PEERS_COPIED = (
    "Sent {count} questions to the clipboard. Nothing pastes? Run `careerclimb "
    "peers --questions`."
)
QUESTIONS_TITLE = "Questions to ask a promoted peer"
QUESTIONS_INTRO = (
    "Ask for twenty minutes over coffee: most people like telling how they got "
    "there. Note what you hear as a peer record."
)
QUESTIONS_KEYS = "y copies them · Esc closes · also: careerclimb peers --questions"

PEER_FORM_NEW = "Record a promoted peer"
PEER_FORM_EDIT = "Edit what you recorded about {name}"
PEER_ASK_NAME = "Name or initials"
PEER_NAME_HINT = "Initials are enough, and kinder: Ctrl+T turns a name into initials."
PEER_NAME_PLACEHOLDER = "e.g. PR"
PEER_ASK_FROM = "Promoted from"
PEER_ASK_TO = "to"
PEER_ASK_WHEN = "When (YYYY-MM)"
PEER_WHEN_PLACEHOLDER = "e.g. 2026-03"
PEER_ASK_ITEMS = "What did they do that mapped to the next level?"
PEER_ITEMS_HINT = "Ctrl+N adds · Enter edits the highlighted item · Delete removes it"
PEER_ITEMS_NONE = "No items yet: Ctrl+N adds what they did."
PEER_ITEM_COLUMNS = ("What they did", "Signal", "Dimensions", "Kind of work")
PEER_ASK_VISIBILITY = "How did their work become visible to the people who decided?"
PEER_ASK_ADVICE = "What did they say when you asked?"
PEER_DISCARD = "Leave without saving this peer? What you typed will be lost."
PEER_INITIALS_DONE = "Shortened the name to {initials}; Ctrl+T again brings it back."
PEER_INITIALS_UNDONE = "Back to the full name, {name}."
PEER_INITIALS_ALREADY = "{initials} is initials already; it stays as it is."
PEER_INITIALS_NOTHING = "Type a name first; Ctrl+T then turns it into initials."
PEER_ITEM_TITLE = "One thing they did"
PEER_ITEM_ASK_TEXT = "What did they do, and what changed because of it?"
PEER_ITEM_ASK_SIGNAL = "Did it map to the next level?"
PEER_ITEM_ASK_DIMENSIONS = "Ladder dimensions"
PEER_ITEM_ASK_KINDS = "Kind of work"
PEER_ITEM_KEYS = "Tab moves on · Space picks · Ctrl+S or F2 keeps it · Esc cancels"
PEER_ITEM_NEEDS_TEXT = "Say what they did first."
# Under the kinds of work: what the words suggest, which the user ticks or not.
PEER_ITEM_GUESS_ONE = "Looks like: {kinds} — space ticks it"
PEER_ITEM_GUESS_MANY = "Looks like: {kinds} — tick each with space"

PITCH_PART_LABELS = {
    "problem": "the problem",
    "insight": "the root cause or insight",
    "drove": "what you drove, and with whom",
    "result": "the measured result",
    "support": "supporting wins",
}
PITCH_PART_PROMPTS = {
    "problem": "The problem: what was wrong before, and for whom. A before value "
    "on your main win's measure fills this in.",
    "insight": "The root cause or insight: what you found that others had missed.",
    "drove": "What you drove, and who you brought along.",
    "result": "The measured result: a before → after on your main win.",
    "support": "Another strong win to back the story up.",
}
PITCH_PROMPT_PROBLEM_UNNAMED = (
    "The problem: your main win's measure starts at {value} but does not say "
    "what it counts. Name it (for example “time to recover”) and the problem "
    "is drafted from it."
)
PITCH_PROMPT_TITLE_ACTIVITY = (
    "What you drove: your main win's title, “{title}”, reads as activity, and "
    "a committee hears the title first. Retitle the win as the change it made "
    "(Ctrl+E in the journal), then redraft (Ctrl+R)."
)
PITCH_PROMPT_FIX_PLANNED = (
    "What you drove: the fix you proposed for “{title}” is still a plan, so the "
    "draft does not tell it as done. Once you are driving it, move the problem "
    "on (o from home), then redraft (Ctrl+R)."
)
PITCH_AND = "and"
PITCH_MEASURE_FROM_TO = "{label} went from {before} to {after}"
PITCH_MEASURE_IT = "it"
PITCH_MEASURE_DOWN = "{label} down {percent}%"
PITCH_MEASURE_UP = "{label} up {percent}%"
PITCH_BEFORE = "{label} was {value}."
PITCH_BEFORE_PLURAL = "{label} were {value}."
PITCH_BEFORE_RATE = "there were {value} {label}."
PITCH_BEFORE_COUNTED = "there were {value}."
PITCH_BEFORE_COUNTED_ONE = "there was {value}."
PITCH_BEFORE_TOLD = "{words} {value}."
PITCH_BEFORE_ONLY = "Before: {value}."
PITCH_LEAD_PROBLEM = "The problem: {text}"
PITCH_LEAD_INSIGHT = "What I found: {text}"
PITCH_LEAD_DROVE = "What I drove: {text}"
PITCH_DROVE_FIX = "the fix I proposed — {fix}"
PITCH_BENEFITED = "Who gained: {who}"
PITCH_NOTICED = "Noticed outside my team: {who}"
PITCH_WITH = "I did it together with {names}."
PITCH_AGREED = "I got the backing of {names}."
PITCH_ACROSS = "Teams involved beyond mine: {teams}."
PITCH_LEAD_RESULT = "The result: {text}"
# A result from readings under a week apart, said aloud; {when} is one of the two
# below (domain.pitch.early_readings_said), {text} the result.
PITCH_LEAD_RESULT_EARLY = "Early readings, {when}, show that {text}"
PITCH_READINGS_ONE_DAY = "all taken on {day}"
PITCH_READINGS_DAYS = "taken between {start} and {end}"
PITCH_LEAD_SUPPORT = "Also: {text}"
# A problem whose result has not held yet, told after the main story.
PITCH_LEAD_IN_PROGRESS = "Still in progress: {text}"
# A win linked to that problem, told inside its paragraph rather than under "Also".
PITCH_LEAD_SO_FAR = "So far: {text}"
PITCH_RESULT_TO_COME = "I will tell its result once later readings show it holds."
# The same, when a paragraph before it already told that result.
PITCH_RESULT_BEING_MEASURED = (
    "Readings are still coming in to show that its result holds."
)
PITCH_SUPPORT_MEASURED = "{title}; {measure}."
PITCH_TIMING = "About {duration} aloud ({words} words at {rate} words a minute)."
PITCH_SECONDS = "{seconds} s"
PITCH_MINUTES = "{minutes} min"
PITCH_MINUTES_SECONDS = "{minutes} min {seconds} s"
PITCH_FLAG_ACTIVITY = (
    "Reads as activity ({phrase}): a committee hears effort, not a result. Say "
    "what changed because of it."
)
PITCH_FLAG_ACTIVITY_BESIDE_RESULT = (
    "Reads as activity ({phrase}): a committee hears effort beside the result, "
    "not your part in it. Say what you changed to get that result."
)
PITCH_FLAG_UNMEASURED = (
    "Claims a change without a measure: add the before → after, or a number."
)
PITCH_FLAG_EARLY_RESULT = (
    "This result was {fact}, so a committee will ask whether it holds. Take "
    "another reading on the problem page later, then redraft."
)
PITCH_FLAG_NUMBER_UNRECORDED = (
    "{numbers} is in none of your records: check it, or log the win it comes from."
)
PITCH_FLAG_NUMBERS_UNRECORDED = (
    "{numbers} are in none of your records: check them, or log the wins they come from."
)
# {measure} is the measure's name as first told; {first} and {second} its results.
PITCH_FLAG_TWO_RESULTS = (
    "“{measure}” is told with two results, {first} and {second}: a committee will "
    "ask which one holds. Keep one, or say what each one measured."
)
PITCH_FLAG_PEER_COULD = (
    "Your review says a strong peer at your level could have done this: a "
    "committee will read it as current-level work."
)
PITCH_FLAG_NOT_NOTICED = (
    "Nothing in the story was noticed outside your team: name who outside it saw "
    "the change."
)
PITCH_FLAG_TOO_LONG = (
    "Runs {duration}, past the five-minute slot: cut it, or use the 60-second version."
)
PITCH_FLAG_LONG_SENTENCE = (
    "One sentence runs to {count:,} characters: a committee cannot follow a line "
    "that long aloud. Say it in a sentence or two, and keep the rest for questions."
)

PITCH_TITLE_DRAFT = "Pitch (up to 5 min) · drafted from your records, not saved"
PITCH_TITLE_VERSION = "Pitch (up to 5 min) · version {number} of {total}, saved {saved}"
PITCH_TITLE_EDITED = " · edited"
PITCH_KEY_EDIT = "Edit"
# The pitch opens for reading, so that keys such as ? are not typed into it.
PITCH_WIDGET_KEYS = (
    ("enter", "Edit: start typing in the pitch, which opens for reading (or i)"),
    ("↑ ↓ PgUp PgDn", "Read through the pitch"),
)
PITCH_STALE = (
    "Your records changed since this version was saved: {changes}. "
    "Check its numbers, or redraft (Ctrl+R)."
)
PITCH_STALE_SHORT = "Records changed since saved (Ctrl+R redrafts): {changes}."
PITCH_STALE_TARGET = (
    "This version was written for {earlier}; your target is now {target}. "
    "Redraft it for {target} (Ctrl+R)."
)
PITCH_STALE_TARGET_SHORT = "Written for {earlier}, target now {target}: Ctrl+R."
# A version saved before each version kept the level it was written for.
PITCH_UNKNOWN_TARGET = (
    "The level this version was written for is not known: check that it argues "
    "for {target}, or redraft it (Ctrl+R)."
)
PITCH_UNKNOWN_TARGET_SHORT = "Written for a level not known, target {target}: Ctrl+R."
PITCH_STALE_ALSO = "Records changed since, too: {changes}."
# Kind of change → (the words for one record, the words for any other count).
PITCH_STALE_KINDS = {
    "win_logged": ("1 win logged", "{count} wins logged"),
    "win_edited": ("1 win edited", "{count} wins edited"),
    "review": ("1 review updated", "{count} reviews updated"),
    "criterion": ("1 criterion changed", "{count} criteria changed"),
    "problem": ("1 problem updated", "{count} problems updated"),
}
PITCH_CHECK_TITLE = "How a committee reads it"
# The same heading once the check finds something, so that a list running on
# below the panel's last row shows how long it is.
PITCH_CHECK_TITLE_ONE = "How a committee reads it · 1 finding"
PITCH_CHECK_TITLE_MANY = "How a committee reads it · {count} findings"
PITCH_CHECK_CLEAN = "Nothing a committee would question. Rehearse it aloud."
PITCH_MISSING_TITLE = "Not in your records yet"
PITCH_TIMING_OVER = "Past five minutes: cut it, or use the 60-second version (Ctrl+T)."
PITCH_SLOT_UNUSED = (
    "Runs {duration} of a five-minute slot, leaving most of it unused: add {what}."
)
# The same, for a story that already tells two results or more.
PITCH_SLOT_UNUSED_RESULTS = (
    "Runs {duration} of a five-minute slot, leaving most of it unused. It "
    "already tells {count} results; add {what}."
)
# What a short story lacks, most useful first; up to two are offered, joined by
# PITCH_SLOT_OR (domain.pitch.unused_slot_note).
PITCH_SLOT_ADD = {
    "result": "the measured result (a before → after)",
    "second": "a second result",
    "insight": "the root cause or insight (what you found that others had missed)",
    "scope": "the scope (how many teams or people it reached)",
    "noticed": "who outside your team noticed (on record, but not in the story)",
    "detail": "more on the main result (how you measured it, what it took to "
    "land, what it made possible)",
}
PITCH_SLOT_OR = ", or "
PITCH_NOTHING = (
    "Nothing to draft from yet. Log a win (w on the home screen), ideally with a "
    "before → after, then press Ctrl+R here."
)
PITCH_SAVED = "Saved as version {number}."
PITCH_NOT_SAVED = "Pitch not saved"
PITCH_UNCHANGED = "Same as version {number}; nothing new to save."
PITCH_EMPTY = "The pitch is empty; nothing was saved."
PITCH_REDRAFT_CONFIRM = (
    "Replace the text with a fresh draft from your records? Your unsaved edits "
    "will be lost; saved versions stay."
)
PITCH_REDRAFTED = "Drafted again from your records. Ctrl+S keeps it as a version."
PITCH_DISCARD = "Leave the pitch without saving your edits?"
# Asked instead when nothing was typed since a redraft.
PITCH_DISCARD_DRAFT = "Leave the pitch without saving this draft?"
PITCH_RESTORED = "Version {number} is back in the editor; Ctrl+S saves it as new."
PITCH_RESTORE_CONFIRM = (
    "Put version {number} in the editor? Your unsaved edits will be lost; saved "
    "versions stay."
)
PITCH_EDITOR_NONE = (
    "Set $VISUAL or $EDITOR to your editor, with its wait flag if it has one "
    "(code --wait)."
)
PITCH_EDITOR_CANNOT = (
    "This terminal cannot hand over to an editor; edit the pitch here."
)
PITCH_EDITOR_AT_ONCE = (
    "Your editor came back at once, so it did not wait (VS Code needs code "
    "--wait). The text here is kept."
)
PITCH_EDITOR_NO_CHANGE = "No change made in the editor."
# The names of the files a text is edited in: the editor shows them.
EDITOR_FILE_PITCH = "pitch"
EDITOR_FILE_WHAT_YOU_DID = "what-you-did"
EDITOR_FILE_WHAT_CHANGED = "what-changed"
EDITOR_FILE_PROPOSAL = "proposal"
PITCH_EDITOR_FAILED = "Editor problem"
PITCH_SHORT_COPIED = (
    "Sent the 60-second pitch to your terminal's clipboard. Nothing pastes? Run "
    "`careerclimb pitch --short`."
)
PITCH_SHORT_COPIED_UNSAVED = (
    "Sent the 60-second pitch to your terminal's clipboard. Nothing pastes? Save "
    "this pitch (Ctrl+S), then run `careerclimb pitch --short`."
)
SHORT_TITLE = "The 60-second version"
# Which pitch the short version is cut from, as the pitch's own title says it.
SHORT_INTRO = (
    "The main story only, cut from {source}: for a hallway, or the first minute "
    "of a 1:1."
)
SHORT_FROM_DRAFT = "a draft of your records (not saved yet)"
SHORT_FROM_VERSION = "version {number} of {total}, saved {saved}"
SHORT_FROM_EDITED = "the pitch as edited (not saved yet)"
SHORT_KEYS = "y sends it to the clipboard, if your terminal allows it · Esc closes"
VERSIONS_TITLE = "Saved versions of your pitch"
VERSIONS_COLUMNS = ("#", "Saved", "Words", "Aloud", "Where it changes")
PITCH_VERSION_CUT = "(and the rest cut)"
PITCH_VERSION_FIRST = "(first) {text}"
VERSIONS_KEYS = "Enter puts the highlighted version back in the editor · Esc closes"
VERSIONS_NONE = "No saved version yet: Ctrl+S on the pitch saves one."

# The key that opens a long field in the user's editor: $VISUAL is tried first.
EDITOR_KEY_ACTION = "Edit in $VISUAL or $EDITOR"
EDITOR_BAD_COMMAND = "$VISUAL or $EDITOR ({value!r}) is not a command: {reason}."
EDITOR_NOT_FOUND = (
    'Could not start the editor "{command}": {reason}. Set $VISUAL or $EDITOR to '
    "an editor that is installed; the text is unchanged."
)
EDITOR_REASON_NOT_FOUND = "not found"
EDITOR_REASON_NOT_ALLOWED = "not allowed to run it"
EDITOR_NO_FILE = (
    "Could not write the text to a temporary file for the editor ({reason}); "
    "the text is unchanged."
)
EDITOR_FAILED = "The editor exited with status {status}; the text is unchanged."
EDITOR_NOT_UTF8 = "The edited file is not UTF-8 text; the text is unchanged."
EDITOR_FILE_GONE = (
    "The editor removed the file instead of saving it; the text is unchanged."
)

CLI_PEERS_NONE = (
    "No promoted peers recorded yet. Add them in the app: press P on home, or "
    "pick “Go: Promoted peers” in the command palette (Ctrl+P)."
)
CLI_PEERS_PATTERN = "What they had in common:"
CLI_PEERS_PATTERN_NONE = (
    "Nothing yet: no peer has next-level work recorded. Add what they did in the "
    "app: press P on home, then e on a peer."
)
CLI_PEERS_PATTERN_UNTAGGED = (
    "Nothing yet: no dimension or kind of work is ticked on the peers' "
    "next-level work. Tick them in the app to see the pattern: press P on home, "
    "e on a peer, then Enter on what they did."
)
CLI_PEERS_VISIBLE = "visible through: {text}"
CLI_PEERS_SAID = "they said: {text}"
CLI_PITCH_NOTHING = (
    "Nothing to pitch yet: log a win first, ideally with a before → after."
)
CLI_PITCH_VERSION = "Version {number} of {total}, saved {saved}"
CLI_PITCH_DRAFT = "Drafted from your records (not saved)"
CLI_PITCH_SHORT = (
    "The 60-second version, cut from a draft of your records (not saved yet)"
)
CLI_PITCH_SHORT_VERSION = (
    "The 60-second version of version {number} of {total}, saved {saved}"
)
CLI_PITCH_CHECKS = "How a committee reads it:"
# The check of `pitch --short` reads the 60-second cut only; the full pitch,
# which the packet prints, may hold what the cut leaves out.
CLI_PITCH_SHORT_CLEAN = (
    "Nothing a committee would question in this 60-second cut. Rehearse it aloud."
)
CLI_PITCH_FULL_FLAGS_ONE = (
    "The full pitch, which the packet prints, has 1 more finding the cut leaves "
    "out: see `careerclimb pitch --print`."
)
CLI_PITCH_FULL_FLAGS_MANY = (
    "The full pitch, which the packet prints, has {count} more findings the cut "
    "leaves out: see `careerclimb pitch --print`."
)
CLI_PITCH_MISSING = "Not in your records yet:"
# The pitch screen's note on a version the records have moved on from, for a
# shell: the app's key is named with the command that opens it.
CLI_PITCH_STALE = (
    "Your records changed since this version was saved: {changes}. Check its "
    "numbers, or redraft it in the app (careerclimb pitch, then Ctrl+R)."
)
CLI_PITCH_STALE_TARGET = (
    "This version was written for {earlier}; your target is now {target}. "
    "Redraft it for {target} in the app (careerclimb pitch, then Ctrl+R)."
)
CLI_PITCH_UNKNOWN_TARGET = (
    "The level this version was written for is not known: check that it argues "
    "for {target}, or redraft it in the app (careerclimb pitch, then Ctrl+R)."
)

HELP_SCREENS.update(
    {
        "PeersScreen": (
            "Colleagues promoted recently: what they did that mapped to the next "
            "level, how it became visible, and what they told you.",
            "Study who got promoted and why. The pattern across them, set beside "
            "your own evidence, shows the kind of work your company rewards.",
        ),
        "PeerFormScreen": (
            "Record one promoted peer: the levels, when, each thing they did "
            "(with its dimensions and signal), how it got seen, and their words.",
            "Initials are enough. Note what changed because of their work, not "
            "only what they did: that is what made it count.",
        ),
        "PeerItemDialog": (
            "One thing a promoted peer did, tagged with ladder dimensions, a "
            "signal and the kind of work.",
            "Under the kinds of work, a line says what the words look like; "
            "tick what fits, since the pattern view counts it.",
        ),
        "QuestionsDialog": (
            "Questions worth asking a colleague who was promoted recently.",
            "Ask what counted, who noticed and how, and what did not count: the "
            "answers are rarely written down anywhere.",
        ),
        "PitchScreen": (
            "The five-minute calibration pitch: drafted from your strongest "
            "evidence, checked the way a committee reads it, timed aloud.",
            "Problem, root cause, what you drove across teams, the measured "
            "result. Each save is a new version; Ctrl+L brings back an old one.",
        ),
        "ShortPitchDialog": (
            "The 60-second version of the story, from your records.",
            "What you drove and its result first; the rest only if it fits.",
        ),
        "PitchVersionsDialog": (
            "Every saved version of your pitch, newest last.",
            "Restoring puts a version back in the editor; saving it then adds a "
            "new version, so nothing is ever overwritten.",
        ),
    }
)

# --- Own one next-level problem ---
# The problem hub, questionnaire, catalogue browser, up-front check, tracker,
# proposal editor and their dialogs; the home note and `careerclimb problem`.

COMMAND_PROBLEM = "Go: Next-level problem"
COMMAND_PROBLEM_PURPOSE = "Own one problem: propose, get buy-in, drive, measure"

PROBLEM_HUB_TITLE = "Own one next-level problem"
PROBLEM_HUB_INTRO = (
    "Pick something the team struggles with that nobody was asked to fix. Spot it, "
    "propose a fix, win buy-in, drive it and measure the result."
)
PROBLEM_HUB_ACTIVE = "[b]In progress:[/b] {title}"
PROBLEM_HUB_NO_ACTIVE = (
    "No problem in progress. Press f to find one with a few questions, c to browse "
    "the catalogue, or w to describe one of your own."
)
# Said instead while one or more problems are paused, so the way back to them is
# not lost: o opens the row under the cursor, u on its page resumes it.
PROBLEM_HUB_NO_ACTIVE_PAUSED = (
    "No problem in progress. Paused: {titles}. To resume one, open it from the "
    "list (o) and press u on its page; or press f, c or w to start another."
)
PROBLEM_HUB_PAUSED_TITLE = "“{title}”"
PROBLEM_HUB_PAUSED_MORE = "{titles} and {more} more"
PROBLEM_HUB_NO_ACTIVE_READ_ONLY = (
    "No problem in progress in this backup. It is opened read-only: c browses "
    "the catalogue, but no problem can be taken or started here."
)
PROBLEM_HUB_ONE_AT_A_TIME = (
    "One problem at a time: close or pause it before starting another ({key} opens it)."
)
PROBLEM_IN_PROGRESS_NOTICE = (
    "You are already working on “{title}” ({stage}). One problem at a time: close "
    "or pause it before starting another ({key} opens it)."
)
PROBLEM_IN_PROGRESS_ASK = (
    "You are already working on “{title}” ({stage}). One problem at a time: "
    "before a new one is tracked, you will be asked to mark that one done, pause "
    "it or drop it.\n\nAnswer the four questions for a new one anyway?"
)
PROBLEM_OPEN_IN_PROGRESS = "Open in progress"
# The same, in the hub's footer, where six keys share 80 columns.
PROBLEM_IN_PROGRESS_FOOTER = "In progress"
PROBLEM_HUB_FIND = "Find"
# The key a screen's footer shows, then the shortcut every problem screen knows.
PROBLEM_OPEN_KEYS_EITHER = "{key} or {shortcut}"
PROBLEM_HUB_LIST = "Your problems"
PROBLEM_HUB_NONE = "None yet. The first one starts with f, c or w."
PROBLEM_HUB_NONE_READ_ONLY = "This backup holds no problem."
PROBLEM_HUB_COLUMNS = ("#", "Problem", "Stage", "Updated", "Change")

PROBLEM_DAYS_TODAY = "today"
PROBLEM_DAYS_ONE = "yesterday"
PROBLEM_DAYS_MANY = "{days} days ago"
PROBLEM_UPDATED = "updated {when}"
PROBLEM_NEXT_STEP = "next step: {step}"
PROBLEM_NO_NEXT_STEP = "none set"
PROBLEM_PAUSED_FROM = "Paused (at {stage})"
PROBLEM_STALE = (
    "No note, reading or move for {days} days. A problem left alone fades from "
    "view: add a note or a reading, set the next step, or pause it on purpose."
)
PROBLEM_HOME_LINE = "Problem: {title} · {status}"
PROBLEM_HOME_STALE_MARK = "⚠ Stalled ·"
PROBLEM_HOME_OPEN = "{line} · {key} opens it"
PROBLEM_BETTER = "better"
PROBLEM_NOT_BETTER = "not better yet"
PROBLEM_BASELINE_TAG = "baseline"
PROBLEM_PEOPLE_AGREED = "Agreed:"
PROBLEM_PEOPLE_WAITING = "Still to agree:"
PROBLEM_PEOPLE_HELPED = "Helped:"
PROBLEM_PEOPLE_TEAMS = "Other teams:"

PROBLEM_FINDER_TITLE = "Find a problem worth owning"
PROBLEM_FINDER_PROGRESS = "Question {number} of {total}  "
PROBLEM_FINDER_ANSWERED = "  {answered} of {total} answered"
PROBLEM_FINDER_ANSWER_PLACEHOLDER = "Type your answer here: a few words will do"
PROBLEM_FINDER_MATCHES = "Best matches so far"
# Beside a candidate that is a problem the user dropped earlier; {reason} is
# the reason recorded then, without its full stop.
PROBLEM_DROPPED_BEFORE = "You dropped a problem like this before, “{title}”: {reason}."
PROBLEM_DROPPED_BEFORE_NO_REASON = "You dropped a problem like this before: “{title}”."
PROBLEM_FINDER_NO_MATCHES = (
    "Answer in your own words; problems that share them will show here."
)
PROBLEM_FINDER_NEXT = "Next"
PROBLEM_FINDER_RANKED = "Catalogue"
PROBLEM_FINDER_KEYS = (
    "Enter: next question (the last one opens the ranked catalogue) · "
    "Tab: the matches · Enter on a match: read it"
)
PROBLEM_FINDER_DISCARD = "Leave the questions? Your answers will be lost."

PROBLEM_CATALOG_TITLE = "Problem catalogue"
PROBLEM_CATALOG_RANKED = "Problems ranked by your answers"
PROBLEM_CATALOG_INTRO = (
    "t takes the highlighted problem to the four questions; w writes your own."
)
PROBLEM_CATALOG_EMPTY = "The catalogue is empty."
# After a title in the catalogue's list: the user dropped a problem like it before.
PROBLEM_CATALOG_DROPPED_MARK = " (dropped before)"
PROBLEM_CATALOG_BROKEN = "A problem catalogue file could not be loaded"
PROBLEM_ENTRY_SYMPTOMS = "How it shows"
PROBLEM_ENTRY_WHY = "Why fixing it reads as next-level work"
PROBLEM_ENTRY_DIMENSIONS = "Ladder dimensions: {names}"
PROBLEM_ENTRY_STEPS = "First steps"
PROBLEM_ENTRY_WHO = "Who usually has to agree"
PROBLEM_ENTRY_MEASURES = "What to measure"

PROBLEM_CHECK_TITLE = "Before you commit: the four questions"
PROBLEM_CHECK_OWN_INTRO = (
    "Your own problem. Name it, say how it shows, then answer the four questions."
)
PROBLEM_CHECK_NAME = "The problem, in a few words"
PROBLEM_CHECK_NAME_HINT = "e.g. Releases need a person watching them for an hour"
PROBLEM_CHECK_DESCRIPTION = "What goes wrong, how often, and who feels it?"
PROBLEM_CHECK_PEER_YES = "Yes, a peer would"
PROBLEM_CHECK_PEER_NO = "No"
PROBLEM_CHECK_CHOOSING_YES = "I am choosing it"
PROBLEM_CHECK_CHOOSING_NO = "It was assigned"
# The questions take their answer keys themselves, so no binding names them; the
# help lists them, as the review walk's lists its own.
CHECK_WIDGET_KEYS = (
    ("y n", "Questions 1 and 2: yes or no"),
    ("← → Enter", "Pick an answer of the question in focus"),
    ("enter", "In a one-line field: go on to the next one"),
)
PROBLEM_CHECK_PANEL = "The check"
PROBLEM_CHECK_WAITING = (
    "Answer the four questions: the verdict comes once all four are answered. "
    "One answer settles it sooner: if a strong peer would do this anyway, or it "
    "was assigned, it is not a next-level problem for you to drive, whatever else "
    "you answer. The problem you drive is one you choose; assigned work is judged "
    "in your quarterly review, once it is done."
)
PROBLEM_CHECK_ANYWAY = "{verdict}\n{reasons}\n\nTrack it anyway?"
PROBLEM_CHECK_DISCARD = "Leave the check? Your answers here will be lost."
PROBLEM_CHECK_NOTE_CHANGE = "Would change: {text}."
PROBLEM_CHECK_NOTE_OUTSIDE = "Would be noticed by: {text}."
# Shown on the new problem's page, under its title: the step is the one the page
# shows, said whole in three lines of a notice at 80 columns.
PROBLEM_STARTED = "Next step: {step}."
PROBLEM_SET_ASIDE = "“{title}” is now {stage}."

PROBLEM_ACTIVE_TITLE = "One problem at a time"
PROBLEM_ACTIVE_NOT_DONE = (
    "It is at {stage}, so it cannot be marked done yet: a problem is done once its "
    "result is being measured."
)
PROBLEM_ACTIVE_DONE = "It is done (d)"
PROBLEM_ACTIVE_PAUSE = "Pause it (p)"
PROBLEM_ACTIVE_DROP = "Drop it (x)"

PROBLEM_FROM_CATALOG = "From the catalogue: {title}"
# Said instead when the problem's title is the catalogue entry's own.
PROBLEM_FROM_CATALOG_SAME = "From the problem catalogue"
PROBLEM_CHECK_FROM_CATALOG = (
    "From the catalogue: its name is filled in below. Answer the questions "
    "first; Shift+Tab goes up to say how your team lives it."
)
PROBLEM_OWN = "Your own problem"
PROBLEM_SECTION_MEASURE = "Measure"
PROBLEM_SECTION_PEOPLE = "People"
PROBLEM_SECTION_LOG = "Log"
PROBLEM_SECTION_WINS = "Linked wins"
# The footer holds the keys the current stage asks for; the tracker's texts name
# no other key, and this line points to the rest.
PROBLEM_TRACKER_KEYS = "Ctrl+P lists every other action on this screen, with its key."
# The m key in the palette, worded so "measure", "baseline" or "better" finds it.
# The r key in the palette, worded so "correct", "remove" or "wrong" finds it.
PROBLEM_PALETTE_READINGS = "Correct or remove a reading typed wrong"
PROBLEM_PALETTE_READING = (
    "Take a reading of the measure (baseline first; which way is better)"
)
PROBLEM_METRIC_LINE = "[b]{metric}[/b]{direction}"
PROBLEM_METRIC_BETTER = " ({better} is better)"
PROBLEM_CHANGE_LINE = "Change so far: [b]{change}[/b]"
# Once done, the before → after is the result the problem closed with.
PROBLEM_RESULT_LINE = "Change: [b]{change}[/b]"
PROBLEM_CHANGE_EARLY = "{line} · {note}"
# Over the small chart of every reading, once there are enough to show a trend.
PROBLEM_TREND_CAPTION = "{metric}: trend of the {count} readings, oldest to newest"
PROBLEM_TREND_CAPTION_NO_METRIC = "Trend of the {count} readings, oldest to newest"
# The trend in one row: the first value, a block a reading, the latest value.
PROBLEM_TREND_ROW = "{first} {blocks} {latest}"
PROBLEM_TREND_ROW_BETTER = "{row} ({better})"
PROBLEM_NO_BASELINE = (
    "No baseline yet. Press m to record where things stand before the fix lands."
)
PROBLEM_ONLY_BASELINE = "Baseline recorded. Press m again for a reading after the fix."
PROBLEM_NO_PEOPLE = "Nobody recorded yet. Press k to add who needs to agree."
# The same, at a stage whose footer does not hold the key they would name.
PROBLEM_NO_BASELINE_NO_KEY = (
    "No baseline yet: record where things stand before the fix lands."
)
PROBLEM_ONLY_BASELINE_NO_KEY = "Baseline recorded; a reading after the fix follows."
PROBLEM_NO_PEOPLE_NO_KEY = "Nobody recorded yet."
PROBLEM_NO_LOG = "Nothing logged yet."
PROBLEM_NO_WINS = "No wins linked yet. Press l to link one, or w for the result."
PROBLEM_NO_WINS_LINK = "No wins linked yet. Press l to link one."
PROBLEM_NO_WINS_RESULT = "No wins linked yet. Press w to log the result as one."
PROBLEM_NO_WINS_NO_KEY = "No wins linked yet."
PROBLEM_WIN_GONE = "win #{id} (deleted)"
PROBLEM_DROPPED_BECAUSE = "Dropped: {reason}"
PROBLEM_DONE_NOTE = (
    "Done. If the result is not a win yet, press w to log it with the before → after."
)
PROBLEM_DONE_WITH_WIN = "Done. The result is logged as a win, linked below."
# Said while the linked result win tells an older before → after than the readings.
PROBLEM_RESULT_WIN_BEHIND = (
    "Your result win #{id} still says {said}; the latest reading is {latest}: "
    "w updates it."
)
# Follows the latest reading above when the baseline was removed or corrected.
PROBLEM_RESULT_LATEST_NEW_BASELINE = "{latest}, from a baseline now {baseline}"
# Said once the reading a result win was drafted from is removed.
PROBLEM_RESULT_WIN_UNBACKED = (
    "Your result win #{id} still says {said}, but no reading after the baseline "
    "backs it now: m adds a reading, or edit the win in the journal."
)
PROBLEM_NOT_SAVED = "The problem was not saved"
PROBLEM_MOVED = "Moved to {stage}."
PROBLEM_NOTE_SAVED = "Note saved."
PROBLEM_NOTE_STEP_SAVED = "Next step saved; no note, as the note was empty."
PROBLEM_NOTE_STEP_CLEARED = "Next step cleared; no note, as the note was empty."
PROBLEM_READING_JUMP_CONFIRM = "{jump}\n\nSave it all the same?"
PROBLEM_BASELINE_SAVED = "Baseline saved."
PROBLEM_READING_SAVED = "Reading saved."
PROBLEM_BETTER_SAVED = "Saved: {better}, and every change is judged that way."
PROBLEM_READING_SAVED_EARLY = "Reading saved; {note}."
PROBLEM_READING_BEFORE_FIX = (
    "Reading saved. At {stage} the fix is not being driven yet, so this reading "
    "shows where things stand, not a result of the fix."
)
PROBLEM_PEOPLE_SAVED = "People saved."
PROBLEM_DETAILS_SAVED = "Details saved."
PROBLEM_LINKS_SAVED = "Linked wins saved."
PROBLEM_WIN_LINKED = "Win #{id} saved and linked to this problem."
# The step itself is on the tracker, under the stage; the notice only points there.
PROBLEM_WIN_LINKED_NEXT = (
    "Win #{id} saved and linked to this problem; its next step is shown above."
)
PROBLEM_OFFER_WIN = (
    "Log the result as a win now? The before → after and what changed are "
    "filled in; you add who benefited."
)
# The same offer when the problem records other teams: helping is not gaining,
# so they are named under the field as a reminder, not filled in.
PROBLEM_OFFER_WIN_BENEFITED = (
    "Log the result as a win now? The before → after and what changed are "
    "filled in; you add who benefited, with the teams involved ({who}) named "
    "under the field as a reminder."
)
PROBLEM_RESULT_WIN_CLOSED = (
    "No win logged: the form was closed without saving. Still at {stage}: w logs "
    "the result, a moves to {next}."
)
PROBLEM_RESULT_WIN_CLOSED_DONE = (
    "No win logged: the form was closed without saving. Press w to log the result."
)
PROBLEM_OFFER_WIN_UPDATE = (
    "Update your result win #{id} to the latest reading? The before → after and "
    "what changed are brought up to date; what you wrote yourself is kept."
)
PROBLEM_WIN_UPDATED = "Win #{id} now says the latest result."
PROBLEM_WIN_UPDATED_NEXT = (
    "Win #{id} now says the latest result; the next step is shown above."
)
PROBLEM_WIN_TITLE_STALE = (
    "The win's title still says {figure}; edit it in the journal (j, Ctrl+E)."
)
PROBLEM_RESULT_WIN_NOT_UPDATED = (
    "Win #{id} not updated: the form was closed without saving. Press w to update it."
)

PROBLEM_DIALOG_KEYS = (
    "Tab: next field (Enter too, from a text box) · Ctrl+S or F2: save · Esc: cancel"
)
PROBLEM_DIALOG_CHOOSE = "Choose one"
PROBLEM_DIALOG_DISCARD = "Close without saving? What you typed will be lost."
# Worded as a move into a stage: "Move to Buy-in" alone reads as if the
# agreement were already won.
PROBLEM_STAGE_MOVE_TITLE = "Move this problem to the {stage} stage"
PROBLEM_STAGE_RESUME_TITLE = "Resume this problem at the {stage} stage"
PROBLEM_STAGE_PAUSE_TITLE = "Pause this problem"
PROBLEM_STAGE_DROP_TITLE = "Drop this problem"
PROBLEM_STAGE_NOTE = "What happened (optional)"
PROBLEM_STAGE_REASON = "Why drop it?"
PROBLEM_STAGE_NOTE_HINT = "e.g. Shared the proposal with the tech lead on Tuesday"
PROBLEM_STAGE_PAUSE_REASON = "Why pause it? (optional)"
# The example under the note of a move, by the stage moved into (chosen by
# domain.initiative.stage_note_example); a stage missing here takes
# PROBLEM_STAGE_NOTE_HINT.
PROBLEM_STAGE_NOTE_HINTS = {
    "spotted": "e.g. Timed five releases: each waited a day for sign-off",
    "proposed": PROBLEM_STAGE_NOTE_HINT,
    "buy_in": "e.g. The EM and the SRE lead agreed to a two-week trial",
    "driving": "e.g. Shipped the first change with the platform team",
    "measuring": "e.g. The new pipeline has run every release since Monday",
    "dropped": "e.g. The platform team is replacing this pipeline next quarter",
    "paused": "e.g. On hold until the release freeze ends in January",
    "done": "e.g. Six weeks of readings hold at the new level",
}
PROBLEM_STAGE_GUIDE_DONE_LOGGED = (
    "Close it with the measured result. The result win is already logged and "
    "linked to this problem, so its before → after is in your evidence."
)
PROBLEM_NEXT_STEP_LABEL = "The next step"
PROBLEM_NEXT_STEP_HINT = "One concrete thing, e.g. Book 30 minutes with the SRE lead"
PROBLEM_STAGE_GUIDE = {
    "proposed": (
        "Write the one-page proposal (p) and send it to whoever has to agree: the "
        "problem, the evidence, the fix, what it costs and how you will measure it."
    ),
    "buy_in": (
        "Get an explicit yes from each person who has to agree, and record who did "
        "(k). A disagreement found now costs far less than one found later."
    ),
    "driving": (
        "Do the work and bring others along: a fix only you can keep running is not "
        "finished. Record a baseline before the change lands, if you have none."
    ),
    "measuring": (
        "Take readings of the same measure, from the same source as the baseline, "
        "until the effect is clear."
    ),
    "done": (
        "Close it with the measured result, then log that result as a win so the "
        "before → after joins your evidence."
    ),
    "paused": (
        "Pausing sets it aside on purpose: it is not flagged as stalled, and you may "
        "start another problem meanwhile."
    ),
    "dropped": (
        "Dropping closes it for good. Keep the reason: a problem dropped for a good "
        "reason is still worth remembering."
    ),
}
PROBLEM_NOTE_TITLE = "Note under {stage}"
PROBLEM_NOTE_LABEL = "The note"
PROBLEM_NOTE_HINT = "e.g. Platform team agreed to review the canary config"
PROBLEM_BASELINE_TITLE = "Baseline"
PROBLEM_BASELINE_INTRO = (
    "Where things stand before the fix. Later readings are compared with it, so "
    "note where the number comes from."
)
PROBLEM_READING_TITLE = "A new reading"
PROBLEM_READING_INTRO = "Compared with the baseline: {baseline}."
PROBLEM_READING_METRIC = "What you measure"
PROBLEM_READING_METRIC_HINT = "e.g. Lead time for changes"
PROBLEM_READING_METRIC_SUGGESTED = "e.g. {name}"
PROBLEM_READING_BETTER = "Which way is better?"
PROBLEM_BETTER_LOWER = "Lower is better"
PROBLEM_BETTER_HIGHER = "Higher is better"
PROBLEM_READING_VALUE = "The number"
PROBLEM_READING_VALUE_NAME = "reading"
PROBLEM_READING_VALUE_HINT = "e.g. 24 or 1.5"
PROBLEM_READING_UNIT = "Unit"
PROBLEM_READING_UNIT_HINT = "e.g. hours, %, deploys/week"
PROBLEM_READING_DATE = "Date taken"
PROBLEM_READING_SOURCE = "Source"
PROBLEM_READING_FUTURE = "{day} is in the future: record a reading once it is taken."
PROBLEM_READING_SOURCE_HINT = "e.g. CI dashboard, incident tracker, counted by hand"
PROBLEM_PEOPLE_TITLE = "People around this problem"
PROBLEM_PEOPLE_INTRO = "Names or roles, separated by commas."
PROBLEM_PEOPLE_TO_AGREE = "Who has to agree"
PROBLEM_PEOPLE_AGREED_LABEL = "Who has agreed"
PROBLEM_PEOPLE_HELPED_LABEL = "Who helped"
PROBLEM_PEOPLE_TEAMS_LABEL = "Other teams involved"
PROBLEM_NAMES_HINT = "e.g. Priya (tech lead), the engineering manager"
PROBLEM_ROLES_HINT = "e.g. {roles}"
PROBLEM_TEAMS_HINT = "e.g. platform team, support"
PROBLEM_DETAILS_TITLE = "What the proposal is drafted from"
PROBLEM_DETAILS_INTRO = (
    "Your own words. Anything left empty shows in the proposal as a section to fill."
)
PROBLEM_DETAILS_NAME = "The problem, in a few words"
# The pitch tells this field as "What I found: …", and the proposal under its
# Evidence heading: a finding, not where it was looked up.
PROBLEM_DETAILS_EVIDENCE = "What you found (the evidence the problem is real)"
PROBLEM_DETAILS_EVIDENCE_EXAMPLE = (
    "e.g. merges wait 40 minutes on average, 3 weeks of CI data"
)
PROBLEM_DETAILS_TARGET = "Target: what would change, and how you would measure it"
FILE_DIALOG_KEYS = "Enter writes the file · Esc cancels"
"""Under the one path field of the proposal and prep plan exports."""
PROBLEM_EXPORT_TITLE = "Export the proposal"
PROBLEM_EXPORT_INTRO = (
    "Written as Markdown, readable by you only. A bare file name lands in the "
    "folder CareerClimb was started from; an existing file is never replaced "
    "without asking."
)
PROBLEM_EXPORT_BUTTON = "Export"
PROBLEM_EXPORT_PATH = "File"
PROBLEM_EXPORT_WHOLE_PATH = "Whole path: {path}"
PROBLEM_EXPORT_NAME = "careerclimb-proposal-{slug}-{date}.md"
PROBLEM_EXPORT_UNNAMED = "problem"
PROBLEM_EXPORT_NO_PATH = "Name the file to write."
PROBLEM_EXPORT_EXISTS = "{path} already exists. Replace it?"
PROBLEM_EXPORT_NOT_DONE = "The proposal was not exported"
PROBLEM_EXPORTED = "Proposal written to {path}."
PROBLEM_READINGS_TITLE = "Readings"
PROBLEM_READINGS_INTRO = (
    "A number typed wrong reaches the proposal, the pitch and the packet: put it "
    "right here, or remove it."
)
PROBLEM_READINGS_BASELINE_MARK = "baseline"
PROBLEM_READINGS_KEYS = "Enter or c: correct · Del or d: remove · Esc: close"
PROBLEM_READING_FIX_TITLE = "Correct reading {number}"
PROBLEM_BASELINE_FIX_TITLE = "Correct the baseline"
PROBLEM_READING_FIX_INTRO = (
    "It says {reading}. The unit stays {unit}, as every reading is compared in it."
)
PROBLEM_READING_FIX_INTRO_NO_UNIT = (
    "It says {reading}. The readings have no unit yet; give one with the next "
    "reading (m) and every reading takes it."
)
# Said once a reading gives its unit to readings saved without one.
PROBLEM_UNIT_GIVEN = "Every reading is now in {unit}."
PROBLEM_READING_REMOVE_CONFIRM = (
    "Remove the reading of {reading}? The change so far is worked out again without it."
)
PROBLEM_BASELINE_REMOVE_CONFIRM = (
    "Remove the baseline, {reading}? The next reading, {next}, becomes the "
    "baseline, and every change is measured from it."
)
PROBLEM_BASELINE_REMOVE_ONLY_CONFIRM = (
    "Remove the baseline, {reading}? The next reading you take becomes the baseline."
)
PROBLEM_READING_CORRECTED = "Reading corrected."
PROBLEM_READING_REMOVED = "Reading removed."
PROBLEM_LINK_TITLE = "Wins that came out of this problem"
PROBLEM_LINK_NO_WINS = "No wins logged yet."
PROBLEM_LINK_KEYS = "Space: link or unlink · Ctrl+S or F2: save · Esc: cancel"

PROBLEM_PROPOSAL_MISSING = "Still to fill in: {places}."
PROBLEM_PROPOSAL_MISSING_PLACE = "{sections} ({where})"
"""One group of empty proposal sections and the key that fills them in."""
PROBLEM_PROPOSAL_COMPLETE = (
    "Every section holds your own words. F3 exports it as Markdown."
)
PROBLEM_PROPOSAL_SAVED = "Proposal saved."
PROBLEM_PROPOSAL_REFILLED = (
    "Filled in from your records: {sections}. The rest is as you saved it."
)
PROBLEM_PROPOSAL_SAME = "The text already matches a fresh draft."
PROBLEM_PROPOSAL_READINGS_UPDATED = (
    "The readings quoted are brought up to date from your records."
)
PROBLEM_PROPOSAL_READINGS_STALE = (
    "Its readings no longer match the problem's: Ctrl+R redrafts them."
)
PROBLEM_REDRAFT_ASK = (
    "Replace the text with a fresh draft from the problem's details? Your edits "
    "to the text will be lost."
)
PROBLEM_DETAILS_REDRAFTED = "Details saved; the proposal follows them."
# After "Details saved." when the proposal's text was edited: the sections that
# now show the details, those the user's own edits keep apart, or neither.
PROBLEM_DETAILS_FILLED_IN = "Filled in from them: {sections}."
PROBLEM_DETAILS_LEFT_OUT = (
    "Your edits to {sections} are kept, so the new details are not in them; "
    "Ctrl+R redrafts the text from the details."
)
PROBLEM_DETAILS_TEXT_KEPT = (
    "Your edited text is kept; Ctrl+R redrafts it from the details."
)
PROBLEM_PROPOSAL_DISCARD = "Leave the proposal? Your unsaved edits will be lost."

INITIATIVE_NOT_FOUND = (
    "No problem #{id}. `careerclimb problem list` shows the ids of yours."
)
INITIATIVE_ID_NOT_A_NUMBER = (
    "“{id}” is not a problem id: give its number, e.g. 1. "
    "`careerclimb problem list` shows the ids of yours."
)
PROBLEM_CLI_COL_ID = "ID"
PROBLEM_CLI_COL_STAGE = "STAGE"
PROBLEM_CLI_COL_UPDATED = "UPDATED"
PROBLEM_CLI_COL_PROBLEM = "PROBLEM"
PROBLEM_CLI_YOURS = "Your problems"
PROBLEM_CLI_NONE = "None yet. Find one in the app: `careerclimb problem`, then f."
PROBLEM_CLI_CATALOG = (
    "Catalogue of problems to own: start one in the app (`careerclimb problem`, "
    "then c).\n"
    "Its ids name entries in problem files of your own (see the README)."
)
# After PROBLEM_CLI_CATALOG, only when the user's problems are listed above it.
PROBLEM_CLI_SHOW_NUMBERS = " `problem show` takes the numbers of yours above."
PROBLEM_CLI_DROPPED = "Dropped: {reason}"
PROBLEM_CLI_FROM = "From the catalogue: {title} ({id})"
PROBLEM_CLI_CHANGE = "Change so far: {change}"
# On stderr after a reading is saved; {notice} is INITIATIVE_BETTER_CONTRADICTS.
# A later reading given no --source is saved with the last one's, and says so.
PROBLEM_CLI_SOURCE_KEPT = "source: {source} (as before; --source to change)\n"
PROBLEM_CLI_BETTER_CONTRADICTS = "warning: {notice}\n"
# {better} is the direction the check's words imply: "lower" or "higher".
PROBLEM_CLI_BETTER_FIX = (
    "If so, give --better {better} with the next reading: "
    "`careerclimb problem measure {id} NUMBER --better {better}`."
)
PROBLEM_CLI_READING_JUMP = "{jump} If it is right, run the command again with --yes."
PROBLEM_CLI_RESULT = "Change: {change}"
# {id} is the result win's, {problem} the problem's: the hub lists problems by id.
PROBLEM_CLI_RESULT_WIN_BEHIND = (
    "Win #{id} still says {said}; the latest reading is {latest}. To update it, "
    "run `careerclimb problem`, choose problem #{problem} under Your problems, "
    "press o to open it, then w."
)
# Said on stderr once --delete removes the reading a result win was drafted from.
PROBLEM_CLI_RESULT_WIN_UNBACKED = (
    "Win #{id} still says {said}, but no reading after the baseline backs it "
    "now. Add one with `careerclimb problem measure {problem} VALUE`, or edit "
    "the win in the app's journal (`careerclimb`, then j)."
)
PROBLEM_CLI_NO_BASELINE = (
    "No baseline yet: `careerclimb problem measure {id} VALUE --metric NAME "
    "--better lower|higher --unit UNIT`."
)
PROBLEM_CLI_BASELINE_NEEDS = (
    "The first reading of problem #{id} is its baseline, so it needs what is "
    "measured and which way is better: add {missing}, e.g. {example}."
)
PROBLEM_CLI_MEASURE_EG = '--metric "{metric}" --better {better}'
PROBLEM_CLI_METRIC_EG = "Lead time for changes"
PROBLEM_CLI_MEASURE_SET = (
    "Problem #{id} has measured {measure} since its baseline; later readings "
    "need only the number, so leave out --metric (--better may change which way "
    "is better)."
)
PROBLEM_CLI_NOTED = "Note filed under {stage} on problem #{id}."
PROBLEM_CLI_READINGS_HEAD = "Readings of problem #{id}, oldest first:"
PROBLEM_CLI_BASELINE_MARK = "baseline"
PROBLEM_CLI_READINGS_HOW = (
    "To put one right: careerclimb problem readings {id} --correct N NUMBER; to "
    "remove one: careerclimb problem readings {id} --delete N."
)
PROBLEM_CLI_READING_NUMBER = (
    "'{text}' is not a reading number: give the number `problem readings` lists "
    "it under, e.g. 2."
)
PROBLEM_CLI_READING_CORRECTED = (
    "Reading {number} of problem #{id} is now {reading} on {date}."
)
PROBLEM_CLI_READING_REMOVED = (
    "Removed reading {number} of problem #{id}: {reading} on {date}."
)
PROBLEM_CLI_UNIT_GIVEN = "Every reading of problem #{id} is now in {unit}."
PROBLEM_CLI_NEW_BASELINE = "The baseline is now {reading} on {date}."
PROBLEM_CLI_BETTER_SET = "For problem #{id}, {better} is now better."
PROBLEM_CLI_ONLY_WITH_CORRECT = (
    "--date, --source and --yes say how to correct a reading: use them with "
    "--correct N VALUE."
)
PROBLEM_CLI_BASELINE = "Baseline for problem #{id}: {reading} on {date}."
PROBLEM_CLI_READING = (
    "Reading for problem #{id}: {reading} on {date}. Change so far: {change}."
)

HELP_SCREENS.update(
    {
        "ProblemHubScreen": (
            "The problem you are driving, every problem you have owned, and three "
            "ways to find the next one: a few questions, the catalogue, or your own.",
            "Owning one problem the team struggles with, from spotting it to a "
            "measured result, is the clearest next-level signal there is.",
        ),
        "ProblemFinderScreen": (
            "A few questions about what slows the team down. As you answer, problems "
            "from the catalogue that share your words are ranked, with those words.",
            "Good problems hide in what everyone has learnt to work around; the "
            "questions ask about exactly that.",
        ),
        "ProblemCatalogScreen": (
            "Problems teams commonly struggle with: how each shows, why fixing it "
            "reads as next-level work, first steps, who agrees and what to measure.",
            "Take one that matches your team, or use it as a model for your own. "
            "Your own entries can live in the problems folder next to your ladders.",
        ),
        "CandidateCheckScreen": (
            "Name the problem and answer the four questions before you commit.",
            "Work a strong peer would do anyway, work you were assigned, or work "
            "whose change you cannot name reads as current-level, however well done.",
        ),
        "InitiativeScreen": (
            "One problem from spotted to done: its stage, dated notes, the next "
            "step, the baseline and readings, the people, and the wins it produced.",
            "Move one stage at a time. Measure before the fix lands, so the result "
            "can be told as a before → after.",
        ),
        "ProposalScreen": (
            "A one-page proposal drafted from what you entered, editable as Markdown "
            "and exported to a file you name.",
            "Sections you have not filled say what belongs there; the catalogue's "
            "ideas are offered as ideas, never as your facts.",
        ),
        "StageDialog": (
            "Move the problem to another stage, with a note and the next step.",
            "Forward one stage at a time; pausing sets it aside, dropping needs a "
            "reason.",
        ),
        "NoteDialog": (
            "A dated note under the current stage, and the next step.",
            "Short, regular notes are what turn the work into a story later.",
        ),
        "ReadingDialog": (
            "The baseline, or a later reading of the same measure.",
            "Use the same unit and source every time, so readings compare.",
        ),
        "ReadingsDialog": (
            "Every reading of the measure, the baseline first, to correct one or "
            "remove it.",
            "A number typed wrong would be told in the pitch and the packet as a "
            "result: put it right as soon as you see it.",
        ),
        "ReadingFixDialog": (
            "The number, day or source of one reading, put right.",
            "The unit stays as it was, so every reading still compares.",
        ),
        "PeopleDialog": (
            "Who has to agree, who agreed, who helped, and other teams involved.",
            "Reach beyond the team is part of what makes the work next-level.",
        ),
        "DetailsDialog": (
            "The problem, evidence, fix and cost the proposal is drafted from.",
            "Write them in your own words; the proposal uses nothing else.",
        ),
        "ExportDialog": (
            "Where to write the proposal, or the prep plan, as Markdown.",
            "The file is private to you; an existing file is replaced only if you "
            "say so.",
        ),
        "ActiveInitiativeDialog": (
            "You are already driving a problem: say whether it is done, paused or "
            "dropped before starting another.",
            "One problem driven to a measured result says more than several "
            "half-driven ones.",
        ),
        "LinkWinsDialog": (
            "Link the wins that came out of this problem.",
            "Linked wins show the problem's result next to the work that led to it.",
        ),
    }
)

# --- Manager conversation: screens, store and command line ---

COMMAND_MANAGER = "Go: Manager conversation"
COMMAND_MANAGER_PURPOSE = "Prepare, rehearse and record the promotion conversation"
COMMAND_PREP = "Go: Prepare the promotion conversation"
COMMAND_PREP_PURPOSE = "A one-page plan: the ask, wins to bring, questions"
COMMAND_CRITERIA = "Go: Criteria from your manager"
COMMAND_CRITERIA_PURPOSE = "What your manager said would count, and your evidence"

MANAGER_HUB_TITLE = "Manager conversation"
MANAGER_HUB_INTRO = (
    "Ask your manager what, specifically, you would need to demonstrate; push past "
    "a vague answer; keep what you hear as criteria and bring evidence for them."
)
MANAGER_HUB_PREPARE = "p  Prepare: a one-page plan from your own wins and gaps"
MANAGER_HUB_REHEARSE = "r  Rehearse: practise the ask with a simulated manager"
MANAGER_HUB_RECORD = "n  Record: what your manager said, line by line"
MANAGER_HUB_CRITERIA = "c  Criteria: what would count, and your evidence for each"
MANAGER_HUB_HISTORY = "Past conversations"
MANAGER_HUB_NO_TALKS = "None recorded yet. After the real conversation, press n."
MANAGER_HUB_COL_DATE = "Date"
MANAGER_HUB_COL_CRITERIA = "Criteria"
MANAGER_HUB_COL_NOTES = "What was said"
MANAGER_HUB_LAST_TALK = "Last conversation: {date} ({ago})."
MANAGER_HUB_NO_TALK_YET = "No conversation recorded yet."
MANAGER_HUB_COUNTS = "{total} {word}: {unmet} still to meet, {met} met."
MANAGER_CRITERION_WORDS = ("criterion", "criteria")
"""A criterion's name in the singular and the plural."""
MANAGER_HUB_FLAGGED = " {flagged} waiting for evidence too long."
MANAGER_NEXT_CHECK_IN = "Next check-in: {advice}"

MANAGER_QUESTION_EXAMPLE = (
    "Can you give me an example of work that would show “{text}”?"
)
MANAGER_QUESTION_FOCUS_MISSING = (
    "I have no next-level work to show for {dimension} yet. What would it look "
    "like on our team, concretely, and is there something coming up I could take?"
)
MANAGER_QUESTION_FOCUS_THIN = (
    "{dimension} is where my case is thinnest: I have a little to show. What more "
    "would make it convincing to you, and to whoever else decides?"
)
MANAGER_QUESTION_OTHER_MISSING = (
    "{dimension}: who here does this the way you would want to see from me?",
    "{dimension}: what is the smallest piece of work that would count?",
)
MANAGER_QUESTION_OTHER_THIN = (
    "{dimension}: does what I have done so far count yet?",
    "{dimension}: what would one more example need to show?",
)
"""Shorter questions for the dimensions after the focus, taken in turn."""
# Before the talk, instead of a gap's question, when a measured impact win
# tagged with the dimension exists but no review has judged it yet.
PREP_BEFORE_REVIEW_ONE = (
    "Review your strong win on {dimension} from {quarters}: until a review "
    "judges it, it counts in no gap."
)
PREP_BEFORE_REVIEW_MANY = (
    "Review your {count} strong wins on {dimension} from {quarters}: until a "
    "review judges them, they count in no gap."
)
# Instead of a gap's question, when a win brought to the talk is tagged with the
# dimension but no review has judged it yet.
MANAGER_QUESTION_BROUGHT_UNREVIEWED = (
    "My strongest work on {dimension} is not reviewed yet: #{id} “{title}”. "
    "Would it count at the next level?"
)
# The same, when that win is the strongest work on several of the gaps.
MANAGER_QUESTION_BROUGHT_UNREVIEWED_MANY = (
    "My strongest work on {count} gaps ({dimensions}) is not reviewed yet: "
    "#{id} “{title}”. Would it count at the next level on each?"
)
# Said in one bracket after a win brought forward, the notes joined.
PREP_EVIDENCE_NOTED = "{line} ({notes})"
PREP_EVIDENCE_NOTES_JOIN = "; "
PREP_EVIDENCE_NOT_REVIEWED = "not reviewed yet"
# Beside a result win brought forward whose problem's readings tell another result.
RESULT_WIN_OFF_READINGS = (
    "its numbers no longer match the readings: {baseline} baseline, {latest} latest"
)
RESULT_WIN_UNBACKED_NOTE = "no reading after the baseline backs its numbers now"
PACKET_OFF_READINGS = "Note"
MANAGER_INITIATIVE = "{title} ({stage})"
MANAGER_INITIATIVE_MEASURED = "{title} ({stage}): {change} so far"
MANAGER_INITIATIVE_FINISHED = "{title}: finished, with {change} as the result"
MANAGER_CYCLE_NAME = "cycle closing {date}"

MANAGER_ASK_TITLE = "The ask, in your own words"
MANAGER_ASK_HINT = (
    "Keep it specific: what to demonstrate, for which level, by which cycle. "
    "Enter saves · Esc cancels"
)
MANAGER_ASK_SAVED = "Saved your ask; it stays for the next conversation."
# After the saved notice, when the ask leaves out the level or what to show.
PREP_ASK_NAMES_NEITHER = (
    "This ask does not name the level or what to show — e.g. 'What would I need "
    "to demonstrate to reach {level}?'"
)
PREP_ASK_NAMES_NO_LEVEL = (
    "This ask does not name the level — e.g. 'What would I need to demonstrate "
    "to reach {level}?'"
)
PREP_ASK_NAMES_NOTHING_TO_SHOW = (
    "This ask does not ask what to show — e.g. 'What would I need to "
    "demonstrate to reach {level}?'"
)
MANAGER_PICK_PREP_TITLE = "Pick up to {limit} wins to bring"
MANAGER_PICK_PREP_BY_APP = (
    "Ticked now, at the top: the {count} strongest wins, which the app picked. "
    "Space ticks or unticks only the win under the cursor and keeps the rest; "
    "change a tick and save to make the pick yours."
)
MANAGER_PICK_PREP_BY_APP_NONE = (
    "The app found no win strong enough to pick for you: tick two or three with Space."
)
MANAGER_PICK_PREP_BY_YOU = (
    "Ticked now: your own pick. Space ticks or unticks only the win under the "
    "cursor and keeps the rest."
)
MANAGER_PICK_PREP_NONE_TICKED = (
    "None ticked: saving lets the app pick the strongest wins again."
)
MANAGER_PICK_COUNT = "Ticked: {count}."
MANAGER_PICK_COUNT_LIMIT = "Ticked: {count} of at most {limit}."
MANAGER_PICK_LIMIT_REACHED = "At most {limit} wins: untick one before ticking another."
MANAGER_PICK_LINK_TITLE = "Evidence for: {text}"
MANAGER_PICK_INITIATIVE = "Problem: "
MANAGER_PICK_NOT_REVIEWED = "not reviewed yet"
"""Beside a win in the evidence picker that no review has judged yet."""
MANAGER_PICK_NO_WINS = "No wins logged yet: log one first (w on the home screen)."
MANAGER_PICK_KEYS = "Space ticks · Ctrl+S or F2 saves · Esc cancels"
MANAGER_PICK_TOO_MANY = "Pick at most {limit}: more than that dilutes the strongest."
MANAGER_EVIDENCE_SAVED = "Saved the wins to bring."
MANAGER_EVIDENCE_AUTOMATIC = "The app picks the strongest wins again."
MANAGER_EVIDENCE_BY_APP = "Picked by the app as your strongest · c picks your own"
MANAGER_EVIDENCE_BY_YOU = "Your own pick · c changes it"
MANAGER_PREP_NOT_SAVED = "Prep plan not saved"
# The plan's export asks as the proposal's does: the same dialog, keys and buttons.
MANAGER_EXPORT_TITLE = "Export the prep plan"
MANAGER_EXPORT_INTRO = PROBLEM_EXPORT_INTRO
MANAGER_EXPORT_NAME = "careerclimb-prep-{date}.md"
MANAGER_EXPORT_NOT_SAVED = "Plan not exported"
MANAGER_EXPORTED = "Saved the plan to {path}."

MANAGER_REHEARSE_TITLE = "Rehearse the conversation"
MANAGER_REHEARSE_INTRO = (
    "A simulated manager answers what you type, often vaguely. Ask what you would "
    "need to demonstrate, push for an example, name the level and the cycle, bring "
    "a win, and agree a follow-up. How hard should the manager be?"
)
MANAGER_DIFFICULTY_NAMES = {"easy": "easy", "realistic": "realistic", "tough": "tough"}
MANAGER_DIFFICULTY_LABELS = {
    "easy": "Easy: gives in when you ask for an example",
    "realistic": "Realistic: vague at first, moves when you push",
    "tough": "Tough: wants a measured change and who outside your team noticed",
}
MANAGER_DIFFICULTY_POINTER = "▸"
"""Beside the difficulty the rehearsal would start at."""
MANAGER_REHEARSE_SETUP_KEYS = (
    "↑↓ choose · Tab to the seed · Enter or s starts · Esc goes back"
)
MANAGER_REHEARSE_SEED = "Seed (blank for a new one)"
MANAGER_REHEARSE_SEED_LAST = "Seed (blank for a new one; the last was {seed})"
MANAGER_REHEARSE_SEED_PLACEHOLDER = "digits only, up to {digits}"
MANAGER_REHEARSE_SEED_NOT_A_NUMBER = "The seed is a number, e.g. 42."
MANAGER_REHEARSE_SEED_TOO_LONG = "A seed has at most {digits} digits."
"""Said under the seed field when a key it does not take is typed."""
MANAGER_REHEARSE_SEED_PASTE_NOT_A_NUMBER = "Not pasted: the seed is a number, e.g. 42."
MANAGER_REHEARSE_SEED_PASTE_TOO_LONG = "Not pasted: a seed has at most {digits} digits."
"""Said under the seed field when pasted text is refused whole: the field keeps
what it held, so a blank one still meets a new manager."""
MANAGER_REHEARSE_WITH = "Rehearsal with {name} · {difficulty} · seed {seed}"
MANAGER_REHEARSE_YOU = "You"
MANAGER_REHEARSE_PLACEHOLDER = "What do you say? Enter sends"
MANAGER_REHEARSE_SAY_KEYS = "Ctrl+F ends the meeting"
MANAGER_REHEARSE_ACCEPT_KEY = "→ accepts the suggestion"
MANAGER_REHEARSE_LINES_LEFT = "{left} lines left"
MANAGER_REHEARSE_LAST_LINE = "Last line left"
MANAGER_REHEARSE_LAST_LINE_AGREED = (
    "Last line left: a follow-up is agreed, so the manager is wrapping up"
)
"""Over the say box once the manager agreed a follow-up and called time: says
why the lines left dropped to one. Ctrl+F stays in the footer, as this fills
the row at 80 columns."""
MANAGER_REHEARSE_OVER_KEYS = (
    "Enter adds the note to this page · Ctrl+N starts a new rehearsal"
)
"""Under the box kept open for notes once the meeting ended and the scorecard
shows: only the keys, as the rule above says what the box is for now."""
MANAGER_REHEARSE_OVER_TITLE = (
    "The meeting is over. Type notes to yourself; rehearsals are not saved"
)
"""On the rule above the box kept open once the meeting ended: the one place
that says what a note typed there is."""
MANAGER_REHEARSE_OVER_PLACEHOLDER = "A note for yourself…"
MANAGER_REHEARSE_ENDED_KEPT = (
    "The meeting has already ended: its scorecard is under the last reply. Enter "
    "adds a note typed in the box to this page; Ctrl+N starts a new rehearsal."
)
MANAGER_REHEARSE_NEW = (
    "Start a new rehearsal? This one's scorecard and notes will be lost: "
    "rehearsals are not saved."
)
"""Asked before a new rehearsal replaces the scorecard on screen."""
MANAGER_REHEARSE_NOT_SAID = "You, after the meeting ended (not said)"
MANAGER_REHEARSE_SUGGESTION = "→ {suggestion}"
MANAGER_REHEARSE_LINES = (
    "Would the work I did on this count towards it?",
    "Can we check in on these in four weeks?",
)
MANAGER_REHEARSE_FAILED = "Cannot start the rehearsal"
MANAGER_REHEARSE_DISCARD = (
    "Leave in the middle of this rehearsal? The conversation so far will be "
    "lost: rehearsals are not saved."
)
"""Asked before leaving a meeting under way once something was said or typed."""
MANAGER_REHEARSE_QUIT = (
    "Quit in the middle of this rehearsal? The conversation so far will be "
    "lost: rehearsals are not saved."
)
MANAGER_REHEARSE_QUIT_ENDED = (
    "Quit? This rehearsal's scorecard and notes will be lost: rehearsals are not saved."
)
"""Asked by Ctrl+Q over a rehearsal, which is not a form and is never saved."""
MANAGER_REHEARSE_LEAVE_NOTES = (
    "Leave? This rehearsal's scorecard and notes will be lost: rehearsals are "
    "not saved."
)
"""Asked before leaving a rehearsal that ended once something was said or noted."""
MANAGER_SAID_SPECIFICS = "asked for specifics"
MANAGER_SAID_EXAMPLE = "asked for an example"
MANAGER_SAID_LEVEL = "named the level"
MANAGER_SAID_CYCLE = "named the cycle"
MANAGER_SAID_EVIDENCE = "offered evidence"
MANAGER_SAID_FOLLOW_UP = "agreed a follow-up"
MANAGER_SAID_FOLLOW_UP_PROPOSED = "proposed a follow-up, not agreed yet"
MANAGER_SAID_ACCEPTED = "took a vague answer as it was"
MANAGER_SAID_SHORT_OF_BAR = "this manager still wants {missing}"
MANAGER_SAID_BAR_MET = (
    "this manager has what it needs: a measured change and notice from outside "
    "your team"
)
SCORE_COUNT_WORDS = tuple("no one two three four five six seven eight nine".split())
REHEARSAL_HELP_SCORECARD = (
    "The scorecard checks {count} things: you {checks}. It names the one to try "
    "next time."
)
"""The rehearsal help on the scorecard, counted and filled from its checks."""
MANAGER_SCORE_TITLE = "Scorecard: {count} of {total}"
MANAGER_SCORE_WELL = "What went well"
MANAGER_SCORE_NEXT = "Next time"

MANAGER_RECORD_TITLE = "Record the conversation"
MANAGER_RECORD_DATE = "Date"
MANAGER_RECORD_CYCLE = "Cycle"
MANAGER_RECORD_CYCLE_PLACEHOLDER = "e.g. H1 2027"
MANAGER_RECORD_NOTES = "What did your manager say? One thing per line."
MANAGER_RECORD_NOTES_KEYS = (
    "Write it down while it is fresh, in their words. Once written, Tab or "
    "Ctrl+S marks the criteria; Shift+Tab: the cycle and date · Esc leaves"
)
MANAGER_RECORD_NO_NOTES = "Write down what your manager said first."
MANAGER_RECORD_FUTURE = (
    "{day} is in the future: record a conversation once it has happened."
)
MANAGER_RECORD_PICK = "Which lines name something you would need to demonstrate?"
MANAGER_RECORD_PICK_KEYS = (
    "Space or Enter keeps or skips · d dimension · x the example they gave · "
    "Ctrl+S saves · Esc back to the notes"
)
MANAGER_RECORD_COL_KEEP = "Keep"
MANAGER_RECORD_COL_TEXT = "Criterion"
MANAGER_RECORD_COL_DIMENSION = "Dimension"
MANAGER_RECORD_COL_EXAMPLE = "Example"
MANAGER_RECORD_NO_LINES = "No lines in the notes."
MANAGER_RECORD_UNTICKED = (
    "Left unticked — {reason}. Space ticks it if it is a real criterion."
)
"""Under the highlighted line the coach left unticked, with its short reason."""
MANAGER_RECORD_VAGUE = (
    "Left unticked — {reason}. At the next check-in, ask “What would that look "
    "like?” and write down the work they name. Space ticks it if it is a real "
    "criterion."
)
"""Under the highlighted line the coach read as a vague answer."""
NOTE_TOO_SHORT = "too short to be a criterion"
NOTE_VAGUE_PHRASE = "vague: “{phrase}”"
NOTE_NOTHING_TO_SHOW = "no action, number or example"
"""Why a line of notes was not pre-ticked; short enough to sit under the line."""
NOTE_OUT_OF_HANDS_WHO = "a constraint, with who decides"
NOTE_OUT_OF_HANDS_ASK_WHO = "a constraint: add who decides"
"""The mark of a line naming what the manager cannot decide: useful, no criterion.
Short enough to sit whole under the line at 80 columns."""
MANAGER_RECORD_OUT_OF_HANDS = (
    "Out of your manager's hands: {mark}. It stays in the notes; Space ticks it "
    "if it is also a criterion."
)
"""Under the highlighted line that names something out of the manager's hands."""
MANAGER_RECORD_OUT_OF_HANDS_ASK_WHO = (
    "Out of your manager's hands, and nobody named who decides: Esc goes back "
    "to the notes, to write who decides into this line. Space ticks it if it is "
    "also a criterion."
)
"""Under the highlighted constraint line that does not yet say who decides."""
NOTE_FOLLOW_UP_DAY = "a follow-up on a set day"
"""The mark of a line that sets the day of the next check-in: useful, no criterion."""
MANAGER_RECORD_FOLLOW_UP = (
    "A follow-up on a set day: it stays in the notes and sets the next check-in. "
    "Space ticks it if it is also a criterion."
)
"""Under the highlighted line that sets the day of the next check-in."""
MANAGER_CYCLE_TOO_LONG = (
    "The cycle “{cycle}” is longer than a cycle's name: keep it to a few words "
    "such as “H1 2027”, and put what your manager said in the notes."
)
MANAGER_CYCLE_NO_YEAR = (
    "The cycle “{cycle}” names no year: write it as “H1 2027”, “FY27” or "
    "“cycle closing 2027-03-31”."
)
MANAGER_CYCLE_BAD_DATE = (
    "The cycle “{cycle}” has “{date}” in it, which is not a date: write the "
    "date as YYYY-MM-DD, on its own."
)
MANAGER_CYCLE_AFTER_DATE = (
    "The cycle “{cycle}” goes on after its date: keep “{kept}”, and put what "
    "your manager said in the notes."
)
MANAGER_RECORD_NOT_SAVED = "Conversation not saved"
MANAGER_RECORD_SAVED = "Recorded the conversation of {date} with {count} {word}."
# After the saved notice, and under a line heard in an earlier conversation too.
MANAGER_RECORD_REPEAT = "Criterion {number} was already recorded: kept as one."
MANAGER_RECORD_SAVED_NONE = (
    "Recorded the conversation of {date}. No criteria yet: next time, ask "
    "for an example."
)
MANAGER_RECORD_DISCARD = "Leave without recording this conversation?"
MANAGER_YES = "yes"

MANAGER_CRITERIA_TITLE = "What would count: the criteria from your manager"
MANAGER_CRITERIA_NONE = (
    "No criteria yet. After the conversation, press n and write down what your "
    "manager said."
)
MANAGER_CRITERIA_COL_TEXT = "Criterion"
MANAGER_CRITERIA_COL_DIMENSION = "Dimension"
MANAGER_CRITERIA_COL_STATUS = "Status"
MANAGER_CRITERIA_COL_EVIDENCE = "Evidence"
MANAGER_NO_DIMENSION = "no dimension yet"
MANAGER_EXAMPLE = "Example: {example}"
MANAGER_NO_EXAMPLE = (
    "No example given: ask for one at the next check-in, then write it down (x)."
)
MANAGER_EXAMPLE_UNWRITTEN = "An example was given but not written down: x writes it."
MANAGER_EXAMPLE_TITLE = "The example your manager gave for: {text}"
MANAGER_EXAMPLE_HINT = (
    "The work they named as the kind that would count. Leave it blank if they "
    "gave none. Enter saves · Esc cancels"
)
MANAGER_EXAMPLE_SAVED = "Saved the example."
MANAGER_EXAMPLE_CLEARED = "No example now: ask for one at the next check-in."
MANAGER_RECORDED_ON = "recorded {date}"
MANAGER_OTHER_INITIATIVE = "an earlier problem"
MANAGER_FLAGGED_HINT = (
    "No evidence for {weeks} weeks or more: ask whether your current work would "
    "count, or pick work that will."
)
MANAGER_HISTORY = "History: {steps}"
MANAGER_STATUS_FLAGGED = "{status} ⚑"
MANAGER_EVIDENCE_WIN = "1 win"
MANAGER_EVIDENCE_WINS = "{count} wins"
MANAGER_EVIDENCE_INITIATIVE = "problem"
MANAGER_EVIDENCE_PROBLEM = "problem"
MANAGER_EVIDENCE_AND_PROBLEM = "{wins} + problem"
MANAGER_EVIDENCE_NONE = "none"
MANAGER_EVIDENCE_NOT_NEXT_LEVEL = "not next-level yet"
"""Under a criterion's evidence when no win behind it is reviewed as next-level."""
MANAGER_EVIDENCE_NOT_REVIEWED = "not reviewed yet"
"""Under a criterion's evidence when no review has judged the wins behind it."""
MANAGER_EVIDENCE_OTHER_DIMENSIONS = "tag the win with\nthis dimension"
"""Under a criterion's evidence when its one next-level win lacks the criterion's
dimension: what is missing and what to do, on two short lines (the sentence below
the table names the win and the dimension)."""
MANAGER_EVIDENCE_OTHER_DIMENSIONS_MANY = "tag a win with\nthis dimension"
"""The same, when several next-level wins lack the criterion's dimension."""
MANAGER_EVIDENCE_NOT_NEXT_LEVEL_HINT = (
    "Not judged next-level yet: the wins behind this evidence were reviewed as "
    "current-level or unclear, so the gap view counts none of it. Link work that "
    "shows the next level."
)
MANAGER_EVIDENCE_NOT_REVIEWED_HINT = (
    "Not judged next-level yet: no win behind this evidence has been reviewed, so "
    "the gap view counts none of it until a quarterly review does."
)
MANAGER_EVIDENCE_PROBLEM_ONLY_HINT = (
    "Not judged next-level yet: a review judges wins, not problems, and no win was "
    "logged from this problem's result. The gap view counts it once one is logged "
    "and reviewed."
)
MANAGER_EVIDENCE_ELSEWHERE_ONE = (
    "Its next-level win “{title}” speaks to {names}, not {dimension}: tag the win "
    "with it (j journal, Ctrl+E) or link other evidence."
)
MANAGER_EVIDENCE_ELSEWHERE_MANY = (
    "Its {count} next-level wins speak to {names}, not {dimension}: tag one with "
    "it (j journal, Ctrl+E) or link other evidence."
)
MANAGER_EVIDENCE_UNTAGGED_ONE = (
    "Its next-level win “{title}” has no dimension, so the gap view counts it for "
    "none: tag it with {dimension} (j journal, Ctrl+E) or link other evidence."
)
MANAGER_EVIDENCE_UNTAGGED_MANY = (
    "Its {count} next-level wins have no dimension, so the gap view counts them "
    "for none: tag one with {dimension} (j journal, Ctrl+E) or link other evidence."
)
MANAGER_LINKED = "Linked {evidence} as evidence; {status}."
"""Said once evidence is picked for a criterion; {status} is one of the two below."""
MANAGER_LINKED_NONE = "Unlinked all evidence; {status}."
MANAGER_LINKED_PROBLEM = "your problem"
MANAGER_LINKED_AND_PROBLEM = "{wins} and your problem"
MANAGER_LINKED_STATUS_NOW = "status is now {status}"
MANAGER_LINKED_STATUS_STAYS = "status stays {status}"
MANAGER_STATUS_TITLE = "Where does this criterion stand?"
MANAGER_STATUS_SAVED = "Saved: now {status}."
MANAGER_DIMENSION_TITLE = "Which ladder dimension does it speak to?"
MANAGER_DIMENSION_SAVED = "Saved the dimension."
MANAGER_CRITERION_NOT_SAVED = "Criterion not saved"
MANAGER_ADD_DIMENSION_CONFIRM = (
    "This criterion is filed under {dimension}, which {wins} not. Add "
    "{dimension} to {them} too?"
)
"""Asked after linking wins that lack the criterion's dimension; y adds it."""
MANAGER_ADD_DIMENSION_ONE = "“{title}” is"
MANAGER_ADD_DIMENSION_MANY = "{count} of the wins linked are"
MANAGER_ADD_DIMENSION_IT = "the win"
MANAGER_ADD_DIMENSION_THEM = "them"
MANAGER_DIMENSION_ADDED_TO_WIN = "Added {dimension} to the linked win."
MANAGER_DIMENSION_ADDED_TO_WINS = "Added {dimension} to {count} linked wins."
MANAGER_WIN_DIMENSION_NOT_SAVED = "Win not saved"
MANAGER_DROP_CONFIRM = "Drop the criterion “{text}”? Its evidence links go with it."
MANAGER_DROPPED = "Dropped the criterion."
MANAGER_CHOICE_KEYS = "↑↓ and Enter choose · Esc cancels"
MANAGER_CHOICE_NOW = "{label} (now)"
"""An answer of a picker that holds now, such as a criterion's status."""
MANAGER_CHOICE_SUBJECT = "“{text}”"
"""What a choice is about, such as the criterion whose status is picked."""

MANAGER_TALK_TITLE = "Conversation of {date}"
MANAGER_TALK_NO_NOTES = "No notes."
MANAGER_TALK_CRITERIA = "Criteria that came out of it"
MANAGER_TALK_NONE = "None, or they were dropped since."
MANAGER_TALK_KEYS = "Esc closes"

MANAGER_HOME_COUNTS = "Criteria: {open} of {total} still to meet"
# "Or more": the gap view names each flagged criterion's real age, often longer.
MANAGER_HOME_FLAGGED = "{counts} · {flagged} without evidence for {weeks} weeks or more"
MANAGER_HOME_NEXT = "{counts} · next check-in: {advice}"

MANAGER_CLI_NO_CRITERIA = (
    "No criteria yet. After the conversation with your manager, record what they "
    "said in the app (m, then n)."
)
MANAGER_CLI_EVIDENCE = "evidence: {evidence}"

HELP_SCREENS.update(
    {
        "ManagerHubScreen": (
            "The promotion conversation with your manager in four steps: prepare, "
            "rehearse, record what was said, and track the criteria. Past "
            "conversations are listed below: PgDn or End scrolls to them, Tab "
            "moves to them and Enter opens one.",
            "Ask explicitly what you would need to demonstrate, specifically, for "
            "the next cycle. Vague answers are normal; the follow-up question is "
            "what turns them into criteria you can work on.",
        ),
        "PrepScreen": (
            "A one-page plan for the conversation, from your own data: the ask, two "
            "or three wins to bring, the problem you drive, questions drawn from your "
            "gaps, the push-back line and what to write down.",
            "Bring the strongest next-level wins, with their before → after. Change "
            "the ask or the wins and they are kept; F3 saves the plan as a private "
            "Markdown file, and `careerclimb prep --print` prints it.",
        ),
        "RehearsalScreen": (
            "Practise the conversation against a simulated manager who often "
            "answers vaguely. Each rehearsal meets a manager drawn from a seed: "
            "type a seed shown earlier to meet the same manager again.",
            REHEARSAL_HELP_SCORECARD,
        ),
        "RecordConversationScreen": (
            "Write down what your manager said, one thing per line, then mark the "
            "lines that name something to demonstrate; each becomes a criterion.",
            "Lines that name an action, a number or an example are kept already; "
            "vague ones are not. File each criterion under a ladder dimension so "
            "the gap view can show it, and write down the example your manager "
            "gave (x).",
        ),
        "CriteriaScreen": (
            "Every criterion your manager named: its dimension, status and the "
            "evidence linked to it, with what to bring to the next check-in.",
            "Linking a win or a problem you owned (finished ones too) moves a "
            "criterion to evidence growing; only one with evidence can be met. One "
            "without evidence for six weeks is flagged. x writes down the example "
            "your manager gave.",
        ),
        "LineDialog": (
            "One line to type: the ask in your own words, or the example your "
            "manager gave for a criterion.",
            "Enter saves, Esc cancels.",
        ),
        "ChoiceDialog": (
            "Pick one answer: a criterion's status, or the ladder dimension it "
            "speaks to.",
            "A criterion can be marked met only once evidence is linked to it.",
        ),
        "EvidencePickerDialog": (
            "Tick the wins, and the problem you drive, that count as evidence.",
            "Next-level wins from your quarterly reviews make the strongest case.",
        ),
        "ConversationDialog": (
            "One past conversation: what your manager said and the criteria that "
            "came out of it.",
            "Re-read it before the next check-in, so the same ground is not "
            "covered twice.",
        ),
    }
)

# --- Export and import ---

COMMAND_EXPORT = "Go: Export and import"
COMMAND_EXPORT_PURPOSE = "The promotion packet, a copy of your data, wins to import"

# The promotion packet. Everything here is Markdown the packet writes itself;
# user text is escaped before it is put into these templates.
PACKET_TITLE = "Promotion packet"
PACKET_TITLE_NAMED = "Promotion packet: {name}"
PACKET_NO_PROFILE = "No profile yet: set one up in the app to show your levels."
PACKET_LEVELS = "Level: {current} → aiming for {target}"
PACKET_LADDER = "Ladder: {ladder}"
PACKET_CYCLE = "Promotion cycle closes: {date}"
PACKET_COUNTS = (
    "{period}: {wins} · {next_level} next-level · {current} current-level · "
    "{unclear} unclear · {unreviewed} not reviewed yet"
)
PACKET_PERIOD_ALL = "All wins"
PACKET_PERIOD_SINCE = "Wins since {since}"
PACKET_PERIOD_QUARTER = "Wins of {quarter}"
PACKET_PERIOD_BOTH = "Wins of {quarter} since {since}"
# Which wins a packet limited to a period holds, to end "not only …" in the
# notes of the sections that cover every date.
PACKET_SCOPE_SINCE = "the wins since {since}"
PACKET_SCOPE_QUARTER = "the wins of {quarter}"
PACKET_SCOPE_BOTH = "the wins of {quarter} since {since}"
# Under the headings of a packet limited to a period: what the pitch, the
# manager's criteria and the problem owned cover is the whole case.
PACKET_PITCH_EVERY_DATE = "Written for the whole case, not only {scope}."
PACKET_CRITERIA_EVERY_DATE = "Evidence from every date, not only {scope}."
PACKET_STORY_EVERY_DATE = "The whole story, from every date, not only {scope}."
PACKET_PREPARED = "Prepared: {date}"
PACKET_PITCH = "The pitch"
PACKET_PITCH_OLD_TARGET = (
    "Written for {earlier}, before the target became {target}: redraft it for "
    "{target} before sharing this packet."
)
PACKET_PITCH_UNKNOWN_TARGET = (
    "Saved before versions kept the level they were written for, so that level is "
    "not known: check that it argues for {target} before sharing this packet."
)
PACKET_PITCH_CHANGED = (
    "Your records changed after this pitch was saved ({changes}): check its "
    "numbers against the evidence below, or redraft it in the app, before sharing "
    "this packet."
)
PACKET_PITCH_CHANGED_TOO = "Your records also changed after it was saved: {changes}."
PACKET_CRITERIA = "What my manager asked for"
PACKET_STATUS = "Status"
PACKET_STATUS_UNKNOWN = "open"
PACKET_DIMENSION = "Ladder dimension"
PACKET_EXAMPLE = "Example my manager gave"
PACKET_EVIDENCE = "Evidence:"
PACKET_NO_EVIDENCE = "Evidence: none linked yet"
PACKET_INITIATIVE_LINE = "Problem I owned · {stage} · {title}"
PACKET_INITIATIVE_LINE_OPEN = "Problem I own · {stage} · {title}"
PACKET_INITIATIVE_MEASURED = " · {change}"
PACKET_INITIATIVE_GONE = "A problem I owned, no longer in my records"
PACKET_STORY = "The problem I owned: {title}"
PACKET_STORY_OPEN = "The problem I own: {title}"
PACKET_STAGE = "Stage"
PACKET_STORY_PROBLEM = "The problem"
PACKET_STORY_EVIDENCE = "Evidence"
PACKET_STORY_FIX = "The fix"
PACKET_STORY_RESULT = "{change}, from {start} to {end}"
PACKET_STORY_RESULT_EARLY = "{change}; {note}"
PACKET_STORY_TEAMS = "Other teams involved"
PACKET_STORY_WINS = "Wins that came out of it:"
PACKET_WINS = "Wins by ladder dimension"
PACKET_NO_WINS = "_No wins in this period._"
PACKET_DIMENSION_EMPTY = "_No wins speak to this dimension yet._"
PACKET_UNPLACED = "Not linked to a dimension of the target level"
PACKET_WIN_LINE = "{date} · {verdict} · {title}"
PACKET_NOT_REVIEWED = "not reviewed yet"
# Told to the user, never written into the packet the committee reads: wins it
# shows that were edited after the review that judged them.
PACKET_EDITED_ONE = (
    "“{title}” was edited after its review judged it, so its verdict in the "
    "packet may no longer hold: run its quarter's review again (r on the "
    "reviews screen) before sharing the packet."
)
PACKET_EDITED_MANY = (
    "{count} wins in the packet were edited after their review judged them, so "
    "their verdicts may no longer hold: run their quarters' reviews again (r on "
    "the reviews screen) before sharing the packet."
)
# The same, printed by `careerclimb export`, where no key of the app works: they
# name the quarters and the command that opens their reviews.
PACKET_EDITED_ONE_CLI = (
    "“{title}” was edited after its review judged it, so its verdict in the "
    "packet may no longer hold: run {reviews} again before sharing the packet "
    "(in the app: `careerclimb review`, choose {quarters} in the quarter list and "
    "press r)."
)
PACKET_EDITED_MANY_CLI = (
    "{count} wins in the packet were edited after their review judged them, so "
    "their verdicts may no longer hold: run {reviews} again before sharing the "
    "packet (in the app: `careerclimb review`, choose {quarters} in the quarter "
    "list and press r)."
)
# Told to the user, never written into the packet: figures of the pitch the
# packet prints that none of the records holds (domain.pitch.unrecorded_figures).
PACKET_PITCH_FIGURE_UNRECORDED = (
    "The pitch in the packet says {figure}, which is in none of your records: "
    "check it, or log the win it comes from, before sharing the packet."
)
PACKET_PITCH_FIGURES_UNRECORDED = (
    "The pitch in the packet says {figures}, which are in none of your records: "
    "check them, or log the wins they come from, before sharing the packet."
)
PACKET_PITCH_FIGURES_JOINED = "{some} and {last}"
PACKET_REVIEW_OF_ONE_CLI = "the review of {quarter}"
PACKET_REVIEWS_OF_MANY_CLI = "the reviews of {quarters} and {last}"
PACKET_EACH_QUARTER_CLI = "each quarter"
# A win filed under a dimension that no review has judged it with, in
# place of its verdict: listed there, but not counted, as in the gap view.
PACKET_PENDING_AWAITING = "◌ not reviewed yet, so not counted here"
PACKET_PENDING_ADDED_AFTER = "↻ filed here after its review, so not counted here"
# A verdict the user set themselves in the review, against the four questions.
PACKET_OWN_CALL = "{kind} (my call)"
PACKET_OWN_CALL_WHY = "Why I call it {kind} (the four questions said {computed})"
PACKET_OWN_CALL_NO_NOTE = (
    "I call it {kind}; the four questions said {computed}. No reason noted."
)
PACKET_OWN_CALLS_ONE = (
    "1 verdict is my own call rather than the four questions': it is marked "
    "“my call” beside the win."
)
PACKET_OWN_CALLS_MANY = (
    "{count} verdicts are my own call rather than the four questions': each is "
    "marked “my call” beside the win."
)
PACKET_SEE_ABOVE = "(details under {dimension})"
PACKET_CHANGED = "What changed"
# Beside a win headed by its change: the title the user logged it with.
PACKET_LOGGED_AS = "Logged as"
PACKET_MEASURE = "Before → after"
PACKET_BENEFICIARIES = "Who benefited"
PACKET_NOTICED = "Noticed outside the team"
PACKET_RECOGNITION = "Recognition from outside the team"
PACKET_NO_RECOGNITION = "_Nobody outside the team is named yet._"
PACKET_RECOGNISED_WIN = "{date} · {title}"
# The people of a group named for one of its wins: "… · Cut CI time — noticed by
# Marco" under the heading "Release Engineering".
PACKET_RECOGNISED_BY = "{win} — noticed by {people}"

# Writing exports.
EXPORT_TAB = "Export"
EXPORT_INTRO = (
    "Write your promotion packet (Markdown) or a complete copy of your data "
    "(JSON). Below is exactly what will be written; Ctrl+S writes it."
)
EXPORT_FORMAT = "Format"
EXPORT_FORMAT_PACKET = "Promotion packet (Markdown)"
EXPORT_FORMAT_DUMP = "Complete dump (JSON)"
EXPORT_SINCE = "Since"
EXPORT_SINCE_HINT = "YYYY-MM-DD"
EXPORT_QUARTER = "Quarter"
EXPORT_ALL_QUARTERS = "All quarters"
EXPORT_PATH = "Save to"
EXPORT_DEFAULT_PACKET = "~/careerclimb-packet-{date}.md"
EXPORT_DEFAULT_DUMP = "~/careerclimb-dump-{date}.json"
EXPORT_WHAT_PACKET = "the promotion packet"
EXPORT_WHAT_DUMP = "the complete dump"
EXPORT_STATUS_PREVIEW = "Preview of {what} ({lines} lines): nothing written yet."
# Under the fields on opening, until the first preview is built.
EXPORT_PREPARING = "Preparing the preview…"
EXPORT_PREVIEW_FIRST = "The preview is updated; press Ctrl+S again to write it."
EXPORT_NO_PATH = "Say where to save the file."
# Since a day after the quarter chosen: together the filters leave no wins.
EXPORT_FILTERS_APART = (
    "Since {since} is after {quarter} ends ({last}), so the packet would hold no "
    "wins: clear Since or choose a later quarter."
)
CLI_EXPORT_FILTERS_APART = (
    "--since {since} is after {quarter} ends ({last}), so the packet would hold "
    "no wins: give an earlier --since or a later --quarter."
)
# No win is dated after today, so a period that starts later holds none.
EXPORT_SINCE_AHEAD = (
    "Since {since} is after today ({today}), so the packet would hold no wins: "
    "give a day up to today, or clear Since."
)
CLI_EXPORT_SINCE_AHEAD = (
    "--since {since} is after today ({today}), so the packet would hold no "
    "wins: give a day up to today."
)
CLI_EXPORT_QUARTER_AHEAD = (
    "{quarter} starts on {first}, after today ({today}), so the packet would "
    "hold no wins: give {now} or an earlier quarter."
)
# Once a refused date is edited, until Enter shows the packet for the new one.
EXPORT_SINCE_EDITED = "Press Enter or Tab to see the packet from this date."
EXPORT_OVERWRITE = "{path} already exists. Replace it?"
EXPORT_WROTE = "Wrote {what} to {path}."
EXPORT_KIND_PACKET = "Markdown"
EXPORT_KIND_DUMP = "JSON"
EXPORT_FORMAT_FOLLOWS_NAME = (
    "{name} names a {kind} file, so the format is now {what}: check the "
    "preview, then press Ctrl+S to write it."
)
EXPORT_ODD_EXTENSION = (
    "{name} does not end in {extension}, so other apps will not know it holds "
    "{what}. Write it anyway?"
)
EXPORT_DONE_TITLE = "Exported"
EXPORT_FAILED = "Export failed"
EXPORT_DUMP_NO_FILTERS = (
    "Since and Quarter filter the packet only: the dump holds everything."
)
EXPORT_DUMP_IS_COMPLETE = (
    "The JSON dump always holds everything; --since and --quarter (Since and "
    "Quarter in the app) apply to the packet only."
)
EXPORT_PLAIN_TEXT_WARNING = (
    "Your data file is encrypted, but this export is plain text: keep it "
    "somewhere private."
)
EXPORT_NO_FOLDER = "The folder {folder} does not exist; nothing was written."
EXPORT_IS_FOLDER = "{path} is a folder; give a file name to write to."
EXPORT_FILE_EXISTS = (
    "{path} already exists; nothing was written. Choose another name, or pass "
    "--force to replace it."
)
EXPORT_CANNOT_WRITE = "Cannot write {path}: {reason}."

# Importing.
IMPORT_TAB = "Import"
IMPORT_INTRO = (
    "Bring in wins from a jrnl JSON export or a Markdown list, or merge a "
    "CareerClimb dump. You see what would be added and skipped before anything "
    "is written."
)
IMPORT_PATH = "File"
IMPORT_PATH_HINT = "path of the file, then Enter to preview"
IMPORT_KIND = "Kind"
IMPORT_KIND_DETECT = "Tell from the file"
IMPORT_KIND_DUMP = "CareerClimb dump (JSON)"
IMPORT_KIND_JRNL = "jrnl export (JSON)"
IMPORT_KIND_MARKDOWN = "Markdown list of wins"
IMPORT_STATUS_START = "Type the path of a file and press Enter to see what it holds."
IMPORT_PREVIEW_PLACEHOLDER = "What the file would add, and what it would leave out."
IMPORT_STATUS_PREVIEW = "Preview only: nothing written yet. Ctrl+S imports it."
IMPORT_STATUS_NOTHING = "Nothing new to import from this file."
IMPORT_STATUS_FAILED = "Nothing was imported."
IMPORT_NO_PATH = "Type the path of the file to import."
IMPORT_PREVIEW_FIRST = "Here is what the file holds; press Ctrl+S again to import it."
IMPORT_DONE = "Imported {records}; the report is below."
IMPORT_DONE_TITLE = "Import finished"
IMPORT_FAILED = "Import failed"
IMPORT_STDIN = "standard input"
IMPORT_FORMAT_LABELS = {
    "json": "CareerClimb dump",
    "jrnl": "jrnl JSON export",
    "md": "Markdown list",
}
IMPORT_UNKNOWN_FORMAT = "{format!r} is not a kind of file CareerClimb reads ({known})."
IMPORT_NO_FILE = "{path} does not exist."
IMPORT_IS_FOLDER = "{path} is a folder, not a file to import."
IMPORT_CANNOT_READ = "Cannot read {path}: {reason}."
IMPORT_TOO_BIG = "{path} is larger than {megabytes} MB; that is not a file to import."
IMPORT_NOT_UTF8 = "{path} is not UTF-8 text (line {line}); nothing was imported."
IMPORT_NOT_JSON = (
    "{path} is not valid JSON: {reason} at line {line}, column {column}; nothing "
    "was imported."
)
IMPORT_TOO_DEEP = "{path} is nested too deeply to be read; nothing was imported."
IMPORT_NOT_A_DUMP = (
    "{path} is JSON but not a CareerClimb dump; use --format jrnl for a jrnl "
    "export. Nothing was imported."
)
IMPORT_NOT_JRNL = (
    "{path} is not a jrnl JSON export (it has no list of entries); nothing was "
    "imported."
)
IMPORT_DUMP_TOO_NEW = (
    "{path} was written by a newer CareerClimb; update the app to import it. "
    "Nothing was imported."
)
IMPORT_DUMP_DAMAGED = "{path} is a damaged dump ({reason}); nothing was imported."
IMPORT_DUMP_NO_TABLES = "it holds no tables"
IMPORT_DUMP_BAD_TABLE = "table {table!r} is not a set of records"
IMPORT_DUMP_BAD_ID = "table {table!r} has a bad id {id!r}"
IMPORT_DUMP_BAD_RECORD = "table {table!r} record {id} is not a JSON object"
IMPORT_REVIEW_LABEL = "review of {quarter}, run {run}"
# A dump's review run of a quarter the user reviewed too, numbered after theirs
# (export.review_runs): how the two runs read side by side.
IMPORT_RUN_RENUMBERED = (
    "The file's run {was} of {quarter} comes in as run {now}, after your run "
    "{yours} of that quarter."
)
IMPORT_RUNS_RENUMBERED_MORE_ONE = "1 more run is numbered after yours likewise."
IMPORT_RUNS_RENUMBERED_MORE = "{count} more runs are numbered after yours likewise."
IMPORT_RUNS_READ = (
    "Each run's verdicts count for the wins it walked, yours as well as the "
    "file's; a quarter's summary shows its newest run, so the wins only an "
    "earlier run holds are not in it. To see all of a quarter's wins in one "
    "summary, start a new run of it (r on the reviews screen, {quarter} for "
    "example): it opens with every answer already given."
)
# A saved pitch in an import's report: a text of minutes told in one line.
IMPORT_PITCH_LABEL = "saved {saved}, {words} words: {opening}"
IMPORT_PITCH_UNDATED = "{words} words: {opening}"
# An edited proposal, likewise: a page of Markdown told in one line.
IMPORT_PROPOSAL_LABEL = "{title}, {words} words: {opening}"
IMPORT_PROPOSAL_UNTITLED = "untitled"
IMPORT_ALREADY_THERE = "already in your data"
IMPORT_YOURS_KEPT = "you already have your own; yours is kept"
IMPORT_EDITED_SINCE = (
    "you have changed it since this file was made; your newer version is kept"
)
IMPORT_EDITED_IN_FILE = (
    "the file's copy was changed after yours; your version is kept as it is"
)
IMPORT_EDITED_DIFFERS = (
    "the file's copy differs from yours; yours is kept, as an import only adds "
    "records (edit it in the app to change it)"
)
IMPORT_SAME_AS = "the same win as {where}"
# One problem in progress at a time: a file's problem in progress comes in paused
# when the user already drives one (export.dump).
IMPORT_PROBLEM_PAUSED = (
    "The file's problem “{title}” comes in paused, as “{driven}” is already in "
    "progress (one problem at a time); resume it on the problems screen once "
    "that one is closed or paused."
)
IMPORT_PAUSED_HISTORY_NOTE = "Paused on import: another problem was in progress."
IMPORT_UNREADABLE_COPIED_ONE = (
    "1 record cannot be read by this version of CareerClimb; it was copied as it "
    "is, so nothing is lost."
)
IMPORT_UNREADABLE_COPIED = (
    "{count} records cannot be read by this version of CareerClimb; they were "
    "copied as they are, so nothing is lost."
)
IMPORT_WHERE_ENTRY = "entry {number}"
IMPORT_WHERE_LINE = "line {number}"
IMPORT_NOT_AN_ENTRY = "not a jrnl entry"
IMPORT_EMPTY = "no text"
IMPORT_NOTHING_AFTER_DATE = "nothing after the date"
IMPORT_TITLE_TOO_LONG = "title longer than {limit:,} characters"
IMPORT_NO_DATE = "no date"
IMPORT_MD_LEFT_OUT_ONE = (
    "1 line that is not a list item (a heading, a paragraph, code) was left out."
)
IMPORT_MD_LEFT_OUT = (
    "{count} lines that are not list items (headings, paragraphs, code) were left out."
)
IMPORT_MD_UNDATED_ONE = (
    "1 win had no date at the start and is dated {today}. To date a bullet, "
    "start it with YYYY-MM-DD or DD/MM/YYYY and a colon, dash or space."
)
IMPORT_MD_UNDATED = (
    "{count} wins had no date at the start and are dated {today}. To date a "
    "bullet, start it with YYYY-MM-DD or DD/MM/YYYY and a colon, dash or space."
)
IMPORT_DESCRIPTION = (
    "Import a CareerClimb JSON dump (merged: records you already have are "
    "skipped, links between records are kept), a jrnl JSON export (each entry "
    "becomes a win) or a Markdown list (one win per bullet). A bullet may start "
    "with its date, as YYYY-MM-DD or DD/MM/YYYY, followed by a colon, a dash or "
    'a space: "2026-10-03: Cut CI time", "2026-10-03 - Cut CI time", '
    '"03/10/2026 Cut CI time". Bullets without one are dated today. A line '
    "that starts with such a date is a win even without a bullet. Everything "
    "is written at once or not at all."
)
IMPORT_PREVIEW_HEADING = "Preview of {source} ({format}); nothing written yet."
IMPORT_DONE_HEADING = "Imported {source} ({format})."
IMPORT_ADDED = "Adds {records}."
IMPORT_ADDED_DONE = "Added {records}."
IMPORT_NOTHING_NEW = "Nothing new to add."
IMPORT_ADDING_LINE = "+ {what}"
IMPORT_SKIPPED_HEADING = "Left out ({count}):"
# The line under what an import adds, when some of the file needs a look; the
# details follow further down, where a short preview may not reach.
IMPORT_ATTENTION = "{parts}: see below."
IMPORT_ATTENTION_LEFT_OUT = "{count} left out"
IMPORT_ATTENTION_UNDATED_ONE = "1 win dated today"
IMPORT_ATTENTION_UNDATED = "{count} wins dated today"
IMPORT_MORE = "↓ More below: PgDn or End in the preview."
IMPORT_SKIPPED_LINE = "- {where}{what}: {reason}"
IMPORT_TABLE_NOUNS = {
    "wins": ("win", "wins"),
    "reviews": ("review run", "review runs"),
    "profile": ("profile", "profiles"),
    "initiatives": ("problem", "problems"),
    "proposal_drafts": ("edited proposal", "edited proposals"),
    "criteria": ("criterion", "criteria"),
    "conversations": ("conversation", "conversations"),
    "pitches": ("pitch", "pitches"),
    "peers": ("promoted peer", "promoted peers"),
    "settings": ("settings record", "settings records"),
    "manager_prep": ("conversation plan", "conversation plans"),
}
IMPORT_OTHER_ONE = "record in {table}"
IMPORT_OTHER_MANY = "records in {table}"

HELP_SCREENS.update(
    {
        "ExportScreen": (
            "Export your promotion packet or a complete copy of your data, and "
            "import wins from a jrnl export, a Markdown list or a CareerClimb dump. "
            "Ctrl+T switches between export and import.",
            "You always see the text to be written, or what an import adds and "
            "leaves out, before anything is written. Exports are private to you; a "
            "dump imported twice adds nothing the second time.",
        ),
    }
)

# --- Home: the keys beyond the footer ---

HOME_MORE_KEYS = "More: {keys} · F1 help · Ctrl+P every command"
SETUP_CYCLE_PASSED = (
    "{date} has already passed: give the date the next promotion cycle closes, "
    "or leave it empty."
)
SETUP_CYCLE_TOO_FAR = (
    "{date} is {years} years away: is the year right? A promotion cycle closes "
    "within {limit} years; leave it empty if you do not know when."
)
SETUP_CYCLE_TOO_FAR_MORE_THAN = "more than {limit}"
