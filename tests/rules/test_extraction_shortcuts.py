"""The extraction rules' shortcuts and pre-checks (NL102, NL103, NL104, NL107) answer exactly what the long way
answers: each lets through every case its rule reports.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_texts import default_rules

from newslint import lexicon, ngrams
from newslint.api import make_linter
from newslint.model import Article
from newslint.ocr import gate
from newslint.rules.extraction import (_shared, footnotes, glue, paragraph_starts, possessives, run_in_headings,
                                      run_together, sentences)
from conftest import natural_files



def natural_articles() -> list[Article]:
    files = natural_files(("bbc", "scraped", "reuters", "ocr"), 150)
    return [Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file)) for file in files]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return natural_articles()


def test_body_words_known_means_no_body_word_is_unknown(articles):
    table, known = lexicon.frequencies(), 0
    for article in articles:
        if run_together._body_words_known(article):
            known += 1
            unknown = run_together._python_unknown_words(article._plain_words, 1, 10**6, table, gate.WIRE_ABBREVIATIONS)
            assert unknown == [], article.path
    assert known > len(articles) // 4  # the shortcut is taken


def test_body_words_known_needs_the_gate_to_have_looked():
    prose = "The minister said the talks were serious and that officials would meet again next week. " * 3
    assert run_together._body_words_known(Article.parse(prose))
    assert not run_together._body_words_known(Article.parse(prose, ocr="off"))
    assert not run_together._body_words_known(Article.parse(prose, ocr="on"))
    assert not run_together._body_words_known(Article.parse("The minister said so."))  # too short for the gate
    assert not run_together._body_words_known(Article.parse(prose + "officials met thepresident today."))


def test_nl104_still_finds_a_run_together_word_in_the_title(lint):
    text = "Officials met thepresident\n\n" + "The minister said the talks were serious and would go on. " * 4
    found = [d for d in lint(text, select=["NL104"])]
    assert [(d.line, d.code) for d in found] == [(1, "NL104")]


def per_segment(article: Article, used) -> list[tuple[int, str, int]]:
    return [(offset, text, start) for offset, text in _shared._segments(article)
            for start in possessives._possessive_starts(text, used)]


def test_possessive_candidates_are_each_segments_own(articles):
    glued = Article.parse("date 2021-12-02Russias Lavrov met Blairs aides\n\nTess friends came.", "<t>", {}, False)
    for article in [*articles, glued, Article.parse("Russias Lavrov\nTitle Blairs\n\nBody Tess said", "<t>")]:
        used = frozenset(article.words) | {"Russia", "Blair", "Tes"}
        starts = possessives._possessive_starts(article.text, used)
        candidates = possessives._possessive_candidates(article, used, starts)
        assert [(offset, text, match.start()) for offset, text, match in candidates] == per_segment(article, used), \
            article.path


TEXTS = st.text(alphabet='<>"aA. ', max_size=40)
WORDS = st.text(alphabet="aAbBzZÉé", max_size=12)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_marks_answer_as_the_scans_back_would(text: str) -> None:
    marks = sentences._Marks(text)
    for at in range(len(text) + 1):
        assert marks.inside_angle_brackets(at) == (text.rfind("<", 0, at) > text.rfind(">", 0, at)), (text, at)
        assert marks.quotes_before(at) == text.count('"', 0, at), (text, at)


# one boundary inside a letter run, as NL102 once found them: lower→Upper (spokespersonDmitry) or ACRONYM→Word
CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def part_before(word: str, cut: int) -> str:
    """The part of ``word`` before ``cut``, back to the previous case boundary (as NL102 found it per cut)."""
    starts = [b.start() for b in CASE_BOUNDARY.finditer(word, 0, cut) if b.start() < cut]
    return word[starts[-1] if starts else 0:cut]


def part_after(word: str, cut: int) -> str:
    after = CASE_BOUNDARY.search(word, cut + 1)
    return word[cut:after.start() if after else len(word)]


@settings(max_examples=2000, deadline=None)
@given(WORDS)
def test_word_parts_are_the_parts_beside_each_case_boundary(word: str) -> None:
    expected = [(b.start(), part_before(word, b.start()), part_after(word, b.start()))
                for b in CASE_BOUNDARY.finditer(word)]
    assert glue._word_parts(word) == expected


@pytest.mark.parametrize("word", ["", "a", "A", "aA", "AAa", "AAAa", "aAaA", "USSecretary", "ÉtatsUnis", "iPhoneX",
                                  "McDonaldéA", "aBBc", "AaAaAa", "a1A", "A" * 100_000 + "a", "aA" * 500_000])
def test_case_boundaries_are_the_regexs(word: str) -> None:
    assert glue._case_boundaries(word) == [b.start() for b in CASE_BOUNDARY.finditer(word)]


def test_case_boundaries_are_the_regexs_on_drawn_words() -> None:
    for word in drawn_texts(["a", "b", "A", "B", "é", "É", "1", "'", "-", "ß", "Ω", "ω"], 5000, 3101, 12):
        assert glue._case_boundaries(word) == [b.start() for b in CASE_BOUNDARY.finditer(word)], word


def test_word_parts_of_glued_words() -> None:
    assert glue._word_parts("USSecretary") == [(2, "US", "Secretary")]
    assert glue._word_parts("spokespersonDmitryPeskov") == [(12, "spokesperson", "Dmitry"),
                                                                  (18, "Dmitry", "Peskov")]
    assert glue._word_parts("word") == []


def test_nl103_reads_quotes_and_tickers_of_a_long_page_alike(lint) -> None:
    page = 'He said."The talks went on. Shares of <IBM.N>.The firm rose. ' * 400 + 'It was "great"of him.'
    found = lint(page, select=["NL103"])
    assert len(found) == 401 and found[-1].message == "missing space in 'great\"of'"


GLUED_SENTENCES = {
    "2019.The": "The deal closed in 2019.The talks resumed later.",  # a digit before the stop
    '."The': 'Lavrov said."The talks were useful," he added.',  # a run of two marks
    "é.The": "They met at the café.The talks resumed later.",  # a letter beyond ASCII before the stop
    "(CNN)Police": "Downtown (CNN)Police said on Monday that nobody was hurt.",
    "Corp .In": "Shares of Chevron Corp .In a blog post the company said it would grow.",  # spaced glue only
    "–The": "LONDON (Reuters) –The talks resumed on Monday.",  # an en dash: a character beyond ASCII
    "’of": "He spoke of the ‘high number’of fighters in the town.",  # a closing quote glued to a small word
    ".©": "Microsoft said on Monday it would grow.© Reuters",  # the copyright sign alone
}


@pytest.mark.parametrize("glued", list(GLUED_SENTENCES))
def test_glued_sentence_cues_keep_every_kind_of_junction(lint, glued):
    text = GLUED_SENTENCES[glued]
    found = lint(text, select=["NL103"])
    assert [d.code for d in found] == ["NL103"], found
    assert glued.strip("(") in text[found[0].start:found[0].end] or glued in found[0].message
    rule = make_linter(select=["NL103"]).rules[0]
    assert rule.trigger.fires(text)
    assert len(list(rule.check(Article.parse(text, "<t>", {}, False)))) == 1


def test_glued_sentence_cues_skip_clean_text(lint):
    text = 'He said: "The talks were useful." Officials agreed (as expected). Then it rained.'
    assert not sentences._GLUED_SENTENCE_CUES.search(text)
    assert lint(text, select=["NL103"]) == []


def test_run_together_length_filter_keeps_its_bounds(lint):
    """NL104 drops words by length before its letter and case tests: a short run (eight letters) and a long one
    are still weighed, a capitalised one still is not."""
    found = lint("Officials met thepresident on Monday. They said ofasylum cases rose.", select=["NL104"])
    assert sorted(d.message.split("'")[1] for d in found) == ["ofasylum", "thepresident"]
    assert lint("Officials met Thepresident on Monday.", select=["NL104"]) == []


# NL102: GlueSuspects asks an RE2 set for the shapes it once looked for with ``in`` in the text's shape --------

@pytest.mark.parametrize("text", [
    "Kremlin spokespersonDmitry Peskov", "the USSecretary of State", "rose $25The", "up 12%Analysts", "15mThomas",
    "at 10amThe", "season29 April", "TOURTHURSDAY", "Jane Doe @JaneDoeCongratulations", "no glue at all here",
    "MÜNCHEN Ünd ñA éB", "a1", "Z9", "ABCDEFG", "ABCDEF", "3kmAway", "“Quote", "\udcff lone surrogate aB", "",
])
def test_glue_shapes_match_the_shape_tests(text):
    assert glue._glue_shapes(text) == glue._glue_shapes_of(glue._shape(text))


def test_glue_shapes_match_the_shape_tests_on_drawn_text():
    import random
    draw = random.Random(17)
    alphabet = "aZ9%@\"“ Ü\n.,mbnkAa0"
    for _ in range(3000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randrange(0, 12)))
        assert glue._glue_shapes(text) == glue._glue_shapes_of(glue._shape(text)), text


@pytest.mark.parametrize("sentence, shown", [
    ("The fee rose to $25The club said it was fine.", "$25The"),  # an amount: no case change in a letter run
    ("He played all season29 April - the final.", "season29 April"),
])
def test_glued_amounts_and_days_without_a_case_change_are_found(lint, sentence, shown):
    text = f"Title\n\n{sentence}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL102"])] == [shown]


def test_a_split_still_vouches_for_the_parts_of_another_glue(lint):
    """NL102 stops after one round only when nothing was split: here 'spokespersonDmitry' split in the first round
    makes 'Dmitry' a word of the article, which the second round needs for 'KremlinDmitry'."""
    text = ("Title\n\nThe Kremlin said on Monday that its spokespersonDmitry Peskov would speak later. "
            "Officials at the KremlinDmitry said nothing more.\n")
    shown = [text[d.start:d.end] for d in lint(text, select=["NL102"])]
    assert shown == ["spokespersonDmitry", "KremlinDmitry"]


_TEXT = ("Title\n\nThe Council met on Monday. the council said the plan was thebest it had seen.\n\n"
         "Officials called it thebest plan; a resident said the rollout was slow, the Rollout late.\n")


def test_counts_among_are_the_vocabularys_counts_of_those_words():
    article = Article.parse(_TEXT)
    vocabulary = Counter(article.lower_words)
    many = list(dict.fromkeys(article.lower_words)) + [f"absent{n}" for n in range(run_together._COUNTED_ONE_BY_ONE)]
    for words in (["thebest"], ["rollout", "absentword"], ["the", "council", "rollout", "thebest", "absentword"], many):
        counts = run_together._counts_among(words, article.lower_words)  # one by one, then (many) in one pass
        assert {word: counts[word] for word in words} == {word: vocabulary[word] for word in words}
    assert run_together._counts_among(["thebest", "rollout", "absentword"], article.lower_words)["absentword"] == 0


def test_run_together_words_still_spare_a_coinage_used_twice_and_flag_one_used_once():
    rule = next(r for r in default_rules() if r.code == "NL104")
    twice = "Title\n\nThe firm said thebest way was slow.\n\nIt called thebest way the only one.\n"
    once = "Title\n\nOfficials met thepresident on Monday and spoke for an hour about the plan.\n"
    assert list(rule.check(Article.parse(twice))) == []
    assert [f.message for f in rule.check(Article.parse(once))] == \
        ["words run together 'thepresident': 'the president'?"]


def _splits(rule, word: str) -> bool:
    """NL104 splits ``word`` where it is a run-together suspect: a cut it may take that the web's counts confirm."""
    cuts = rule._cuts(word)
    return cuts is not None and rule._may_split(*cuts) \
        and rule._split(word, *cuts, ngrams.counts(rule._count_keys(word, *cuts))) is not None


