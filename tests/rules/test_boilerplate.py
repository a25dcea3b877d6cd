"""NL3xx boilerplate, credit, metadata and byline rules (Python rules and the boilerplate pack)."""

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(name):
    return (SEEDS / name).read_text()


def test_seeds_findings(lint):
    expected = {
        "000_80c6854f606fe719.txt": [("NL301", 15, 1)],
        "001_9676635609fdc54d.txt": [("NL340", 37, 1)],
        "002_ffce716179b1a6a6.txt": [("NL320", 3, 212), ("NL302", 49, 1), ("NL310", 52, 1)],
        "003_5e0098f0fbf781ad.txt": [("NL330", 1, 2), ("NL310", 3, 1)],
        "004_4ff2f3123b6d360c.txt": [("NL330", 1, 2), ("NL320", 17, 177)],
    }
    for name, findings in expected.items():
        assert [(d.code, d.line, d.column) for d in lint(seed(name), select=["NL3"])] == findings, name


def test_boilerplate_paragraph_fix_deletes_it(fixed):
    text = "Title\n\nBlinken met Lavrov.\n\nGive a Comment\n\nThe talks lasted 30 minutes.\n"
    once = fixed(text, ["NL310"])
    assert once == "Title\n\nBlinken met Lavrov.\n\nThe talks lasted 30 minutes.\n"
    assert fixed(once, ["NL310"]) == once


@pytest.mark.parametrize("line", [
    "Related: Ukraine Leader Calls for Talks", "Click here to read more", "Share this story",
    "Follow @janedoe for updates", "Europe Braces for Winter Storm »", "www.example.com/news",
])
def test_structural_boilerplate_nobody_listed(lint, line):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{line}\n\nThe talks lasted 30 minutes.\n", select=["NL310"])
    assert (d.line, d.column) == (5, 1)


def test_glued_read_more_teaser(lint):
    [d] = lint("Title\n\nBlinken met Lavrov. Read more: Ukraine Leader Calls for Talks\n", select=["NL310"])
    assert (d.line, d.column, d.fix["applicability"]) == (3, 20, "unsafe")


@pytest.mark.parametrize("code,line", [
    ("NL303", "Follow us on Twitter and Facebook"),
    ("NL304", "This article is for subscribers only. Already a subscriber? Log in"),
    ("NL305", "© 2021 Thomson Reuters. All rights reserved."),
    ("NL306", "Advertisement"),
])
def test_pack_rules(lint, code, line):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{line}\n", select=[code])
    assert (d.code, d.line, d.column, d.fix["applicability"]) == (code, 5, 1, "safe")


@pytest.mark.parametrize("text,span", [
    ("Kevin Lamarque/Reuters", (1, 23)),
    ("(AP Photo/Evan Vucci)", (1, 22)),
    ("Image copyright Getty Images", (1, 29)),
    ("Blinken meets Lavrov in Stockholm. REUTERS/Kevin Lamarque", (36, 58)),
    ("File photo: Russian troops near the border", (1, 43)),
    ("(File photo by Anatolii Stepanov)", (1, 34)),
    ("Picture: a trench near Donetsk", (1, 31)),
])
def test_photo_credits(lint, text, span):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{text}\n", select=["NL320"])
    assert (d.line, d.column, d.end_column) == (5, *span)


def test_leaked_date_fix(lint, fixed):
    text = seed("003_5e0098f0fbf781ad.txt")
    once = fixed(text, ["NL330"])
    assert once.startswith("Top U.S. diplomat")
    assert fixed(once, ["NL330"]) == once


@pytest.mark.parametrize("line,end", [
    ("Published 14:32 GMT, 2 December 2021", 37), ("Last updated: 3 March 2005 10:15", 33),
    ("Updated 3 hours ago", 20), ("Published 14:32 GMT, 2 December 2021 | Updated 15:10 GMT, 2 December 2021", 74),
])
def test_leaked_timestamp(lint, line, end):
    [d] = lint(f"Title\n\n{line}\n\nBlinken met Lavrov.\n", select=["NL331"])
    assert (d.line, d.column, d.end_column) == (3, 1, end)


def test_repeated_timestamps_are_one_finding_whose_fix_removes_them_all(lint):
    stamp = "Published 14:32 GMT, 2 December 2021"
    [d] = lint(f"Title\n\n{stamp} {stamp} Blinken met Lavrov.\n", select=["NL331"])
    assert (d.column, d.end_column) == (1, 2 * len(stamp) + 2)
    [edit] = d.fix["edits"]
    assert (edit["column"], edit["end_column"], edit["content"]) == (1, 2 * len(stamp) + 3, "")  # up to "Blinken"


def test_header_byline(lint):
    found = lint("Title\n\nBy Jane Doe | Reuters\n\nBlinken met Lavrov.\n", select=["NL332"])
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, 22)]
    glued = lint("Title\n\nBy Jane Doe | Reuters Blinken met Lavrov.\n", select=["NL332"])
    assert [(d.line, d.column, d.end_column) for d in glued] == [(3, 1, 22)]


def test_wire_signoff_is_info(lint):
    [d] = lint("Title\n\nBlinken met Lavrov. (Additional reporting by Jane Doe in Moscow)\n", select=["NL341"])
    assert (d.line, d.column, str(d.severity)) == (3, 21, "info")


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Three sources told Reuters, the Interfax news agency reported.",
    "By the end of the year, By Monday Mr Smith had gone to the CNN/AP poll, and a HIV/AIDS clinic.",
    "He urged fans to sign up for the newsletter, which has 40,000 readers.",
    "Read the report, he said.",
    "Photographer Jim Smith took the picture. Image quality has improved. Reuters beat forecasts.",
    "Published figures show sales rose 5% on 2 December 2004.",
    "The reporting by local media could not be verified.",
])
def test_clean_text_is_left_alone(lint, text):
    assert lint(f"Title\n\n{text}\n\nThe talks lasted 30 minutes.\n", select=["NL3"]) == []


def test_list_of_titles_is_not_a_byline(lint):
    text = "Title\n\nThe nominees are:\n\nThe Simpsons (Fox)\n\nSchool Of Rock\n"
    assert lint(text, select=["NL340"]) == []


def test_a_deleted_line_takes_its_trailing_no_break_space_with_it(fixed):
    text = ("Title\n\nBlinken met Lavrov.\n\n\tComments are moderated and generally will be posted if they are "
            "on-topic and not abusive.\xa0\n\nThe talks went on.\n")
    assert fixed(text, ["NL301"]) == "Title\n\nBlinken met Lavrov.\n\nThe talks went on.\n"
