"""NL340, NL341: a byline at the end of the text and a wire story's sign-off ('Reporting by …')."""

from __future__ import annotations

from typing import Iterable

from newslint import regexcache
from newslint.engine import ArticleGate
from newslint.fixes import delete_paragraph
from newslint.furniture import WEB_STRICT
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.boilerplate._shared import _words


_NAME_PART = r"(?:[A-Z][a-z'’-]+|[A-Z]\.|de|van|von|da|di|del|al|bin|le|la)"
# a name of two words or more, or a surname after an honorific ('Mr. Doe', 'Dr Jane Doe', 'Rev. John Smith'), and
# after a comma the agency or a role of a signature ('Reuters', 'Associated Press', 'Staff Writer', 'Pastor')
_SIGNOFF_NAME = regexcache.compile(
    r"(?:(?:By|[-–—]) )?(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Fr|Sir|Dame)\.? (?:[A-Z][a-z'’-]+|[A-Z]\.)"
    r"(?: " + _NAME_PART + r"){0,3}|(?:[A-Z][a-z'’-]+|[A-Z]\.)(?: " + _NAME_PART + r"){1,3})"
    r"(?:,? (?:Reuters|AP|AFP|Associated Press|Bloomberg|Staff Writer|Staff Reporter|Correspondent)"
    r"|, (?:[A-Z][a-z]+ ){0,2}(?:Pastor|Chairman|Chairwoman|Chair|President|Director|Secretary|Editor|Principal"
    r"|Minister|Mayor|Chief Executive|Founder|Professor))?")
# page labels, a site's link labels ('Privacy Policy', 'Terms of Use') and function words: "Related Topics", "School
# Of Rock" are not names
_NOT_NAME = WEB_STRICT | frozenset("related topics more stories comments share advertisement news read top most popular "
                                   "recommended follow us sign up subscribe newsletter home sport business policy "
                                   "terms conditions copyright sitemap contact also of the and in on at for to a an with "
                                   "from".split())
_SENTENCE_ENDS = tuple(".!?\"”’')")
_SIGNOFF_BY = r"(?:(?:Additional )?[Rr]eporting|Writing|Editing|Edited|Compiled|Reported) by [A-Z]"
# a whole paragraph, or a parenthesised sign-off anywhere: (Additional reporting by Jane Doe)
_WIRE_SIGNOFF = regexcache.compile(r"^" + _SIGNOFF_BY + r"[^\n()]*$|\(" + _SIGNOFF_BY + r"[^\n()]*\)")
_SIGNOFF_CUES = Cues(_SIGNOFF_BY)  # in every sign-off; found in the whole article at once


def trailing_byline(article: Article) -> bool:
    """Whether the article's last paragraph is only a name (see _SIGNOFF_NAME) under a paragraph ending like a
    sentence (after a list of titles it ends the list): NL340's, which NL315 leaves it to. Not where another
    paragraph above is such a signature too: a page of signed pieces (letters to the editor, readers' comments),
    whose last signature is its letter's author."""
    paragraphs = article.paragraphs
    if len(paragraphs) < 2 or not _signature(paragraphs, len(paragraphs) - 1):
        return False
    return not any(_signature(paragraphs, i) for i in range(1, len(paragraphs) - 1))


def _signature(paragraphs: list[Paragraph], index: int) -> bool:
    """The paragraph is only a name (see _SIGNOFF_NAME) under a paragraph ending like a sentence."""
    text = paragraphs[index].text
    return len(text) <= _SIGNATURE_MAX and _SIGNOFF_NAME.fullmatch(text) is not None \
        and not any(w.lower() in _NOT_NAME for w in _words(text)) \
        and paragraphs[index - 1].text.rstrip().endswith(_SENTENCE_ENDS)


_SIGNATURE_MAX = 80  # characters: a longer paragraph is no name


def _may_end_with_signature(article: Article) -> bool:
    """NL340's gate: a last paragraph short enough to be a name under another (what ``_signature`` asks first)."""
    paragraphs = article.paragraphs
    return len(paragraphs) > 1 and len(paragraphs[-1].text) <= _SIGNATURE_MAX


class TrailingByline(Rule):
    code = "NL340"
    name = "trailing-byline"
    severity = Severity.WARNING
    summary = "A last paragraph that is only a person's name (a byline or sign-off)."
    bad = "…into Ukraine.”\n\nChristi C. Elwood"
    good = "…into Ukraine.”\n\nThe talks resume on Friday."
    trigger = ArticleGate(_may_end_with_signature)

    def check(self, article: Article) -> Iterable[Finding]:
        if not trailing_byline(article):
            return
        last = article.paragraphs[-1]
        yield self.finding(last.start, last.end, f"byline left at the end of the article: {quote(last.text)}",
                           delete_paragraph(article, last, "delete the byline"))


class WireSignoff(Rule):
    code = "NL341"
    name = "wire-signoff"
    severity = Severity.INFO
    summary = "A wire-service sign-off ('Reporting by …; Editing by …') in the body."
    bad = "Reporting by Jane Doe; Editing by John Smith"
    good = "The reporting by local media could not be verified."
    explanation = "Legitimate in wire copy; worth removing when the text is republished or used for training."
    trigger = Trigger(pattern=_SIGNOFF_CUES, group="words")  # phrases: judged with the word lists (Triggers)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            if " by " not in paragraph.text:
                continue
            for match in _WIRE_SIGNOFF.finditer(paragraph.text):
                lead = len(match.group()) - len(match.group().lstrip())
                start, end = paragraph.start + match.start() + lead, paragraph.start + match.end()
                whole = match.start() == 0 and not paragraph.text[match.end():].strip()
                fix = delete_paragraph(article, paragraph, "delete the sign-off") if whole else \
                    Fix.replace(paragraph.start + match.start(), end, "", safe=False, description="remove the sign-off")
                yield self.finding(start, end, f"wire sign-off: {quote(match.group().strip())}",
                                   Fix(fix.edits, safe=False, description=fix.description))
