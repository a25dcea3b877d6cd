"""Issue 13, round seven: the OCR analysis's tables and shortcuts give exactly what the slower way gave."""

import random

from newslint import lexicon
from newslint.ocr import analysis, symspell


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
