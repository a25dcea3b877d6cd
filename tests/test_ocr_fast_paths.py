"""The OCR support's fast paths and shortcuts give the answers of the slow ones: batched web counts, the
analysis's candidates, tables and edit costs, the SymSpell index read from disk, the gate's tally of plain words;
NL702 stands aside where NL704 judges OCR output and still reads edited copy.
"""

from __future__ import annotations

import random

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import lexicon, ngrams
from newslint.model import Article
from newslint.ocr import analysis, gate, symspell
from newslint.ocr.analysis import Analysis


def test_batched_web_counts_equal_single_ones():
    keys = ["of the", "the", "new york", "zzqxv", "zzqxv quux", "of the"]
    batched = ngrams.counts(keys)
    assert "zzqxv" not in batched and batched["of the"] > batched["new york"] > 0
    assert {key: batched.get(key, 0.0) for key in keys} == {key: ngrams.count(key) for key in keys}


OCR_PAGE = """At eleven o'clock on Wednesday tbe following portions of land
will be offered by public auction for sale, at tho Colonial
Treasury, at the upset price marked on each lot. The goverment
commencing on Headman's Cieek, about half a mile south of the
river, thence by a line bearing south degrees east twenty chains
to the corner of a measured portion of forty acies, on the north
side of the road. Upset price twenty shillings per acre. The purchaser
must pay tho deposit at the time of sale, and the balance within
one month, otherwise the deposit will be forfeited, and the lots
lie on the east side of the creek, where the water is good.
"""


def test_nl702_leaves_ocr_output_to_nl704_and_still_reads_edited_copy(lint):
    assert [d.code for d in lint(OCR_PAGE, select=["NL702"])] == []
    assert "acies" in {OCR_PAGE[d.start:d.end] for d in lint(OCR_PAGE, select=["NL704"])}
    typo = "Title\n\nHe said the goverment would act on the report next week.\n"
    assert [d.code for d in lint(typo, select=["NL702"])] == ["NL702"]


def test_the_article_tallies_its_plain_words_once_for_the_gate_and_gives_the_gates_decision():
    text = ("Title\n\nThe council met on Monday and said that the plan for the new road would go ahead in the "
            "spring, after a vote in which most members backed it; a few said the cost was tbe problem, aud "
            "that tho plan was cornpany business.\n")
    article = Article.parse(text)
    assert article.ocr == gate.decide(article.text, plain=dict(article._plain_words))
    # kept by the gate's first use
    assert article.__dict__["plain_word_tally"] == gate.tally(*gate.counts_of(article._plain_words))
    assert article.plain_word_tally[3] == [w for w in article._plain_words if w not in lexicon.frequencies()]


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


WORDS = ["cornpany", "tbe", "fiom", "tho", "rnoney", "pittwator", "aud", "xq", "liave", "wbich"]


def test_candidates_from_disk_match_the_loaded_index(monkeypatch):
    symspell._on_disk().get("the")  # the on-disk index exists (built from the loaded one when it did not)
    symspell.index.cache_clear()
    monkeypatch.setattr(symspell, "_asked", 0)
    from_disk = [symspell.candidates.__wrapped__(word) for word in WORDS]
    assert symspell.index.cache_info().currsize == 0, "answered without loading the index"
    assert symspell._asked == len(WORDS)
    assert (0.5, "company") in from_disk[WORDS.index("cornpany")]
    assert len(symspell.index()) > 100_000
    assert from_disk == [symspell.candidates.__wrapped__(word) for word in WORDS]


def test_a_process_that_asked_many_words_loads_the_index(monkeypatch):
    symspell.index.cache_clear()
    monkeypatch.setattr(symspell, "_asked", symspell.WHOLE_AFTER)
    assert symspell.candidates.__wrapped__("tbe")[0][1] == "the"
    assert symspell.index.cache_info().currsize == 1
    assert symspell._asked == symspell.WHOLE_AFTER


def _confident_by_the_index(word: str):
    found = symspell.best(word)
    return found if found is not None and found[0] <= 0.5 else None


def test_confident_best_is_what_the_index_finds_for_common_misreadings():
    # most are decided by the confusions alone; ihe, tiie, modem: a dearer, more frequent word could win (the index);
    # zzqx, goverment: no confusion from a word at all
    words = ["tbe", "cornpany", "tlie", "tho", "wero", "aud", "liave", "wliich", "zzqx", "goverment", "recieve", "bo",
             "ihe", "thc", "ot", "tiie", "havo", "governrnent", "rnay", "clown", "modem"]
    for word in words:
        assert symspell.confident_best(word) == _confident_by_the_index(word), word
    assert symspell.confident_best("cornpany") == (0.5, "company")
    assert symspell.confident_best("zzqx") is None


