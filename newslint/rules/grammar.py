"""NL8xx: grammar, via a LanguageTool server (opt-in: ``--grammar`` selects NL8).

See :mod:`newslint.languagetool` for how the server is found or started. The
rules share one request per article (and an on-disk cache per paragraph); each
reports the LanguageTool categories it owns.
"""

from __future__ import annotations

import re
from typing import ClassVar, Iterable

from newslint import languagetool
from newslint.model import Article
from newslint.rule import Finding, Fix, Option, Rule, Severity, quote

# LanguageTool rules never asked for, because newslint has its own rule for the
# defect (spelling, whitespace, quotes, repeated words, sentence case) or because
# they misfire on news text or depend on today's date (archived news).
DISABLED_RULES = frozenset({
    "MORFOLOGIK_RULE_EN_US", "MORFOLOGIK_RULE_EN_GB", "MORFOLOGIK_RULE_EN_CA", "MORFOLOGIK_RULE_EN_AU",
    "WHITESPACE_RULE", "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE", "DOUBLE_PUNCTUATION",
    "EN_QUOTES", "EN_UNPAIRED_QUOTES", "EN_UNPAIRED_BRACKETS", "DASH_RULE", "UPPERCASE_SENTENCE_START",
    "ENGLISH_WORD_REPEAT_RULE", "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "PUNCTUATION_PARAGRAPH_END",
    "DATE_WEEKDAY_WITHOUT_YEAR", "DATE_NEW_YEAR", "DATE_FUTURE_VERB_PAST",
    "NOUN_VERB_CONFUSION", "CD_NN", "THE_SUPERLATIVE", "EN_DATE_WEEKDAY_CURRENTYEAR",
    # Text-level consistency (among/amongst, straight/curly apostrophes): house style, and a match depends on which
    # other paragraphs share the request, which the per-paragraph cache and a long paragraph's pieces cannot keep.
    "EN_WORD_COHERENCY", "EN_CONSISTENT_APOS",
})
# Compound-word advice ("car maker", "policy makers", "court room") is house style,
# and LanguageTool files it under several categories: dropped by rule id.
# So is the spelling of famous names (EN_SIMPLE_REPLACE_JP_MORGAN...): NL7xx leaves names alone.
IGNORED_RULE_IDS = re.compile(r"COMPOUND|HYPHEN|_MAKER|MAKING|SIMPLE_REPLACE")
# a/an before an amount depends on how it is read ("an £80m", "a £150m"): not a defect.
_AMOUNT_AFTER = re.compile(r"\s*[\d$£€¥]")
# Whole categories never asked for: spelling (NL7xx), typography and casing
# (NL1xx/NL2xx), punctuation and compounding advice (comma before "and", "car maker")
# and style advice: none is a defect in edited news.
DISABLED_CATEGORIES = frozenset({
    "TYPOS", "MULTITOKEN_SPELLING", "PROPER_NOUNS", "TYPOGRAPHY", "CASING", "PUNCTUATION", "COMPOUNDING",
    "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS", "REPETITIONS_STYLE", "GENDER_NEUTRALITY",
    "WIKIPEDIA", "MISUSED_TERMS_EU_PUBLICATIONS", "BRITISH_ENGLISH", "AMERICAN_ENGLISH_STYLE",
})

_SETUP = ("Needs a LanguageTool server: `scripts/languagetool.sh start` and "
          f"{languagetool.URL_ENV}=<the URL it prints>, or {languagetool.HOME_ENV}=<install folder> "
          "to let newslint start one JVM per run. Disabled LanguageTool rules: "
          + ", ".join(sorted(DISABLED_RULES)) + "; disabled categories: "
          + ", ".join(sorted(DISABLED_CATEGORIES)) + "; compound-word, hyphenation and name-spelling advice is dropped.")


class LanguageToolRule(Rule):
    """Reports the LanguageTool matches whose category is in ``categories`` (empty: the rest)."""

    categories: ClassVar[frozenset[str]] = frozenset()
    explanation = _SETUP
    default_enabled = False
    severity = Severity.INFO
    options = {
        "server-url": Option(str, "", f"LanguageTool server URL (default: ${languagetool.URL_ENV})"),
        "home": Option(str, "", f"LanguageTool install folder to start a server from (default: ${languagetool.HOME_ENV})"),
        "disabled-rules": Option(list, [], "further LanguageTool rule ids to switch off"),
        "cache": Option(bool, True, "cache results per paragraph on disk"),
        "concurrency": Option(int, 0, "requests in flight at once per process (0: one per core, or one per worker with -j)"),
    }

    def checker(self) -> languagetool.Checker:
        return languagetool.get_checker(
            self.config["server-url"], self.config["home"], self.context.language,
            DISABLED_RULES | set(self.config["disabled-rules"]), DISABLED_CATEGORIES, self.config["cache"],
            self.config["concurrency"], IGNORED_RULE_IDS.pattern)

    def prepare(self) -> None:
        """Reach (or start) the server before any input is read: LanguageToolUnavailable otherwise."""
        self.checker()

    def wants(self, category: str) -> bool:
        return category in self.categories

    def check(self, article: Article) -> Iterable[Finding]:
        if not article.paragraphs:
            return
        results = self.checker().check_article(article)
        for paragraph, matches in zip(article.paragraphs, results):
            for match in matches:
                if self.wants(match.category) and not IGNORED_RULE_IDS.search(match.rule_id) \
                        and not (match.rule_id == "EN_A_VS_AN" and _AMOUNT_AFTER.match(paragraph.text, match.end)):
                    yield self.to_finding(paragraph.start, paragraph.text, match)

    def to_finding(self, base: int, text: str, match: languagetool.LTMatch) -> Finding:
        """A finding for one match in a paragraph that starts at ``base``."""
        start, end = base + match.start, base + match.end
        found = text[match.start:match.end]
        fix = None
        if match.replacements:
            others = ", ".join(quote(r) for r in match.replacements[1:])
            fix = Fix.replace(start, end, match.replacements[0], safe=False,
                              description=f"replace with {quote(match.replacements[0])}"
                                          + (f" (or {others})" if others else ""))
        return self.finding(start, end, f"{quote(found)}: {match.message} [LanguageTool {match.rule_id}, {match.category}]",
                            fix)


class Grammar(LanguageToolRule):
    code = "NL801"
    name = "grammar"
    summary = "A grammar error found by LanguageTool (agreement, verb form, article)."
    categories = frozenset({"GRAMMAR"})
    bad = "He go to the ministry every day."
    good = "He goes to the ministry every day."


class ConfusedWords(LanguageToolRule):
    code = "NL802"
    name = "confused-words"
    summary = "A commonly confused word found by LanguageTool (their/there, affect/effect)."
    categories = frozenset({"CONFUSED_WORDS"})
    bad = "The sanctions will effect the economy."
    good = "The sanctions will affect the economy."


class LanguageToolOther(LanguageToolRule):
    code = "NL803"
    name = "languagetool-other"
    summary = "Another LanguageTool finding (punctuation, semantics, collocations, a/an)."
    bad = "He ate a apple."
    good = "He ate an apple."

    def wants(self, category: str) -> bool:
        return category not in Grammar.categories | ConfusedWords.categories


RULES = (Grammar, ConfusedWords, LanguageToolOther)
