"""The line rules' shortcuts (NL311, NL312, NL313, NL314, NL315, NL342, NL343) answer exactly what the long way
answers."""

from __future__ import annotations

import re

import pytest
from conftest import natural_files
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_texts import default_rules

from newslint.furniture import line_shapes, shapes_of
from newslint.model import Article
from newslint.rules.lines import furniture as line_furniture
from newslint.rules.lines import captions, prompts, stamps
from newslint.rules.lines._shared import line_forms


# NL311/NL312: _prose looks for a word of the web or the reader in a set first; _wire_copy searches only a last
# paragraph that ends with the signoff --------------------------------------------------------------------------

@pytest.mark.parametrize("text, prose", [
    ("The council approved the plan on Tuesday.", True),
    ("Follow us on (Twitter) for more.", False),  # a reader word behind a bracket: stripped, then looked up
    ("Read more in OUR guide today.", True),  # in capitals: not the reader's word
    ("Please SUBSCRIBE, or subscribe.", False),  # one in capitals, one not
    ("Press “Download” to start.", True),  # an opening curly quote is not stripped: “download is no word of the list
    ("Şubscribe now.", True),
])
def test_prose_matches_the_word_by_word_test(text, prose):
    from newslint.rules.lines import _shared, furniture
    by_words = not any(w.lower() in _shared._READER and not w.isupper()
                       for w in (w.strip(".,;:!?\"”’'()") for w in text.split()))
    assert furniture._prose(text) is prose is by_words


@pytest.mark.parametrize("last, wire", [
    ("Shr 12 cts vs 10 cts\n Reuter", True), ("Reuter", True), ("Notes to editors. REUTER \n", True),
    ("A story by Reuters", False), ("ReutersReuter", False), ("the end\treuter", True), ("Reuter was here", False),
])
def test_wire_copy_needs_the_signoff_at_the_end(last, wire):
    from newslint.model import Paragraph
    from newslint.rules.lines import _shared
    assert _shared._wire_copy([Paragraph(0, 0, last)]) is wire


@pytest.mark.parametrize("furniture", ["21 May 2013 Last updated at 11:47 GMT",  # no "By " in the article
                                       "By Jane Smith for MailOnline"])  # no "Last updated at"
def test_page_furniture_precheck_keeps_either_cue(lint, furniture):
    text = f"The council met on Monday. {furniture} The mayor said the plan would go ahead next year."
    found = lint(text, select=["NL316"])
    assert [text[d.start:d.end] for d in found] == [furniture]


def test_reader_prompt_looks_where_its_only_hints_are_in_capitals():
    # the hints are looked up among the lower-cased words: 'SIGN UP' and 'NEWSLETTER' alone must let the rule look
    rule = next(r for r in default_rules() if r.code == "NL342")
    shouted = Article.parse("Title\n\nThe council met on Monday.\n\nSIGN UP for our NEWSLETTER and you will get every "
                            "story first.\n")
    reasons = [f.message.split(":")[0] for f in rule.check(shouted)]
    assert reasons == ["the site speaks to the reader (newsletter, sign up)"]
    assert prompts.BUSINESS_HINTS.isdisjoint(Article.parse("Title\n\nThe council met on Monday.\n").lower_words)




# NL342: only the paragraphs a match of its cues touches are read; an ASCII paragraph's business is matched lowered ----

CUED_TEXTS = [
    "Title\n\nThe council met on Monday.\n\nSign up for our newsletter and get every story first.\n",
    "Title\n\nThe council met on Monday, said the café’s owner.\n\nSIGN\nUP for our NEWSLETTER today, said Zoë.\n",
    "Title\n\nPlease subscribe\n\nto our\n\nnewsletter, which you will love.\n\nThe end of the story.\n",
    "Title\n\nThe Valley Courier is an independent, nonprofit newsroom.\n\nComments are moderated.\n",
    "Title\n\nNo cue at all in this story about the council.\n\nNor in this one.\n",
    "Title\n\nHe said the İSTANBUL office would sign up 40 staff.\n\nYou can opt out of the newsletter.\n",
]


@pytest.mark.parametrize("text", CUED_TEXTS)
def test_the_cued_paragraphs_hold_every_paragraph_the_rules_words_match(text):
    article = Article.parse(text)
    cued = prompts._cued_paragraphs(article)
    for paragraph in article.paragraphs:
        if prompts._SITE_BUSINESS.search(paragraph.text) or prompts._NEWS_WORDS.search(paragraph.text):
            assert paragraph.index in cued, paragraph.text


# a run that asks no trigger reads a short ASCII text's cues with Python's re, lowered: RE2's matches, the same spans
ASCII_CUED_TEXTS = [
    *(text for text in CUED_TEXTS if text.isascii()),
    "SIGN\x1cUP now. Log  in, logIN, loGin or Sign\tup; sign-up.",
    "signsup signkup signKup SIGNSUP sign\x0bup subscribersx reprints_2 copyrighted",  # the space class's K, S, k, s
    "Our free Morning briefing; OUR DAILY DIGESTS; our  bulletins. Independent   reporting by a Media Inc.",
    "cookies.Cookie policy:privacy POLICY_ terms of use terms & conditions e-mail us email us emailus",
    "An ad blocker, adblockers; the NEWSROOM, journalism and Its journalists.",
    "",
]


@pytest.mark.parametrize("text", ASCII_CUED_TEXTS)
def test_the_ascii_cues_find_what_the_re2_cues_find(text):
    assert list(prompts._cue_spans(text, compile_cues=False)) == list(prompts._cue_spans(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["sign", "up", "Sign", "UP", "news", "letter", "s", "k", "K", "S", " ", "  ", "\n",
                                 "\t", "\x1c", "-", "_", ".", "our", "Our", "journalism", "log", "in", "cookies",
                                 "terms", "of", "use", "e", "mail", "us", "x", "1", "media", "inc", "free"]),
                max_size=40).map("".join))