def _words_to_try(count: int = 3000) -> list[str]:
    """Common words, words one or two OCR confusions from them (mostly non-words), and random letter strings."""
    rng = random.Random(13)
    common = sorted(word for word, frequency in lexicon.frequencies().items()
                    if frequency >= 1000 and word.isalpha() and len(word) > 1)
    words = set(rng.sample(common, count))
    for word in rng.sample(common, count):
        for _ in range(rng.randint(1, 2)):
            near = sorted(symspell.confusions(word))
            word = rng.choice(near) if near else word
        words.add(word)
    words.update("".join(rng.choice("etaoinshrdlucmfwyb") for _ in range(rng.randint(2, 9))) for _ in range(count))
    return sorted(words)


def test_the_frequent_words_bound_keeps_every_word_that_could_win():
    # a dearer candidate (0.8 or more) less frequent than _FREQUENT weighs at least this much ...
    least_dearer = symspell._DEARER - symspell._bonus(symspell._FREQUENT - 1)
    # ... and the cheapest candidate (0.5 or less, of an indexed word) at most this much, so it never loses to it
    most_cheapest = symspell._MULTI_COST - symspell._bonus(symspell._MIN_FREQUENCY)
    assert least_dearer > most_cheapest


def test_confident_best_is_best_where_best_costs_one_confusion_or_less():
    for word in _words_to_try():
        top = symspell.best(word)
        for confident in (0.5, 0.4):
            expected = top if top is not None and top[0] <= confident else None
            assert symspell.confident_best(word, confident) == expected, (word, confident)


def test_edit_cost_within_is_edit_cost_up_to_its_limit():
    rng = random.Random(7)
    words = _words_to_try(800)
    pairs = [(a, b) for a in words[:300] for b in rng.sample(words, 40)]
    pairs += [("abcd", "bcde"), ("pittwator", "pittwater"), ("cbad", "abcd"), ("smith", "smiths"), ("ab", "abcd")]
    for a, b in pairs:
        exact = symspell.edit_cost(a, b)
        for limit in (2.0, 1.0, 0.5):
            within = symspell.edit_cost_within(a, b, limit)
            if exact <= limit:
                assert within == exact, (a, b, limit)
            else:
                assert within > limit, (a, b, limit)


def test_commonest_near_of_a_dictionary_word_is_looked_up_as_computed():
    for word in _words_to_try(1500):
        assert analysis._commonest_near(word) == analysis._near_commonest(word), word
    assert analysis._commonest_near("hive") == analysis._near_commonest("hive") != ()


def test_known_of_a_word_of_letters_is_the_word_list():
    for word in _words_to_try(1500) + ["Thorns", "BRIGAND", "naïve"]:
        assert analysis.known(word) == lexicon.is_known(word), word
    assert analysis.known("world's") and analysis.known("Anglo-French") and not analysis.known("zzqx-qqzx")


def test_token_offsets_with_single_spaces_are_the_scanned_ones():
    rng = random.Random(3)
    for _ in range(300):
        tokens = ["".join(rng.choice("ab-(.)c") for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(0, 30))]
        separators = [rng.choice([" ", "\n", " ", "  ", " \n "]) for _ in tokens]
        for text in (" ".join(tokens), "".join(t + s for t, s in zip(tokens, separators)),
                     "\n" + "\n".join(tokens)):
            raws = text.split()
            scanned, position = [], 0
            for raw in raws:
                position = text.find(raw, position)
                scanned.append(position)
                position += len(raw)
            assert analysis._offsets(text, raws) == scanned, text


def _split_word_as_before(left: str, right: str):
    if not (left.isalpha() and right.isalpha() and (left.islower() or left.istitle()) and right.islower()) \
            or (analysis.known(left) and analysis.known(right)):
        return None
    joined = left + right
    if lexicon.frequency(joined) < 1000 and not (len(joined) >= 7 and analysis.known(joined)):
        return None
    return joined


