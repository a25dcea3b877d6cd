"""Declarative rule packs: the three kinds, and clear errors for malformed packs."""

from __future__ import annotations

import textwrap

import pytest

from newslint.engine import Linter
from newslint.model import Article
from newslint.packs import PackError, builtin_pack_paths, load_pack


def pack_rules(tmp_path, body: str, suffix: str = ".yaml"):
    path = tmp_path / f"pack{suffix}"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_pack(path)


def findings(rules, text: str):
    linter = Linter([cls() for cls in rules])
    article = Article.parse(text)
    return [(article.text[f.start:f.end], f.message) for f in linter.lint_article(article)]


def test_existence_tokens_match_whole_words_once_per_pack(tmp_path):
    rules = pack_rules(tmp_path, """\
        rules:
          - {code: TT10, name: t-one, kind: existence, summary: s, message: "found {match}", ignorecase: true,
             tokens: ["sign up", "subscribe"], patterns: ['click\\s+here']}
        """)
    text = "T\n\nSign up now. We subscribed. Click  here. Designup.\n"
    assert findings(rules, text) == [("Sign up", "found 'Sign up'"), ("Click  here", "found 'Click  here'")]


def test_existence_where_paragraph_needs_the_whole_paragraph(tmp_path):
    rules = pack_rules(tmp_path, """\
        rules:
          - {code: TT10, name: t-one, kind: existence, summary: s, tokens: ["Give a Comment"], where: paragraph,
             fix: delete-paragraph}
        """)
    assert findings(rules, "T\n\nWe give a comment here.\n\nGive a Comment\n") == [("Give a Comment", "'Give a Comment'")]


@pytest.mark.parametrize("line", ["* Give a Comment", "  * Give a Comment,", "## Give a Comment", "**Give a Comment**",
                                  "• Give a Comment", "- Give a Comment"])
def test_existence_where_paragraph_sees_through_a_list_or_heading_mark(tmp_path, line):
    """A list item or heading as inscriptis and html2text print it ('* ', '## ', '**…**') is still the whole
    paragraph; the label is reported without its marks."""
    rules = pack_rules(tmp_path, """\
        rules:
          - {code: TT10, name: t-one, kind: existence, summary: s, tokens: ["Give a Comment"], where: paragraph}
        """)
    assert findings(rules, f"T\n\nThe council met.\n\n{line}\n") == [("Give a Comment", "'Give a Comment'")]
    assert findings(rules, "T\n\n* Give a Comment on the plan\n\n## Give a Comment to the council\n") == []


@pytest.mark.parametrize("pattern", ["^Advertisement$", r"\AAdvertisement\z"])
def test_anchors_mark_each_paragraph_whatever_the_article_level_pre_check(tmp_path, pattern):
    rules = pack_rules(tmp_path, f"""\
        rules:
          - {{code: TT10, name: t-one, kind: existence, summary: s, patterns: ['{pattern}']}}
        """)
    text = "T\n\nFirst paragraph.\n\nAdvertisement\n\nAn Advertisement here.\n\nAdvertisement\n"
    assert [found for found, _ in findings(rules, text)] == ["Advertisement", "Advertisement"]
    assert findings(rules, "T\n\nAn Advertisement here.\n\nAdvertisements\n") == []


def test_consistency_flags_the_minority_variant(tmp_path):
    rules = pack_rules(tmp_path, """\
        [[rules]]
        code = "TT30"
        name = "t-three"
        kind = "consistency"
        summary = "s"
        message = "{match} here, {majority} elsewhere"
        pairs = [["Kiev", "Kyiv"]]
        """, ".toml")
    text = "T\n\nKiev said. Kiev agreed. Kyiv says.\n"
    assert findings(rules, text) == [("Kyiv", "'Kyiv' here, Kiev elsewhere")]


