"""NL401 beyond ftfy's list of sequences: a word that reads back as UTF-8 from the code page it was wrongly
decoded with. Texts written for the tests."""

import pytest

from newslint.rules.encoding import _round_trip

SENTENCE = "The mayor{0}s plan for the {1} was approved on Tuesday, the council said in a statement."


def _as(reading: str, text: str) -> str:
    return text.encode("utf-8").decode(reading)


@pytest.mark.parametrize("reading", ["cp1252", "latin-1", "mac_roman"])
@pytest.mark.parametrize("word", ["café", "Zürich", "Málaga", "½", "niño", "Dvořák", "£5m", "São"])
def test_a_word_read_in_the_wrong_code_page_is_found_and_repaired(lint, fixed, reading, word):
    text = f"Title\n\n{SENTENCE.format('’', _as(reading, word))}\n"
    found = lint(text, select=["NL401"])
    assert found, (reading, word)
    assert fixed(text, ["NL401"]) == f"Title\n\n{SENTENCE.format('’', word)}\n"


@pytest.mark.parametrize("word, bad", [("ä", "√§"), ("á", "√°"), ("ú", "√∫"), ("½", "¬Ω")])
def test_mac_roman_sequences_ftfy_does_not_list_are_found(lint, word, bad):
    assert bad == _as("mac_roman", word)
    text = f"Title\n\nThe guests ate {bad} portion each at the dinner on Friday night.\n"
    assert [(d.code, d.fix["edits"][0]["content"]) for d in lint(text, select=["NL401"])] == [("NL401", word)]


def test_mojibake_of_mojibake_is_repaired_in_one_fix():
    assert _round_trip(_as("cp1252", _as("cp1252", "café"))) == "café"


@pytest.mark.parametrize("text", [
    "«École» and “Égypte” were the names; l’État paid.",       # '«É' would read back as a click letter
    "The 1960s—été, élan—returned to São Paulo and Łódź.",    # '—é' would read back as a Cyrillic letter
    "Müßiggang, Ørsted, Æsir, Þór, İstanbul and Việt Nam.",
    "It cost £½ more, ±2°C, 3×4 and €5 — “fine” • ok… ™",
    "ÆØÅ and ÜÄÖ are capitals; nº1 and 1º are ordinals; œuvre.",
    "The sign read «Привет, мир» and «Γειά σου», and the menu said 你好 and こんにちは.",
])
def test_clean_accented_and_typographic_text_is_left_alone(lint, text):
    assert lint(f"Title\n\n{text}\n", select=["NL401"]) == []


def test_only_cues_of_characters_a_code_page_reads_bytes_as_are_tried():
    from newslint.rules import encoding

    assert {"Ã", "√", "‚", "€", "\x9d", "Â"} <= encoding._READ_AS
    assert not {"П", "Γ", "你", "ǃ"} & encoding._READ_AS
