"""Issue 12, helper 12p: false shapes seen on extractor output nobody labelled, each with a made-up text the
rule must leave alone and the case it must still find."""

import pytest

from tests.rules.test_lines_round_six import MORE, PROSE, lines_of


def test_markdown_table_rows_are_the_articles_table(lint):
    table = ("| County | Councillor | Email address |\n|---|---|---|\n"
             "| Northshire | Jane Example | jane.example@council.example |\n"
             "| Southdale | Tom Sample | tom.sample@council.example |")
    text = f"{PROSE}\n\n{table}\n\n{MORE}\n"
    assert lines_of(lint, text, "NL311") == []


def test_menu_line_beside_a_table_still_found(lint):
    text = (f"{PROSE}\n\n| County | Councillor |\n|---|---|\n| Northshire | Jane Example |\n\n{MORE}\n\n"
            "Home\n\nNews\n\nSport\n\nWeather\n\nSign in\n")
    found = lines_of(lint, text, "NL311")
    assert "| County | Councillor |" not in found and "Sport" in found


STATEMENT = ["I have been told this morning that the harbour master was detained overseas on fraud charges.",
             "I realise this will be difficult news for people in the islands. I ask everyone to stay calm today.",
             "The deputy harbour master will take over the duties of the office from tomorrow morning onwards.",
             "I will provide a further update in due course."]


def test_statement_quoted_then_printed_in_full_is_no_pull_quote(lint):
    quoted = "He said: \u201c" + " ".join(STATEMENT) + "\u201d"
    text = "\n\n".join([PROSE, quoted, MORE, "The statement in full:", *STATEMENT]) + "\n"
    found = lines_of(lint, text, "NL311")
    assert not set(STATEMENT) & set(found), found


def test_caption_seams_not_after_words_no_sentence_ends_on():
    from newslint import captions
    from tests.test_captions import CAPTION, STORY, TAIL
    inside = ("Hundreds of people marched through the old town square on Saturday at a 'We Want Answers' rally "
              "against the closure, and the organisers said a petition titled \u201cThe Harbour Belongs To Us\u201d "
              "had been signed by residents from the days of Chancellor Otto von Bismarck to the Northshire v "
              "Southdale derby crowd and many others who came along without a ticket or any banner at all. ")
    text = STORY + inside + TAIL
    seams = {(c.before, c.word) for c in captions.candidates(text)}
    assert not seams & {("a", "'We"), ("titled", "\u201cThe"), ("von", "Bismarck"), ("v", "Southdale")}, seams
    # the caption seam of a flattened page is still a candidate and still reported
    assert [c.word for c in captions.seams(STORY + CAPTION + TAIL)] == ["Without"]


def test_keys_of_code_and_handles_are_not_glued_words(lint):
    page = ("$('.gallery').carousel({\n    slidesToShow: 3,\n    nextArrow: '.next',\n})\n\n"
            "{\n  \"insertPoint\": \"3\",\n  \"requiredCount\": \"5\"\n}\n\n"
            "Jane Doe is a columnist for the paper. @ JaneDoe\n")
    assert [d.message for d in lint(page, select=["NL102"])] == []


def test_a_heading_glued_to_a_line_or_a_label_still_found(lint):
    text = ("Thousands of sailors lost their livesSource: National Maritime Museum records show the route was "
            "dangerous.\n\nKremlin spokespersonDmitry Peskov said on Monday that talks would continue.\n")
    found = [text[d.start:d.end] for d in lint(text, select=["NL102"])]
    assert found == ["livesSource", "spokespersonDmitry"]


@pytest.mark.parametrize("pull, before, after", [
    # a lone pull quote, said once further on
    ("\u201cI ask everyone to stay calm today and to wait for the facts.\u201d", "",
     "The governor spoke briefly. \u201cI ask everyone to stay calm today and to wait for the facts,\u201d "
     "he told reporters outside the office on Wednesday afternoon."),
    # taken from the next paragraph, which shares its words
    ("\u201cWe ran out of paper and the printers stopped. The school is closed.\u201d", "",
     "\u201cFor weeks we warned about the shortage,\u201d the head teacher said on Monday. \u201cAnd now it has "
     "happened: We ran out of paper and the printers stopped. The school is closed.\u201d"),
    # beside a paragraph whose citation recurs further on
    ("\u201cThe sea has never been this warm in the whole of the record.\u201d",
     "Ocean temperatures rose again in the spring, and the summer set a new high for the third year "
     "running (Northshire Marine Institute, 2023).",
     "The institute's director was clear. \u201cThe sea has never been this warm in the whole of the "
     "record,\u201d she said, adding that fishing fleets had already changed their routes "
     "(Northshire Marine Institute, 2023)."),
])
def test_pull_quote_still_found(lint, pull, before, after):
    text = "\n\n".join(p for p in (PROSE, pull, before, after, MORE) if p) + "\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_only_a_paragraph_of_prose_given_twice_makes_a_repeated_passage():
    from newslint.rules.lines.furniture import _repeated_passage
    teasers = ["Council budget is SHRINKING: Official figures show spending fell in 19 of 32 boroughs as...",
               "A year of cheap fares: Minister extends the rail discount until MARCH in a late U-turn after the...",
               "Harbour closes: Fishermen gather on the quay after the last boat comes in as the second storm..."]
    listed_twice = [PROSE, *teasers, MORE, *teasers]
    assert not _repeated_passage("\n\n".join(listed_twice), listed_twice, 2)  # a teaser list: NL311 may report it
    printed_twice = [PROSE, " ".join(STATEMENT), MORE, *STATEMENT]
    assert _repeated_passage("\n\n".join(printed_twice), printed_twice, 4)


def test_a_quoted_title_after_a_naming_verb_is_no_run_in_caption(lint):
    from tests.test_captions import STORY, TAIL
    named = ("Supporters of the harbour plan have formed a group called 'We back the harbour' and a second group "
             "dubbed 'They never listen' has answered with a petition. ")
    text = "Title\n\n" + STORY + named + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == []
    caption = ("The harbour master stands beside the new crane on the quay at dawn 'We were told nothing about "
               "the plan,' one fisherman said. ")
    text = "Title\n\n" + STORY + caption + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["dawn 'We"]