def test_the_ascii_cues_find_what_the_re2_cues_find_in_drawn_text(text):
    assert list(prompts._cue_spans(text, compile_cues=False)) == list(prompts._cue_spans(text))


def _finditer_spans(text: str) -> list[tuple[int, int]]:
    """The cues' spans as the binding's finditer gives them, over the text (NL342's way before 35d)."""
    import re2
    return [match.span() for match in re2.compile(prompts._SITE_BUSINESS_CUES.pattern).finditer(text)]


@pytest.mark.parametrize("text", [*ASCII_CUED_TEXTS, "Sign up — the café’s newsletter\u2003sign\nup 😀 cookies",
                                  "İ ſubscribe ſign up K ß log in", "a\udcff subscribe"])
def test_the_cue_spans_are_those_of_the_bindings_finditer(text):
    assert list(prompts._cue_spans(text)) == _finditer_spans(text.replace("\udcff", "\ufffd"))  # (rule.for_re2's)


def test_the_cue_spans_of_corpus_articles_are_those_of_the_bindings_finditer():
    texts = [Article.parse(path.read_text()).text for path in natural_files(("bbc", "scraped"), 120)]
    assert sum(bool(_finditer_spans(text)) for text in texts) > 5
    for text in texts:
        assert list(prompts._cue_spans(text)) == _finditer_spans(text)


@pytest.mark.parametrize("text", ["s" * 100_000, " " * 100_000, "sign " * 20_000, "newsletter" * 10_000])
def test_the_ascii_cues_leave_a_long_text_to_re2(text):
    # beyond _ASCII_CUES_MAX characters the text goes to RE2 (linear), whatever the run; the same spans either way
    assert list(prompts._cue_spans(text, compile_cues=False)) == list(prompts._cue_spans(text))


def test_the_ascii_cues_leave_a_text_beyond_ascii_to_re2(monkeypatch):
    text = "Sign up for our newsletter, said the café’s owner."
    monkeypatch.setattr(prompts, "_ASCII_CUES", None)  # never asked: a text beyond ASCII is RE2's
    assert list(prompts._cue_spans(text, compile_cues=False)) == [(0, 7), (16, 26)]


def test_an_untriggered_reader_prompt_reads_its_cues_without_re2(monkeypatch):
    rule = next(r for r in default_rules() if r.code == "NL342")
    article = Article.parse(CUED_TEXTS[0])
    expected = [(f.start, f.end, f.message) for f in rule.check(article)]
    assert expected
    monkeypatch.setattr(rule, "trigger", None)  # as runner.LinterPool.check_everywhere leaves it
    monkeypatch.setattr(prompts, "_cue_finder", None)  # a call would fail: RE2 is not asked
    assert [(f.start, f.end, f.message) for f in rule.check(Article.parse(CUED_TEXTS[0]))] == expected


@pytest.mark.parametrize("text", [
    "Sign Up for our NEWSLETTER and read our Privacy Policy.",
    "Follow us on Twitter, or e-mail us, or Contact Us here.",
    "As an Amazon Associate we earn from Qualifying Purchases.",
    "Spotted an error? LET US KNOW.",
    "A story about nothing of the site's at all.",
])
def test_the_lowered_match_finds_what_the_case_blind_pattern_finds(text):
    assert text.isascii()
    assert [m.group() for m in prompts._SITE_BUSINESS_LOWER.finditer(text.lower())] \
        == [m.group().lower() for m in prompts._SITE_BUSINESS.finditer(text)]


# NL315: a stop glued to a capital, searched for with the stop first, finds what the look-behind-first pattern finds
_STOP_BEHIND_FIRST = re.compile(r"(?<=[a-z\d])[.!?\"”’](?=[A-Z])")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aZ1٣.!?\"”’ B", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_the_glued_stop_search_finds_what_looking_behind_first_finds(text, pos, endpos):
    from newslint.rules.lines import bylines
    assert [m.span() for m in bylines._GLUED_STOP.finditer(text, pos, endpos)] \
        == [m.span() for m in _STOP_BEHIND_FIRST.finditer(text, pos, endpos)]


def test_a_glued_name_heading_is_found_after_its_glued_stop(lint):
    text = ("Title\n\nThe council approved the plan on Tuesday after a long debate about the cost of the new "
            "libraries.Analysis: Jane Doe, Valley News, HarbourtownThe vote was close and the mayor said she would "
            "appeal against it within the week.\n")
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == ["Analysis: Jane Doe, Valley News, Harbourtown"]


# NL311: the story's vocabulary is read only for a line that either value of its story_words feature lifts to the cut

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, 1.0]), min_size=27, max_size=27), st.floats(0.05, 0.95))
def test_may_reach_is_the_score_with_either_story_words_value(bits, cut):
    from newslint.furniture import FEATURES, furniture_score, may_reach
    vector = [1.0] + bits[1:len(FEATURES) - 1]
    either = [furniture_score(vector + [value]) >= cut for value in (0.0, 1.0)]
    assert may_reach(vector, cut) is any(either)
    assert len(vector) == len(FEATURES) - 1  # (the vector features(…, story=False) builds)