def test_the_gates_unknown_words_are_nl104s_unknown_body_words():
    # what lets NL104 take the gate's look-ups: the same word list, its commonest words all in it with a frequency,
    # and wire abbreviations (which the gate does not count as unknown), none of which NL104 splits
    table, rule = lexicon.frequencies(), run_together.RunTogetherWords
    assert all(table.get(word) for word in lexicon.common_words())
    assert not any(_splits(rule, word) for word in gate.WIRE_ABBREVIATIONS if len(word) >= run_together._SHORTEST_RUN)
    article = Article.parse("Title\n\nThe councilors metwith residents of the mountainside; a naïvemente plan, the "
                            "Governmentplan and thegovernment's rollout were read. Reuter dlrs abcdefghqx rollouts "
                            "abcdefghqx thepresident said the plan was fine, the officials said, and so on.\n")
    accepted = frozenset({"thepresident"})
    expected = run_together._unknown_words(article.distinct_words, run_together._SHORTEST_RUN,
                                           run_together._MAX_RUN_TOGETHER, table, accepted | gate.WIRE_ABBREVIATIONS)
    found = run_together._unknown_body_words(article, accepted)
    assert sorted(found) == sorted(expected) and len(found) == len(set(found))
    assert {"abcdefghqx", "naïvemente"} <= set(found) and "thepresident" not in found


