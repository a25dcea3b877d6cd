"""The OCR gate on what HTML extractors give: a table of names and addresses, HTML source wrapped by
``get_text()``, a page of script and words carrying soft hyphens are web text, not lines of print; a column of
print still is. Texts are written for these tests; no corpus text is copied.
"""

from __future__ import annotations

from newslint.api import lint_text
from newslint.ocr import gate

PRINT_COLUMN = """THE HARBOUR WORKS.
The contractors for the new breakwater at the south
head have now completed the first section of the work,
and the stone for the second is being brought down by
the tramway from the quarry at a rate which promises
an early finish. The engineer reports that the founda-
tions have been carried to the full depth required, and
that the heavy seas of last week did no damage of any
consequence to the wall. Tbe residents of the district
have watched the progress of the undertaking witb much
interest, and a number of them visited the works on
Saturday afternoon, when the engineer explained tho
method of placing the blocks.
"""

MEMBERS = "\n".join(f"{name}\n{name.lower().replace(' ', '.')}.mp@parliament.uk" for name in (
    "Alice Morgan", "Brian Hale", "Carys Ward", "Dev Patel", "Edith Cole", "Fergus Lane", "Grace Innes",
    "Hamid Qureshi", "Iona Bell", "Jack Dorsey", "Kerry Lowe", "Liam Byrne"))
MEMBERS_PAGE = ("Campaigners have written to every member asking for assurances on food standards. "
                "Readers can write to their own member at the addresses below.\n" + MEMBERS + "\n")

SOURCE_WRAPPED = """Telescope opens to astronomers from around the world after years of trials
    at the site, the observatory said on Monday, and the first proposals
    from abroad will be judged by a panel of scientists from several
    countries before observations begin in the spring, when the weather
    is most settled and the dish can be pointed at the faintest sources
    that its engineers have been testing since the summer of last year
    with the help of a new receiver built by a team at the university.
"""

SCRIPT = """function shareStory(){
    var link = 'https://example.org/story';
    window.open(link, {
        method: 'share',
        mobile_iframe : true,
        href: link
    }, function(response) {
        if (reply && !reply.failure_text) {
            alert('Posted');
        }
    });
}
"""

SOFT_HYPHENS = ("Thou\xadsands of peo\xadple hop\xading to beat the week\xadend crowds were left frus\xadtrat\xaded "
                "yes\xadter\xadday, as the gro\xadcery chain closed all of its branch\xades af\xadter a cy\xadber "
                "at\xadtack on its pay\xadment sys\xadtems, the com\xadpany said in a state\xadment.\n")

# a web page's paragraphs as get_text("\n") gives them: each link a line of its own, the sentence going on after it
LINK_BROKEN = (
    "The council approved the plan on Tuesday after a long debate about the cost of the new bridge, and the mayor "
    "said that the work would begin in the spring, as the engineers had advised in their\n"
    "report\n"
    "to the committee last year, which found that the old crossing could not carry the weight of the buses for long.\n"
    "Residents had asked for a second crossing for years, and a petition signed by more than two thousand people "
    "who live on both banks of the river was handed to the\n"
    "council offices\n"
    "in the autumn, when the first plans were shown at an exhibition in the library on the high street for a month.\n"
    "The vote was close, and several members said they would ask for the costs to be checked again by the "
    "auditors before any contract is signed with\n"
    "the builders\n"
    "who have not yet been chosen, according to the minutes of the meeting that were published on the council's "
    "website on Friday morning, which also lists the\n"
    "objections\n"
    "sent in by residents.\n")


def test_a_page_whose_paragraphs_break_at_their_links_is_not_lines_of_print():
    lines = LINK_BROKEN.split("\n")
    assert sum(len(line) > 150 for line in lines) >= 3  # wider than any column of print
    assert gate.hard_wrapped("\n".join(line[:100] for line in lines))  # the same breaks in lines of print would be
    assert not gate.hard_wrapped(LINK_BROKEN)


def test_a_column_of_print_is_hard_wrapped_and_ocr():
    decision = gate.decide(PRINT_COLUMN)
    assert decision.hard_wrapped and decision.ocr


def test_a_table_of_names_and_addresses_is_not_lines_of_print():
    assert not gate.hard_wrapped(MEMBERS_PAGE)
    assert not gate.decide(MEMBERS_PAGE).ocr


def test_html_source_wrapped_by_get_text_is_not_lines_of_print():
    assert gate.hard_wrapped(SOURCE_WRAPPED.replace("\n    ", "\n"))  # the same lines, not indented, would be
    assert not gate.hard_wrapped(SOURCE_WRAPPED)


def test_a_page_of_script_is_not_lines_of_print():
    assert not gate.hard_wrapped(SCRIPT)


def test_words_carrying_soft_hyphens_are_not_ocr_and_get_no_ocr_findings():
    text = SOFT_HYPHENS * 3
    assert not gate.decide(text).ocr
    assert not [f for f in lint_text(text) if f.code.startswith("NL70")]


# a technology desk's story: 'tech' is no word of the English list, one letter from 'lech' and 'tach', but the web
# writes it far more often than either
TECH_DESK = (
    "The tech industry spent the week arguing about a new rule that would make phone makers open their app stores to "
    "rivals. Big tech firms said the change would put users at risk, while smaller tech companies said it was long "
    "overdue and would let them sell apps without paying a large share of every sale to the owner of the store. "
    "The minister told reporters that the tech giants had been given two years to prepare and that the rule would "
    "come into force in the spring, whatever the firms said about the cost of the work. Analysts at a tech "
    "research group said most users would notice little at first, as few of them ever look beyond the store that "
    "came with their phone. A tech lobby group said it would ask the courts to delay the rule, but lawyers for "
    "the government said they were confident it would stand. Several tech start-ups said they had already built "
    "their own stores and were waiting for the day when they could offer them to the public. The tech desk will "
    "follow the case as it goes through the courts over the coming months.\n")


def test_a_technology_story_is_not_taken_for_ocr_for_the_webs_own_words():
    decision = gate.decide(TECH_DESK)
    assert decision.non_word_rate >= 0.025  # 'tech' and 'app' are not in the word list
    assert not decision.ocr
    assert not [d for d in lint_text(TECH_DESK, "tech.txt") if d.code.startswith("NL7")]


def test_a_non_word_is_a_misreading_unless_the_web_writes_it_far_more_than_its_look_alike():
    assert gate._misread(["tech", "url", "cornpany", "tlie", "tbe"]) == ["cornpany", "tlie", "tbe"]
