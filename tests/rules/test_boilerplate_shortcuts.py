"""The boilerplate rules' pre-checks (NL316, NL317, NL320, NL344 and the credit and label patterns): each skips work only
where its rule cannot report, and lets through every case the rule finds.
"""

from __future__ import annotations

import re

import pytest
from conftest import drawn_texts

from newslint.model import Article
from newslint.rules.boilerplate import PhotoCredit, credits, inline, one_line, run_in, web_lines

# the pieces of every branch of CREDIT, and near misses, drawn into paragraphs
_PIECES = ("Photo", "photo", "PHOTO", "Photograph", "File photo", "FILE PHOTO", "Video", "Illustration", "Picture",
           "Image", "credit", "Credit", "s", " by ", "by", ":", " :", "(", ")", "[", "]", "/", " / ", "|", " | ",
           "AP", "AFP", "Reuters", "Getty Images", "Anadolu Agency", "Press Association", "AP Photo", " via ",
           "Jane Doe", "Evan Vucci", "de", " ", "  ", "\n", ".", ". ", "!", '"', "”", "graph", "graphs", "videos",
           "Illinois", "the", "said", "photographers", "caption", "copyright", "Pic", "Pictures", "Images", "Caption",
           "Media", "Credits", "Getty", "via Getty Images", "stock photo", "file", "File", "FILE ", "Picasso",
           "Imagine", "source", "PHOTOGRAPH", "AP/", "Pool/", "PA Images/", "Press Association")


def _drawn(count: int, seed: int) -> list[str]:
    return drawn_texts(_PIECES, count, seed, 14, fewest=1)


def test_a_paragraph_the_credit_pattern_matches_is_never_skipped():
    drawn = _drawn(60000, 17)
    matched = [text for text in drawn if credits.CREDIT.search(text)]
    by_label_alone = [text for text in matched if not any(hint in text for hint in credits._OTHER_HINTS)
                      and "/" not in text and not credits._AGENCY_AT_END.search(text)]
    assert len(by_label_alone) > 100  # the draw reaches the labels' places often, apart from the other hints
    assert [text for text in matched if not credits._may_hold_credit(text)] == []
    assert sum(not credits._may_hold_credit(text) for text in drawn) > 10000  # and skips many others


@pytest.mark.parametrize("text", [
    "A trench. (Photo by Anatolii STEPANOV / AFP)", "A trench. (AP Photo/Evan Vucci)", "[Video: Reuters]",
    "(Illustration: Jane Doe)", "(File photo: Reuters)", "(FILE PHOTO by Jane)", "(Reuters Photo by Jane Doe)",
    "(Anadolu Agency Photo  by Jane)", "He left. Photo: Jane Doe", "He left. Photographs by Jane Doe",
    "Photo credits: Jane Doe", "FILE PHOTO: Jane Doe", "He left.\"Photos : Jane\nDoe", "Jane Doe / AP Photo",
    "He left. AP Photo", "PHOTOGRAPH: Jane Doe", "He left. Pictures by Jane Doe", "Image copyright Jane Doe",
    "He left. Media caption Jane Doe", "He left. Getty Images", "Jane Doe/AFP via Getty Images"])
def test_every_place_of_a_label_is_let_through(text):
    assert credits.CREDIT.search(text)
    assert credits._may_hold_credit(text)


def test_a_paragraph_of_photographs_and_videos_alone_skips_the_search():
    assert not credits._may_hold_credit("Photographers shared videos of the Illinois flood, and a photo went viral.")


def _findings(texts: list[str]) -> list[tuple]:
    rule = PhotoCredit()
    article = Article.parse("Title\n\n" + "\n\n".join(texts))
    return [(f.start, f.end, f.message, f.fix.edits, f.fix.safe) for f in rule.check(article)]


def test_the_rule_finds_with_the_pre_check_what_it_finds_without(monkeypatch):
    drawn = _drawn(4000, 1736)
    articles = [drawn[i:i + 8] for i in range(0, len(drawn), 8)]
    quick = [_findings(texts) for texts in articles]
    monkeypatch.setattr(credits, "_may_hold_credit", lambda text, held=(): True)
    assert quick == [_findings(texts) for texts in articles]
    assert sum(map(len, quick)) > 50


@pytest.mark.parametrize("extra", ["", "He left.\u00a0AFP", "He left.\u2009Getty Images", "A lone \ud800 surrogate.",
                                   "He left!\u3000Reuters", "Voilà. Anadolu Agency", "x.\ud800AP"])
def test_the_pieces_an_article_holds_answer_for_its_paragraphs(extra):
    """A piece (hint, '/') the article lacks is not looked for in a paragraph, nor an agency's name at the end of one
    that ends in no letter: the answer for each paragraph is the one of every piece looked for."""
    drawn = _drawn(3000, 2026)
    for i in range(0, len(drawn), 6):
        article = Article.parse("Title\n\n" + "\n\n".join([*drawn[i:i + 6], extra]))
        held = credits._pieces_held(article.text)
        assert [credits._may_hold_credit(p.text, held) for p in article.paragraphs] == \
            [credits._may_hold_credit(p.text) for p in article.paragraphs]
    assert credits._pieces_held("He left.\u00a0AFP") == ()
    assert credits._pieces_held("A picture by Jane went viral.") == ()
    assert credits._pieces_held("Photo by Jane | AFP/Getty Images") == ("/", "|", "hoto", "Ima", "Getty")