def test_counts_questions_are_the_counts_on_natural_text(articles):
    """``_Counts.has`` and ``more_than`` give what the counts give on natural pages (their words, their words' parts
    and forms the pages may not hold)."""
    for article in articles[::3]:
        counts, words = _shared._Counts(article), article.distinct_words
        for word in [*list(words)[:80], *(w[:3] for w in list(words)[:40]), *(w.upper() for w in list(words)[:20])]:
            assert counts.has(word) == (counts[word] > 0), (article.path, word)
            assert [counts.more_than(word, n) for n in (1, 2)] == [counts[word] > 1, counts[word] > 2], (article.path, word)


# literal-led forms of whole-text searches, and searches near cues: the same answers as the patterns they stand for

def drawn_texts(alphabet: list[str], count: int, seed: int, longest: int = 40) -> list[str]:
    """Texts of ``alphabet``'s pieces drawn at random (the same texts every run)."""
    import random
    draw = random.Random(seed)
    return ["".join(draw.choice(alphabet) for _ in range(draw.randrange(0, longest))) for _ in range(count)]


def spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in matches]


DETERMINER_PIECES = ["the", "an", "their", "our", "your", "then", "x", "2", "_", "é", ".", ". ", ".\t", " ", "U", "K"]


@pytest.mark.parametrize("text", ["in the. UK", "by their. Chief", "Japan. The", "2an. X", "_the. X", "éthe. X",
                                  "the.  \tX", "the. x", "bathe. X", "the.X", ""])
