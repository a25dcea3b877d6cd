"""NL312, NL315 and NL342 searched the cheaper way (a pattern led by its rarest character, an analysis asked only where
a paragraph may need it, a search made only where its answer counts) answer exactly what the long way answers."""

from __future__ import annotations

import re

import pytest
from conftest import drawn_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules.lines import bylines, captions, prompts


def _natural_texts() -> list[str]:
    from conftest import natural_paragraphs
    return natural_paragraphs(("bbc", "scraped", "reuters"), 120)


@pytest.fixture(scope="module")
def natural_texts() -> list[str]:
    return _natural_texts()


# NL315: a glued byline heading, searched from its stop (the letter before it looked behind) a character after the
# window's start, is the match of the pattern led by that letter searched from the window's start --------------------

_HEADING_LETTER_FIRST = re.compile(r"[a-z\d]" + bylines._GLUED_HEADING.pattern.replace(r"(?<=[a-z\d][.!?\"”’])", "", 1))
_HEADING_PIECES = ["Jane ", "Doe", "BBC ", "Sport ", "racing ", "correspondent ", "Editor ", "By ", "the ", "trial",
                   ".", "!", "”", "’", "\"", "?", "3", "٣", "Shutter", "Speed", " ", "\n", "x", "A", "a"]


_HEADING_WORDS = ["trial.", "x’", "3!", "BBC ", "Sport ", "racing ", "correspondent ", "Editor ", "Jane ", "Doe", "Roe ",
                  "Shutter", "The", " ", "\n", "By "]


def _heading_spans(match: re.Match | None) -> tuple | None:
    return None if match is None else (match.span(1), match.end())


def test_the_glued_heading_pattern_is_the_letter_led_one_but_for_its_look_behind():
    assert _HEADING_LETTER_FIRST.pattern.startswith(r"[a-z\d][.!?\"”’]((?:By )?")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=30), st.integers(0, 40), st.integers(0, 200))
def test_the_glued_heading_led_by_its_stop_matches_as_led_by_its_letter(pieces, window, end):
    text = "".join(pieces)
    assert _heading_spans(bylines._GLUED_HEADING.search(text, window + 1, end)) \
        == _heading_spans(_HEADING_LETTER_FIRST.search(text, window, end))


def test_the_glued_heading_led_by_its_stop_matches_as_led_by_its_letter_on_page_text(natural_texts):
    glued = ["the Derby trial.BBC Sport racing correspondent Jane DoeShutter Speed's owner said.",
             "a close vote.By Valley News political editor John RoeThe mayor will appeal.", "x.A a editor Jane DoeThe"]
    drawn = drawn_texts(_HEADING_WORDS, 8000, 315, 14)
    found = 0
    for text in glued + drawn + natural_texts:
        for window in range(0, min(len(text), 120), 7):
            match = bylines._GLUED_HEADING.search(text, window + 1, window + 140)
            assert _heading_spans(match) == _heading_spans(_HEADING_LETTER_FIRST.search(text, window, window + 140))
            found += match is not None
    assert found > 40


def test_a_glued_heading_is_still_found_at_the_start_of_the_page(lint):
    text = ("Title\n\nx.BBC Sport racing correspondent Jane DoeShutter Speed's owner said on Tuesday that the horse "
            "would run again at the spring meeting, after a long rest at the farm where it was bred and trained.\n")
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] \
        == ["BBC Sport racing correspondent Jane Doe"]


# NL312: a piece ending without a stop before a wide gap and a capital, led by the gap's first space ------------------

_GAP_LETTER_FIRST = re.compile(r"[a-z0-9][ \t\xa0]{2,}[A-Z\"“‘']")
_GAP_PIECES = ["a", "9", "Z", " ", "  ", "\t", "\xa0", ".", "\"", "“", "‘", "'", "É", "\n", "word", "Word"]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="a9Z \t\xa0.\"“‘'É\n", max_size=30))
def test_the_unstopped_gap_led_by_its_space_is_there_where_the_letter_led_one_is(text):
    assert (captions._UNSTOPPED_GAP.search(text) is None) == (_GAP_LETTER_FIRST.search(text) is None)


def test_the_unstopped_gap_led_by_its_space_on_drawn_and_page_text(natural_texts):
    drawn = drawn_texts(_GAP_PIECES, 5000, 312, 20)
    for text in drawn + natural_texts:
        assert (captions._UNSTOPPED_GAP.search(text) is None) == (_GAP_LETTER_FIRST.search(text) is None), text
    assert sum(_GAP_LETTER_FIRST.search(text) is not None for text in drawn) > 400


# NL312: the picture's and the gallery's words are asked only of an article with a paragraph short enough to use them

