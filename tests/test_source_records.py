"""A JSONL record's document (``source.jsonl_record``): the document made with its fields set whole is the
dataclass's own."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newslint import source
from newslint.config import JsonlFields


def test_a_record_document_sets_every_field_the_dataclass_has() -> None:
    document = source._record_document("p.jsonl", "Body.", 3, "text", {"title": "T"}, [], None, "id-1", ("NL101",))
    assert list(vars(document)) == [field.name for field in dataclasses.fields(source.Document)]
    assert document == source.Document("p.jsonl", "Body.", has_header=False, meta={"title": "T"}, record_line=3,
                                       text_field="text", record_id="id-1", ignore=("NL101",))
    assert document.problems == [] and document.problems is not source._record_document(
        "p", "", 1, "text", {}, [], None, None, ()).problems  # a list of its own, as default_factory gives


@pytest.mark.parametrize("record", [
    {"id": "a1", "title": "Title", "text": "One.\r\nTwo.\rThree.", "url": "https://example.com/x"},
    {"id": 7, "text": "Ünïcode “text”.", "date": "2024-01-02", "newslint_ignore": ["NL101", 3]},
    {"text": "plain", "url": "https://example.com/y", "title": 5},
])
def test_a_record_reads_as_its_fields_say(record: dict) -> None:
    """The document of a record: its fields, line ends and identity as the dataclass was given them before."""
    document = source.jsonl_record(json.dumps(record).encode(), 4, "c.jsonl", JsonlFields())
    text, removed = source.normalise_newlines(record["text"])
    meta = {key: record[key] for key in ("title", "date", "url") if isinstance(record.get(key), str)}
    ignore = tuple(item for item in record.get("newslint_ignore", ()) if isinstance(item, str))
    record_id = str(record["id"]) if "id" in record else meta.get("url")
    assert document == source.Document("c.jsonl", text, has_header=False, meta=meta, record_line=4, text_field="text",
                                       removed_cr=removed, original=record["text"] if text != record["text"] else None,
                                       record_id=record_id, ignore=ignore)
    assert vars(document).keys() == {field.name for field in dataclasses.fields(source.Document)}


@pytest.mark.parametrize("text", [
    "", "plain ASCII", "é", "£12m ", "a" * 23 + "é" + "b" * 9, "“Curly” quotes, beyond U+00FF", "\U0001d400 wide",
    "lone \udc80 surrogate", "x" * 17 + "\ud800", "\udfff" + "é" * 9, "mixed é “ \U0001f600 \ud83d",
])
def test_a_texts_utf8_is_as_textutil_gives_it(text: str) -> None:
    """The compiled writing (where it is in use) gives the same bytes, and the same first lone surrogate."""
    ours, theirs = source._utf8_or_surrogate(text), source.utf8_or_surrogate(text)
    assert type(ours) is type(theirs)
    assert ours == theirs if isinstance(theirs, bytes) else (ours.start(), ours.group()) == (theirs.start(), theirs.group())


def test_a_records_text_beyond_ascii_is_kept_as_utf8_for_re2() -> None:
    from newslint.rule import utf8_for_re2

    document = source.jsonl_record(json.dumps({"text": "Ünïcode “text” \U0001f600."}).encode(), 1, "c", JsonlFields())
    assert utf8_for_re2(document.text) == document.text.encode()
    broken = source.jsonl_record(b'{"text": "a \\udc80 b"}', 2, "c", JsonlFields())
    assert [problem.message for problem in broken.problems] == [
        "the 'text' field has an unpaired surrogate escape \\udc80 at character 3"]
