"""bench/extract.py: each extractor turns a page into text that keeps its story; the new extractors and the other
formats (Markdown, text browsers' dumps) apart from the ones the rules were tuned on."""

from __future__ import annotations

import importlib.util
import shutil
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


# each format's Python module or program
FORMATS = {"trafilatura-md": "trafilatura", "trafilatura-md-links": "trafilatura", "markdownify": "markdownify",
           "lynx": "lynx", "lynx-nolist": "lynx", "w3m": "w3m", "pandoc-plain": "pandoc", "pandoc-md": "pandoc"}


def test_the_new_extractors_are_told_apart_from_those_the_rules_were_tuned_on():
    assert set(extract.NEW_EXTRACTORS) == set(MODULES) and set(extract.FORMATS) == set(FORMATS)
    assert set(extract.TUNED_ON) | set(extract.NEW_EXTRACTORS) | set(extract.FORMATS) == set(extract.EXTRACTORS)
    assert not set(extract.TUNED_ON) & (set(extract.NEW_EXTRACTORS) | set(extract.FORMATS))
    assert not set(extract.NEW_EXTRACTORS) & set(extract.FORMATS)
    assert extract.TUNED_ON[:4] == ("soup", "soup-space", "soup-newline", "trafilatura")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_new_extractor_keeps_the_story(name):
    if importlib.util.find_spec(MODULES[name]) is None:
        pytest.skip(f"{MODULES[name]} is not installed (bench/requirements.txt)")
    text = " ".join(extract.EXTRACTORS[name](PAGE).split())
    assert "to close the old library on the high street" in text
    assert "a petition against the move has gathered" in text


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_format_keeps_the_story(name):
    if importlib.util.find_spec(FORMATS[name]) is None and shutil.which(FORMATS[name]) is None:
        pytest.skip(f"{FORMATS[name]} is not installed (bench/requirements.txt, or a Debian package)")
    if importlib.util.find_spec("bs4") is None:  # the programs are given the page decoded by bs4's UnicodeDammit
        pytest.skip("bs4 is not installed (bench/requirements.txt)")
    text = " ".join(extract.EXTRACTORS[name](PAGE).split())
    assert "to close the old library on the high street" in text
    assert "a petition against the move has gathered" in text


def test_lynx_names_its_copy_of_the_page_the_same_on_every_run(monkeypatch):
    monkeypatch.setattr(extract, "_program", lambda command, raw: (
        "   [1]Home\n\nReferences\n\n   1. file:///tmp/lynxXXXXkN8iVC/L15262-3974TMP.html\n"
        "   2. file://localhost/tmp/lynxXXXXl0AmsL/news.htm?lang=e\n"))
    assert extract.lynx_text(b"") == ("   [1]Home\n\nReferences\n\n   1. file://localhost/page.html\n"
                                      "   2. file://localhost/news.htm?lang=e\n")


def test_a_missing_program_skips_its_outputs_with_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(extract, "CACHE", tmp_path)
    monkeypatch.setattr(extract, "all_docs", lambda: [f"html/p{n}.html.gz#w3m" for n in range(3)])
    monkeypatch.setattr(extract.shutil, "which", lambda program: None)
    monkeypatch.setattr(extract.gzip, "decompress", lambda data: PAGE)
    monkeypatch.setattr(extract.Path, "read_bytes", lambda path: b"")
    assert extract.main([]) == 0
    assert capsys.readouterr().err == "w3m: skipped, w3m is not installed (a Debian package)\n"
