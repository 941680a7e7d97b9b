"""Words typed as entries of their own, as they read inside a sentence.

One rule for every place the app puts the user's words mid-sentence: a role, a
team, a measure's name or a problem's title ("the lead time went …"), and a
clause such as a fix or a result ("… show that the CI red-run rate went …"); one
for a role or a team named in a list ("the support lead and the mobile team");
one for a sentence that runs on inside a longer one, without its full stop; and
one for a long entry quoted by its first words.
"""

from __future__ import annotations

import re

# Words after a person's name that say where they are: "Jo from payments".
_PLACES_A_NAME = frozenset({"from", "at", "in", "on", "with"})


def mid_sentence(text: str) -> str:
    """Text typed as an entry of its own, as it reads inside a sentence.

    An entry such as a role, a team or a measure's name often opens with a
    capital only because it was typed first: "Backed by Tech lead" reads
    "Backed by tech lead", and "The result: Change failure rate went …" reads
    "The result: change failure rate went …".

    Args:
        text: a name, a role or a measure's label, as typed.

    Returns:
        The text with its first letter lower-cased when its first words look
        like an ordinary phrase; unchanged for one word ("Dana"), an acronym
        ("VP engineering", "CI duration"), a phrase with a capital further on
        ("Sam Lee", "Head of Platform"), or a person placed by a role or a
        team ("Dana (engineering manager)", "Jo from payments").
    """
    head = re.split(r"[(,;:]", text, maxsplit=1)[0]
    words = head.split()
    if len(words) < 2:
        return text
    first = words[0]
    if not _ordinary_word(first):
        return text
    if any(not word.islower() for word in words[1:] if word.isalpha()):
        return text
    if words[1].casefold() in _PLACES_A_NAME:
        return text
    return _lower_first_letter(text, first)


# Words that already say which ones: "two other teams", "everyone in sales".
_DETERMINERS = frozenset(
    (
        "the a an our my their his her its your this that these those every each "
        "all some both no any other several many most few one two three four "
        "five six seven eight nine ten everyone everybody anyone someone "
        "somebody nobody"
    ).split()
)

# Last words of a role or a group named with an acronym: "SRE team", "QA lead".
_GROUP_WORDS = frozenset(
    (
        "team teams group groups org orgs lead leads manager managers department "
        "departments squad squads guild"
    ).split()
)
# Last words that make a capitalised entry a team's own name ("Payments team",
# "Finance ops"), which a list tells as typed; a role ("Support lead") is not one.
_TEAM_NAME_WORDS = frozenset(
    (
        "team teams group groups org orgs department departments squad squads guild ops"
    ).split()
)


def _names_a_team(text: str) -> bool:
    """True when ``text`` is a team's name typed with a capital of its own."""
    words = re.split(r"[(,;:]", text, maxsplit=1)[0].split()
    if len(words) < 2:
        return False
    first = words[0]
    if first.casefold() in _DETERMINERS:
        # "All product teams" is capitalised only because it came first.
        return False
    # An acronym group ("SRE team") reads with "the", as a description does.
    capitalised = first[:1].isupper() and not first.isupper()
    return capitalised and words[-1].casefold() in _TEAM_NAME_WORDS


def with_article(text: str) -> str:
    """A role or a team typed as an entry of its own, as it is named in a list.

    "Support lead" and "mobile team" read "the support lead and the mobile
    team" inside a sentence; so does a group named with an acronym ("the SRE
    team"). A person's name, a title with capitals of its own, one word, or a
    phrase that already says which ones ("two other teams") takes no article,
    and nor does a team's own name typed with a capital ("Payments team",
    "Finance ops"), which keeps the user's capitals.

    Args:
        text: a name, a role or a team, as typed.

    Returns:
        The text as ``mid_sentence`` reads it, after "the" when it names a
        role or a group.
    """
    if _names_a_team(text):
        return " ".join(text.split())
    said = mid_sentence(text)
    head = re.split(r"[(,;:]", said, maxsplit=1)[0]
    words = head.split()
    if len(words) < 2 or words[0].casefold() in _DETERMINERS:
        return said
    if words[1].casefold() in _PLACES_A_NAME:
        return said
    ordinary = said[:1].islower()
    acronym_group = words[0].isupper() and words[-1].casefold() in _GROUP_WORDS
    return f"the {said}" if ordinary or acronym_group else said


def clause_mid_sentence(text: str) -> str:
    """A clause typed as a sentence of its own, as it reads after a dash.

    A proposed fix is typed as an instruction ("Re-route the noisy alerts to
    CI owners") and told inside a sentence ("the fix I proposed — re-route
    …"). Unlike a name or a role, a clause may hold names further on
    without being one, so only its first word decides.

    Args:
        text: a clause as typed, such as a proposed fix.

    Returns:
        The text with its first letter lower-cased when the first word is an
        ordinary word capitalised only because it came first ("Quarantine",
        "Re-route", "Set-up"); unchanged for one word, for a first word that
        is an acronym or a name with capitals of its own ("CI", "GraphQL",
        "iOS"), and for a name of two capitalised words ("Sam Lee …").
    """
    words = [word.strip(".,;:!?") for word in text.split()]
    if len(words) < 2:
        return text
    first, second = words[:2]
    if not _ordinary_word(first) or _ordinary_word(second):
        return text
    return _lower_first_letter(text, first)


def sentence_start(text: str) -> str:
    """Text that starts a sentence or an item of a list, with a capital.

    Only a first word typed all in small letters is changed ("rollbacks" →
    "Rollbacks", "p95" → "P95"); one with a capital of its own ("iOS", "CI")
    is kept as typed.

    Args:
        text: a title, a change or a sentence, as typed.

    Returns:
        The text with its first letter a capital where that is safe.
    """
    first = text.split(" ", 1)[0]
    if first and first == first.lower():
        return text[:1].upper() + text[1:]
    return text


