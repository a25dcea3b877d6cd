"""bench/instructions.py's own code: the environment of a measured run and its command, run end to end without
valgrind on two invented records (the instruction counts themselves are not checked)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import instructions  # noqa: E402


def test_a_run_is_cold_deterministic_and_of_its_own_checkout(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "results"))
    monkeypatch.setenv("NEWSLINT_NO_NATIVE", "1")
    env = instructions._environment(Path("/some/checkout"), tmp_path / "cache", native=True)
    assert env["PYTHONPATH"] == "/some/checkout" and env["PYTHONHASHSEED"] == "0"
    assert env["XDG_CACHE_HOME"] == str(tmp_path / "cache")
    assert not {"PYTHONDONTWRITEBYTECODE", "NEWSLINT_CACHE_DIR", "NEWSLINT_NO_NATIVE"} & env.keys()
    assert instructions._environment(Path("/x"), tmp_path, native=False)["NEWSLINT_NO_NATIVE"] == "1"
    assert {"--no-cache", "concise"} <= set(instructions.COMMAND) and instructions.COMMAND[-4:-2] == ["-j", "1"]


def test_the_command_lints_a_jsonl_file_of_this_checkout(tmp_path) -> None:
    records = tmp_path / "two.jsonl"
    records.write_text("\n".join(json.dumps({"id": str(i), "title": "A title", "text": text}) for i, text in
                                 enumerate(["The council met on Tuesday.", "A second story ran on . Monday."])) + "\n",
                       encoding="utf-8")
    env = instructions._environment(instructions.ROOT, tmp_path / "cache", native=True)
    assert instructions.run(env, records, tmp_path, measured=False) == 0
