"""The bundled ladder names each level as the well-known companies do, and leaves
a company out where it has no such level."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerclimb_tui.ladders import load_ladder

BUNDLED = Path(__file__).parent.parent / "careerclimb_tui" / "ladders"

# Level id → company → its name for that level. A company missing from a row has
# no level of that scope (Amazon has no staff level), so no alias is given.
KNOWN_NAMES = {
    "junior": {
        "Google": "L3", "Meta": "E3", "Amazon": "SDE I", "Microsoft": "59-60",
        "Apple": "ICT2", "Dropbox": "IC1", "Uber": "L3", "Stripe": "L1",
        "Shopify": "L4",
    },
    "mid": {
        "Google": "L4", "Meta": "E4", "Amazon": "SDE II", "Microsoft": "61-62",
        "Apple": "ICT3", "Dropbox": "IC2", "Uber": "L4", "Stripe": "L2",
        "Shopify": "L5",
    },
    "senior": {
        "Google": "L5", "Meta": "E5", "Amazon": "SDE III", "Microsoft": "63-64",
        "Apple": "ICT4", "Dropbox": "IC3", "Uber": "L5A", "Stripe": "L3",
        "Shopify": "L6",
    },
    "staff": {
        "Google": "L6", "Meta": "E6", "Microsoft": "65", "Apple": "ICT5",
        "Dropbox": "IC5", "Uber": "L6", "Stripe": "L4", "Shopify": "L7",
    },
    "senior_staff": {
        "Google": "L7", "Meta": "E7", "Amazon": "Principal SDE",
        "Microsoft": "66-67", "Apple": "ICT6", "Dropbox": "IC6", "Uber": "L7",
        "Stripe": "L5", "Shopify": "L8",
    },
    "principal": {
        "Google": "L8", "Meta": "E8", "Amazon": "Senior Principal SDE",
        "Microsoft": "68-69", "Dropbox": "IC7", "Uber": "L8",
    },
}  # fmt: skip


@pytest.mark.parametrize("level_id, names", KNOWN_NAMES.items())
def test_each_level_is_named_as_each_company_names_it(
    level_id: str, names: dict[str, str]
) -> None:
    ladder = load_ladder(BUNDLED / "software-engineer.yaml")
    level = ladder.level(level_id)

    assert level is not None
    assert dict(level.aliases) == names


def test_a_level_a_company_lacks_shows_the_next_companys_name_with_it() -> None:
    ladder = load_ladder(BUNDLED / "software-engineer.yaml")
    staff = ladder.level("staff")

    assert staff is not None
    assert "Amazon" not in dict(staff.aliases)
    # A bare number says nothing alone, so its company is named beside it.
    assert staff.alias_text() == "L6 / E6 / Microsoft 65"
