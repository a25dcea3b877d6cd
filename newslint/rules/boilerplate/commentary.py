"""NL319: live match commentary pasted into the body."""

from __future__ import annotations

from typing import Iterable

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Finding, Fix, Rule, Severity, Trigger, quote


_COMMENTARY = regexcache.compile(r"(?:Match ends|(?:First|Second) Half (?:ends|begins)|Foul by|Hand ball by|Attempt "
                         r"(?:missed|saved|blocked)|Corner|Substitution|Offside|Delay (?:in match|over)|Goal!|"
                         r"Penalty (?:conceded|saved|missed)|Dangerous play by|Own Goal by|Lineups are announced|\) wins a free kick)"
                         r"\b[,.!]?")
_COMMENTARY_CUES = ("Foul by", "Attempt ", "Corner, ", "Match ends")  # a feed of four items or more holds one
MIN_COMMENTARY_ITEMS = 4


class LiveCommentary(Rule):
    code = "NL319"
    name = "live-commentary"
    severity = Severity.WARNING
    trigger = Trigger(*_COMMENTARY_CUES)  # the engine's one pass for every trigger, where four scans cost 35 k instructions
    summary = "A live match-commentary feed (Foul by…, Corner, …, Attempt saved…) scraped with the report."
    bad = "…said the manager.Match ends, Leeds 2, Hull 1.Foul by A. Smith (Hull).Corner,  Leeds.Attempt saved. …"
    good = "…said the manager."
    explanation = ("Sports pages carry an automatic play-by-play feed under the report; a scraper keeps it as a "
                   "run of short items glued to the story. Reported once, from the first item to the last, when "
                   f"at least {MIN_COMMENTARY_ITEMS} items of the feed's fixed forms appear in one paragraph.")

    def check(self, article: Article) -> Iterable[Finding]:
        if not any(cue in article.text for cue in _COMMENTARY_CUES):
            return  # one look at the whole text: nearly every article has no feed
        for paragraph in article.paragraphs:
            text = paragraph.text
            if not any(cue in text for cue in _COMMENTARY_CUES):
                continue
            items = [m for m in _COMMENTARY.finditer(text) if m.group().endswith((",", ".", "!", "kick"))
                     or text.startswith(" by", m.end())]
            if len(items) < MIN_COMMENTARY_ITEMS:
                continue
            end = text.find(".", items[-1].end())
            end = len(text.rstrip()) if end < 0 else end + 1
            start, end = paragraph.start + items[0].start(), paragraph.start + end
            yield self.finding(start, end, f"live match commentary ({len(items)} items) scraped with the text: "
                               f"{quote(article.text[start:min(end, start + 80)])}",
                               Fix.replace(start, end, "", safe=False, description="remove the commentary"))
