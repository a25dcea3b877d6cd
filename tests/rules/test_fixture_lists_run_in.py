"""NL106: a list of fixtures or results run into the text (three matches or more close together), as a flattened
match preview box or fixture table leaves it."""

import pytest


def _lists(lint, body):
    return [d.message for d in lint(f"Cup draw\n\n{body}\n", select=["NL106"]) if "fixtures" in d.message]


@pytest.mark.parametrize("body", [
    "The draw was made on Monday.Saturday, 3 MayTown v CitySunday, 4 MayRovers v UnitedMonday, 5 MayAthletic v "
    "Wanderers",
    "The last round of the season is on Saturday. Remaining fixtures Town vs City (home) Rovers vs United (away) "
    "Athletic vs Wanderers (home) The title will be decided then.",
])
def test_a_fixture_list_run_into_the_text_is_reported(lint, body):
    assert len(_lists(lint, body)) == 1


@pytest.mark.parametrize("body", [
    "Town v City is the tie of the round, and the winners meet Rovers or United in the final.",
    "After Town v City on Saturday the manager said the side had played well. Rovers v United was postponed.",
    "The case of Smith v Jones was heard in the High Court on Monday, the judge said.",
])
def test_matches_named_in_prose_are_left_alone(lint, body):
    assert _lists(lint, body) == []