def test_an_agency_name_ends_a_paragraph_only_in_a_letter():
    """The agency at a paragraph's end (``_AGENCY_AT_END``) is looked for only where the paragraph ends in a letter."""
    names = ["AFP", "AP Photo", "Reuters", "Getty Images", "EPA-EFE", "PA Wire", "Alamy Live News", "dpa", "iStockphoto",
             "Sipa USA", "ZUMA Wire", "Kyodo News", "THE CANADIAN PRESS", "The Canadian Press", "Press Trust of India"]
    for name in names:
        for end in ("", ".", ")", "]", " ", "\u00a0", "1", "é", "”", "\n", ".\n", "\n\n"):
            for text in (f"He left. {name}{end}", f"He left.{name}{end}", f"He left!\u2009{name}{end}"):
                if credits._AGENCY_AT_END.search(text[-40:]):
                    assert credits._may_hold_credit(text, ()), text
        assert credits._may_hold_credit(f"He left. {name}", ())


# NL316's _INLINE is tried only at a capital, a 'w' or a ©: one case for each kind of first character, where a
# start set of its cue words alone (Scroll, Watch, …) would lose the match
INLINE_BOILERPLATE = {
    "a sentence's own capital": ("The vote was close. Xinhua's Li Wei contributed to this report. Officials met "
                                 "on Monday to discuss the plan.",
                                 "Xinhua's Li Wei contributed to this report."),
    "a lower-case w": ("The vote was close. we are not currently accepting comments on this article. Officials met "
                       "on Monday to discuss the plan.", "we are not currently accepting comments on this article."),
    "a stamp word": ("The vote was close. Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015 Officials met on Monday "
                     "to discuss the plan.", "Updated 10:22 AM ET, Tue May 5, 2015"),
}


@pytest.mark.parametrize("kind", list(INLINE_BOILERPLATE))
def test_inline_boilerplate_tried_at_every_possible_start(lint, kind):
    text, boilerplate = INLINE_BOILERPLATE[kind]
    found = lint(text, select=["NL316"])
    assert [text[d.start:d.end] for d in found] == [boilerplate]