def test_split_word_asks_for_the_join_first_with_the_same_answers():
    words = _words_to_try(300)
    rng = random.Random(5)
    pairs = [(word[:cut], word[cut:]) for word in words for cut in range(1, len(word))]
    pairs += [(a.title(), b) for a, b in rng.sample(pairs, 2000)] + [(a, b) for a in words[:100] for b in words[:100]]
    for left, right in pairs:
        assert analysis._split_word(left, right) == _split_word_as_before(left, right), (left, right)
    assert analysis._split_word("impor", "tant") == "important"


def test_no_character_is_both_a_letter_and_a_digit():
    # judge() skips its digit test for a core of letters only
    assert not any(chr(i).isalpha() and chr(i).isdigit() for i in range(0x110000))


@pytest.mark.parametrize("text", [
    "the cat sat on the mat and the dog lay by the door of the house in the town " * 3,
    "the cat sat on the mat and the dog lay by the door of the house in the town " * 8 + "zzqx",
    "the cat sat on the mat and the dog lay by the door of the house in the town " * 8 + "tbe",
])
def test_an_edited_texts_decision_is_the_one_its_fields_make(text):
    """The common case's decision (made by tuple.__new__, its reason formatted once where the text has no non-word or
    signature) is the NamedTuple its fields make."""
    decision = gate.decide(text)
    assert type(decision) is gate.OcrDecision and not decision.ocr and decision.reason.startswith("reads as edited")
    assert decision == gate.OcrDecision(False, decision.reason, decision.words, decision.non_word_rate,
                                        decision.signatures, hard_wrapped=False)
    if not decision.non_word_rate and not decision.signatures:
        assert decision.reason == f"reads as edited text ({0.0:.1%} non-words, 0 OCR signatures)"


_PAST_THE_COMMON_CASE = ("the cat sat on the mat and the dog lay by the door of the house in the town " * 6
                         + "zzqx vvrk a1b c2d ^ || qqwe")


def test_a_decision_counts_its_glyph_runs_only_where_read(monkeypatch):
    """Past the common case, a decision that no test of glyph runs made counts them when its ``glyph_runs`` is first
    read (``newslint metadata``), once, as the text holds them."""
    counted = []
    monkeypatch.setattr(gate, "_glyph_evidence", lambda text: counted.append(text) or 7)
    decision = gate.decide(_PAST_THE_COMMON_CASE)
    assert decision.non_word_rate >= 0.01 and not decision.ocr and counted == []
    assert decision.describe()["glyph_runs"] == 7 and decision.glyph_runs == 7 and len(counted) == 1
    monkeypatch.undo()
    assert gate.decide(_PAST_THE_COMMON_CASE).glyph_runs == 5 == (gate.glyph_runs(_PAST_THE_COMMON_CASE)
                                                                   + gate.digits_in_words(_PAST_THE_COMMON_CASE))


@pytest.mark.parametrize("text", [
    "the cat sat on the mat",  # too short to tell
    "the cat sat on the mat and the dog lay by the door of the house in the town " * 3,
    "the cat sat on the mat and the dog lay by the door of the house in the town " * 8 + "tbe zzqx",
])
def test_a_common_decision_made_slot_by_slot_is_the_one_its_constructor_makes(text):
    """The common cases' decisions (too short, edited) are made by setting each slot (``gate._decision``): the same
    fields, evidence and state as ``OcrDecision(...)``'s."""
    decision = gate.decide(text)
    made = gate.OcrDecision(decision.ocr, decision.reason, decision.words, decision.non_word_rate,
                            decision.signatures, hard_wrapped=decision.hard_wrapped)
    assert type(decision) is gate.OcrDecision and decision == made
    assert [getattr(decision, name) for name in gate.OcrDecision.__slots__] == \
        [getattr(made, name) for name in gate.OcrDecision.__slots__]


@pytest.mark.parametrize("mode", ["auto", "on", "off"])
def test_the_article_s_gate_tallies_its_words_once_and_only_where_not_forced(mode):
    """``Article.ocr`` hands the gate the article's tally (which NL104 reads too) in the auto mode, and asks none where
    the mode forces the decision."""
    article = Article.parse("the cat sat on the mat and the dog lay by the door of the house " * 3, has_header=False,
                            ocr=mode)
    decision = article.ocr
    assert ("plain_word_tally" in vars(article)) == (mode == "auto")
    assert decision == gate.decide(article.text, mode)
    if mode == "auto":
        assert article.plain_word_tally == gate.tally(*gate.counts_of(article._plain_words))
