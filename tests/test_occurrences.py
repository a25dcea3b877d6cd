"""newslint.occurrences answers exactly what str.count and `in` answer, from an index on long texts."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newslint import occurrences
from newslint.occurrences import Occurrences


@pytest.fixture
def indexed(monkeypatch):
    """Index every text, however short, so that small examples exercise the index (the same for every example)."""
    monkeypatch.setattr(occurrences, "LONG_TEXT", 0)
    monkeypatch.setattr(occurrences, "KEY_LENGTH", 4)  # needles longer than the key are checked in full
    monkeypatch.setattr(occurrences, "FEW_PLACES", 1)  # a word after one space is checked there, others sorted


def test_a_long_text_is_indexed_and_a_short_one_is_not():
    assert Occurrences("a Word " * 5000).indexed
    assert not Occurrences("a Word").indexed


@pytest.mark.parametrize("text, needle, twice", [
    (" aa aa", " aa", True),
    ("Aaa", "A", False),
    (" a a a", " a a", False),    # overlapping occurrences: str.count counts one
    (" a a a a", " a a", True),
    (" x Foo y Foo", "Foo", True),
    (" xFoo", "Foo", False),       # only one occurrence, inside a word
    (" the long needle here and the long needle here", " the long needle here", True),
    (" the long needle here and the long needle hers", " the long needle here", False),
    ("  a  a", "  a", True),        # an empty word between two spaces
    (" ab c ab cd", " ab c", True),   # the needle's last word may be the start of a longer one
    (" abc d ab cd", " ab cd", False),  # its first word may not
    (" ab cd x ab cd", " ab cd", True),
    ("ab c ab c", " ab c", False),    # the text's first word has no space before it
])
def test_twice_counts_as_str_count(indexed, text, needle, twice):
    assert Occurrences(text).twice(needle) is twice is (text.count(needle) > 1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=" AaBb", max_size=60), needle=st.text(alphabet=" AaBb", max_size=9))
def test_the_index_answers_as_str_count_and_in(indexed, text, needle):
    found = Occurrences(text)
    assert found.twice(needle) == (text.count(needle) > 1)
    assert found.contains(needle) == (needle in text)


def test_of_keeps_the_index_of_the_last_text():
    text = "Some Words here " * 2000
    assert occurrences.of(text) is occurrences.of(text)
    assert occurrences.of(text).twice("Words here") and not occurrences.of(text).contains(" Nowhere")


class _ScanCounting(str):
    """A text that counts the whole-text scans asked of it (``find``, ``count``, ``in``)."""

    scans = 0

    def find(self, *args):
        _ScanCounting.scans += 1
        return super().find(*args)

    def count(self, *args):
        _ScanCounting.scans += 1
        return super().count(*args)

    def __contains__(self, needle):
        _ScanCounting.scans += 1
        return super().__contains__(needle)


@pytest.mark.parametrize("needle", [". Name{} ", "name{}", "(Name{}", "\u2018Name{}", "4{} names"])
def test_no_question_scans_a_long_text(monkeypatch, needle):
    """A needle of any first character is answered from an index, not by a scan of the text per question: a rule that
    asks one per candidate stays linear in the length of one long line (NL317's ``. Name `` on a page of one line)."""
    text = _ScanCounting("Jane celebrates. name0 (Name0 \u2018Name0 40 names " + "Jane celebrates " * 2_000)
    found = Occurrences(text)
    monkeypatch.setattr(_ScanCounting, "scans", 0)
    answers = [(found.contains(needle.format(i)), found.twice(needle.format(i))) for i in range(300)]
    assert _ScanCounting.scans == 0
    assert answers == [(needle.format(i) in str(text), str(text).count(needle.format(i)) > 1) for i in range(300)]
