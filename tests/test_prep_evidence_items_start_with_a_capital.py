"""Every item of the manager prep's evidence list starts with a capital, however
the win was typed, and the stored words are left as they are."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.conversation import EvidenceLine
from careerclimb_tui.domain.sentences import sentence_start

# (case, title, change, the item as the list shows it)
ITEMS: list[tuple[str, str, str, str]] = [
    ("title typed in small letters", "cut deploy time to 9 min", "", "Cut deploy time"),
    ("title in sentence case", "Cut deploy time to 9 min", "", "Cut deploy time"),
    (
        "change typed in small letters",
        "Moved CI",
        "builds went from 24 to 9 min",
        "Builds",
    ),
    ("change in sentence case", "Moved CI", "Builds went from 24 to 9 min.", "Builds"),
    ("a word with its own capital", "iOS crash rate fell to 0.1%", "", "iOS crash"),
    ("a name in capitals", "moved CI", "CI builds went from 24 to 9 min", "CI builds"),
]


@pytest.mark.parametrize(
    ("title", "change", "start"), [r[1:] for r in ITEMS], ids=[r[0] for r in ITEMS]
)
def test_an_evidence_item_starts_with_a_capital(
    title: str, change: str, start: str
) -> None:
    line = EvidenceLine(title=title, change=change, win_id=1)

    assert line.text.startswith(start)
    assert (line.title, line.change) == (title, change), "stored words unchanged"


# (text as typed, as it starts an item)
STARTS: list[tuple[str, str]] = [
    ("rollbacks fell", "Rollbacks fell"),
    ("rollbacks, pages and alerts fell", "Rollbacks, pages and alerts fell"),
    ("eBPF probes", "eBPF probes"),
    ("p95 latency fell to 80 ms", "P95 latency fell to 80 ms"),
    ("kubectl rollout fixed", "Kubectl rollout fixed"),
    ("e-mail bounces halved", "E-mail bounces halved"),
    ("", ""),
]


@pytest.mark.parametrize(("typed", "shown"), STARTS)
def test_only_a_first_word_all_in_small_letters_is_changed(
    typed: str, shown: str
) -> None:
    assert sentence_start(typed) == shown
