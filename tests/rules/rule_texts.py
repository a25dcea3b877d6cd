"""Made-up story text and small finders that several rule test files share: one copy here, imported where it is
used."""

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")

MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")

LONG = ("The council voted on Monday night to close the old library on the high street and to move its books "
        "to the community centre, which will open longer hours from the spring.")

LATER = ("Residents who opposed the plan said they would keep campaigning, and a petition against the move has "
         "gathered more than two thousand names since it was launched in the autumn.")

LAST = ("The library has stood on the high street since the town was rebuilt after the war, and many people "
        "remember borrowing their first book there as children.")

QUOTED = ("The head of the largest union was blunt. \u201cWe were told nothing until the letters arrived, "
          "and that is no way to run a school system,\u201d she said after the meeting on Wednesday.")

MOVE = ("The move comes as the fisheries minister faces mounting pressure in the assembly to keep harbours from being "
        "driven out of trade by cheap catches.")

OPENING = ("A powerful alliance of chefs and charities today urged the prime minister to block cheaper foods from "
           "flooding into the country under new trade deals.")

VOTE_OPENING = ("Campaigners have asked readers to write to their local councillors before next week's vote on the "
           "future of the town's two libraries, which the council says it can no longer afford to keep open.")

STORY_END = ("The festival returns next summer, and the organisers said they hoped to double the number of stages "
             "on the common after this year's crowds.")

# a flattened page: one long paragraph (the reader-sentence and glue checks look at such pages)
STORY = ("The council approved the plan on Tuesday after a long debate about the cost of the new bridge. "
         "Residents had asked for a second crossing for years, and the vote was close.")

SPACED = ("The council approved the plan on Monday after a long debate about costs and the schedule of works in "
          "the town centre. ")


def flattened(middle, copies=3):
    """``middle`` inside a one-line page of 1,000+ characters (``copies`` of ``SPACED`` on each side)."""
    return SPACED * copies + middle + " " + SPACED * copies


# a caption that points at its picture: NL317 finds it, so a page that holds it has a run of captions
PICTURED = "The old ferry (pictured) leaves the harbour for the last time on a grey morning. "


def captioned(middle):
    """``middle`` inside a one-line page of 1,000+ characters where NL317 found another caption (``PICTURED``)."""
    return SPACED * 3 + PICTURED + SPACED * 2 + middle + " the plan. " + SPACED * 5


def default_rules():
    from newslint.api import make_linter
    return make_linter().rules


def article(*paragraphs, title="Council budget agreed"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def block_findings(text, code):
    """The findings of rule ``code`` on ``text`` parsed with its single line breaks inside paragraphs (as the
    parser reads an extractor's output whose lines mostly end mid-sentence)."""
    from newslint.api import make_linter
    from newslint.model import Article

    article = Article.parse(text, "page.txt", ocr="on")
    assert any("\n" in p.text for p in article.paragraphs)
    return [text[f.start:f.end] for f in make_linter(select=[code]).rules[0].check(article)]


def codes(lint, text, code):
    return [(d.line, text.split("\n")[d.line - 1]) for d in lint(text, select=[code])]


def cup_article(*paragraphs, title="Cup final preview"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def found(lint, code, *paragraphs, title="School rules", separator="\n\n"):
    text = title + "\n\n" + separator.join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def lines(lint, code, *paragraphs, title="School rules"):
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def blocks(*blocks_of_lines):
    """An extractor's output whose blocks are parted by lines of white space (the parser reads each block as one
    paragraph: a credit line or a prompt inside another line's)."""
    return "Harbour wall to be rebuilt\n \n" + "\n\t\t\n".join("\n".join(lines) for lines in blocks_of_lines) + "\n"