def test_determiner_stop_is_a_stop_after_a_determiner(text):
    assert (sentences._DETERMINER_STOP.search(text) is None) == (sentences._STOP_AFTER_DETERMINER.search(text) is None)


def test_determiner_stop_on_drawn_text():
    for text in drawn_texts(DETERMINER_PIECES, 4000, 105):
        assert (sentences._DETERMINER_STOP.search(text) is None) \
            == (sentences._STOP_AFTER_DETERMINER.search(text) is None), text


def test_nl105_still_reports_a_stop_after_a_determiner(lint):
    found = lint("Officials met in the. UK capital on Monday to talk.", select=["NL105"])
    assert [d.code for d in found] == ["NL105"]


GLUED_DIGIT_PIECES = ["a", "Z", ")", ".", "1", "2", "3", ":", "30", " ", "\xa0", "N", "٣"]


@pytest.mark.parametrize("text", ["BBC iPlayer17:30-19:30", "(BST)17:30", "59secs2.  Name", "the finish.1.  Name",
                                  "at 17:30", "a17:301", "a123:45", "a12:3", "a1. x", "", "season29 April",
                                  "the 29 April match", "on 3 May17:30", "'" * 100_000, "a1" * 50_000])
def test_the_day_and_glued_digits_hints_are_searches_of_a_glued_day_and_glued_digits(text):
    assert glue._day_and_digit_hints(text) == (glue._DAY_HINT.search(text) is not None,
                                               glue._GLUED_DIGITS.search(text) is not None)


def test_the_day_and_glued_digits_hints_on_drawn_text():
    for text in drawn_texts(GLUED_DIGIT_PIECES + [" May", " June", "season", "29", "Ma"], 4000, 102):
        assert glue._day_and_digit_hints(text) == (glue._DAY_HINT.search(text) is not None,
                                                   glue._GLUED_DIGITS.search(text) is not None), text


def test_digit_or_more_holds_every_character_python_calls_a_digit():
    import re
    import sys

    wider = re.compile(re.sub(r"\\x\{([0-9a-f]+)\}", lambda code: f"\\U{int(code.group(1), 16):08x}", glue.DIGIT_OR_MORE))
    for code in range(sys.maxunicode + 1):
        if re.match(r"\d", chr(code)):
            assert wider.match(chr(code)), hex(code)
    assert not wider.match("“") and not wider.match("é")  # (no typographic quote, no accented letter: the cue stays rare)


HINT_PIECES = ["1", "٣", "𝟙", " ", "January", "May", "Mayé", "é", "_", "%", "m", "bn", "k", "pm", "The", "Th", "T", "a",
               "\xa0", "\ud800", "\n", "4 May", "٣ June", "2 Julyx"]


@pytest.mark.parametrize("hint", [glue._AMOUNT_HINT, glue._DAY_HINT])
def test_glue_hints_asked_of_re2_first_are_the_search_on_drawn_text(hint):
    texts = drawn_texts(HINT_PIECES, 4000, 67)
    assert sum(hint.search(text) is not None for text in texts) > 100  # both answers are drawn
    for text in texts:
        assert glue._holds(hint, text) == (hint.search(text) is not None), text


# pieces of NL103's comma seams and stops glued to a lower-case word ('newspaper,Der Spiegel', 'years.perhaps the')
SEAM_PIECES = ["newspaper", "years", "years.", "perhaps", "Der", "which", "ab", "12", "40,679", ")", ",", ".", " ", ";", "?", "é", "É", "_",
               "\n", "\ud800"]


@pytest.mark.parametrize("cue, search", [(sentences._COMMA_SEAM_CUES, sentences._COMMA_SEAM),
                                         (sentences._STOP_BEFORE_LOWER_CUES, sentences._STOP_BEFORE_LOWER)])
def test_nl103s_whole_text_searches_hold_only_where_their_re2_cue_does(cue, search):
    texts = drawn_texts(SEAM_PIECES, 4000, 71)
    assert sum(search.search(text) is not None for text in texts) > 100  # both answers are drawn
    for text in texts:
        assert cue.found(text) or search.search(text) is None, text


# pieces of glued numbers, with runs of letters and digits longer than the reach searched around a cue
GLUED_NUMBER_PIECES = ["peak", "builders", "3,000", ",000", "4,200", "2.4m", "km", " ", ".", ",", "_", "$25", "The",
                       "12", "a" * 120, "9" * 150, "x" * 230, "\n", "-", "@"]


def test_glued_numbers_around_cues_are_the_whole_search_on_drawn_text():
    for text in drawn_texts(GLUED_NUMBER_PIECES, 3000, 106, 60):
        assert spans(glue._glued_numbers(text)) == spans(glue._GLUED_NUMBER.finditer(text)), text