def test_furniture_scored_without_the_story_vocabulary_where_no_value_reaches_the_cut(monkeypatch):
    from newslint import furniture
    from newslint.rules.lines import furniture as rule_module
    rule = next(r for r in default_rules() if r.code == "NL311")
    page = Article.parse("Title\n\nHome\nNews\nSport\n\nThe council met on Monday to discuss the plan for the "
                         "harbour, which the mayor said would go ahead next year.\n\nShare this story\n\nThe "
                         "harbour plan was approved by most councillors after a long debate on Monday night.\n\n"
                         "Council harbour plan approved\n")
    read = []
    monkeypatch.setattr(rule_module, "add_story_words",
                        lambda vector, *rest: read.append(vector) or furniture.add_story_words(vector, *rest))
    found = [f.message for f in rule.check(page)]
    monkeypatch.setattr(rule_module, "may_reach", lambda vector, cut: True)
    assert [f.message for f in rule.check(page)] == found  # the long way: every gated line scored in full
    assert all(furniture.may_reach(vector[:-1], furniture.threshold()) for vector in read)


# NL312: _PICTURE_WORDS is searched only in a paragraph holding a string every one of its matches holds

_PICTURE_PIECES = ["Jane Doe", ", left", ", second right,", " and ", "(far left)", "(L-R)", "(inset)", "From left: ",
                   "L-R, ", "Left to right: ", "Clockwise from top left, ", "FILE - ", "FILE– ", "In this ", "in this ",
                   "undated ", "Jan. 3, 2020, ", "file photo", "photo", "image", "picture", "This ", "handout ",
                   "video still ", "provided", "shows", " is ", " are ", "seen ", "pictured ", "outside", "poses ",
                   "pose for the portrait", "with", "looks on as", "look on during", ", centre,", ", center and",
                   ", front left,", ", back right and", "(top right,", " ", ".", ",", "(", ")", "e", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PICTURE_PIECES), max_size=12).map("".join))
def test_picture_cue_holds_every_picture_words_match(text):
    from newslint.rules.lines import captions
    assert captions._may_describe_picture(text) or captions._PICTURE_WORDS.search(text) is None


@pytest.mark.parametrize("caption", ["Jane Doe, left, and John Roe at the launch", "The mayor (second right) at the harbour",
                                     "From left: Jane Doe and John Roe", "FILE - In this Jan. 3, 2020, file photo, a ship",
                                     "This undated photo provided by the museum shows a vase",
                                     "The ship is seen outside the harbour", "Jane Doe poses with the trophy",
                                     "Fans look on as the team arrives"])
def test_picture_cue_holds_each_form(caption):
    from newslint.rules.lines import captions
    assert captions._PICTURE_WORDS.search(caption) and captions._may_describe_picture(caption)


@pytest.mark.parametrize("length", [100, 19_999, 20_000, 30_000])
def test_occurrences_keep_the_index_only_of_a_long_text(length):
    from newslint import occurrences
    whole = ("The mayor said the harbour plan would go ahead next year. " * (length // 58 + 1))[:length]
    found = occurrences.of(whole)
    assert found.indexed is (length >= occurrences.LONG_TEXT)
    assert (found is occurrences.of(whole)) is found.indexed  # a short text's is made anew: no hash of the text
    for needle in (" mayor said the harbour", " plan would go ahead next year. The", " not in it", "The mayor"):
        assert found.twice(needle) is (whole.count(needle) > 1)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["Net", " ", "4,385,000", "12", "3.5", "%", " mln", " cts", " vs", " vs.", "vs",
                                 " loss", " $", "£", "5", ".", "v", "s", "\xad"]), max_size=14).map("".join))
def test_figures_table_looked_for_only_in_a_line_holding_vs(text):
    from newslint.rules.lines import furniture
    assert " vs" in text or furniture._FIGURES.search(text) is None
    texts = ["A line.", text, "Another line."]
    assert furniture._in_figures_table(texts, 1) is any(furniture._FIGURES.search(t) for t in texts)


def _breadcrumbs_every_pair_tried(texts):
    """NL311's breadcrumb trails as first written: every line near the top tried against each of the five under it."""
    found = {}
    for i in range(min(3, len(texts))):
        for j in range(i + 1, min(len(texts), i + 6)):
            headline = texts[j]
            if len(headline) >= 20 and texts[i].endswith(headline) and len(headline.split()) >= 4 \
                    and not headline.rstrip().endswith(line_furniture._SENTENCE_ENDS) \
                    and 1 <= len(texts[i][:-len(headline)].split()) <= 5:
                found[i] = j
                break
    return found


def test_breadcrumbs_asked_only_of_a_line_ending_with_one_below_are_every_pair_tried():
    import random

    draw = random.Random(470)
    headlines = ["Council approves the new harbour road plan", "Storm closes schools across the county",
                 "Council approves the new harbour road plan.", "Short one"]
    pieces = ["Home / News / ", "Home ", "News ", "Local News ", "", "A B C D E F "]
    found = 0
    for _ in range(3000):
        texts = []
        for _ in range(draw.randrange(1, 8)):
            headline = draw.choice(headlines)
            texts.append(draw.choice([headline, draw.choice(pieces) + headline, draw.choice(pieces) or "Sport"]))
        expected = _breadcrumbs_every_pair_tried(texts)
        found += bool(expected)
        assert line_furniture._breadcrumbs(texts) == expected, texts
    assert found > 100


# NL311: a text whose every paragraph ends like a sentence is spared the page head, the open breaks and the headlines
# ending it, each of which asks for a line that does not --------------------------------------------------------

_CLOSED_LINES = ["Home / News / Council approves the new harbour road plan.", "Council approves the new harbour road plan.",
                 "News.", "Storm closes schools - The Valley Post.", "It is available from the.", "Regional Planning Office.",
                 "“We will build it,” she said.", "The plan (pictured).", "Read more: Storm closes schools today!",
                 "Is the harbour road open?", "The council met on Monday and approved the plan for the road.",
                 "1/21Council approves the new harbour road plan.", "Related stories.", "Ends on a space. ", "…’"]


