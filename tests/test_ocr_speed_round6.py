"""Issue 13, round six: the OCR analysis's shortcuts give exactly what the slower way gave."""

from newslint.ocr import symspell


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