def test_substitution_offers_the_right_form(tmp_path):
    rules = pack_rules(tmp_path, """\
        rules:
          - {code: TT40, name: t-four, kind: substitution, summary: s, ignorecase: true, safe: true,
             message: "{right}, not {match}", swap: {"alot": "a lot"}}
        """)
    linter = Linter([rules[0]()])
    (finding,) = linter.lint_article(Article.parse("T\n\nAlot of people.\n"))
    assert finding.message == "a lot, not 'Alot'" and finding.fix.safe
    assert finding.fix.edits[0].replacement == "a lot"


@pytest.mark.parametrize("body, message", [
    ("rules: 3\n", "a top-level 'rules' list"),
    ("rules:\n  - {code: TT10, name: t, kind: bogus, summary: s}\n", "rules[0].kind: expected one of"),
    ("rules:\n  - {code: TT10, name: t, kind: existence, summary: s}\n", "rules[0]: an existence rule needs"),
    ("rules:\n  - {code: TT10, name: t, kind: existence, summary: s, tokens: [a], colour: red}\n", "rules[0]: unknown key 'colour'"),
    ("rules:\n  - {code: TT10, name: t, kind: existence, summary: s, patterns: ['(a)\\1']}\n", "rules[0].patterns[0]: invalid pattern"),
    ("rules:\n  - {code: t1, name: t, kind: existence, summary: s, tokens: [a]}\n", "code 't1' must be letters + digits"),
    ("rules:\n  - {code: TT10, name: t, kind: existence, summary: s, tokens: [a], severity: loud}\n", "rules[0].severity: unknown severity"),
    ("rules: [\n", "not a valid YAML rule pack"),
    ("rules:\n  - !!python/object/apply:os.system ['true']\n", "not a valid YAML rule pack"),
])
def test_malformed_pack_names_file_and_key(tmp_path, body, message):
    with pytest.raises(PackError) as info:
        pack_rules(tmp_path, body)
    assert str(info.value).startswith(str(tmp_path / "pack.yaml") + ":")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_builtin_packs_load():
    for path in builtin_pack_paths():
        assert load_pack(path), path


def test_packs_kept_in_the_user_cache_are_read_from_one_reading_of_its_table(tmp_path, monkeypatch):
    from newslint import packs, usercache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(f'rules:\n  - {{code: NL9{len(paths)}1, name: {name}, kind: existence, summary: S, '
                        f'tokens: ["{name} phrase"]}}\n', encoding="utf-8")
        load_pack(path)  # parsed, then kept
        paths.append(path)
    reads = []
    read_table = usercache.read_table
    monkeypatch.setattr(usercache, "read_table", lambda path: reads.append(path) or read_table(path))
    monkeypatch.setattr(packs, "_parse", lambda path, raw: pytest.fail(f"{path} parsed again"))
    assert [rule.code for path in paths for rule in load_pack(path)] == ["NL901", "NL911"]
    assert len(reads) == 1


def test_packs_of_the_same_bytes_share_one_entry_of_the_user_cache(tmp_path, monkeypatch):
    from newslint import packs, usercache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    text = 'rules:\n  - {code: NL901, name: house, kind: existence, summary: S, tokens: ["house phrase"]}\n'
    for checkout in ("one", "two", "three"):  # the same pack in three checkouts
        path = tmp_path / checkout / "house.yaml"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        assert [rule.code for rule in load_pack(path)] == ["NL901"]
        monkeypatch.setattr(packs, "_parse", lambda path, raw: pytest.fail(f"{path} parsed again"))
    assert len(usercache.read_table(usercache.root() / "packs.marshal")) == 1
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for version in range(packs._KEPT_PACKS_LIMIT + 3):  # a pack edited again and again: the oldest dropped
        path.write_text(text.replace("house phrase", f"house phrase {version}"), encoding="utf-8")
        load_pack(path)
    assert len(usercache.read_table(usercache.root() / "packs.marshal")) == packs._KEPT_PACKS_LIMIT