def test_inline_starts_find_what_the_whole_search_finds():
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.rglob("*.txt"))]
    texts += [text for _, (text, _) in INLINE_BOILERPLATE.items()]
    texts.append("Microsoft said on Monday it would grow.© Reuters")
    for text in texts:
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (len(text) // 2, len(text))):
            expected = [m.span() for m in inline._INLINE.finditer(text, pos, endpos)]
            assert [m.span() for m in inline._INLINE_STARTS.finditer(text, pos, endpos)] == expected
    assert [m.span() for m in inline._INLINE_STARTS.finditer(texts[-1])]  # the ©


STORY = ("The council said the new road would open next spring after two years of delays and rising costs "
         "that had angered residents living along the route. ")


@pytest.mark.parametrize("paragraph, codes", [
    (STORY + "Officials gathered at the site on Monday morning They said the work was on time.", ["NL317"]),
    (STORY + "Pictured at the site Proud mum: Jean with her son at the opening of the new road.", ["NL317"]),
    (STORY + "Critics were unconvinced. ONLINE BRAGGING: Morgan boasts of the road on her page.", ["NL317"]),
    (STORY + "Residents said they were pleased with the result and thanked the council for its work.", []),
])
def test_one_pass_for_run_ins_and_labels_lets_either_through(lint, paragraph, codes):
    kinds = (run_in._RUN_IN_ANYWHERE_CUES, run_in._RUN_IN_CUES, run_in._LABEL_RUN_IN_CUES, run_in._CAPS_LABEL_CUES)
    assert run_in._LONG_PARAGRAPH_CUES.held(paragraph) == {k for k, cue in enumerate(kinds)
                                                           if cue.search(paragraph) is not None}
    text = "Road opens\n\n" + paragraph * 5 + "\n"  # a flattened page: 1,000 characters and more
    assert sorted({d.code for d in lint(text, select=["NL317"])}) == codes


FILLER = ("The council approved the plan for a new bridge over the river after a debate that lasted four hours and "
          "the leader said the work would begin in the spring, with the residents asked for their views first. ")


def _kept_run_ins(text):
    """Where NL317's hand rules may keep a seam: a _RUN_IN or _LABEL_RUN_IN match after the right character."""
    kept = [m for m in run_in._RUN_IN.finditer(text)
            if m.start() and text[m.start() - 1] in run_in._SEAM_AFTER]
    labels = [m for m in run_in._LABEL_RUN_IN.finditer(text)
              if m.start() and text[m.start() - 1] in run_in._LABEL_AFTER]
    return kept, labels


@pytest.mark.parametrize("seam", [
    "rose by 5% He said",  # after a per cent sign
    "(pictured) She told",  # after a bracket
    "80 years ago In 1994, after",  # the year form
    "years ago Since 20\u0661\u0662, the",  # Python's \d is any decimal digit: RE2's \p{Nd} too
    "the vote ‘We are ready",  # a curly quote before the pronoun
    "the vote 'It’s over",
    "ago In March 2006, the",
])
def test_run_in_cue_lets_every_kept_seam_through(seam):
    text = FILLER + seam + " now. " + FILLER
    kept, _ = _kept_run_ins(text)
    assert kept  # the long way keeps it
    assert run_in._RUN_IN_CUES.search(text) is not None


@pytest.mark.parametrize("seam", [
    "the shop” Grand opening: Mayor Jane",  # after a closing quote (a label may follow a stop or a quote)
    "the shop. Queue:\xa0The first",  # a no-break space after the colon
    "the farm Proud new-mum: the lamb",  # a hyphenated label, 'the' after it
])
def test_label_cue_lets_every_kept_label_through(seam):
    text = FILLER + seam + " weighed 20lb. " + FILLER
    _, labels = _kept_run_ins(text)
    assert labels
    assert run_in._LABEL_RUN_IN_CUES.search(text) is not None


def test_run_in_cues_skip_a_paragraph_without_a_seam(lint):
    text = "Title\n\n" + FILLER * 3 + "The plan is fine, he said. The Hague ruled.\n"
    assert run_in._RUN_IN_CUES.search(text) is None
    assert run_in._LABEL_RUN_IN_CUES.search(text) is None
    assert lint(text, select=["NL317"]) == []


def test_run_in_caption_after_a_per_cent_sign_is_still_found(lint):
    text = "Title\n\n" + FILLER + "Prices rose by 5% He said the rise would slow next year. " + FILLER + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert shown == ["5% He"]


def test_run_in_cues_asked_of_the_whole_article_still_find_a_seam_in_its_third_long_paragraph(lint):
    seam = "Prices rose by 5% He said the rise would slow next year. "
    text = "Title\n\n" + FILLER * 2 + "\n\nShort line: Here\n\n" + FILLER * 2 + "\n\n" + FILLER + seam + FILLER + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert shown == ["5% He"]


def test_the_label_forms_tried_only_where_they_may_start_find_what_a_full_scan_finds():
    """NL317 tries its label forms only before a colon's last words and at two capitals: the same matches as
    ``finditer``, overlapping candidates, hyphens, letters beyond ASCII and long words included."""
    pieces = ["Proud mum: ", "Proud-mum: ", "Pictured left: ", "Label: Another label: ", "He argued: ", "Café: ",
              "Jean with", "ONLINE BRAGGING: ", "BRAGGERS:\n", "CSI: Miami", "AB-C’D: ", "towering over peers ",
              "the ", "The ", "Clinton boasts", ": ", ":\xa0", " ", ".", "a", "Zz", "x" * 70 + ": ", "said. ",
              "Mum's: ", "Covid19: ", "’", "-", "(", "Smith, Jones, Brown", "Our proud mum: ", "Our proud-mum-to: ", "AB’ CD: "]
    found = 0
    for text in drawn_texts(pieces, 4000, 3170, 14):
        labels = [m.span() for m in run_in._LABEL_RUN_IN.finditer(text)]
        assert [m.span() for m in run_in._label_run_ins(text)] == labels, text
        caps = [m.span() for m in run_in._CAPS_LABEL.finditer(text)]
        assert [m.span() for m in run_in._caps_label_matches(text)] == caps, text
        found += bool(labels) + bool(caps)
    assert found > 1000
    nested = "the vote. AB’ CD: The count"  # a later start inside a match: not tried
    assert [m.span() for m in run_in._caps_label_matches(nested)] == [m.span() for m in run_in._CAPS_LABEL.finditer(nested)]


def _labels_of_links_token_by_token(text: str) -> list[tuple[int, int]]:
    """NL344's labels of boxes of links found by reading every token of the text in turn (the long way)."""
    import re

    from newslint.rules.boilerplate import one_line
    from newslint.rules.lines.furniture import LINK_BOX, label_of_links

    tokens, found, i = list(re.finditer(r"[^ \t\n\xa0]+", text)), [], 0
    while i < len(tokens):
        word = tokens[i].group()
        if not one_line._is_label(word) or word.lower() not in one_line._LABEL_OPENERS:
            i += 1
            continue
        after = next((j for j in range(min(len(tokens), i + one_line.MAX_LABEL_OF_LINKS), i, -1)
                      if tokens[j - 1].group().lower() in LINK_BOX | {"you"}
                      and all(token.group().isalpha() for token in tokens[i:j])
                      and label_of_links(text[tokens[i].start():tokens[j - 1].end()])), None)
        if after is None or after - i == 1 and word.lower() not in one_line._LABEL_ALONE or after >= len(tokens) \
                or not one_line._is_label(tokens[after].group()) or any(
                    token.group().endswith((".", "!", "?")) for token in tokens[after:after + one_line.HEADLINE_OPENING]):
            i += 1
            continue
        headline = tokens[after:after + one_line.MAX_REPORTED_HEADLINE]
        last = next((token for token in headline if token.group().endswith((".", "!", "?"))), headline[-1])
        found.append((tokens[i].start(), last.end()))
        i = after
    return found


_LINK_BOX_PIECES = ("Most Popular ", "Most Read ", "Related ", "RELATED ", "related ", "Related Stories ", "Read More ",
                    "Read more: ", "More Stories ", "Latest News ", "Latest articles ", "Trending ", "Top Stories ",
                    "Recommended for You ", "See Also ", "Next Article ", "Previous ", "Suggested Reading ", "More ",
                    "Most ", "Top ", "Popular Now ", "Council Votes To Close Library ", "Mayor Backs Plan ",
                    "the ", "plan ", "for ", "new ", "road ", "on ", "Tuesday. ", "Budget ", "Talks ", "Fail ",
                    "voters. ", "again! ", "why? ", "\xa0", "\t", "\n", "  ", "ſee ", "Popular. ", "News ", "Stories ")


def test_labels_of_links_read_near_their_openers_find_what_every_token_read_finds():
    """Labels after labels, inside a headline, at the end of the text, beside near misses: the same spans."""
    from newslint.rules.boilerplate import one_line

    drawn = drawn_texts(list(_LINK_BOX_PIECES), 2000, 344, 40, fewest=1)
    found = [_labels_of_links_token_by_token(text) for text in drawn]
    assert sum(map(bool, found)) > 300  # the draw reaches reported labels often, and their neighbours
    assert [list(one_line._labels_of_links(text)) for text in drawn] == found


def test_labels_of_links_on_natural_pages():
    from conftest import natural_paragraphs

    from newslint.rules.boilerplate import one_line

    for text in natural_paragraphs(("bbc", "scraped"), 150, shortest=1000):
        assert list(one_line._labels_of_links(text)) == _labels_of_links_token_by_token(text)


class _AskedCue:
    """A cue that records the texts it is asked about."""

    def __init__(self, cue) -> None:
        self.cue, self.asked = cue, []

    def found(self, text: str) -> bool:
        self.asked.append(text)
        return self.cue.found(text)


@pytest.mark.parametrize("paragraphs, asked", [(1, False), (2, True)])
def test_a_page_of_one_long_paragraph_reads_its_label_cues_from_the_article_pass(lint, monkeypatch, paragraphs, asked):
    page = (STORY + "Pictured at the site Proud mum: Jean with her son at the opening of the new road. "
            + STORY + "Critics were unconvinced. ONLINE BRAGGING: Morgan boasts of the road on her page. ") * 3
    spies = {name: _AskedCue(getattr(run_in, name)) for name in ("_LABEL_RUN_IN_CUES", "_CAPS_LABEL_CUES")}
    for name, spy in spies.items():
        monkeypatch.setattr(run_in, name, spy)
    found = lint("Road opens\n\n" + "\n\n".join([page] * paragraphs) + "\n", select=["NL317"])
    messages = [d.message for d in found]
    assert sum("'site Proud'" in m for m in messages) == 3 * paragraphs  # a label run in after a word
    assert sum("ONLINE BRAGGING" in m for m in messages) == 3 * paragraphs
    assert all(bool(spy.asked) is asked for spy in spies.values())


class _EveryKind:
    """NL317's cue set saying that every text holds every kind of cue: each paragraph left to its own searches."""

    kinds = set(range(len(run_in._LONG_PARAGRAPH_CUES.cues)))

    def held(self, text: str) -> set[int]:
        return set(self.kinds)


def _findings_with_every_kind_held(lint, monkeypatch, text: str) -> list[tuple[int, int, str]]:
    with monkeypatch.context() as patched:
        patched.setattr(run_in, "_LONG_PARAGRAPH_CUES", _EveryKind())
        return [(d.start, d.end, d.message) for d in lint(text, select=["NL317"])]


@pytest.mark.parametrize("title, short", [
    ("Prices rose by 5% He said", "A note on Tuesday The council"),  # an opener run in
    ("Road opens Proud mum: Jean with", "The road ONLINE BRAGGING: Morgan"),  # both label forms
    ("The mayor poses for a photo", "Fans look on as the road opens"),  # a picture's verb
])
def test_run_in_cues_of_the_title_or_a_short_paragraph_report_nothing_in_a_long_one(lint, monkeypatch, title, short):
    """NL317 asks its cues of the article's whole text: a cue outside the long paragraphs only lets their own
    searches run, which find what they would find with every kind of cue held."""
    text = f"{title}\n\n{short}\n\n" + FILLER * 3 + "\n\n" + STORY * 2 + "\n"
    found = [(d.start, d.end, d.message) for d in lint(text, select=["NL317"])]
    assert found == _findings_with_every_kind_held(lint, monkeypatch, text)


def test_run_in_cues_of_the_whole_text_answer_for_natural_articles(lint, monkeypatch):
    from conftest import natural_files

    for file in natural_files(("bbc", "scraped"), 40):
        text = file.read_text(encoding="utf-8", errors="replace")
        found = [(d.start, d.end, d.message) for d in lint(text, select=["NL317"])]
        assert found == _findings_with_every_kind_held(lint, monkeypatch, text), file.name


# NL312's credit_search: CREDIT searched only where a branch of it may match; NL310: the teaser's end searched only
# in the last characters; NL331: TIMESTAMP matched only at a paragraph opening with its first letters or a digit ----

def _same_match(a, b) -> bool:
    return (a is None) is (b is None) and (a is None or (a.span(), a.groups()) == (b.span(), b.groups()))


def test_credit_search_answers_as_the_credit_pattern():
    for text in _drawn(8000, 135) + ["A trench. (AP Photo/Evan Vucci)", "Jane Doe/Reuters files", "He left. Getty Images",
                                     "A walk in the park.", ""]:
        assert _same_match(credits.credit_search(text), credits.CREDIT.search(text)), text


_TEASER_PIECES = ("Read more", "Read More", "READ MORE", "Read the full story", "Read full article", "Continue reading",
                  "Full story", "MORE", "See more", "Watch now", "»", "›", "→", ">>", ">", " ", "\n", ".", "…", "!", "-",
                  "x", "word", "_", "1")


@pytest.mark.parametrize("text", ["Storm hits the coast Read the full story ...\n", "Storm Read the full story\n",
                                  "xRead more", "Read more" + " " * 3 + "\n", "Read more" + " " * 4, "» " * 50_000,
                                  "Full story »»»\n", "Storm hits >>"])
def test_teaser_end_searched_in_the_last_characters_on_hand_cases(text):
    from newslint.rules.boilerplate import web_lines
    reach = max(0, len(text) - web_lines._TEASER_END_REACH)
    assert _same_match(web_lines._TEASER_END.search(text, reach), web_lines._TEASER_END.search(text))


def test_teaser_end_searched_in_the_last_characters_on_drawn_text():
    from newslint.rules.boilerplate import web_lines
    drawn = drawn_texts(_TEASER_PIECES, 30000, 310, 10)
    for text in drawn:
        reach = max(0, len(text) - web_lines._TEASER_END_REACH)
        assert _same_match(web_lines._TEASER_END.search(text, reach), web_lines._TEASER_END.search(text)), text
    assert sum(web_lines._TEASER_END.search(text) is not None for text in drawn) > 3000


_STAMP_PIECES = ("Last updated ", "First published ", "Updated ", "Published ", "Posted ", "Modified: ", "UPDATED ",
                 "PUBLISHED ", "on ", "at ", ":", " ", "\n", "12", "3 ", "٣ ", "2021-12-02", "3/4/21", "14:32", " GMT",
                 " pm", "Monday, ", "2 December 2021", "minutes ago", "hours", " ago", "x", "The", "L", "M", "* ", "- ",
                 " EDT", "Last ", "First ", "LAST ", "FIRST POSTED ", "Late", "Mr ", "Police ", "Up", "Pub", "P", "F")


@pytest.mark.parametrize("text", ["Published 14:32 GMT, 2 December 2021", "Updated: 2 hours ago", "3 hours ago",
                                  "٣ hours ago", "Last updated at 11:47 GMT", "Modified on 2021-12-02", "The council met",
                                  "* Updated 21:22, 6 OCT 2020", "•\tPosted: May 6, 2022 EDT", "- Updated guidance",
                                  "LAST UPDATED ON 6 OCT 2020 14:32", "First published 2 December 2021",
                                  "Last year 14:32 GMT, 2 December 2021"])
def test_timestamp_opens_with_its_first_letters_or_a_digit(text):
    from newslint.rules.boilerplate import metadata
    if metadata.TIMESTAMP.match(text):
        assert text[:1] in metadata._TIMESTAMP_FIRST or text[:1].isdecimal()
        assert not text[:1].isalpha() or text.startswith(metadata._TIMESTAMP_LABELS)


def test_timestamp_opens_with_its_first_letters_or_a_digit_on_drawn_text():
    from newslint.rules.boilerplate import metadata
    drawn = drawn_texts(_STAMP_PIECES, 40000, 331, 5, fewest=1)
    matched = [text for text in drawn if metadata.TIMESTAMP.match(text)]
    assert [text for text in matched if text[:1] not in metadata._TIMESTAMP_FIRST and not text[:1].isdecimal()] == []
    assert [text for text in matched if text[:1].isalpha() and not text.startswith(metadata._TIMESTAMP_LABELS)] == []
    assert len(matched) > 500


def test_every_agency_starts_where_its_look_ahead_lets_it():
    import re
    start = re.compile(credits._AGENCY_START)
    assert all(start.match(alternative.removeprefix("(?:THE |The )?(?:")) for alternative in credits._AGENCIES)


def test_agency_before_a_slash_behind_its_start_is_found_as_without_it():
    import re
    plain = re.compile(credits.AGENCY + r"\s?/")
    pieces = ("AFP", "AP Photo", "Reuters", "dpa", "iStockphoto", "The Canadian Press", "EPA-EFE", "Getty", " ", "/",
              "\n", "x", "Jane Doe", "photo", "Pool", "d", "i", ".", "-")
    for text in drawn_texts(pieces, 20000, 111, 10) + ["AFP/Jane", "xdpa /", "iStock/jdoe", "/" * 100_000]:
        for slash in [i for i, c in enumerate(text) if c == "/"][:5]:
            low = max(0, slash - credits._AGENCY_REACH)
            a, b = credits._AGENCY_SLASH.search(text, low, slash + 1), plain.search(text, low, slash + 1)
            assert (a is None) is (b is None) and (a is None or a.span() == b.span()), text

LABEL_SHAPE_PIECES = ["Read more", "READ", "VIDEO", "Next", "Photos", "See also", ":", " : ", ": ", ". ", "\"", "”",
                      "’", "\xa0", "é", "\n", " ", "A", "a", "1", "“", "."]


@pytest.mark.parametrize("text", ["", "He left. Read more: the story", "He left.\xa0\nREAD MORE\xa0:", "said. READ: Turkey",
                                  "said” Opinion : 'A'", "left.READ: x", ": " * 50_000, "." * 100_000])
def test_nl310s_label_shapes_asked_in_one_pass_are_each_shapes_own_answer(text):
    held = web_lines._LABEL_SHAPES.held(text)
    assert (web_lines._TEASER_SHAPE in held, web_lines._LABEL_SHAPE in held) == \
        (web_lines._GLUED_TEASER_SHAPE.search(text) is not None, web_lines._RUN_IN_LABEL_SHAPE.search(text) is not None)


def test_nl310s_label_shapes_asked_in_one_pass_on_drawn_text():
    for text in drawn_texts(LABEL_SHAPE_PIECES, 3000, 310, most=10):
        held = web_lines._LABEL_SHAPES.held(text)
        assert (web_lines._TEASER_SHAPE in held, web_lines._LABEL_SHAPE in held) == (
            web_lines._GLUED_TEASER_SHAPE.search(text) is not None,
            web_lines._RUN_IN_LABEL_SHAPE.search(text) is not None), text


# NL316 on a page of one paragraph: the article's pass answered its cues for that very text ------------------------

_ONE_PARAGRAPH_PAGES = [page.strip() for page in (
    STORY * 4 + "Subscribe to the newsletter to get the news sent to your inbox. " + STORY * 4,
    STORY * 4 + "Best of the week PostersLet us know what you make of this new format. ........ " + STORY * 4,
    STORY * 4 + "These are external links and will open in a new window. " + STORY * 4,
    STORY * 8,
)]


def _nl316_on(text: str) -> list[tuple[int, int, str]]:
    article = Article.parse(text, "<page>", has_header=False)
    return [(f.start, f.end, f.message) for f in inline.InlineBoilerplate().check(article)]


@pytest.mark.parametrize("page", _ONE_PARAGRAPH_PAGES)
def test_a_page_of_one_paragraph_reads_its_reader_and_machinery_cues_from_the_article_pass(monkeypatch, page):
    """The paragraph is the article's text: the cue set's answers are its own, and no cue searches it again."""
    article = Article.parse(page, "<page>", has_header=False)
    assert article.paragraphs[0].text is article.text
    expected = _nl316_on(page)
    spies = {name: _AskedCue(getattr(inline, name))
             for name in ("_READER_AFTER_STOP_CUES", "_GLUED_READER_CUES", "_MACHINERY_ANYWHERE")}
    for name, spy in spies.items():
        monkeypatch.setattr(inline, name, spy)
    assert _nl316_on(page) == expected
    assert not any(spy.asked for spy in spies.values())
    assert expected or page == (STORY * 8).strip()


@pytest.mark.parametrize("page", _ONE_PARAGRAPH_PAGES)
def test_a_paragraph_that_is_not_the_article_text_still_asks_its_own_cues(monkeypatch, page):
    """Beside another paragraph, the article's answers are not the paragraph's: each cue the article holds searches
    it."""
    text = "Road opens\n\n" + page
    spies = {name: _AskedCue(getattr(inline, name)) for name in ("_READER_AFTER_STOP_CUES", "_MACHINERY_ANYWHERE")}
    for name, spy in spies.items():
        monkeypatch.setattr(inline, name, spy)
    held = inline._ARTICLE_CUES.held(text)
    _nl316_on(text)
    assert (page in spies["_MACHINERY_ANYWHERE"].asked) is (inline._MACHINE_CUED in held)
    assert (page in spies["_READER_AFTER_STOP_CUES"].asked) is (inline._READER_AFTER_STOP_HELD in held)


# the forms of NL344's box and tag labels with their look-behind first, as they were (Python's re tried them at every
# character): the forms in use must find the same matches, searched from any place
_LABEL_OPENER_AT_EVERY_CHARACTER = re.compile(
    r"(?<![^ \t\n\xa0])(?=[A-Z])(?i:%s)(?![^ \t\n\xa0])"
    % "|".join(sorted(one_line._LABEL_OPENERS, key=lambda word: (-len(word), word))))
_TAG_LABEL_AT_EVERY_CHARACTER = re.compile(
    r"(?<![\w-])(?:Filed [Uu]nder|FILED UNDER|Posted in|Tagged(?: in| with)?|TAGGED"
    r"|Tags|TAGS|Keywords|KEYWORDS|Topics|Related [Tt]opics|Categories|Subjects):?(?= )")
_LABEL_PIECES = ("Related", "related", "RELATED", "ReLaTeD", "Most", "most", "Moſt", "\u212aeywords", "Read", "Reader",
                 "Top", "Topics", "Tags", "TAGS", "Tagged", "Tagged in", "Filed Under", "Filed under", "FILED UNDER",
                 "Posted in", "Related topics", "Keywords", "Categories", "Subjects", "Latest", "See", "Next", " ",
                 "\t", "\n", "\xa0", "-", "_", "x", "é", "3", ":", ": ", ".", ",", "’", "😀")


@pytest.mark.parametrize("seed", range(3))
def test_label_searches_with_their_literal_first_find_what_the_look_behind_first_found(seed):
    matches = {one_line._LABEL_OPENER: 0, one_line._TAG_LABEL: 0}
    for text in drawn_texts(_LABEL_PIECES, 3000, seed, 16, fewest=1):
        for new, old in ((one_line._LABEL_OPENER, _LABEL_OPENER_AT_EVERY_CHARACTER),
                         (one_line._TAG_LABEL, _TAG_LABEL_AT_EVERY_CHARACTER)):
            spans = [m.span() for m in new.finditer(text)]
            assert spans == [m.span() for m in old.finditer(text)], text
            matches[new] += len(spans)
            for at in range(len(text) + 1):
                found, expected = new.search(text, at), old.search(text, at)
                assert (found and found.span()) == (expected and expected.span()), (text, at)
    assert min(matches.values()) > 200  # the draw reaches both searches' matches


def _sentence_after_labels_token_by_token(text: str, start: int, end: int) -> int | None:
    """NL344's plain sentence after labels read from every token of the piece (the long way)."""
    from newslint.rules.boilerplate import one_line

    tokens = list(one_line._TOKEN.finditer(text, start, end))
    at = len(tokens) - 1
    while at > 0 and not one_line._is_label(tokens[at].group()):
        at -= 1
    if at <= 0 or len(tokens) - at < one_line.MIN_TAIL_WORDS or tokens[at - 1].group().endswith(one_line._TOKEN_END_STOPS) \
            or tokens[at].group()[1:].lower() != tokens[at].group()[1:] \
            or not one_line._SENTENCE_LAST.search(tokens[-1].group()):
        return None
    return tokens[at].start()


_PIECE_TOKENS = ("Home ", "News ", "Leave a Reply ", "OUR POLICY ", "| ", "We ", "invite ", "your ", "views ", "on ",
                 "the ", "day's ", "stories. ", "main ", "Top ", "Stories ", "Sign ", "up. ", "2024 ", "#tag ",
                 "@site ", "a", "b", "C", ".", ",", "\xa0", "\t", "\n", " ", "  ", "reply: ", "Cancel ", "é ")


_PLAIN_ENDINGS = ("invite ", "your ", "views ", "on ", "the ", "main ", "We ", "Top ", "stories. ", "stories.")


@pytest.mark.parametrize("reach", [1, 3, 7, 16, 400])
def test_the_plain_sentence_after_labels_read_from_the_tail_is_the_one_every_token_gives(monkeypatch, reach):
    """Tails that cut a token, a label or the word before it, pieces shorter and longer than the tail: the same start
    (or none) as reading every token of the piece."""
    from conftest import drawn_texts

    from newslint.rules.boilerplate import one_line

    monkeypatch.setattr(one_line, "_TAIL_REACH", reach)
    drawn = drawn_texts(list(_PIECE_TOKENS), 3000, 317 + reach, 60, fewest=1)
    drawn += [text + ending for text, ending in zip(drawn, drawn_texts(list(_PLAIN_ENDINGS), 3000, reach, 9))]
    pieces = [(text, start, end) for text in drawn for start, end in ((0, len(text)), (len(text) // 3, len(text)))]
    expected = [_sentence_after_labels_token_by_token(*piece) for piece in pieces]
    assert sum(at is not None for at in expected) > 150  # the draw reaches plain sentences after labels often
    assert [one_line._sentence_after_labels(*piece) for piece in pieces] == expected


def test_the_plain_sentence_after_labels_read_from_the_tail_on_natural_pages():
    from conftest import natural_paragraphs

    from newslint.rules.boilerplate import one_line
    from newslint.textutil import sentence_spans

    for text in natural_paragraphs(("bbc", "scraped"), 150, shortest=1000):
        for start, end in sentence_spans(text):
            assert one_line._sentence_after_labels(text, start, end) == \
                _sentence_after_labels_token_by_token(text, start, end)


@pytest.mark.parametrize("text", ["", " ", "one", "one two", " one  two\tthree\n", "a " * 40, "a " * 41, " a" * 41 + " ",
                                  "a\xa0" * 41, "a\u2009" * 41])
def test_more_words_than_a_limit_counts_as_split_does(text):
    from newslint.rules.boilerplate import one_line

    for limit in (0, 1, 2, 40):
        assert one_line._more_words_than(text, limit) == (len(text.split()) > limit)


@pytest.mark.parametrize("text", ["By Jane Doe | Reuters", "By Jane Doe", "By Jane Doe and John Roe, Staff Writer",
                                  "By Monday the talks had ended.", "By  Jane Doe", "by Jane Doe", " By Jane Doe",
                                  "BY JANE DOE", "Byline Jane Doe", "The talks, By Jane Doe", ""])
def test_a_header_byline_is_matched_only_where_the_paragraph_opens_with_by(text):
    from newslint.rules.boilerplate import metadata
    full = metadata.HEADER_BYLINE.match(text)
    expected = full if full and metadata._words(full.group())[1].lower() not in metadata.NON_NAMES else None
    found = metadata.header_byline(text)
    assert (found and found.group()) == (expected and expected.group())
    assert found is None or text.startswith("By ")


# NL316's caption and credit in a one-line page: looked for only where the article's words hold an agency's -----------

def _names_of(pattern: str) -> list[str]:
    """Every text ``pattern`` (literals, optional groups, alternations and classes of literals, as _AGENCIES writes
    them) matches."""
    import re._parser as parser

    def texts(items) -> list[str]:
        made = [""]
        for op, value in items:
            if op is parser.LITERAL:
                parts = [chr(value)]
            elif op is parser.SUBPATTERN:
                parts = texts(value[-1])
            elif op is parser.BRANCH:
                parts = [text for branch in value[1] for text in texts(branch)]
            elif op is parser.MAX_REPEAT and value[:2] == (0, 1):
                parts = ["", *texts(value[2])]
            elif op is parser.IN and all(kind is parser.LITERAL for kind, _ in value):
                parts = [chr(code) for _, code in value]
            else:
                raise AssertionError(f"{pattern}: {op} not read here")
            made = [text + part for text in made for part in parts]
        return made

    return texts(parser.parse(pattern))


def test_every_agency_name_holds_a_word_of_the_list():
    from newslint.lineshapes import _AGENCIES
    from newslint.textutil import word_texts

    names = [name for agency in _AGENCIES for name in _names_of(agency)]
    assert len(names) > len(_AGENCIES) and "The Canadian Press" in names and "EPA-EFE" in names
    assert [name for name in names if inline._AGENCY_WORDS.isdisjoint(word_texts(f"storm {name} Talks"))] == []
    # each word stands for a name: none is left over from a name no longer credited
    assert inline._AGENCY_WORDS <= {word for name in names for word in word_texts(name)}


_CREDITED_PAGE = (STORY * 9 + "Waves break over the harbour wall during the storm on Sunday PA " + STORY * 9).strip()


def test_a_page_without_an_agency_s_word_is_not_searched_for_a_credit(monkeypatch):
    monkeypatch.setattr(inline, "_caption_credit_spans", None)  # a call would fail
    for words in ("The mayor said the figures were shared with the wire.", "Waves break over the harbour wall pa"):
        page = (STORY * 9 + words + " " + STORY * 9).strip()
        assert _nl316_on(page) == []


@pytest.mark.parametrize("credit", ["PA", "The Canadian Press", "EPA-EFE", "AFP via Getty Images"])
def test_a_page_with_an_agency_s_word_finds_its_caption_and_credit(credit):
    page = _CREDITED_PAGE.replace(" PA ", f" {credit} ")
    assert [page[start:end] for start, end, _ in _nl316_on(page)] == [
        f"Waves break over the harbour wall during the storm on Sunday {credit}"]


@pytest.mark.parametrize("opening", ["date 2021-12-02 Share this story", "  DATE 2021-12-02 [Read: Harbour wall]",
                                     "\tDate 20211202 Follow us"])
def test_nl310s_trigger_fires_for_furniture_after_a_glued_date_which_opens_its_line(lint, opening):
    """The trigger asks for 'date' only where a line opens with it (model._GLUED_DATE's place), not anywhere: the
    paragraph after a glued date is still let through and reported."""
    text = f"Council meets\n\n{opening}\n\nThe council met on Tuesday to discuss the harbour wall.\n"
    article = Article.parse(text, has_header=True)
    assert article.date is not None and article.date.glued
    assert web_lines.BoilerplateLine.trigger.fires(text)
    assert [d.code for d in lint(text, select=["NL310"])] == ["NL310"]


def test_nl310s_trigger_reads_no_date_inside_a_line():
    for text in ["Council meets\n\nThe candidate 2021-12-02 Share of the vote rose.\n",
                 "Council meets\n\nAn update 20211202 Follow the count.\n"]:
        assert not web_lines.BoilerplateLine.trigger.fires(text), text