def _all_closed(texts):
    """Every line ends like a sentence, white space aside (what spares NL311 its open structure)."""
    return line_shapes(texts)[1]


def _open_structure(texts):
    """What the structure checks that ask for a line without a final stop answer on ``texts``."""
    shapes = shapes_of(texts)
    return (line_furniture._section_label(texts), line_furniture._page_title(texts, "\n".join(texts), shapes),
            line_furniture._breadcrumbs(texts), [line_furniture._beside_open_break(texts, shapes, i) for i in range(len(texts))],
            line_furniture._headlines_after_furniture(texts, shapes, set(range(len(texts)))))


def test_a_text_of_closed_lines_has_no_open_structure():
    import random

    draw = random.Random(2025)
    for _ in range(2000):
        texts = [draw.choice(_CLOSED_LINES) for _ in range(draw.randrange(1, 9))]
        assert _all_closed(texts)
        assert _open_structure(texts) == (False, False, {}, [False] * len(texts), range(0)), texts
    assert not _all_closed(["Home", "Council approves the new harbour road plan."])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(" aAtheTby/|-.!?)”’\"1"), min_size=1, max_size=40), min_size=1,
                max_size=8))
def test_a_text_of_closed_lines_has_no_open_structure_on_drawn_text(texts):
    if _all_closed(texts):
        assert _open_structure(texts) == (False, False, {}, [False] * len(texts), range(0))


def test_furniture_findings_of_closed_lines_are_those_of_the_long_way(monkeypatch):
    rule = next(r for r in default_rules() if r.code == "NL311")
    quote = "The harbour road will change how this town lives and works for good."
    texts = ["Council approves the new harbour road plan today.", "The council met on Monday and agreed on a plan for "
             "the road, which will run along the harbour and cost more than the town had first hoped.",
             quote, "Work starts next year. " + quote + " The mayor said the vote was close but fair to all.",
             "Read the plan (PDF).", "Read the plan (PDF).", "More on this story.", "Contact us: www.example.com."]
    article = Article.parse("Title\n\n" + "\n\n".join(texts) + "\n")
    assert _all_closed([p.text for p in article.paragraphs])
    shortcut = [(f.start, f.end, f.message) for f in rule.check(article)]
    monkeypatch.setattr(line_furniture, "paragraph_forms", lambda a: ([p.text for p in a.paragraphs],
                                                                      shapes_of([p.text for p in a.paragraphs]), False,
                                                                      line_forms([p.text for p in a.paragraphs])[2]))
    assert shortcut == [(f.start, f.end, f.message) for f in rule.check(Article.parse(article.text))]
    assert any("pull quote" in message for _, _, message in shortcut)


# NL311: _prose with the line's tokens goes word by word at once where they hold a reader's word; a slide counter is
# looked for only under a line that opens with a digit. NL313: a bio told through a pronoun is looked for only where
# the paragraph holds the pronoun -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We're told the council approved the plan.", "The council told us it approved the plan.",
    "“You will see,” she said of the plan.", "Our plan (as YOU know) was approved.", "WE approved it, we said.",
    "Twitter sued us over the deal.", "Salesforce is battling Twitter, we hear.",
])
def test_prose_with_the_tokens_answers_as_without_them(text):
    words = [w.lower() for w in Article.parse(f"Title\n\n{text}\n").paragraph_words[0]]
    assert line_furniture._prose(text, words) is line_furniture._prose(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789٣²/ abcWeYou.,'’@"), max_size=30))
def test_prose_with_the_tokens_answers_as_without_them_on_drawn_text(text):
    text = text + "."
    words = [w.lower() for w in Article.parse(f"Title\n\n{text}\n").paragraph_words[0]] if text.strip(" .") else []
    assert line_furniture._prose(text, words) is line_furniture._prose(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789٣²¹/ aE\n"), max_size=12))
def test_a_slide_counter_opens_with_a_digit(below):
    assert line_furniture._SLIDE_COUNTER.match(below) is None or below[:1].isdigit()


@pytest.mark.parametrize("text", [
    "Jane Doe grew up in Leeds. She has been writing about politics since 2008.",
    "Jane Doe grew up in Leeds. They joined the paper in 2019.", "Jane Doe grew up in Leeds. He covers the courts.",
    "Jane Doe grew up in Leeds. he covers the courts.", "Jane Doe grew up in Leeds.She covers the courts.",
])
def test_a_bio_told_through_a_pronoun_holds_the_pronoun(text):
    from newslint.rules.lines import bylines
    by_pattern = bool(bylines._NAME_OPENS.match(text)) and not bylines._REPORTED.search(text) \
        and (pronoun := bylines._PRONOUN_BIO.search(text)) is not None \
        and bylines._BIO_ROLE.search(text, pronoun.start(), pronoun.end() + 120) is not None
    assert bylines._bio_by_pronoun(text) is by_pattern


# NL312: a caption's credit tail is searched for only where its last characters hold a cue of one ------------------

_CREDIT_TAILS = [
    "(FILE)", "Courtesy of the Doe family", "Photo courtesy Jane Doe", "Photo via Jane Doe", "(AFP)", "[Reuters]",
    "(AFP via Getty Images)", "(Staff photo by Jane Doe)", "(Provided by the Doe family)", "(Submitted)",
    "AP Photo/Jane Doe", "EPA-EFE/JANE DOE, File", "Handout via Reuters", "Pool / AFP", "SUPPLIED",
    "Jane Doe-USA TODAY Sports", "Photo / Jane Doe", " Credit: NASA/Jane Doe", "Image credit: Jane Doe",
    "Screenshot: Jane Doe", "Composite: Jane Doe", "Photo illustration: Jane Doe", "(Photo / Jane Doe)",
    "© Jane Doe", "(Jane Doe / The Herald)", "Jane Doe / Valley Post", "IMAGE: Jane Doe", "PICTURE: Jane Doe",
]


@pytest.mark.parametrize("tail", _CREDIT_TAILS)
@pytest.mark.parametrize("joint", [". ", " - ", " | ", ".", " ", "? "])
def test_every_credit_tail_holds_a_cue(tail, joint):
    from newslint.rules.lines import captions
    text = "Firefighters at the warehouse on Tuesday" + joint + tail
    start = max(0, len(text) - captions._TAIL_REACH)
    if captions._CREDIT_TAIL.search(text, start):
        assert captions._holds_any(text, start, captions._TAIL_CUES)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Jane", "Doe", "AFP", "Reuters", "Getty", "Images", "Photo", "photo", "Image", "IMAGE",
                                 "PICTURE", "Pic", "Credit", "credit", "Courtesy", "courtesy", "via", "by", "of",
                                 "Handout", "Pool", "Supplied", "USA", "TODAY", "Sports", "Screengrab", "Composite",
                                 "(", ")", "[", "]", "/", ":", "©", ".", "-", "|", " ", "the", "FILE", "Submitted"]),
                max_size=14))
