"""bench/extract.py: each extractor turns a page into text that keeps its story; the new extractors apart from the
ones the rules were tuned on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "bench"), str(Path(__file__).resolve().parent / "rules")]
extract = pytest.importorskip("extract")
from rule_texts import LATER, LONG  # noqa: E402

PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>Library to move</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Library to move</h1><p>{LONG}</p><p>{LATER}</p></article>
<footer>Copyright 2021 Valley Post</footer></body></html>""".encode()

MODULES = {"inscriptis": "inscriptis", "html2text": "html2text", "html-text": "html_text",
           "resiliparse": "resiliparse", "readabilipy": "readabilipy", "goose3": "goose3", "newspaper4k": "newspaper"}


def test_the_new_extractors_are_told_apart_from_those_the_rules_were_tuned_on():
    assert set(extract.NEW_EXTRACTORS) == set(MODULES)
    assert set(extract.TUNED_ON) | set(extract.NEW_EXTRACTORS) == set(extract.EXTRACTORS)
    assert not set(extract.TUNED_ON) & set(extract.NEW_EXTRACTORS)
    assert extract.TUNED_ON[:4] == ("soup", "soup-space", "soup-newline", "trafilatura")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_new_extractor_keeps_the_story(name):
    if importlib.util.find_spec(MODULES[name]) is None:
        pytest.skip(f"{MODULES[name]} is not installed (bench/requirements.txt)")
    text = " ".join(extract.EXTRACTORS[name](PAGE).split())
    assert "to close the old library on the high street" in text
    assert "a petition against the move has gathered" in text
