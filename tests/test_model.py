"""The article model: header formats of the seeds, paragraphs, sentences, offsets."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.model import Article
from newslint.ocr import gate
from newslint.source import decode, normalise_newlines

SEEDS = Path(__file__).parent.parent / "seeds"


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    document = decode(path.read_bytes(), str(path))
    return Article.parse(document.text, document.path)


def test_title_date_url_lines():
    article = seed("000")
    assert article.title.value.startswith("Blinken urges Russias Lavrov")
    assert article.date.value == "20211202" and not article.date.glued
    assert article.text[article.date.span.start:article.date.span.end] == "20211202"
    assert article.url.value.startswith("https://tribune.com.pk/story/2332116/")
    assert article.paragraphs[0].text.startswith("Russia also said on Thursday")
    assert len(article.paragraphs) == 17  # one paragraph per line


def test_title_blank_line_paragraphs():
    article = seed("001")
    assert article.title.value == "Blinken, Lavrov meet for “serious” talks on Ukraine crisis"
    assert article.date is None
    assert article.paragraphs[1].text.startswith("r Blinken handed")
    assert article.paragraphs[-1].text == "Christi C. Elwood"


@pytest.mark.parametrize("prefix, first_words", [("003", "Top U.S. diplomat"), ("004", "The US has warned")])
def test_glued_date_is_the_date_and_the_body_starts_after_it(prefix, first_words):
    article = seed(prefix)
    assert article.title is None
    assert article.date.value == "2021-12-02" and article.date.glued
    assert article.text[article.date.span.start:article.date.span.end] == " date 2021-12-02 "
    assert article.paragraphs[0].text.startswith(first_words)
    assert article.paragraphs[0].start == article.date.span.end


def test_paragraph_offsets_index_the_text():
    for path in SEEDS.glob("*.txt"):
        article = Article.parse(decode(path.read_bytes(), str(path)).text)
        for paragraph in article.paragraphs:
            assert article.text[paragraph.start:paragraph.end] == paragraph.text
        for token in article.tokens:
            assert article.text[token.start:token.end] == token.text


def test_paragraph_texts_are_the_paragraphs_texts_in_order():
    article = Article.parse("Harbour news\n\nThe ferry ran late.\n\n  Fares rise in May.  \nThe quay reopened.\n")
    assert article.paragraph_texts == [p.text for p in article.paragraphs] \
        == ["The ferry ran late.", "Fares rise in May.", "The quay reopened."]
    assert article.paragraph_words == [["The", "ferry", "ran", "late"], ["Fares", "rise", "in", "May"],
                                       ["The", "quay", "reopened"]]


def test_sentences_do_not_split_at_abbreviations():
    article = Article.parse("T\n\nMr. Putin met U.S. officials at 9 a.m. on Friday. Christi C. Elwood wrote it. It ended.\n")
    assert [s.text for s in article.sentences] == [
        "Mr. Putin met U.S. officials at 9 a.m. on Friday.", "Christi C. Elwood wrote it.", "It ended."]


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    text = "Title\n\nThe first paragraph is\nwrapped over two lines.\n\nThe second one\nis wrapped too.\n"
    article = Article.parse(text)
    assert [p.text for p in article.paragraphs] == ["The first paragraph is\nwrapped over two lines.",
                                                   "The second one\nis wrapped too."]


def test_a_first_sentence_is_not_a_title():
    article = Article.parse("The minister resigned on Friday.\n\nHe said nothing.\n")
    assert article.title is None and len(article.paragraphs) == 2


def test_a_title_ending_on_an_abbreviation_before_a_date_line():
    article = Article.parse("STEEL OUTPUT RISES IN U.S.\n1987-04-11\n\nPITTSBURGH, April 10 - Output rose.\n")
    assert article.title.value == "STEEL OUTPUT RISES IN U.S." and article.date.value == "1987-04-11"
    assert [p.text for p in article.paragraphs] == ["PITTSBURGH, April 10 - Output rose."]


def test_a_sentence_before_a_blank_line_is_still_not_a_title():
    article = Article.parse("Output rose in the U.S.\n\nIt said so.\n")
    assert article.title is None and len(article.paragraphs) == 2


def test_crlf_and_lone_cr_are_normalised_with_a_map_back():
    text, removed = normalise_newlines("a\r\nb\rc\r\n")
    assert text == "a\nb\nc\n" and removed == [1, 5]


def test_document_locations_count_code_points_and_restore_line_ends():
    document = decode("\ufeffTitle\r\n\r\n😀 Kiev said.\r\n".encode("utf-8"), "x.txt")
    assert document.bom and document.text == "Title\n\n😀 Kiev said.\n"
    offset = document.text.index("Kiev")
    assert document.location(offset) == (3, 3)
    from newslint.rule import Edit
    fixed = document.fixed_source([Edit(offset, offset + 4, "Kyiv"), Edit(0, 0, "New\n")])
    assert fixed == "\ufeffNew\r\nTitle\r\n\r\n😀 Kyiv said.\r\n"


def test_a_rule_that_crashes_becomes_nl000_and_the_other_rules_still_run():
    from newslint.engine import Linter
    from newslint.rule import Rule

    class Broken(Rule):
        code, name, summary = "XB100", "broken", "Always fails."

        def check(self, article):
            raise KeyError("boom")

    class Finds(Rule):
        code, name, summary = "XB101", "finds", "Flags the first paragraph."

        def check(self, article):
            yield self.finding(article.paragraphs[0].start, article.paragraphs[0].end, "found")

    findings = Linter([Broken(), Finds()]).lint_article(Article.parse("T\n\nText.\n"))
    assert [(f.code, f.message) for f in findings] == [
        ("NL000", "rule XB100 broken failed on this input: KeyError: 'boom'"), ("XB101", "found")]


def test_the_words_are_joined_only_where_asked():
    """The word analysis gives each paragraph's words; the article's list of all of them is made on first use, and the
    word count needs none."""
    article = Article.parse("Title\n\nThe U.S. said it.\n\nMr. Smith's dog-walker didn't go.\n")
    assert article.lower_words and article.distinct_words and "words" not in article.__dict__
    assert article.word_count == 9 and "words" not in article.__dict__
    assert article.words == ["The", "U.S.", "said", "it", "Mr", "Smith's", "dog-walker", "didn't", "go"]
    assert article.words == [word for words in article.paragraph_words for word in words]


def test_words_and_tokens_agree_and_spans_are_computed_on_demand():
    article = Article.parse("Title\n\nThe U.S. said it. The end.\n\nMr. Smith's dog-walker didn't go.\n")
    assert article.words == [t.text for t in article.tokens]
    assert article.paragraph_words[1] == ["Mr", "Smith's", "dog-walker", "didn't", "go"]
    assert article.lower_words[:2] == ["the", "u.s."]
    assert article.vocabulary["the"] == 2
    for token in article.tokens:
        assert article.text[token.start:token.end] == token.text
    assert [(t.start, t.paragraph) for t in article.tokens_of("The")] == \
        [(article.paragraphs[0].start, 0), (article.paragraphs[0].start + 18, 0)]
    assert article.tokens_of("the") == [] and article.tokens_of("absent") == []
    assert article.paragraph_tokens(1) == [t for t in article.tokens if t.paragraph == 1]


def test_hard_wrapped_lines_are_one_paragraph_and_keep_their_offsets():
    text = ("The council met on Monday and agreed that the new\nbridge over the river would open in the\n"
            "spring, after the engineers had finished their\nsurvey of the banks and the old piers of the\n"
            "crossing that was built in the last century by\nthe railway company for its goods trains.\n")
    article = Article.parse(text, has_header=False)
    assert len(article.paragraphs) == 1
    paragraph = article.paragraphs[0]
    assert text[paragraph.start:paragraph.end] == paragraph.text and paragraph.text.endswith("trains.")
    assert len(Article.parse(text, has_header=False, ocr="off").paragraphs) == 6


def test_one_line_per_paragraph_is_not_hard_wrapped():
    text = "".join(f"Paragraph {n} says one thing and ends with a full stop.\n" for n in range(8))
    assert len(Article.parse(text, has_header=False).paragraphs) == 8


# lines of print, sentences, blank and indented lines: the shapes that hard_wrapped weighs
LINE_SHAPES = st.sampled_from(["", " ", "the plan was", "the plan was-", "It ended.", "    indented", "and went on",
                               "Opens a block {", "x" * 160, "robin.smith@example.org", "Heading"])


@settings(max_examples=400)
@given(st.lists(LINE_SHAPES, max_size=40))
def test_the_parse_judges_hard_wrapped_text_as_the_gate_does(lines):
    """Article.parse asks hard_wrapped only where enough adjacent non-blank lines stand (may_be_hard_wrapped): the
    same answer as asking it of every text."""
    text = "\n".join(lines)
    assert Article.parse(text, has_header=False)._hard_wrapped is gate.hard_wrapped(text)
    assert Article.parse(text)._hard_wrapped is gate.hard_wrapped(text)


def test_an_analysis_is_computed_once_and_is_the_article_s_attribute_from_then_on(monkeypatch):
    calls = []
    original = Article.__dict__["sentences"].func

    def counted(article):
        calls.append(article)
        return original(article)

    monkeypatch.setattr(Article.__dict__["sentences"], "func", counted)
    article = Article.parse("Title\n\nOne sentence. Another one.\n")
    first = article.sentences
    assert article.sentences is first and article.__dict__["sentences"] is first
    assert len(calls) == 1 and [s.text for s in first] == ["One sentence.", "Another one."]
    assert "sentences" not in Article.parse("Title\n\nText.\n").__dict__  # not computed before it is read


def test_a_paragraph_made_without_its_init_is_the_paragraph_the_init_makes():
    from newslint.model import Paragraph, _paragraph

    made, long_way = _paragraph(3, 41, "Ministers met on Tuesday."), Paragraph(3, 41, "Ministers met on Tuesday.")
    assert made == long_way and hash(made) == hash(long_way) and repr(made) == repr(long_way)
    assert type(made) is Paragraph and astuple(made) == astuple(long_way) == (3, 41, "Ministers met on Tuesday.")
    assert made.end == long_way.end == 66 and not hasattr(made, "__dict__")
    with pytest.raises(AttributeError):  # still frozen
        made.start = 0


@pytest.mark.parametrize("text", [
    "One line only, no break.", "  One line with spaces around it.  ", "\tTabbed line.\n", "\n\n  Late start.\n\n",
    "A first paragraph.\n\n  An indented second one.\n\nA third.  \n", "Line one\nline two\n\n\nline three\u2003\n",
    "date 2021-12-02   Glued to a date.", "\u00a0Non-breaking space first.\u00a0", "",
])
def test_paragraph_offsets_and_texts_are_the_stripped_lines_they_come_from(text):
    article = Article.parse(text, has_header=False)
    for paragraph in article.paragraphs:
        assert paragraph.text == paragraph.text.strip() and paragraph.text
        assert text[paragraph.start:paragraph.end] == paragraph.text
    assert [p.text for p in article.paragraphs] == [line.strip() for line in text.split("\n") if line.strip()] or \
        article.date is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Words here.", "  padded  ", "\t", "", " ", "\u2003x\u00a0", "a", "Last one"]),
                max_size=12))
def test_every_line_a_paragraph_is_what_the_general_loop_makes(lines):
    """Where no block is one paragraph and no date is glued, each non-blank line becomes a paragraph in a loop of its
    own (``_line_paragraphs``): the paragraphs of the general loop over units, which a glued date's end past the text
    makes it take."""
    from newslint import model

    text = "\n".join(lines)
    blocks = model._blocks(model._python_lines_with_offsets(text))
    assert model._split_paragraphs(text, blocks, -1) == model._split_paragraphs(text, blocks, len(text) + 1)


@pytest.mark.parametrize("first", ["Latest update June 3rd, 2021 09:15 PM", "Posted on", "Friday, April 22 2022",
                                   "Wed | Apr 27, 2022", "By JANE DOE", "By Jane Doe, Staff Writer",
                                   "• Sign in", "* Skip to main content", "-   Latest",
                                   "#[1]alternate [2]News feed"])
def test_a_pages_stamp_byline_or_menu_item_is_no_title_but_the_bodys_first_paragraph(first):
    article = Article.parse(f"{first}\n\nThe council voted on Monday to move the library.\n")
    assert article.title is None and [p.text for p in article.paragraphs] == [
        first, "The council voted on Monday to move the library."]


@pytest.mark.parametrize("title", ["Council fined $1.5m for bribery", "May Day rally draws thousands in 2022",
                                   "By the numbers: the 2022 budget", "Scientists confirm 2023 as the hottest year",
                                   "Library to move | Valley Post | 12.04.2021", "Updated rules for the 24-hour shops",
                                   "#MeToo marches fill the square", "-40C: the coldest night"])
def test_a_title_that_holds_a_date_a_by_or_a_bar_is_still_the_title(title):
    article = Article.parse(f"{title}\n\nThe council voted on Monday to move the library.\n")
    assert article.title.value == title and len(article.paragraphs) == 1


def test_a_long_first_line_of_several_sentences_is_no_title():
    """A notice that is a whole output (a cookie notice of two sentences, 150 characters or more) is the body's
    paragraph, which the rules read; a long headline of one phrase is still the title."""
    notice = ("This website uses cookies to improve the service it gives. Continued use of the website will be taken "
              "as consent to the use of such technology and to the policy of the Example Broadcasting System.")
    article = Article.parse(notice + "\n")
    assert article.title is None and [p.text for p in article.paragraphs] == [notice]
    headline = ("Council votes to close the old library on the high street and to move its books to the new school "
                "by the river, after two years of debate")
    article = Article.parse(f"{headline}\n\nThe council voted on Monday to move the library.\n")
    assert article.title.value == headline


@pytest.mark.parametrize("opening, glued", [
    ("date 2021-12-02 The council met.", True), ("  DATE 2021-12-02 The council met.", True),
    ("\tDate 20211202 The council met.", True), ("Data 2021-12-02 The council met.", False),
    ("update 2021-12-02 The council met.", False), ("The date 2021-12-02 was set.", False)])
def test_a_glued_date_is_read_only_where_its_line_opens_with_the_word(opening, glued):
    article = Article.parse(f"Council meets\n\n{opening}\n\nA second paragraph.\n", has_header=True)
    assert (article.date is not None and article.date.glued) is glued
