"""NL311, NL312, NL314, NL315, round seven (issue 12x): pull quotes in other words, captions without a stop, a date closing
a block, glued bylines, soft hyphens in names (made-up text only)."""

from conftest import lines_of


PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")
BODY = ("Critics were quick to respond. The long march of reform, by pushing every school towards the same "
        "timetable, thus quietly removes the freedom that small schools have relied on for decades, they said. "
        "Several of them pointed to villages where the school is the last public building still open.")


def test_pull_quote_in_other_words_is_furniture(lint):
    pull = ("The long march of reform, by pushing every school towards the same timetable, "
            "quietly removes the freedom that small schools have relied on.")
    text = f"{PROSE} {MORE}\n\n{pull}\n\n{BODY}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_sentence_sharing_a_few_words_with_another_stays(lint):
    echo = ("The long march of reform has been debated in every school, and many parents "
            "want the timetable to stay as it is.")
    text = f"{PROSE} {MORE}\n\n{echo}\n\n{BODY}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL311") == []


def test_statement_printed_line_by_line_after_its_quotation_stays(lint):
    lines = ["The harbour will close to all shipping from noon on Friday until further notice.",
             "Ferries to the outer islands will run from the north pier during the closure instead.",
             "Residents are asked to avoid the waterfront while the engineers inspect the sea wall."]
    quoted = "The harbour master said: \u201c" + " ".join(
        line.replace("from noon", "from twelve noon") for line in lines) + "\u201d"
    text = "\n\n".join([PROSE, quoted, MORE, "The statement in full:", *lines]) + "\n"
    assert not set(lines) & set(lines_of(lint, text, "NL311"))


def test_short_paragraph_the_longer_one_merely_contains_is_no_pull_quote_when_longer_is_shorter(lint):
    # the longer version is the line itself: the shorter paragraph elsewhere is what repeats it
    line = ("The long march of reform, by pushing every school towards the same timetable, thus quietly removes "
            "the freedom that small schools have relied on for decades, and parents have noticed it.")
    short = "The long march of reform quietly removes the freedom of small schools."
    text = f"{PROSE}\n\n{line}\n\n{MORE}\n\n{short}\n"
    assert line not in lines_of(lint, text, "NL311")


LONG = ("The council voted on Monday night to close the old library on the high street and to move its books "
        "to the community centre, which will open longer hours from the spring.")
LATER = ("Residents who opposed the plan said they would keep campaigning, and a petition against the move has "
         "gathered more than two thousand names since it was launched in the autumn.")
LAST = ("The library has stood on the high street since the town was rebuilt after the war, and many people "
        "remember borrowing their first book there as children.")


def test_unstopped_caption_lines_among_the_story(lint):
    first = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    second = "The reading room of the library, which opened in the years after the war, pictured last summer"
    text = f"{LONG}\n\n{first}\n\n{LATER}\n\n{second}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == [first, second]


def test_one_sentence_that_lost_its_stop_stays(lint):
    lost = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    text = f"{LONG}\n\n{lost}\n\n{LATER}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == []


def test_unstopped_headings_and_reported_lines_stay(lint):
    heading = "Why The Council Decided To Close The Old Library On The High Street"
    reported = "He said the council had no choice but to close the building before the winter"
    said = "The leader of the council said the decision had been the hardest of her time in office"
    text = f"{LONG}\n\n{heading}\n\n{LATER}\n\n{reported}\n\n{LAST}\n\n{said}\n\n{LONG}\n"
    assert lines_of(lint, text, "NL312") == []


def test_byline_glued_to_the_headline_before_the_date(lint):
    text = ("Council closes the old library on the high street.ByJane Okafor Thursday, November 9, 2023 4:10PM\n"
            f"{LONG}\n")
    found = lint(text, select=["NL315"])
    assert [text[d.start:d.end] for d in found] == ["ByJane Okafor"]
    seam = f"Council closes the old library on the high streetByJane Okafor Thursday, November 9, 2023\n{LONG}\n"
    assert [d.code for d in lint(seam, select=["NL315", "NL343"])] == ["NL343"]  # the seam is NL343's
    initials = f"Harbour to reopen after the stormBy J.R. Mendes\n{LONG}\n"
    assert [initials[d.start:d.end] for d in lint(initials, select=["NL315"])] == ["By J.R. Mendes"]


def test_words_ending_in_by_and_bylines_in_prose_stay(lint):
    text = ("The band played Stand By Me Thursday night at the old library, and the council said that the "
            "report was written By Jane Okafor in the spring.\n"
            "The new terminal was built nearby. Standby generators were tested Monday.\n")
    assert lint(text, select=["NL315"]) == []


def test_soft_hyphens_inside_a_name_do_not_hide_a_byline_or_a_credit(lint):
    from newslint.rules.lines.captions import _credit_only
    text = f"{LONG}\n\n{LATER}\n\nBy SEV\u00adER\u00adINE OKAFOR\n\n{LAST}\n"
    assert [d.line for d in lint(text, select=["NL315"])] == [5]
    assert _credit_only("NI\u00adCOLE DRAY\u00adTON") and not _credit_only("NI\u00adCOLE DRAY\u00adTON said so")


def _wrapped(*blocks):
    """A hard-wrapped text (every block over several lines), which newslint reads block by block."""
    import textwrap
    return "\n\n".join(textwrap.fill(b, 60) if "\n" not in b else b for b in blocks) + "\n"


def test_date_closing_a_block_under_a_byline(lint):
    from newslint.model import Article
    text = _wrapped(LONG, "Council to close the old library on the high street\nafter a vote - by Jane Okafor\t\t\n"
                          "\t\tApril 21, 2022  ", LATER, LAST)
    assert any(p.text.endswith("2022") for p in Article.parse(text, None, {}, False).paragraphs if "\n" in p.text)
    found = lint(text, select=["NL314"])
    assert [text[d.start:d.end] for d in found] == ["April 21, 2022"]


def test_hard_wrapped_sentence_ending_in_a_date_stays(lint):
    block = "In the end the council said on Monday that the old library\nwould close for good after the vote held on\nApril 21, 2022"
    text = _wrapped(LONG, block, LATER, "The vote was taken on the night by the Finance Committee\nof the council on\n"
                    "April 21, 2022.", LAST)
    assert lint(text, select=["NL314"]) == []
