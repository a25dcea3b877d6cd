"""Issue 13, round four: the OCR analysis's shortcuts give the answers of the plain computations they replace."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newslint import lexicon
from newslint.ocr import analysis, symspell
from newslint.ocr.analysis import Analysis

_LETTERS = "aceilmnorsthu15"


@settings(max_examples=800, deadline=None)
@given(a=st.text(alphabet=_LETTERS, min_size=3, max_size=9), data=st.data())
def test_the_diagonal_shortcut_gives_the_programmes_exact_figure(a, data):
    """Words of one length that differ in three letters or more went to the programme; they get its figure."""
    b = "".join(data.draw(st.sampled_from(_LETTERS)) if data.draw(st.booleans()) else x for x in a)
    if sum(x != y for x, y in zip(a, b)) >= 3:
        full = symspell._full_edit_cost(a, b)
        assert symspell.edit_cost(a, b) == full
        aligned = symspell._aligned_cost(a, b)
        assert aligned == full if full < 2 else aligned >= 2


def _plain_candidates(word: str) -> tuple[tuple[float, str], ...]:
    """SymSpell candidates with every near word costed by edit_cost."""
    table, variants = symspell.index(), {word: 0.0}
    for bad, good in symspell.MULTI:
        at = word.find(bad)
        while at != -1:
            variants.setdefault(word[:at] + good + word[at + len(bad):], 0.5)
            at = word.find(bad, at + 1)
    best: dict[str, float] = {}
    for variant, base in variants.items():
        for near in symspell._near(variant, table):
            if abs(len(near) - len(variant)) <= 1 and (cost := base + symspell.edit_cost(variant, near)) < best.get(near, 2.0):
                best[near] = cost
    return tuple(sorted((cost, near) for near, cost in best.items() if near != word))


def test_candidates_equal_the_plain_computation():
    words = ["cornpany", "tbe", "tlie", "goverment", "aud", "Iiouse".lower(), "rnodern", "wliich", "zzqx", "ofthe",
             "recieve", "tho", "bis", "clistrict", "sornething", "iu", "liave", "tiie", "a", "qu"]
    for word in words:
        assert symspell.candidates(word) == _plain_candidates(word), word


def _plain_confusable(word: str) -> frozenset[str]:
    frequencies = lexicon.frequencies()
    swaps = {word[:i] + other + word[i + 1:] for i, char in enumerate(word) for other in analysis._IN_CONTEXT.get(char, "")}
    return frozenset(near for near in symspell.confusions(word) | swaps | {analysis._CLASSIC.get(word, word)}
                     if near != word and near in frequencies)


def test_the_confusable_table_answers_as_the_swaps_do():
    words = ["horn", "tho", "aud", "mid", "daring", "greek", "the", "and", "modern", "he", "hill", "rnodern", "zzqx",
             "clam", "lie", "bo", "tie", "wore", "boon", "cornpany", "its", "ill"]
    for word in words:
        assert analysis._confusable(word) == _plain_confusable(word), word
    table = analysis._confusables()
    assert "born" in table["horn"] and "zzqx" not in table


def test_run_together_splits_are_the_common_word_pairs():
    assert analysis._run_together("ofthe") == "of the"
    assert "a man" in analysis._splits("aman") and all(" " in pair for pair in analysis._splits("inthe"))
    assert analysis._splits("xq") == ()


def test_lone_capitals_keep_their_first_reading():
    """A lone capital judged harmless once stays harmless later on the page (as it always has): the verdict
    cache is filled only where classify() reached it."""
    from newslint.model import Article

    words = ("the land of the county was sold to the man who had it and the rest of it " * 4).split()
    text = " ".join(words[:20] + ["P", "Smith", "bought", "it", "and", "P", "said", "so"] + words[20:])
    suspects = Analysis(Article.parse(text, "page.txt")).suspects
    stray = [s for s in suspects if "stray capital" in s.message]
    assert len(stray) == 0  # the first P stands before a name: P stays harmless, the second one too


def test_a_word_has_a_confident_candidate_exactly_when_it_is_one_confusion_from_a_word():
    for word in ["tbe", "cornpany", "tlie", "zzqx", "goverment", "liave", "wliich", "qqqq", "aud", "recieve"]:
        found = symspell.candidates(word)
        assert symspell.confusion_candidates(word) == [pair for pair in found if pair[0] <= 0.5], word