# pieces of glued amounts, with runs of digits and marks longer than the reach searched around a cue
GLUED_AMOUNT_PIECES = ["Tonnes", "Fans", "The", "at", "$", "£", "€", "%", "m", "bn", "k", "pm", "2", "12", ",000", ".5",
                       "9" * 700, "4," * 300, "a" * 120, " ", ".", ",", "_", "\n", "-"]


def test_glued_amounts_around_cues_are_the_whole_search_on_drawn_text():
    for text in drawn_texts(GLUED_AMOUNT_PIECES, 3000, 563, 60):
        assert spans(glue._glued_amounts(text)) == spans(glue._GLUED_AMOUNT.finditer(text)), text


@pytest.mark.parametrize("amount", ["1" * 2500, "$" + "9" * 2500 + "bn", "12," + "345," * 700 + "678", "7" * 2500 + "%"])
def test_an_amount_longer_than_the_reach_is_found(amount):
    """A cue's window once started inside a long amount, where the look-behind failed at every position: lost."""
    text = f"Figures in all: {amount}Tonnes of it were moved."
    assert spans(glue._glued_amounts(text)) == spans(glue._GLUED_AMOUNT.finditer(text)) != []


def test_whole_run_cues_cover_the_run_around_each_cue():
    text = "x " + "a" * 250 + "9" * 10 + "b" * 240 + " y"
    cues = _shared.whole_run_cues(text, [252], 100)
    assert cues == [2, 102, 202, 252, 302, 402, 502]  # the run is text[2:502]: every 100 from its start, the cue, its end
    assert _shared.whole_run_cues("word .2 Next", [5], 100) == [0, 5, 7]  # a space before the cue passed over


def _windows(text: str, cues: list[int], reach: int) -> list[tuple[int, int]]:
    """The merged windows ``cuewindows.finditer_near`` searches around ``cues`` (what the cues mean to it)."""
    windows: list[list[int]] = []
    for at in sorted(cues):
        start, end = max(0, at - reach), min(len(text), at + reach)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [tuple(window) for window in windows]


def _each_run_walked(text: str, cues: list[int], reach: int) -> list[int]:
    """whole_run_cues as first written: every cue's run walked in full (quadratic in a run of many cues)."""
    stretched = []
    for at in cues:
        start, end = _shared.run_around(text, at)
        stretched += [*range(start, end, reach), at, end]
    return sorted(stretched)


def test_many_cues_in_one_long_run_cost_one_walk_of_it():
    text = "The figures show " + "abcd1" * 1000 + " in all."  # a cue at every digit of one 5,000-character run
    cues = [m.start() for m in glue._NUMBER_CUE.finditer(text)]
    stretched = _shared.whole_run_cues(text, cues, 100)
    assert len(stretched) <= 2 * len(cues) + len(text) // 100 + 2  # each cue and its run's end, the run's grid once
    assert _windows(text, stretched, 100) == _windows(text, _each_run_walked(text, cues, 100), 100)


def test_whole_run_cues_mean_what_every_run_walked_means_on_drawn_text():
    for text in drawn_texts(GLUED_NUMBER_PIECES, 3000, 551, 60):
        cues = [m.start() for m in glue._NUMBER_CUE.finditer(text)]
        assert _windows(text, _shared.whole_run_cues(text, cues, 100), 100) \
            == _windows(text, _each_run_walked(text, cues, 100), 100), text


FOOTNOTE_PIECES = ["points", "than", "Line", "And", " ", ".", '"', "”", ")", "1", "2", "12", "\n", "Mr", "a" * 80,
                   "b" * 130, "x", "@", "and"]


def test_footnote_matches_near_cues_are_the_whole_search_on_drawn_text():
    for pattern in (footnotes._GLUED_TO_WORD, footnotes._AFTER_STOP, footnotes._SPACED):
        for text in drawn_texts(FOOTNOTE_PIECES, 3000, 109, 60):
            assert spans(footnotes._matches(pattern, text)) == spans(pattern.finditer(text)), (pattern.pattern, text)


def test_glued_heading_cues_hold_every_paragraphs_heading(articles):
    made_up = Article.parse("Title\n\nHe said. 'Nightmare scenario' The talks went on.\n\n“No way out” Then rain.", "<t>")
    held = 0
    for article in [*articles, made_up]:
        if any(glue._GLUED_HEADING.search(paragraph.text) for paragraph in article.paragraphs):
            held += 1
            assert glue._GLUED_HEADING_CUES.found(article.text), article.path
    assert held > 1


def test_loose_heading_cues_hold_every_exact_cue():
    """NL106 asks the cues with the heading's length unbounded: a superset, so no heading is lost (a longer one passes
    the gate and the exact search of each paragraph drops it)."""
    texts = ["He said. 'Nightmare scenario' The talks", "“No way out” Then", "'" + "Ab" * 40 + "' Then", "'Ab' Then",
             *drawn_texts(["'", "“", "”", " ", "A", "T", "word", ".", "\n", "é"], 3000, 196, 30)]
    for text in texts:
        if glue._GLUED_HEADING_CUES.found(text):
            assert glue._LOOSE_HEADING_CUES.found(text), text
    assert glue._LOOSE_HEADING_CUES.found("'" + "Ab" * 40 + "' Then") and not glue._GLUED_HEADING_CUES.found(
        "'" + "Ab" * 40 + "' Then")


