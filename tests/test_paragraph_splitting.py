"""How a text is cut into paragraphs: a block of lines between blank lines is one paragraph where its lines wrap
(hard-wrapped print, a quotation over two lines, a sentence an extractor broke), and each line is one where the
block is a column of paragraphs and headings, as an HTML extractor leaves a page's single line breaks."""

import pytest

from newslint.model import Article

FIRST = ("The council voted on Monday night to close the old library on the high street and to move its books to "
         "the school hall, a decision that drew protests from residents who had used it for decades.")
SECOND = ("Officials said the building needed repairs that would cost more than the library's budget for the next "
          "five years, and that the hall could be opened to the public on three evenings a week.")
THIRD = ("Opponents said they would take the decision to the courts, and a petition signed by more than two thousand "
         "people was handed to the mayor's office on Tuesday morning before the meeting began.")


def paragraphs(text: str) -> list[str]:
    return [p.text for p in Article.parse(text, has_header=False).paragraphs]


def column(middle: str) -> str:
    """An extractor's output: blocks of long paragraph lines, most blocks over several lines, ``middle`` inside one."""
    return f"{FIRST}\n{SECOND}\n\n{THIRD}\n{middle}\n\n{FIRST}\n{THIRD}\n"


@pytest.mark.parametrize("middle", ["Next Page", "From the archive to the courts", "Related: Library hours cut",
                                    "Pupils in the school hall on Monday. Photograph: Jane Okafor/Example Press"])
def test_a_line_under_a_paragraph_in_a_column_is_its_own_paragraph(middle):
    assert paragraphs(column(middle)) == [FIRST, SECOND, THIRD, middle, FIRST, THIRD]


def test_a_line_found_inside_a_block_of_paragraph_lines(lint):
    text = "Library to close\n\n" + column("Next Page")
    assert [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL309"])] == [("NL309", "Next Page")]


@pytest.mark.parametrize("end, start", [
    ("the plan,", "Residents said"),                # a comma: the sentence goes on
    ("the plan were", "Residents of the town"),     # a plain lower-case word with no stop
    ("the pro-", "European residents"),             # a hyphen
    ("the plan.", "and residents said so"),         # the next line goes on in lower case
])
def test_a_line_that_ends_mid_sentence_keeps_its_block_one_paragraph(end, start):
    broken = f"{FIRST} Officials described {end}\n{start} that it was {SECOND[0].lower()}{SECOND[1:]}"
    assert paragraphs(f"{broken}\n\n{THIRD}\n{FIRST}\n") == [broken, THIRD, FIRST]


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"')])
def test_a_quotation_over_two_lines_stays_one_paragraph(opening, closing):
    quoted = (f"{opening}{FIRST}\nWe will fight this,{closing} said Jane Okafor, who has led the campaign to save the "
              "library since the plan was first put to the council in the spring.")
    assert paragraphs(f"{quoted}\n\n{SECOND}\n{THIRD}\n") == [quoted, SECOND, THIRD]


def test_hard_wrapped_text_keeps_a_block_per_paragraph():
    wrapped = ("The council voted on Monday night to close the old library on the\n"
               "high street and to move its books to the school hall. Residents\n"
               "protested outside the meeting.")
    other = "Officials said the building needed repairs.\nThe hall will open on three evenings a week."
    assert paragraphs(f"{wrapped}\n\n{other}\n\n{wrapped}\n") == [wrapped, other, wrapped]


def test_a_block_of_short_lines_among_long_ones_stays_one_paragraph():
    figure = "Campaigners outside the library.\nPhotograph: Jane Okafor/Example Press"
    assert paragraphs(f"{FIRST}\n{SECOND}\n\n{figure}\n\n{THIRD}\n{FIRST}\n") == [FIRST, SECOND, figure, THIRD, FIRST]


def test_one_line_per_paragraph_and_offsets_stay_as_they_were():
    text = f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"
    article = Article.parse(text, has_header=False)
    assert [p.text for p in article.paragraphs] == [FIRST, SECOND, THIRD]
    lines = Article.parse(column("Next Page"), has_header=False)
    assert all(lines.text[p.start:p.end] == p.text for p in lines.paragraphs)


def test_ocr_mode_on_joins_every_block():
    assert len(Article.parse(column("Next Page"), has_header=False, ocr="on").paragraphs) == 3
