"""NL103's junction answers (32b): where ``junctions`` answers a junction itself (the place of its missing space, or
``_IF_KNOWN`` at a plain stop between words of a-z), NL103 reports what ``_glued_at`` asked at every junction reports.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files

from newslint.api import make_linter
from newslint.model import Article
from newslint.rules.extraction import _shared, sentences

# made-up junctions of every answer: plain stops (a dictionary word, an abbreviation, a domain's ending, a ticker in
# angle brackets, a name), closing runs of stops and quotes (a straight quote that opens or closes, an ellipsis,
# a run after no token), and what only _glued_at answers (a colon, a bracket, initials, a path)
TEXTS = [
    "The talks ended.Officials said so. He wrote the memo etc.Then left. It went to shop.Com later.",
    "Shares of <IBM.N> fell.Analysts said. The firm said.Smith agreed, and Smith said.Smith again.",
    'Lavrov said."The talks were useful," he added."They went on.” Then she said.”Nobody came.',
    'She said "it was over."He left. It was "fine."The end... "Yes."She nodded. So.”He .”The end',
    "It rained!Nobody came. Was it over?Perhaps. The best...We know. Wait.“The talks went on.",
    "Note:It was late. (CNN)Police said. In stock.M&S said. Go to shop.Co/uk now. The cat.A dog.",
    "in 2019.The deal, the firm’s.Profits, a mid-1990s.Sheerin, the wire.(XYGP 1330) and WW2.The end",
]
PIECES = st.sampled_from(["said.The", 'said."The', "said.”The", ' "', '"', "etc.Then", "shop.Com", "<IBM.N>",
                          "it.”He", " .”The", "…", "?Perhaps", "!No", ".“The", "(CNN)", "Smith", "rain.Smith", " "])
DRAWN = st.lists(PIECES | st.text(alphabet="abcAB .!?\"”“(<>&@/", max_size=12), max_size=10).map("".join)


def asked_everywhere(text: str) -> list[tuple[int, int, int, int, int, int]]:
    """The junctions with every answer ``_ASK``: ``_glued_at`` decides each."""
    return [(*junction[:5], sentences._ASK) for junction in sentences._python_junctions(text)]


def findings(article: Article) -> list[tuple[int, int, str, object]]:
    rule = make_linter(select=["NL103"]).rules[0]
    return [(found.start, found.end, found.message, found.fix) for found in rule.check(article)]


def same_findings(text: str, monkeypatch) -> None:
    answered = findings(Article.parse(text, "<t>", {}, False))
    with monkeypatch.context() as patched:
        patched.setattr(sentences, "_junctions", asked_everywhere)
        assert findings(Article.parse(text, "<t>", {}, False)) == answered, text


@pytest.mark.parametrize("text", TEXTS)
def test_answers_report_what_glued_at_reports(text: str, monkeypatch) -> None:
    same_findings(text, monkeypatch)


def test_answers_cover_each_kind_of_junction() -> None:
    """Each answer stands in the made-up texts: the test above compares something."""
    answers = {answer if answer < 0 else "place" for text in TEXTS for *_, answer in sentences._junctions(text)}
    assert answers == {sentences._ASK, sentences._IF_KNOWN, "place"}


@settings(max_examples=300, deadline=None)
@given(DRAWN)
def test_answers_report_what_glued_at_reports_on_drawn_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        same_findings(text, monkeypatch)


def test_answers_report_what_glued_at_reports_on_the_corpus() -> None:
    files = natural_files(("bbc", "scraped", "reuters"), 150)
    with pytest.MonkeyPatch.context() as monkeypatch:
        for file in files:
            same_findings(file.read_text(encoding="utf-8", errors="replace"), monkeypatch)


def test_a_place_answered_is_the_one_glued_at_gives() -> None:
    text = 'It was "fine."The end. She said.”Nobody came. He said "go."Now, I said."So'
    rule = make_linter(select=["NL103"]).rules[0]
    counts, marks = _shared._Counts(Article.parse(text, "<t>", {}, False)), sentences._Marks(text)
    places = [(answer, rule._glued_at(text, start, opener, word, end, counts, marks, begin))
              for start, opener, word, end, begin, answer in sentences._junctions(text) if answer >= 0]
    assert len(places) == 4 and all(answer == asked for answer, asked in places)
    assert [text[answer - 1:answer + 1] for answer, _ in places] == ['"T', "”N", '"N', '."']  # the last quote opens


@settings(max_examples=300, deadline=None)
@given(DRAWN | st.text(alphabet="x.,'’-%£Y a", max_size=30))
def test_the_twin_finds_each_token_start_as_a_scan_back_from_its_junction(text: str) -> None:
    junctions = sentences._python_junctions(text)
    assert [begin for _, _, _, _, begin, _ in junctions] == \
        [start - len(sentences._python_token_before(text, start)) for start, *_ in junctions]


@pytest.mark.parametrize("junctions", [sentences._junctions, sentences._python_junctions], ids=["in use", "twin"])
def test_a_run_of_junctions_with_no_space_costs_its_length_once(junctions, monkeypatch) -> None:
    """'x.Yx.Y…' is one token: each junction's token starts where the run does (33b: neither the twin's scan back nor
    the rule's slice of the token is repeated at each junction; 50,000 of them took minutes)."""
    text = "The council met on Monday. " + "x.Y" * 50_000
    monkeypatch.setattr(sentences, "_junctions", junctions)
    started = time.process_time()
    assert findings(Article.parse(text, "<t>", {}, False)) == []
    assert {begin for _, _, _, _, begin, _ in junctions(text)} == {text.index("x")}
    assert time.process_time() - started < 20