def test_a_credit_tail_is_found_only_where_a_cue_is(pieces):
    from newslint.rules.lines import captions
    text = "Firefighters at the warehouse on Tuesday. " + " ".join(pieces)
    start = max(0, len(text) - captions._TAIL_REACH)
    assert captions._CREDIT_TAIL.search(text, start) is None or captions._holds_any(text, start, captions._TAIL_CUES)


# NL315: a glued byline heading is looked for only by the role words whose letters after the first the text holds --

@pytest.mark.parametrize("page, glued", [
    ("The trial ended on Monday.BBC Sport racing correspondent Jane DoeShutter Speed won the race by a length.", 1),
    ("The vote was close.Political Editor John RoeThe result surprised the party, the editorial said. " * 3, 3),
    ("The typewriter broke.Chief Writer Ann LeeThe story ran anyway, said the reporters and one analyst.", 1),
    ("The council met on Monday and approved the plan for the new library, the editor said in a statement.", 0),
])
def test_glued_headings_by_the_roles_held_are_those_by_every_role(page, glued):
    from newslint.rules.lines import bylines
    rule = next(r for r in default_rules() if r.code == "NL315")
    article = Article.parse(f"Title\n\n{page}\n")
    paragraph = article.paragraphs[0]
    every = [(f.start, f.end) for f in rule._glued_headings(paragraph, tuple(bylines._GLUED_HEADING_ROLES))]
    assert [(f.start, f.end) for f in rule._glued_headings(paragraph, bylines._roles_held(article))] == every
    assert len(every) == glued


# NL313: _BIO is matched only where its name and verb may open the paragraph (_may_open_bio); NL314: the glued
# stamp's cue matched at the colons str.find finds; NL343: the seams looked for from the capital after a lower-case
# letter; NL312: _CREDIT_TAIL and _PICTURE_WORDS searched behind a look-around of where a form may start ----------

_BIO_NAMES = ("Jane", "Doe", "DOE", "J.R.", "Mc", "de", "van", "la", "del", "dead", "Al", "O'Neil", "Is", "The", "x")
_BIO_WORDS = ("is", "Is", "a", "an", "the", "writes", "covers", "has", "been", "writing", "was", "previously", "joined",
              "Doe's", "Doe’s", "said", ",", "reporter", "for", "x", "-", "Author:", "writers", "is a", "Is The",
              "has been writing", "has been a", "has reported", "was previously", "is an", "writes,", "covers.")
_BIO_SEPARATORS = (" ", " ", " ", " ", " ", " ", "", "  ", "\n", "\t", "\xa0")


def _drawn_bios(count: int, seed: int) -> list[str]:
    """Texts opening (after 'About the ' one time in ten) with one to ten of _BIO_NAMES, then up to six of
    _BIO_WORDS, each word after one of _BIO_SEPARATORS (mostly a space)."""
    import random
    draw = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [draw.choice(_BIO_NAMES) for _ in range(draw.randint(1, 10))] \
            + [draw.choice(_BIO_WORDS) for _ in range(draw.randint(0, 6))]
        text = "".join(draw.choice(_BIO_SEPARATORS) + word for word in words)[1:]
        texts.append(("About the " if draw.random() < 0.1 else "") + text)
    return texts


def _natural_texts() -> list[str]:
    from conftest import natural_paragraphs
    return natural_paragraphs(("bbc", "scraped", "reuters"), 120)


@pytest.fixture(scope="module")
def natural_texts() -> list[str]:
    return _natural_texts()


@pytest.mark.parametrize("text, opens", [
    ("Jane Doe is a reporter for The Post.", True), ("Jane Doe writes about food.", True),
    ("About the Author: Jane Doe is a writer.", True), ("  Jane Doe covers the courts.", True),
    ("Jane van der Berg has been writing since 2001.", True), ("J.R. Stone Jane Doe joined the paper in 2019.", True),
    ("Jane DoeJohn Roe is a writer.", True), ("A B C D E F G H is a writer.", True),
    ("The council is a body of twelve.", False), ("Jane Doe said she is a reporter.", False),
    ("Jane\nDoe is a writer.", False), ("A B C D E F G H I is a writer.", False),
])
def test_may_open_bio_on_hand_cases(text, opens):
    from newslint.rules.lines import bylines
    assert bylines._may_open_bio(text) is opens
    assert bylines._BIO.match(text) is None or opens


