"""The pitch's sentences that name people read as plain English: who gained goes
on in small letters unless it starts with a name or an acronym, and the people
who helped are told in a full sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from careerclimb_tui.domain.pitch import InitiativeFacts, build_pitch
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed

TODAY = dt.date(2026, 11, 18)

CHECKOUT = Win(
    id=1,
    title="Cut checkout errors",
    date=dt.date(2026, 11, 2),
    measure=Measure(before=5, after=1, unit="%", label="checkout error rate"),
)
ROLLOUT = InitiativeFacts(
    id=1,
    title="Deploys break checkout",
    problem="One deploy in five rolls back.",
    fix="Canary every deploy before the full rollout.",
    measure=Measure(before=20, after=4, unit="%", label="rolled-back deploys"),
    win_ids=(1,),
    has_result=True,
)


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        ("Shoppers and the growth team", "shoppers and the growth team"),
        ("Shoppers and the growth team.", "shoppers and the growth team"),
        ("Payments and the SRE team", "payments and the SRE team"),
        ("New hires on the mobile team", "new hires on the mobile team"),
        ("End users in EMEA", "end users in EMEA"),
        ("Sam Lee and the support team", "Sam Lee and the support team"),
        ("Dana and the support team", "Dana and the support team"),
        ("SRE and the payments team", "SRE and the payments team"),
        ("GraphQL clients", "GraphQL clients"),
        ("Kafka consumers", "Kafka consumers"),
    ],
    ids=[
        "an ordinary word typed first",
        "with its own full stop",
        "a team, then an acronym further on",
        "a common adjective",
        "people a product serves",
        "a person's name",
        "a first name",
        "an acronym",
        "a name with capitals of its own",
        "a word that may be a product's name",
    ],
)
def test_who_gained_goes_on_in_small_letters_unless_it_is_a_name(
    typed: str, told: str
) -> None:
    win = framed(replace(CHECKOUT, beneficiaries=typed))

    draft = build_pitch([win], [], [], TODAY)

    assert f"Who gained: {told}." in draft.text


@pytest.mark.parametrize(
    ("helped", "told"),
    [
        (("Lee (SRE)",), "I did it together with Lee (SRE)."),
        (("Ana", "Raj"), "I did it together with Ana and Raj."),
    ],
    ids=["one person", "two people"],
)
def test_who_helped_is_told_in_a_full_sentence(
    helped: tuple[str, ...], told: str
) -> None:
    initiative = replace(ROLLOUT, helped=helped)

    draft = build_pitch([framed(CHECKOUT)], [], [initiative], TODAY)

    assert told in draft.text
    assert "Together with" not in draft.text
