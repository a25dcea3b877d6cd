"""How the grammar tier talks to LanguageTool: concurrent requests, runs of paragraphs, the cache first.

The tests marked ``languagetool`` use the real server at NEWSLINT_LANGUAGETOOL_URL.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os

import pytest

from newslint import languagetool

URL = os.environ.get(languagetool.URL_ENV, "")
needs_server = pytest.mark.skipif(not URL, reason=f"{languagetool.URL_ENV} is not set (scripts/languagetool.sh start)")
FILLER = ("The committee met on Tuesday in the capital to review the budget for the coming year, and its members "
          "agreed to publish the figures before the end of the month. ")


def paragraphs(count: int) -> list[str]:
    """``count`` distinct paragraphs of about 400 characters; each odd one has "he go" (HE_VERB_AGR)."""
    out = []
    for i in range(count):
        error = f" Officials said he go to meeting {i} every week." if i % 2 else f" Meeting {i} went well."
        emoji = "🎉 " * (i % 3)  # characters beyond U+FFFF: LanguageTool counts them as two
        out.append(f"{emoji}{FILLER}{FILLER}{error}")
    return out


class Recording:
    """The checker's real client, remembering the text of each request it sends."""

    def __init__(self, client):
        self.client, self.texts = client, []

    @property
    def sent(self):
        return self.client.sent

    def check(self, text):
        self.texts.append(text)
        return self.client.check(text)


def checker(cache: bool, concurrency: int) -> languagetool.Checker:
    made = languagetool.Checker(URL, "en-US", ["MORFOLOGIK_RULE_EN_US"], [], use_cache=cache, concurrency=concurrency)
    made.client = Recording(made.client)
    return made


@pytest.fixture(autouse=True)
def cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv(languagetool.CACHE_ENV, str(tmp_path))


@pytest.mark.languagetool
@needs_server
def test_concurrent_runs_keep_paragraph_order_and_offsets():
    texts = paragraphs(12)
    serial = checker(cache=False, concurrency=1)
    concurrent = checker(cache=False, concurrency=4)
    one, four = serial.check(texts), concurrent.check(texts)
    assert len(serial.client.texts) == 1 and len(concurrent.client.texts) == 4
    assert four == one
    for i, (text, found) in enumerate(zip(texts, four)):
        agreement = [m for m in found if m.rule_id == "HE_VERB_AGR"]
        assert [text[m.start:m.end] for m in agreement] == (["go"] if i % 2 else [])
        assert all(text[m.start:m.end] == "go" and text[m.start - 3:m.start] == "he " for m in agreement)


@pytest.mark.languagetool
@needs_server
def test_a_paragraph_in_a_run_gets_the_matches_it_gets_alone():
    texts = paragraphs(5)
    batch = checker(cache=False, concurrency=1)
    together = batch.check(texts)
    assert batch.client.texts == ["\n\n".join(texts)]
    alone = checker(cache=False, concurrency=1)
    assert [alone.check([text])[0] for text in texts] == together


@pytest.mark.languagetool
@needs_server
def test_cached_paragraphs_are_not_sent_again():
    texts = paragraphs(6)
    first = checker(cache=True, concurrency=2)
    found = first.check(texts + [texts[0]])  # a paragraph twice in one article is sent once
    assert sum(text.count(texts[0]) for text in first.client.texts) == 1
    again = checker(cache=True, concurrency=2)
    assert again.check(texts) == found[:-1]
    assert again.client.texts == [] and again.client.sent == 0
    new = "Officials said he go to the ministry every week."
    mixed = again.check([texts[1], new, texts[2]])
    assert again.client.texts == [new]
    assert mixed[0] == found[1] and mixed[2] == found[2] and [m.rule_id for m in mixed[1]] == ["HE_VERB_AGR"]


def test_runs_are_consecutive_balanced_and_cover_every_paragraph():
    texts = ["x" * 398] * 12  # 400 characters each with the blank line
    runs = languagetool._runs(list(range(12)), texts, 4)
    assert runs == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
    assert languagetool._runs([3, 5, 9], texts, 4) == [[3, 5, 9]]  # 1,200 characters: one request
    assert languagetool._runs([0, 1], texts, 4) == [[0, 1]]  # 800 characters: not worth two requests
    assert languagetool._runs(list(range(12)), texts, 1) == [list(range(12))]
    long = ["y" * 9_998] * 5  # 50,000 characters: three requests of at most 20,000
    runs = languagetool._runs(list(range(5)), long, 1)
    assert len(runs) == 3 and sum(runs, []) == list(range(5)) and all(len(run) <= 2 for run in runs)


