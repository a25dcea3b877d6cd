"""NL343: a page's blocks glued at their seam by ``get_text()`` without a separator ('BerryessaByJ.R. Stone')."""

from __future__ import annotations

from typing import Iterable

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.extraction._shared import _unigram
from newslint.rules.extraction.glue import GlueSuspects


# openers that also end a brand or a button written solid ('ThankYou', 'ReadMore'): a seam only where the web never
# writes the two words solid, but for 'I' (no brand ends in it; the web writes many a name with an 'i' after it solid)
_RARER_OPENERS = ("I|You|Your|Our|My|One|Some|Many|Most|More|What|How|Why|Who|From|With|So|Since|Before|During|"
                  "Despite|Although|Though|Once|Even|Only|Last|Next|Today|Yesterday|Earlier|Later|Meanwhile|According")
_RARER = frozenset(_RARER_OPENERS.split("|"))
# the words that open a sentence of prose or a byline, glued to the last word of the block before
_OPENERS = ("The|This|That|These|Those|There|A|An|In|It|He|She|They|We|His|Her|Their|Its|But|On|At|For|When|"
            "After|As|If|While|However|" + _RARER_OPENERS)
# a capital after a lower-case letter or a digit: where a seam may be (led by the capital, which few characters are,
# not by the lower-case letter, which most are: a search tried each lower-case letter)
_CAPITAL_AFTER_LOWER = regexcache.compile(r"[A-Z](?<=[a-z0-9].)")
_LONGEST_WORD = 40
# a byline's name after 'By' and a space: a first name and a surname, or a name or an agency in capitals ('By AFP')
_BY_NAME = r" (?:[A-Z][a-z]+ [A-Z]|[A-Z]{2,}\b)"
# a teaser's title that ends on a figure glued to its byline ('things to know for May 26By Jane Doe'), only before 'By'
_BLOCK_SEAM = regexcache.compile(r"(?<![\w@#/.\\&-])(?P<end>[A-Z][a-z]{2,}|[a-z]{3,}|\d{1,4}(?=By))(?:(?P<opener>"
                                 + _OPENERS + r")(?= [a-z])|(?P<by>By)(?:(?P<name>[A-Z])|(?=" + _BY_NAME + ")))")
# what every seam holds: two lower-case letters, then an opener and a lower-case word, or 'By' and a name (a digit
# before it too)
_SEAM_CUES = Cues(r"[a-z][a-z](?:" + _OPENERS + r") [a-z]|[a-z][a-z]By(?:[A-Z]|" + _BY_NAME + r")|[0-9]By" + _BY_NAME)


class GluedBlocks(Rule):
    code = "NL343"
    name = "glued-blocks"
    severity = Severity.WARNING
    fallback = True  # NL102/NL103 report the glue they recognise; this rule takes the seams they leave
    trigger = Trigger(pattern=_SEAM_CUES)
    summary = "The last word of one block of a page glued to the first of the next (text extracted without a separator)."
    bad = "Resort planned at Lake BerryessaByJ.R. Stone\nPhoto: Jane OkonkwoThis article first appeared in print."
    good = "Resort planned at Lake Berryessa\nBy J.R. Stone\nThe PlayStation and YouTube accounts were closed."
    explanation = ("BeautifulSoup's get_text() without a separator joins the blocks of a page with nothing between "
                   "them: a headline runs into its byline ('BerryessaByJ.R. Stone'), a caption's credit into the "
                   "story ('OkonkwoThis article'). The seam is a word in lower or title case directly followed by "
                   "a word that opens a sentence ('The', 'This', 'A', 'He'; a rarer one, 'I', 'Some', 'Last', only "
                   "where the web never writes the two words solid: not 'ThankYou') and then a lower-case word, or by 'By' "
                   "and a name or an agency (after a teaser's closing figure too: 'the 300By JANE DOE'). Camel-case names and brands (YouTube, PlayStation, McDonald, DeAndre) do not end in "
                   "such a word and pass; acronyms (NASA astronaut) are left alone, and so is a form the web writes solid "
                   "('LinkedIn is', 'PostIt notes') in a page with no other case change the web does not write.")

    def check(self, article: Article) -> Iterable[Finding]:
        suspects = article.shared("extraction.glue-suspects", GlueSuspects)
        unknown_runs = None  # whether the page has a letter run with a case change the web never writes solid
        for offset, text in suspects.segments:
            for capital in _CAPITAL_AFTER_LOWER.finditer(text):  # a cheap scan; the seam's pattern only where it may start
                floor = max(0, capital.start() - 1 - _LONGEST_WORD)  # linear even in a huge camel-case run
                start = capital.start() - 1
                while start > floor and text[start - 1].isalnum():
                    start -= 1
                match = _BLOCK_SEAM.match(text, start)
                if match and match.group("opener") in _RARER and match.group("opener") != "I" \
                        and _unigram(match.group("end") + match.group("opener")) > 0:
                    continue  # a form the web writes solid: 'ThankYou for', 'AppleOne is' (a name before 'I am': any)
                if not match or match.end("end") != capital.start():
                    continue
                if match.group("opener") not in (None, "I") \
                        and _unigram(match.group("end") + match.group("opener")) > 0:
                    if unknown_runs is None:
                        unknown_runs = any(_unigram(run_text[run_start:run_end]) == 0
                                           for _, run_text, spans in suspects.runs() for run_start, run_end in spans)
                    if not unknown_runs:
                        continue  # a brand the web writes solid, in a page with no other glue ('LinkedIn is')
                seam = offset + match.end("end")
                edits = [Edit(seam, seam, " ")]
                if match.group("name"):  # 'ByJ.R. Stone': the name is glued to 'By' too
                    edits.append(Edit(offset + match.start("name"), offset + match.start("name"), " "))
                end = offset + (match.end("name") if match.group("name") else match.end())
                glued = article.text[offset + match.start():end]
                yield self.finding(offset + match.start(), end, f"two blocks of the page glued at {quote(glued)}",
                                   Fix(tuple(edits), description="insert a space at the seam"))
