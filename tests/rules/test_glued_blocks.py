"""NL343: blocks of a page glued at their seam by an extractor that joins them with nothing (issue 12)."""

import pytest


def found(lint, text):
    return [text[d.start:d.end] for d in lint(text, select=["NL343"])]


@pytest.mark.parametrize("text, glued", [
    ("Hotel planned at Lake WillowmereByJ.R. Doe Thursday, November 9\n", "WillowmereByJ"),
    ("Photo: Jane OkonkwoThis article first appeared in the print edition.\n", "OkonkwoThis"),
    ("Photo: Getty ImagesA new survey of the county finds fewer farms.\n", "ImagesA"),
    ("Most read in TourismThe new parking pass stirs anger in the old town.\n", "TourismThe"),
    ("The council approved the plan on TuesdayBy Jane Doe and others\n", "TuesdayBy"),
    ("Flights resume at the harbour airportBy AFP, * Next story\n", "airportBy"),
    # a figure before 'By' is looked at in a paragraph with a case change (NL102's segments: 'storyRiver')
    ("Mayor takes a lap of the track before the 300By JANE DOE, * Next storyRiver ferry sails\n", "300By"),
])
def test_a_seam_between_two_blocks(lint, text, glued):
    assert found(lint, text) == [glued]


@pytest.mark.parametrize("text, glued", [
    # the rarer openers: a pronoun, a quantifier, a time word, glued to the block before
    ("Straight back to the old harbourI walked home along the quay at dusk.\n", "harbourI"),
    ("Harbour TownSome of the shops opened late on the quay.\n", "TownSome"),
    ("Planners versus the councilLast night the mayor spoke at the quay.\n", "councilLast"),
    ("Lights went out across the stationOne thousand homes lost power in the storm.\n", "stationOne"),
    # 'I' after a name the web writes solid with an 'i' ('maui'): still a seam
    ("Ten days on MauI stayed in a tent by the beach with my brother.\n", "MauI"),
])
def test_a_seam_before_a_rarer_opener(lint, text, glued):
    assert found(lint, text) == [glued]


@pytest.mark.parametrize("text", [
    # the web writes these solid: a button, a brand
    "ThankYou for reading the harbour news. Click SeeMore for the quay pages.\n",
    "The AppleOne plan and the CapitalOne card were both on offer at the quay.\n",
    # no lower-case word after the opener
    "The HelloMore Awards and the BlueWhat Club were both held at the quay.\n",
])
def test_rarer_openers_the_web_writes_solid_are_left_alone(lint, text):
    assert found(lint, text) == []


def test_a_brand_the_web_writes_solid_is_a_seam_in_a_page_with_other_glue(lint):
    # the page's blocks were written solid elsewhere ('OkonkwoPhoto'): the solid form is no evidence of a brand there
    text = "Photo: Jane OkonkwoPhoto editor\n\nHer profile on LinkedIn is short.\n"
    assert found(lint, text) == ["LinkedIn"]


def test_the_fix_puts_a_space_at_each_seam(lint):
    text = "Resort planned at Lake BerryessaByJ.R. Stone Thursday\n"
    (finding,) = lint(text, select=["NL343"])
    assert [edit["start"] for edit in finding.fix["edits"]] == [32, 34]


@pytest.mark.parametrize("text", [
    "The PlayStation and YouTube accounts of McDonald and DeAndre were closed.\n",
    "The NASA astronaut said it. UCLA students raised worries. The USDA official agreed.\n",
    "Follow @NewsThe on twitter or read www.siteThe.com/PageThe for more.\n",
    "JoAnn and LeBron met MacArthur at the WordPress office in DeKalb.\n",
    "The council approved the plan on Tuesday. By then, Jane Doe had left.\n",
    "Tickets cost 20By then most were sold, and the A4By B5 sheets ran out.\n",
    # brands the web writes solid, in a page with no other glue
    "Jobs fair\n\nHer profile on LinkedIn is short, and the PostIt notes by the quay were yellow.\n",
    "Jobs fair\n\nThe firm posted its openings on LinkedIn in the spring.\n",
])
def test_names_brands_acronyms_and_prose_are_left_alone(lint, text):
    assert found(lint, text) == []


def test_glue_that_nl102_recognises_is_reported_once(lint):
    text = "Kremlin spokespersonThe statement was read out on Tuesday.\n"
    codes = [d.code for d in lint(text, select=["NL102", "NL343"])]
    assert codes.count("NL343") + codes.count("NL102") == 1