def test_may_open_bio_lets_every_bio_match_through(natural_texts):
    from newslint.rules.lines import bylines
    drawn = _drawn_bios(40000, 23)
    missed = [text for text in drawn + natural_texts if bylines._BIO.match(text) and not bylines._may_open_bio(text)]
    assert missed == []
    assert sum(bool(bylines._BIO.match(text)) for text in drawn) > 300  # the draw reaches the pattern
    assert sum(not bylines._may_open_bio(text) for text in natural_texts) > len(natural_texts) * 0.9  # and skips most


@pytest.mark.parametrize("text", ["Jane " * 200_000, "J" * 1_000_000, " " * 1_000_000, "Jane is " * 100_000])
def test_may_open_bio_reads_only_the_opening_of_a_long_line(text):
    from newslint.rules.lines import bylines
    bylines._may_open_bio(text)  # (split at most nine times: no list of the whole line's words)


_STAMP_PIECES = (":", ":", "12", "1", "3", "٣", "pm", "PM", "am", "AM", "Pm", " ", "Now", "A", "x", "\n", "0")


@pytest.mark.parametrize("text", ["", "no colon", ":" * 100_000, ":1" * 50_000, ":" * 10 + "12:30 pmNow", "at 4:41AMEMBED",
                                  "a:b:c:d:e:f:12pmX", "a:b:c:d:12pmX", "a:b:c:d:e:f", "12:30 pm, then"])
def test_glued_stamp_cue_at_colons_on_hand_cases(text):
    from newslint.rules.lines import stamps
    assert stamps._holds_glued_stamp_cue(text) is (stamps._GLUED_STAMP_CUE.search(text) is not None)


def test_glued_stamp_cue_at_colons_on_drawn_text():
    from conftest import drawn_texts
    from newslint.rules.lines import stamps
    drawn = drawn_texts(_STAMP_PIECES, 30000, 314, 20)
    assert [text for text in drawn
            if stamps._holds_glued_stamp_cue(text) is not (stamps._GLUED_STAMP_CUE.search(text) is not None)] == []
    assert sum(stamps._GLUED_STAMP_CUE.search(text) is not None for text in drawn) > 300


_LOWER_BEFORE_UPPER = re.compile(r"[a-z0-9](?=[A-Z])")  # the junctions NL343 scanned for, a search from each character


@pytest.mark.parametrize("text", ["BerryessaByJ.R. Stone", "YouTube", "aB" * 50_000, "a" * 100_000 + "B", "ÉaBcDé",
                                  "", "A", "aA\nbB", "McDonaldThe end"])
