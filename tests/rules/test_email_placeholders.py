"""NL407: the placeholder a page behind Cloudflare prints where its script would write an e-mail address, kept by an
extractor that runs no script; and the text it must leave alone (addresses, the words in prose). Every text here is
made up; none is corpus text.
"""

from __future__ import annotations

import pytest

from newslint.api import lint_text


def article(*paragraphs, title="Harbour board asks readers for their views"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def placeholders(text):
    return [text[d.start:d.end] for d in lint_text(text, select=["NL407"])]


@pytest.mark.parametrize(("text", "found"), [
    (article("Readers may write to the harbour board at [email protected] before the end of the month."),
     ["[email protected]"]),
    # the no-break space of the page's own markup, as most extractors keep it
    (article("The board's secretary can be reached by phone or at [email\xa0protected] on weekdays."),
     ["[email\xa0protected]"]),
    # html2text keeps it as the text of the link to Cloudflare's script, each one found
    (article("Tips go to [[email protected]](/cdn-cgi/l/email-protection) or to [email protected] for the desk."),
     ["[email protected]", "[email protected]"]),
    (article("Quay Herald staff - [email protected]", "The board meets again on Tuesday to weigh the plan."),
     ["[email protected]"]),
    # a Markdown writer escapes its brackets, alone or as a link's text
    (article("Letters to the desk: \\[email\xa0protected\\] before Friday, or call the newsroom."),
     ["\\[email\xa0protected\\]"]),
    (article("Tips go to [\\[email protected\\]](/cdn-cgi/l/email-protection) or to the harbour office."),
     ["\\[email protected\\]"]),
])
def test_placeholders_are_found(text, found):
    assert placeholders(text) == found


@pytest.mark.parametrize("text", [
    article("Readers may write to the harbour board at letters@quayherald.example before the end of the month."),
    # the words in prose, and an address in brackets
    article("Every email protected by the new scheme is encrypted before it leaves the office, the board said."),
    article("The clerk's address [letters@quayherald.example] was printed on every notice, and it was protected "
            "by a filter."),
    # a bracket escaped in Markdown around other words
    article("The note read \\[protected\\] in the margin, where the clerk had marked the sealed files."),
])
def test_addresses_and_prose_are_left_alone(text):
    assert placeholders(text) == []


def test_a_line_of_furniture_holding_one_is_still_reported_by_the_line_rules():
    """The placeholder names a lost address inside the line, not the line: the line rules' finding on a byline or a
    contact line that holds it stays (NL311 yields only to what names its whole line)."""
    text = article("Quay Herald staff - [email protected]",
                   "The harbour board will ask readers for their views on the new plan before the summer, its "
                   "chairman said on Monday.",
                   "The board meets again on Tuesday to weigh the plan, which would close the old quay to cars.",
                   "[email protected]", "Share this article")
    found = [(d.code, text[d.start:d.end]) for d in lint_text(text) if d.code in ("NL311", "NL407")]
    assert found == [("NL311", "Quay Herald staff - [email protected]"), ("NL407", "[email protected]"),
                     ("NL311", "[email protected]"), ("NL407", "[email protected]")]