@pytest.mark.parametrize("text", ["", " v", " v ", " vs", "a v", "Town v City", "Rovers vs United", "a very v", " v.",
                                  " v\n", "x" * 100_000 + " v", " v" * 50_000, " v" * 50_000 + "s", " vx" * 40,
                                  " vx" * 40 + " v ", " vx" * 40 + " vs", " vx" * 300_000])
def test_may_hold_fixture_is_either_search(text):
    assert run_in_headings.may_hold_fixture(text) == (" v " in text or " vs" in text)


def test_may_hold_fixture_is_either_search_on_drawn_text():
    for text in drawn_texts([" ", "v", "s", "V", "a", ".", "\n", "é"], 3000, 234, 20):
        assert run_in_headings.may_hold_fixture(text) == (" v " in text or " vs" in text), text


def test_glue_suspects_scan_each_paragraph_once_for_nl102_and_nl106(lint):
    body = ("The plant will be the largest in the region.4,200builders on site at peak3,000km of pipes120,000 tonnes of "
            "concrete2.4m cubic metres of soil.1.  Ann Lee (Fra) 4hrs 24mins2.  Jo Marsh (Ita) +5secs3.  Kim Hart +10secs")
    article = Article.parse(f"Title\n\n{body}\n", "<t>")
    suspects = article.shared("extraction.glue-suspects", glue.GlueSuspects)
    paragraph = article.paragraphs[0]
    for scanned, scan in ((suspects.numbers_in, glue._glued_numbers), (suspects.digits_in, glue.GluedWords._glued_digits)):
        found = scanned(paragraph.start, paragraph.text)
        assert spans(found) == spans(scan(paragraph.text)) if scan is glue._glued_numbers \
            else found == list(scan(paragraph.text))
        assert scanned(paragraph.start, paragraph.text) is found  # kept, not scanned again
    alone = [(d.code, d.start, d.end, d.message) for d in lint(f"Title\n\n{body}\n", select=["NL106"])]
    together = [(d.code, d.start, d.end, d.message) for d in lint(f"Title\n\n{body}\n", select=["NL102", "NL106"])
                if d.code == "NL106"]
    assert alone == together != []  # one box of seven lines: the figures and the numbered items


def test_web_counts_are_asked_of_the_index_once_per_key(monkeypatch):
    asked = []
    monkeypatch.setattr(ngrams, "count", lambda key: asked.append(key) or len(key))
    _shared._web_count.cache_clear()
    try:
        assert [_shared._unigram("Russias"), _shared._unigram("russias"), _shared._bigram("They", "Said"),
                _shared._bigram("they", "said")] == [7, 7, 9, 9]
        assert asked == ["russias", "they said"]
    finally:
        _shared._web_count.cache_clear()  # the made-up counts are not kept for other tests


# the pieces of NL103's name glued to a function word, and near misses (a '-land' name, a capital inside a word,
# marks and boundaries before the name, a capital or a stop after the word)
_NAME_GLUE_PIECES = ("Reuters", "Valecorp", "Scotl", "Mc", "Donald", "Hill", "and", "the", "that", "which", "said",
                     "with", "after", "into", "l", "s", " ", " ", "  x", " a", " A", ".", "@", "-", "’", "é", "É",
                     "\n", "told ", "Ab", "ab")


def test_names_glued_to_function_words_tried_at_their_cues_find_what_the_whole_search_finds():
    texts = drawn_texts(list(_NAME_GLUE_PIECES), 40000, 5, 24)
    found = 0
    for text in texts:
        whole = [(m.span(), m.groups()) for m in sentences._NAME_THEN_FUNCTION_WORD.finditer(text)]
        assert [(m.span(), m.groups()) for m in sentences._names_then_function_words(text)] == whole, text
        found += len(whole)
    assert found > 500


# NL102's segment scans read the places their cues start from one search of the whole text ---------------------------
SEGMENT_PIECES = ["peak", "builders", "4,200", "2.4m", "$25", "The", "12", "3", ":45", "pm", ".", ".  ", "\xa0", " ",
                  "\n", "\n\n", "April", "May", " 29 April", "Mayday", "a", "km", "ab", "(", ")", "%", ",", "_", "A", "é"]


def segment_articles() -> list[Article]:
    return [Article.parse(text, "<drawn>") for text in drawn_texts(SEGMENT_PIECES, 1500, 2207, 90)]


