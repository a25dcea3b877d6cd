"""``--format labelstudio``: Label Studio tasks whose pre-annotations point at the findings' text."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import newslint_in


def run(args, cwd: Path, input: bytes | None = None):
    return newslint_in(cwd, ["--format", "labelstudio", *args], input=input)


def test_tasks_label_the_findings(tmp_path):
    (tmp_path / "newslint.toml").write_text('select = ["NL102", "NL310"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_bytes("Emoji 🎉 title\r\n\r\nThe UKSecretary 🎉 arrived.\r\n\r\nRead more\r\n".encode())
    (tmp_path / "clean.txt").write_text("A title\n\nThe minister met his counterpart.\n", encoding="utf-8")
    records = [{"text": "Nothing here."}, {"text": "The chancellorOlaf Scholz spoke.", "id": 7}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run(["a.txt", "clean.txt", "feed.jsonl"], tmp_path)
    assert result.exit_code == 1
    tasks = json.loads(result.stdout)
    assert [(t["data"]["path"], t["data"].get("record")) for t in tasks] == [("a.txt", None), ("feed.jsonl", 2)]
    first, second = tasks
    assert first["data"]["text"] == (tmp_path / "a.txt").read_bytes().decode()  # as given, CRLF and all
    regions = first["predictions"][0]["result"]
    assert [(r["value"]["labels"], r["value"]["text"]) for r in regions] == [
        (["NL102"], "UKSecretary"), (["NL310"], "Read more")]
    for region in regions + second["predictions"][0]["result"]:
        assert region["from_name"] == "label" and region["to_name"] == "text" and region["type"] == "labels"
        text = first["data"]["text"] if region in regions else second["data"]["text"]
        assert text[region["value"]["start"]:region["value"]["end"]] == region["value"]["text"]
    assert regions[0]["meta"]["text"].startswith("NL102 glued-words: glued words 'UKSecretary'")
    assert second["predictions"][0]["model_version"].startswith("newslint ")


def test_no_findings_no_tasks(tmp_path):
    (tmp_path / "clean.txt").write_text("A title\n\nThe minister met his counterpart.\n", encoding="utf-8")
    result = run(["clean.txt", "--select", "NL102"], tmp_path)
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_standard_input_is_labelled_too(tmp_path):
    text = "Title\n\nThe UKSecretary arrived.\n"
    result = run(["-", "--stdin-filename", "story.txt", "--select", "NL102"], tmp_path, input=text.encode())
    [task] = json.loads(result.stdout)
    assert task["data"] == {"text": text, "path": "story.txt"}
    assert [r["value"]["text"] for r in task["predictions"][0]["result"]] == ["UKSecretary"]
