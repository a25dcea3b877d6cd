"""NL401: one single-byte code page read as another (a Mac Roman page read as cp1252 or Latin-1, a Windows page read as
Mac Roman): each character stays one, so the UTF-8 cues never see it. Found where reading the word back makes a word
(an apostrophe's contraction or possessive, an accented letter) or a pair of curly quotes. Texts written for the
tests."""

import pytest

from newslint.rules.encoding import _reread


def _read_as(written: str, read: str, text: str) -> str:
    return text.encode(written).decode(read)


@pytest.mark.parametrize(("written", "read"), [("mac_roman", "cp1252"), ("mac_roman", "latin-1"),
                                               ("cp1252", "mac_roman")])
@pytest.mark.parametrize("word", ["mayor’s", "don’t", "they’re", "we’ll"])
def test_a_word_misread_between_single_byte_code_pages_is_repaired(fixed, written, read, word):
    good = f"Title\n\nThe council said the {word} plan was approved on Tuesday after a long debate.\n"
    bad = good.replace(word, _read_as(written, read, word))
    assert bad != good
    assert fixed(bad, ["NL401"]) == good


@pytest.mark.parametrize(("written", "read"), [("mac_roman", "cp1252"), ("cp1252", "mac_roman")])
def test_an_accented_letter_misread_between_single_byte_code_pages_is_repaired(fixed, written, read):
    good = "Title\n\nThe new café on the corner opened on Tuesday after a long wait for its licence.\n"
    assert fixed(_read_as(written, read, good), ["NL401"]) == good


def test_misread_curly_quotes_are_repaired_as_a_pair(fixed):
    good = "Title\n\nThe minister said: “We will not give up on this.” The talks go on next week.\n"
    bad = _read_as("mac_roman", "cp1252", good.split("\n\n", 1)[1])
    assert fixed("Title\n\n" + bad, ["NL401"]) == good


@pytest.mark.parametrize("text", [
    "The president spoke of the país and its people in Brasília, and Luís and María José listened.",
    "Ms Ní Bhriain met Mícheál Martin; the ÕISMÄE club and Õie Tamm won; «Òmnium» marched in Lleida.",
    "The Italian café in Perù sold più gelato, così the owner said, to the Ìsola crowd.",
    "The word ÒK appears in a code, and ìa is a typo that no closing mark follows in this sentence.",
])
def test_accented_words_and_lone_marks_stay(lint, text):
    assert lint(f"Title\n\n{text}\n", select=["NL401"]) == []


def test_reread_gives_each_reading_once_in_the_order_of_the_code_pages():
    assert _reread("Õ") == ["’", "Í"]  # a Mac page read as cp1252 (and as Latin-1: the same), a Windows page as Mac
    assert _reread("plain") == []