def test_segment_cues_from_the_whole_text_are_each_segments_own_on_drawn_text():
    for article in segment_articles():
        suspects = glue.GlueSuspects(article)
        for offset, text in _shared._segments(article):
            for cue in glue._SEGMENT_CUES:
                assert suspects.cues_in(cue, offset, text) == [match.start() for match in cue.finditer(text)], text


def test_segment_scans_from_the_whole_texts_cues_are_the_segments_own_on_drawn_text():
    for article in segment_articles():
        suspects = glue.GlueSuspects(article)
        for offset, text in _shared._segments(article):
            assert spans(suspects.numbers_in(offset, text)) == spans(glue._glued_numbers(text)), text
            assert suspects.digits_in(offset, text) == list(glue.GluedWords._glued_digits(text)), text
            assert spans(suspects.days_in(offset, text)) == spans(glue._DAY_HINT.finditer(text)), text
            assert spans(suspects.amounts_in(offset, text)) == spans(glue._glued_amounts(text)), text


def test_a_long_article_is_scanned_only_in_the_paragraphs_holding_a_shape(lint, monkeypatch):
    """One paragraph of many holds a glued amount, a day, a number and a list's items: only it is scanned for them."""
    scanned = Counter()
    for name in ("_glued_amounts", "_glued_numbers"):
        monkeypatch.setattr(glue, name, counted(getattr(glue, name), name, scanned))
    monkeypatch.setattr(glue.GluedWords, "_glued_digits", staticmethod(
        counted(glue.GluedWords._glued_digits, "_glued_digits", scanned)))
    plain = "\n\n".join(f"Paragraph {n} of the story says what happened on the day." for n in range(40))
    glued = ("Sales rose 12%Analysts said, and the season29 April opened.4,200builders on site at peak3,000km of "
             "pipes120,000 tonnes of concrete2.4m cubic metres of soil.1.  Ann Lee (Fra) 4hrs 24mins2.  Jo Marsh (Ita) "
             "+5secs3.  Kim Hart +10secs")
    found = lint(f"Title\n\n{plain}\n\n{glued}\n", select=["NL102", "NL106"])
    assert {d.code for d in found} == {"NL102", "NL106"}
    assert scanned == {"_glued_amounts": 1, "_glued_numbers": 2, "_glued_digits": 1}  # numbers: the whole text too


def counted(scan, name: str, scanned: Counter):
    def counting(text, *args):
        scanned[name] += 1
        return scan(text, *args)
    return counting


# NL101/NL108: a paragraph's first two characters tell whether its start may be lower case ----------------------------
@pytest.mark.parametrize("text", ["a", "A", "I", "T", "T urkey", "T\nurkey", "T  urkey", "I t", "\"a", "“T urkey", "‘a",
                                  "'", "1a", " a", "é", "Tu", "T ", "A b", "x" * 100_000])
def test_may_start_lower_wherever_the_lower_start_matches(text):
    assert paragraph_starts._may_start_lower(text) or paragraph_starts._LOWER_START.match(text) is None


def test_may_start_lower_wherever_the_lower_start_matches_on_drawn_text():
    for text in filter(None, drawn_texts(["a", "z", "A", "B", "I", "J", "Z", " ", "\n", '"', "“", "‘", "'", "1", "é", "É"],
                                         20_000, 1011, 5)):  # a paragraph is never empty
        assert paragraph_starts._may_start_lower(text) or paragraph_starts._LOWER_START.match(text) is None, text


def _key_or_handle_the_long_way(text: str, start: int, end: int) -> bool:
    before = text[text.rfind("\n", 0, start) + 1:start]
    if before.rstrip()[-1:] == "@":
        return True
    return text[start].islower() and before.strip(" \t\"'") == "" and text[end:end + 2].lstrip("\"'")[:1] == ":"


def _opens_quote_the_long_way(text: str, at: int) -> bool:
    if "„" in text:
        return False
    if text[at] == "“":
        return True
    before = text.rfind('"', 0, at)
    return text.count('"', 0, at) % 2 == 0 and (before < 0 or before > 0 and text[before - 1] not in glue._BEFORE_QUOTE)


def test_key_or_handle_answers_as_its_line_would_on_drawn_text():
    pieces = ["aB", "slidesToShow", ":", " ", "\t", "\n", '"', "'", "@", "x", ".", "\xa0", "\u2028"]
    for text in drawn_texts(pieces, 3000, 23):
        for run in glue._LETTER_RUN.finditer(text):
            assert glue._key_or_handle(text, *run.span()) == _key_or_handle_the_long_way(text, *run.span()), text


def test_quote_openings_answer_as_the_count_before_each_mark_would_on_drawn_text():
    pieces = ['"', "“", "„", " ", "(", "—", "a", "word", "\n"]
    for text in drawn_texts(pieces, 3000, 29):
        openings = glue._QuoteOpenings(text)
        for at in (at for at, mark in enumerate(text) if mark in '"“'):
            assert openings.opens(at) == _opens_quote_the_long_way(text, at), text


