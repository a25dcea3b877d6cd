"""bench/extract.py: each extractor turns a page into text that keeps its story; the new extractors apart from the
ones the rules were tuned on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
extract = pytest.importorskip("extract")

STORY = ("The council voted on Tuesday to keep the old library open for another year, after a petition signed by "
         "more than two thousand residents asked it to think again about the closure.")
SECOND = ("Its members said the building would need a new roof within five years, and that the money for it would "
          "have to be found before the next budget was set in the spring.")
PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>Library stays open</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Library stays open</h1><p>{STORY}</p><p>{SECOND}</p></article>
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
    assert "the old library open for another year" in text
    assert "a new roof within five years" in text