def without_full_stop(text: str) -> str:
    """A sentence without its closing full stop, to run on inside a longer one.

    Args:
        text: a sentence as typed, such as what changed.

    Returns:
        The text without trailing blanks and without one final full stop;
        an ellipsis ("...") trails off rather than ends, and is kept.
    """
    body = text.rstrip()
    if body.endswith(".") and not body.endswith(".."):
        return body[:-1]
    return body


def cut_at_word(text: str, limit: int) -> str:
    """A text on one line, cut after its last whole word within ``limit``.

    A long title quoted in a list or a suggestion stays readable: it ends on
    a whole word and an ellipsis, never mid-word or on a comma.

    Args:
        text: the text as typed, on one line or several.
        limit: the most characters kept before the ellipsis.

    Returns:
        The text with its blanks collapsed, whole when it fits; else its first
        words and "…". A first word longer than ``limit`` is cut inside.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    kept = flat[:limit]
    if flat[limit] != " ":
        # Cut inside a word: drop the part of it that was kept.
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip(" ,;:.—–-") + "…"


def _ordinary_word(word: str) -> bool:
    """True for a word whose only capital is its first letter.

    Hyphenated words count part by part: "Re-route" and "Set-up" are ordinary,
    "X-ray" (a one-letter part), "CI" and "GraphQL" are not; "A" is the article.
    """
    head, *tail = word.split("-")
    if word == "A":
        return True
    return (
        len(head) > 1
        and head.isalpha()
        and head[0].isupper()
        and head[1:].islower()
        and all(part.isalpha() and part.islower() for part in tail)
    )


# Ordinary words a title, a fix or a role often starts with, capitalised only
# because they came first. A first word not among them, not hyphenated and not
# a verb in -ed or a word in -ing may be a name ("Kafka consumers now retry",
# "Postgres upgrade finished") and keeps its capital.
_COMMON_FIRST_WORDS = frozenset(
    (
        # Determiners and pronouns.
        "the a an our my their his her its your this that these those every each "
        "all some no both we i you they it one two three "
        # Verbs a title or a fix starts with, as typed or in the past tense.
        "add cut made make built build wrote write rewrote rewrite ran run led "
        "lead drove drive took take put got get brought bring sped speed shrank "
        "shrink set split spun found won gave kept keep let sent began held move "
        "use stop start fix replace remove drop quarantine automate document "
        "create introduce migrate merge ship deploy land launch release reduce "
        "halve cache retry route unblock enable improve raise lower shorten "
        "follow turn pair plan own agree ask teach mentor delete retire silence "
        "mute tune archive deprecate consolidate "
        # Past tenses not in -ed: "Rebuilt the quarantine", "Chose the store".
        "rebuilt rebuild redid redo chose choose taught bought sold paid told "
        "broke froze wound undid "
        # Words a role or a measure's name often starts with.
        "tech engineering engineer platform product change team staff senior "
        "principal manager director head time rate number count share mean "
        "median average weekly daily monthly deploy deploys build builds test "
        "tests release releases page pages incident incidents customer "
        "customers support review reviews code error errors failure failures "
        "flaky new first on-call hours minutes days weeks cycle lag latency "
        # Things a measure's name counts or times: "Reruns per week", "Open bugs".
        "rerun retry rollback outage alert ticket bug defect escalation request "
        "crash timeout restart flake merge commit query job check queue backlog "
        "open escaped cost spend toil uptime downtime throughput duration wait "
        "coverage churn availability response resolution recovery handoff "
        "hand-off "
        # Things a fix often names first: "Canary deploys for …", "Feature flags".
        "canary feature flag config dashboard runbook pipeline schema nightly "
        "staged shadow dry gradual batch alerting paging linting "
        # Words a team's name often is: "Payments lead", "Mobile and web teams".
        "payments payment mobile web frontend backend search growth infra data "
        "security ops design sales finance legal support platform checkout "
        "identity billing "
        # People a change was for: "Shoppers and the growth team", "New hires".
        "user shopper buyer seller client merchant partner developer driver rider "
        "reader viewer player student learner patient member subscriber visitor "
        "guest tenant agent operator admin analyst tester designer writer "
        "maintainer contributor newcomer hire employee colleague teammate "
        "responder everyone everybody other internal external end"
    ).split()
)


def _lower_first_letter(text: str, first: str) -> str:
    """The text with ``first``, its first word, lower-cased if it is a common word.

    Only a word that is plainly ordinary English is lowered: one of
    ``_COMMON_FIRST_WORDS`` ("The", "Cut", "Tech") or its plural ("Reruns",
    "Retries"), a verb in -ed ("Reduced"),
    a word in -ing ("Onboarding") or a hyphenated word ("Re-route"). Any other
    first word may be a name and is kept as typed ("Kafka", "Postgres").
    """
    folded = first.casefold()
    common = (
        folded in _COMMON_FIRST_WORDS
        or _plural_of_common(folded)
        or "-" in folded
        or (len(folded) >= 5 and folded.endswith("ed"))
        or (len(folded) >= 6 and folded.endswith("ing"))
    )
    if not common:
        return text
    start = text.index(first)
    return f"{text[:start]}{first[0].lower()}{text[start + 1 :]}"


def _plural_of_common(word: str) -> bool:
    """True for the plural of a common first word: "reruns", "retries", "crashes"."""
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    if word.endswith("ies"):
        stems = (f"{word[:-3]}y",)
    return word.endswith("s") and any(stem in _COMMON_FIRST_WORDS for stem in stems)