class _ReadText(str):
    """A text that adds up the characters its slices and searches span."""

    read = 0

    def __getitem__(self, index):
        self.read += len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1
        return super().__getitem__(index)

    def _spanned(self, name, sub, start=0, end=None):
        self.read += (len(self) if end is None else end) - start
        return getattr(super(), name)(sub, start, end if end is not None else len(self))

    def rfind(self, *args):
        return self._spanned("rfind", *args)

    def count(self, *args):
        return self._spanned("count", *args)


def test_a_glued_word_and_a_glued_quote_read_only_what_stands_just_before_them():
    """On a line of 100,000 characters, telling a key or handle and an opening quote reads a few characters, not the
    line up to the word (a page of such glue was quadratic)."""
    text = _ReadText("x " * 50_000 + 'the megaproject"I said')
    run = text.index("megaproject")
    assert not glue._key_or_handle(text, run, run + len("megaproject"))
    quote = text.index('"')
    assert glue._QuoteOpenings(text).opens(quote)
    text.read = 0
    glue._key_or_handle(text, run, run + len("megaproject"))
    openings = glue._QuoteOpenings(text)
    for _ in range(10):  # every quote of a paragraph asks one _QuoteOpenings
        openings.opens(quote)
    assert text.read < 200


def _cuts_judging_every_run(rule, article: Article, runs) -> dict[int, list[int]]:
    """NL102's rounds of cuts the long way: every letter run judged again in each round."""
    counts, cuts = _shared._Counts(article), {}
    for _ in range(3):
        found = {at: rule._cuts(word, parts, counts, context) for at, word, context, parts in runs}
        if found == cuts or not any(found.values()):
            return found
        cuts = found
        counts = _shared._Counts(article, Counter(part for at, word, _, _ in runs for part in glue._pieces(word, found[at])))
    return cuts


def _glue_runs(article: Article) -> list:
    suspects = glue.GlueSuspects(article)
    return [(offset + start, word, glue._Context(text, start, end), glue._word_parts(word))
            for offset, text, spans in suspects.runs() for start, end in spans
            if not glue._never_glued(word := text[start:end])]


_ROUNDS_TEXT = ("Title\n\nThe Kremlin said on Monday that its spokespersonDmitry Peskov would speak later. "
                "Officials at the KremlinDmitry said nothing more, and McDonald of YouTube was in NewYork with "
                "EmailFacebook.\n\nThe NewYork office and the Facebook page said theCouncil and CouncilMeeting "
                "would go on as theMeeting did.\n")


def test_nl102_judges_again_only_the_runs_whose_counts_changed_and_cuts_as_the_long_way(articles):
    rule = next(rule for rule in make_linter(select=["NL102"]).rules if rule.code == "NL102")
    several_rounds = 0
    for article in [*articles, Article.parse(_ROUNDS_TEXT)]:
        runs = _glue_runs(article)
        expected = _cuts_judging_every_run(rule, article, runs)
        assert rule._cuts_of_runs(article, _glue_runs(article))[0] == expected, article.path
        several_rounds += any(expected.values())
    assert several_rounds >= 3  # articles where a split made a second round


def test_round_counts_note_every_word_asked_of_them():
    counts = glue._RoundCounts(Article.parse(_ROUNDS_TEXT), Counter({"Dmitry": 1}))
    assert counts.has("Dmitry") and not counts.has("Kremlins") and counts.more_than("Kremlin", 0)
    assert counts["Peskov"] == 1 and counts.asked == {"Dmitry", "Kremlins", "Kremlin", "Peskov"}


def test_kept_run_parts_are_the_word_parts_and_stay_bounded(monkeypatch):
    monkeypatch.setattr(glue, "_kept_runs", {})
    monkeypatch.setattr(glue, "_KEPT_RUNS", 3)
    words = ["spokespersonDmitry", "MPs", "iPhone", "USSecretary", "aA" * 50, "spokespersonDmitry"]
    for word in words + words:
        expected = None if glue._never_glued(word) else glue._word_parts(word)
        assert glue._run_parts(word) == expected
        assert len(glue._kept_runs) <= 3 and all(len(kept) <= glue._KEPT_RUN_LENGTH for kept in glue._kept_runs)
    assert glue._run_parts("MPs") is None and glue._run_parts("USSecretary") == [(2, "US", "Secretary")]


def test_a_word_ending_a_line_is_found_as_the_whole_texts_search_finds_it_on_drawn_text():
    pieces = ["Air", "Airs", "air", "A", " ", "\t", "\n", "x", "1", "_", "é", "²", "\x0b", "\r"]
    for text in drawn_texts(pieces, 3000, 44):
        for word in ("Air", "A"):
            search = re.search(rf"(?<![^\W\d_]){re.escape(word)}[ \t]*$", text, re.MULTILINE) is not None
            assert glue._ends_a_line(text, word) == search, (text, word)