_LONG_PROSE = ("The council approved the plan on Tuesday after a debate about the cost of the new libraries, which "
               "the mayor said would open in the spring, and the opposition said it would keep asking about the "
               "budget until the last of the contracts was signed. ") * 4


def test_an_embed_caption_is_found_in_a_page_of_long_paragraphs_only(lint):
    text = ("Title\n\n" + _LONG_PROSE + "\n\n" + _LONG_PROSE + '<iframe src="x"></iframe>Crowds gathered outside the '
            "council offices on Tuesday.The plan " + _LONG_PROSE + "\n")
    found = [d for d in lint(text, select=["NL312"]) if "embedded player" in d.message]
    assert [text[d.start:d.end] for d in found] == ["Crowds gathered outside the council offices on Tuesday."]


def test_a_slide_counter_of_a_gallery_of_long_paragraphs_is_read(lint):
    slide = "Crowds gathered outside the council offices on Tuesday before the vote on the plan."
    gallery = f"Title\n\n{_LONG_PROSE}\n\nPhoto 3 of 12\n\n{slide}\n\n{_LONG_PROSE}\n"
    assert [gallery[d.start:d.end] for d in lint(gallery, select=["NL312"])
            if d.message.startswith("photo caption (under a slide counter)")] == [slide]


# NL342: the imperative and 'we' are searched only where the answer counts: _prompt_cues answers as the rule it stands
# for, every search made first ----------------------------------------------------------------------------------

def _prompt_cues_every_search_first(text: str) -> set[str]:
    searched = {name: bool(getattr(prompts, name).search(text)) for name in (
        "_SITE_ITSELF", "_IMPERATIVE", "_CONSENT", "_PURPOSE_IMPERATIVE", "_WE", "_ASKING", "_COMMENT_ACTION",
        "_PLEASE", "_FIRST_PERSON", "_SOMEONES_COMMENTS", "_YOU")}
    business = {m.group().lower() for m in prompts._SITE_BUSINESS.finditer(text)}
    if not business:
        return set()
    imperative = searched["_IMPERATIVE"] or searched["_CONSENT"] or searched["_PURPOSE_IMPERATIVE"]
    notice = any(cue in prompts._NOTICE_CUES or cue.endswith(prompts._NOTICE_ENDS) or cue.startswith("independently")
                 for cue in business)
    if not business.isdisjoint(prompts._ADDRESSING_CUES) or len(business) >= 3 \
            or "qualifying purchases" in business \
            or searched["_SITE_ITSELF"] and notice:
        return business
    kinds = [(prompts._VERB_CUES, imperative), (prompts._ASKING_CUES, searched["_ASKING"]),
             (prompts._COMMENT_CUES, (searched["_WE"] or searched["_COMMENT_ACTION"] or searched["_PLEASE"])
              and not searched["_FIRST_PERSON"] and not searched["_SOMEONES_COMMENTS"]
              and len(prompts.PRESS_COMMENT.findall(text)) < len(prompts._COMMENT_WORD.findall(text)))]
    for cues, answer in kinds:
        if business <= cues:
            return business if answer else set()
    return business if searched["_YOU"] or imperative or len(business) >= 2 and searched["_WE"] else set()


_PROMPTS = [
    "Sign up for our newsletter to get the news first.", "You can sign up for our newsletter.",
    "We will sign in the new members.", "Log in to read more.", "For the latest news, log in to the app.",
    "Spotted an error? Let us know.", "We said we would let us know.", "Leave a comment below.",
    "We welcome your comments.", "I agree with his comments.", "The minister's comments were welcome.",
    "Please comment.", "Our site may earn a commission from affiliate links.", "Affiliate links pay him.",
    "As an Amazon Associate we earn from qualifying purchases.", "Click here to subscribe.",
    "Subscribe to our newsletter and follow us.", "Our newsletter and our podcast are free.",
    "The newsletter was sent.", "You agree to our privacy policy and cookies.", "Turn on notifications.",
    "We use cookies.", "Your subscription helps us.", "This story is copyrighted; reprints need consent.",
    "Get in touch with our newsroom.", "Contact us with a tip.", "Independently selected by our editors.",
    "Our journalism is reader-supported, so we may earn a commission.",
]


@pytest.mark.parametrize("text", _PROMPTS)
def test_prompt_cues_answer_as_every_search_made_first(text):
    assert prompts._prompt_cues(text) == _prompt_cues_every_search_first(text)


def test_prompt_cues_answer_as_every_search_made_first_on_page_text(natural_texts):
    cued = [text for text in natural_texts if prompts._SITE_BUSINESS.search(text)]
    for text in cued + _PROMPTS:
        assert prompts._prompt_cues(text) == _prompt_cues_every_search_first(text), text
    assert sum(bool(prompts._prompt_cues(text)) for text in _PROMPTS) >= 10