def test_capital_after_lower_finds_the_junctions_on_hand_cases(text):
    from newslint.rules.lines import glued_blocks
    assert [m.start() - 1 for m in glued_blocks._CAPITAL_AFTER_LOWER.finditer(text)] \
        == [m.start() for m in _LOWER_BEFORE_UPPER.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZbYéÉ1 .\n", max_size=30))
def test_capital_after_lower_finds_the_junctions_on_drawn_text(text):
    from newslint.rules.lines import glued_blocks
    assert [m.start() - 1 for m in glued_blocks._CAPITAL_AFTER_LOWER.finditer(text)] \
        == [m.start() for m in _LOWER_BEFORE_UPPER.finditer(text)]


def _same_match(a, b) -> bool:
    return (a is None) is (b is None) and (a is None or (a.span(), a.groups()) == (b.span(), b.groups()))


_TAIL_PIECES = ("Jane", "Doe", "AFP", "Reuters", "Getty Images", "Photo", "photo", "Image", "Picture", "PICTURE",
                "Credit", "credit", "Courtesy", "via", "by", "of", "the", "Handout", "Pool", "SUPPLIED", "USA TODAY",
                "Sports", "Screengrab", "Composite", "(", ")", "[", "]", "/", ":", "©", ".", "!", "?", "-", "–", "|",
                " ", " ", "\n", "FILE", "(FILE)", "Submitted", '"', "”", "rights", "x")


def test_credit_tail_behind_its_start_matches_as_its_forms(natural_texts):
    from conftest import drawn_texts
    from newslint.rules.lines import captions
    forms = re.compile(captions._CREDIT_TAIL_FORMS)
    drawn = drawn_texts(_TAIL_PIECES, 20000, 312, 16)
    texts = drawn + natural_texts + ["Firefighters at the warehouse on Tuesday" + joint + tail
                                     for tail in _CREDIT_TAILS for joint in (". ", " - ", " | ", ".", " ", "? ", "")]
    for text in texts:
        for start in (0, max(0, len(text) - captions._TAIL_REACH)):
            assert _same_match(captions._CREDIT_TAIL.search(text, start), forms.search(text, start)), (text, start)
    assert sum(forms.search(text) is not None for text in drawn) > 500


def test_picture_words_behind_their_start_match_as_their_forms(natural_texts):
    from conftest import drawn_texts
    from newslint.rules.lines import captions
    forms = re.compile(captions._PICTURE_WORDS_FORMS)
    drawn = drawn_texts(_PICTURE_PIECES, 20000, 519, 12)
    for text in drawn + natural_texts:
        assert _same_match(captions._PICTURE_WORDS.search(text), forms.search(text)), text
    assert sum(forms.search(text) is not None for text in drawn) > 1000


@pytest.mark.parametrize("text", ["(" * 100_000, ". " * 50_000, "P" * 100_000, " -" * 50_000, "is " * 30_000,
                                  ", " * 50_000])
def test_credit_tail_and_picture_words_stay_linear_on_their_starts(text):
    from newslint.rules.lines import captions
    captions._CREDIT_TAIL.search(text, len(text) - captions._TAIL_REACH)
    captions._PICTURE_WORDS.search(text)



_CONTACT_PIECES = ("To reach the reporter", "To contact the authors", "Contact the editor", "Email the writer",
                   "Reach the journalist", "Follow him on X: @jdoe", "Follow them at Threads @jd.", "Contact", "the",
                   "To reach", "To contact", "Contact", "Email", "Reach", " the ", "reporter", "author", "s", "Follow ",
                   "her", "him", " on ", " at ", "Twitter", "X", ": ", "@jdoe", ".", " ", "Mr", "Mrs", "Ms", "Miss", "Dr",
                   "Sir", "Lord", "Lady", "Prof", "Professor", "\n", "x", "é")


def test_contact_and_honorific_open_with_their_initials():
    from conftest import drawn_texts
    from newslint.rules.lines import bylines
    drawn = drawn_texts(_CONTACT_PIECES, 30000, 313, 8, fewest=1)
    contacts = [text for text in drawn if bylines._CONTACT.match(text)]
    honorifics = [text for text in drawn if bylines.HONORIFIC.match(text)]
    assert [text for text in contacts if text[:1] not in bylines._CONTACT_INITIALS] == [] and len(contacts) > 100
    assert [text for text in honorifics if text[:1] not in bylines._HONORIFIC_INITIALS] == [] and len(honorifics) > 300


# NL315: only the paragraphs _byline_candidates gives are read (where the text holds no glued heading's role) -------

_BYLINE_PIECES = ["By Jane Doe", "by Jane Doe", "Jane Doe, Staff Writer", "Staff Reporter", "Article by", "Kareem Smith",
                  "The council met on Tuesday to approve the plan for the new road and the park beside it on the east side of town.",
                  "The council met on Tuesday to approve the plan for the new road and the park beside it on the east side of town",
                  "The mayor said the plan would cost more than expected - by Jane Doe",
                  "The road will open in May. By JANE DOE", "PE\xadTER SMITH", "Oct 13, 2020", "Reuters",
                  "jane.doe@example.com", "Photo by Jane Doe", "– Jane Doe, The Post", "the high street.ByJane Doe",
                  "Jane Doe\nStaff Writer", "x" * 95, "A" + " long line of the story, " * 20 + "which ends here."]


def _bylines_both_ways(text: str, monkeypatch) -> tuple[list, list]:
    from newslint.rules.lines import bylines

    article = Article.parse(text, "<t>", {}, False)
    rule = bylines.BylineLine()
    shortcut = [(f.start, f.end, f.message) for f in rule.check(article)]
    monkeypatch.setattr(bylines, "_byline_candidates", lambda paragraphs, marks: range(len(paragraphs)))
    every = [(f.start, f.end, f.message) for f in rule.check(Article.parse(text, "<t>", {}, False))]
    monkeypatch.undo()
    return shortcut, every


@pytest.mark.parametrize("pieces", [_BYLINE_PIECES, _BYLINE_PIECES[::-1], _BYLINE_PIECES[6:] + _BYLINE_PIECES[:6]])
def test_the_byline_candidates_find_what_every_paragraph_finds(pieces, monkeypatch):
    shortcut, every = _bylines_both_ways("\n\n".join(pieces), monkeypatch)
    assert shortcut == every and every


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BYLINE_PIECES), min_size=1, max_size=8))
def test_the_byline_candidates_find_what_every_paragraph_finds_in_drawn_text(pieces):
    with pytest.MonkeyPatch.context() as monkeypatch:
        shortcut, every = _bylines_both_ways("\n\n".join(pieces), monkeypatch)
    assert shortcut == every


def test_a_long_sentence_is_no_byline_candidate():
    from newslint.rules.lines import bylines

    article = Article.parse("\n\n".join(_BYLINE_PIECES), "<t>", {}, False)
    texts = [p.text for p in article.paragraphs]
    candidates = bylines._byline_candidates(article.paragraphs, line_forms(texts)[2])
    assert texts.index(_BYLINE_PIECES[6]) not in candidates and texts.index(_BYLINE_PIECES[7]) in candidates
    assert texts.index(_BYLINE_PIECES[-1]) not in candidates and texts.index(_BYLINE_PIECES[0]) in candidates


# NL314 reads only the paragraphs stamp_paragraphs gives (block 34d): 80 characters or fewer, a line break, a digit
# last or a byline's opening first ------------------------------------------------------------------------------

_NL314 = next(rule for rule in default_rules() if rule.code == "NL314")
_STAMP_LONG = "The council said on Tuesday that the harbour plan would go ahead after a vote of its members. " * 2


def stamp_findings(article: Article) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.message) for f in _NL314.check(article)]


def stamps_held_to_every_paragraph(make, monkeypatch) -> None:
    """NL314's findings in the article ``make()`` gives are those of reading every paragraph."""
    quick = stamp_findings(make())
    with monkeypatch.context() as patched:
        patched.setattr(stamps, "stamp_paragraphs", lambda texts, marks, openings: list(range(len(texts))))
        assert stamp_findings(make()) == quick


STAMP_PAGES = [
    f"Title\n\nApr. 26, 2022\n\n{_STAMP_LONG}\n\nBy Jane Doe • 11/08/23 5:19pm\n\n{_STAMP_LONG}\n",
    f"Title\n\n{_STAMP_LONG}Monday, 6 January 2020\n\n{_STAMP_LONG}\n\nPosted on\nMay 3, 2022\n",
    f"Title\n\n{_STAMP_LONG}\n\nApril 14, 2022 | 2:12 pmNo deaths were reported in the town on the day.\n\n{_STAMP_LONG}\n",
]


@pytest.mark.parametrize("page", STAMP_PAGES)
def test_stamp_paragraphs_on_made_up_pages(page: str, monkeypatch) -> None:
    assert stamp_findings(Article.parse(page))
    stamps_held_to_every_paragraph(lambda: Article.parse(page), monkeypatch)


