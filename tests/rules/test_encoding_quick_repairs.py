"""NL401 repairs a run that ftfy's badness regex flags by reading it as Latin-1 or sloppy cp1252 and decoding UTF-8
(``encoding._quick_fix_encoding``), ftfy imported only where those readings cannot decide (33a): the quick repair is
ftfy's ``fix_encoding`` wherever it answers, on drawn mojibake and on the corpus's flagged runs."""

from __future__ import annotations

import random

import pytest
from conftest import natural_files

from newslint.model import Article
from newslint.rules import encoding

ftfy = pytest.importorskip("ftfy")

_WORDS = ["café", "Russia’s", "“quoted”", "£5", "naïve", "€20", "Zürich", "—", "…", "½", "São", "ä", "Ω", "日本", "😀",
          "ñandú", "œuvre", "Łódź", "a\u00a0b", "x", "Š", "–", "€", "™", "\u00a0", "Ã", "Â", "é", "’"]
_READINGS = ["latin-1", "cp1252", "mac_roman", "cp437", "cp1250", "cp1251"]
_NOISE = ["a", " ", "?", "\x1a", "\ufffd", "\x81", "\x80", "\x9d", "í", "Ã", "Â", "Ã\u00a0", "Ã ", "â€", "\u00ad", ".", "ì"]


def _misread(text: str, reading: str) -> str:
    return text.encode("utf-8").decode(reading, errors="replace")


def _drawn_mojibake(count: int, seed: int) -> list[str]:
    """Words with UTF-8 read as a single-byte code page once or twice, with noise glued on or cut out."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.choice((1, 1, 1, 2))):
            text = _misread(text, rng.choice(_READINGS))
        if rng.random() < 0.3:
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(_NOISE) + text[at + rng.randint(0, 1):]
        texts.append(text)
    return texts


def _held_to_ftfy(texts: list[str]) -> int:
    decided = 0
    for text in texts:
        quick = encoding._quick_fix_encoding(text)
        if quick is not None:
            assert quick == ftfy.fix_encoding(text), text
            decided += 1
    return decided


def test_the_quick_repair_is_ftfys_wherever_it_answers_on_drawn_mojibake() -> None:
    texts = _drawn_mojibake(6000, 33)
    decided = _held_to_ftfy(texts)
    assert 1500 < decided < len(texts) - 1500  # (both answers drawn)


def test_the_quick_repair_answers_the_common_forms_and_leaves_the_rest_to_ftfy() -> None:
    assert encoding._quick_fix_encoding("Russiaâ€™s") == "Russia’s"
    assert encoding._quick_fix_encoding("cafÃ©") == "café"
    assert encoding._quick_fix_encoding("cafÃƒÂ©") == "café"  # (read as cp1252 twice)
    assert encoding._quick_fix_encoding("naÃ¯ve,") == "naïve,"
    assert encoding._quick_fix_encoding("voilÃ le") is None  # (a space where byte A0 was: ftfy's restore_byte_a0)
    assert encoding._quick_fix_encoding("â€œquotedâ€\ufffd") is None  # (a lost byte: ftfy's lossy sequences)
    assert encoding._quick_fix_encoding("Ð¡Ð¾Ñ‡Ð¸") == "Сочи"
    assert encoding._quick_fix_encoding("cafÃ©Ã") is None  # (no reading decodes: ftfy fixes the sequences alone)


def test_the_quick_repair_is_ftfys_on_every_run_the_corpus_flags() -> None:
    badness = encoding.badness_regex()
    runs = set()
    for path in natural_files(("bbc", "scraped", "html", "ocr", "reuters"), 100000):
        article = Article.parse(path.read_text(encoding="utf-8", errors="surrogateescape"), str(path), {}, True)
        for paragraph in article.paragraphs:
            for match in badness.finditer(paragraph.text):
                first = match.start() + (len(match.group()) - len(match.group().lstrip()))
                start, end = encoding._non_space_run(paragraph.text, first, match.end())
                runs.add(paragraph.text[start:end])
    assert _held_to_ftfy(sorted(runs)) >= 20