def test_a_long_paragraph_is_cut_into_bounded_pieces_at_sentence_ends():
    sentence = "The council said the plan would cost more than expected. "
    text = sentence * 40  # 2,320 characters
    pieces = languagetool._pieces(text, 500)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= 500 for _, piece in pieces) and len(pieces) == 5
    assert all(piece.endswith("expected. ") for _, piece in pieces)  # each cut after a sentence's end
    assert languagetool._pieces(text) == [(0, text)]  # shorter than a request: whole


def test_a_paragraph_without_sentence_ends_is_cut_at_a_space_else_at_the_limit():
    words = "ocr text without any stop " * 40
    assert all(piece.endswith(" ") for _, piece in languagetool._pieces(words, 300)[:-1])
    glyphs = "x" * 1_000_000  # one hostile token of a megabyte: cut anyway, in linear time
    pieces = languagetool._pieces(glyphs)
    assert [len(piece) for _, piece in pieces] == [languagetool._BATCH_CHARS] * 50


@pytest.mark.languagetool
@needs_server
def test_a_paragraph_longer_than_a_request_is_sent_in_pieces_with_its_offsets_kept(monkeypatch):
    monkeypatch.setattr(languagetool, "_BATCH_CHARS", 1_000)
    long = " ".join(paragraphs(8))  # about 3,400 characters, "he go" in four places
    sent = checker(cache=True, concurrency=2)
    found = sent.check([long])[0]
    assert len(sent.client.texts) > 2 and all(len(text) <= 2 * 1_000 for text in sent.client.texts)  # runs of pieces
    agreement = [m for m in found if m.rule_id == "HE_VERB_AGR"]
    assert len(agreement) == 4 and all(long[m.start - 3:m.end] == "he go" for m in agreement)
    again = checker(cache=True, concurrency=2)
    assert again.check([long])[0] == found and again.client.texts == []  # cached as one paragraph


def test_characters_beyond_the_bmp_are_sent_as_one_unit_each_so_offsets_stay_code_points():
    text = "😀a😀😀b é"
    sent = languagetool.sendable(text)
    assert len(sent) == len(text) and len(sent.encode("utf-16-le")) == 2 * len(text)
    assert sent[1] == "a" and sent[4:] == "b é"
    assert languagetool.sendable("plain text") == "plain text"


def test_a_pool_worker_sends_one_request_at_a_time():
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(languagetool.auto_concurrency).result() == 1
    assert languagetool.auto_concurrency() >= 1


@pytest.mark.languagetool
@needs_server
def test_a_forked_worker_reuses_its_parents_server_and_leaves_it_running():
    # A server process of this one (a stand-in for the JVM) whose URL answers.
    server = languagetool.ManagedServer(languagetool.default_home())
    server.process, server.url, server.owner = languagetool.start_tied(["sleep", "60"]), URL, os.getpid()
    _forked["server"] = server
    try:
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            assert pool.submit(_alive_then_stop).result() is True
        assert server.process.poll() is None  # the worker's stop() left it alone
    finally:
        server.stop()
        _forked.clear()
    assert server.process is None


_forked: dict[str, languagetool.ManagedServer] = {}


def _alive_then_stop() -> bool:
    """In a forked worker: whether the parent's server counts as alive; then try to stop it."""
    server = _forked["server"]
    alive = server.alive()
    server.stop()
    return alive


@pytest.mark.languagetool
@needs_server
def test_rules_whose_matches_are_dropped_do_not_run_on_the_server():
    text = "He is a hard working man. He go to the office every day."
    every = languagetool.Checker(URL, "en-US", [], [], use_cache=False)
    assert {m.rule_id for m in every.check([text])[0]} >= {"HARD_WORKING_COMPOUND", "HE_VERB_AGR"}
    lean = languagetool.Checker(URL, "en-US", [], [], use_cache=False, dropped="COMPOUND|HYPHEN")
    assert "HARD_WORKING_COMPOUND" in lean.client.tool.disabled_rules
    assert "HE_VERB_AGR" not in lean.client.tool.disabled_rules
    assert [m.rule_id for m in lean.check([text])[0]] == [m.rule_id for m in every.check([text])[0]
                                                           if m.rule_id != "HARD_WORKING_COMPOUND"]