def test_stamp_paragraphs_on_natural_articles(monkeypatch) -> None:
    for file in natural_files(("bbc", "scraped"), 150):
        text = file.read_text(encoding="utf-8", errors="replace")
        stamps_held_to_every_paragraph(lambda: Article.parse(text, str(file), {}, False), monkeypatch)


# NL312: a caption's copies are looked for only in the paragraphs whose opening recurs (_repeated_openings) -----------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab .\n(/)", min_size=1, max_size=60), st.sampled_from(["", " ", "\n"]),
       st.text(alphabet="ab .\n", max_size=20))
def test_repeated_openings_hold_every_paragraph_a_copy_is_found_in(first, seam, rest):
    twice, alt = first + seam + first + rest, first.strip() or "A"
    assert not captions._printed_twice(twice) or 0 in captions._repeated_openings([twice, rest or "a"])
    under = f"{alt} Jane Doe/Reuters files"
    assert not captions._over_its_caption(alt, under) or 0 in captions._repeated_openings([alt, under])


# _REPORTED: each alternative opens with its character (a search skips to them), the word edge asked after it -------

_REPORTED_PIECES = ("said", "says", "told", "according", "s", "t", "a", "aid", "ays", "old", "ccording", " ", "_", "x",
                    "é", "1", "-", '"', "“", "”", "’", "\n", "unsaid", "Said", "saids", "toldé")


def test_reported_speech_is_found_where_the_word_edge_pattern_finds_it():
    from conftest import drawn_texts

    from newslint.rules.lines._shared import _REPORTED
    long_way = re.compile(r"[\"“”]|\b(?:said|says|told|according)\b")
    for text in drawn_texts(list(_REPORTED_PIECES), 40000, 47, 8):
        assert (_REPORTED.search(text) is None) is (long_way.search(text) is None), text


@pytest.mark.parametrize("text, reported", [
    ("The minister said the plan would go ahead", True), ("according to the report", True), ("“Yes", True),
    ("Unsaid things", False), ("The stolder path", False), ("Tolds and saids", False), ("says_ nothing", False),
    ("The mayor told_ x", False), ("é says so", True)])
def test_reported_speech_in_a_line(text, reported):
    from newslint.rules.lines._shared import _REPORTED
    assert (_REPORTED.search(text) is not None) is reported


# NL342's trigger set tells whether a text holds its cue (Trigger.answers): a one-paragraph article where it does has its
# one paragraph cued, and a text where it does not (NL344's one-line page) has no cue's place, neither searched for ----

_PROMPT_PAGE = ("The council met on Monday and agreed the budget for the new year after a long debate. " * 12
                + "Sign up for our newsletter and get every story first. "
                + "The mayor said the plan would be reviewed in the spring. " * 12).strip()
_PLAIN_PAGE = ("The council met on Monday and agreed the budget for the new year after a long debate. " * 30).strip()


def _prompt_triggers():
    """NL342's trigger judged in a set, as the engine judges it (with another: one alone is asked on its own)."""
    from newslint.rule import Trigger, Triggers

    return Triggers([prompts.ReaderPrompt.trigger, Trigger("&")])


def test_nl342s_trigger_set_answers_its_cue_for_the_texts_it_read():
    assert prompts._SITE_BUSINESS_CUES in prompts.ReaderPrompt.trigger.answers
    triggers = _prompt_triggers()
    for text in (*CUED_TEXTS, *ASCII_CUED_TEXTS, _PROMPT_PAGE, _PLAIN_PAGE):
        triggers.fired(text)
        assert prompts._SITE_BUSINESS_CUES.told(text) is bool(_finditer_spans(text)), text
        triggers.new_batch()


def test_a_one_paragraph_article_the_set_found_a_cue_in_is_cued_without_a_search(monkeypatch):
    rule = prompts.ReaderPrompt()
    alone = Article.parse((_PROMPT_PAGE + " ")[:-1], "<page>", has_header=False)  # (a text the set never read)
    assert prompts._cued_paragraphs(alone) == {0}
    expected = [(f.start, f.end, f.message) for f in rule.check(alone)]
    article = Article.parse(_PROMPT_PAGE, "<page>", has_header=False)
    _prompt_triggers().fired(article.text)
    monkeypatch.setattr(prompts, "_cue_finder", None)  # a call would fail: the cue's places are not searched for
    assert prompts._cued_paragraphs(article) == {0}
    assert [(f.start, f.end, f.message) for f in rule.check(article)] == expected


def test_a_text_the_set_found_no_cue_in_has_no_cue_spans_without_a_search(monkeypatch):
    _prompt_triggers().fired(_PLAIN_PAGE)
    monkeypatch.setattr(prompts, "_cue_finder", None)
    assert list(prompts._cue_spans(_PLAIN_PAGE)) == []


def test_nl342_finds_in_corpus_articles_the_set_read_what_its_own_search_finds():
    rule = prompts.ReaderPrompt()
    triggers = _prompt_triggers()
    texts = [path.read_text() for path in natural_files(("bbc", "scraped"), 120)] + [_PROMPT_PAGE]
    found = 0
    for text in texts:
        told = Article.parse(text)
        by_the_set = [(f.start, f.end, f.message) for f in rule.check(told)] \
            if id(rule.trigger) in triggers.fired(told.text) else []
        alone = Article.parse((text + " ")[:-1])
        assert alone.text is not told.text
        assert by_the_set == [(f.start, f.end, f.message) for f in rule.check(alone)], text[:80]
        found += len(by_the_set)
        triggers.new_batch()
    assert found >= 2
