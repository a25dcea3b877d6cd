"""NL407: a page's placeholder left where the page's script would have written text (an e-mail address hidden by
Cloudflare's e-mail protection: '[email protected]')."""

from __future__ import annotations

from typing import Iterable

from newslint import regexcache
from newslint.model import Article
from newslint.rule import Finding, Rule, Trigger, quote

# Cloudflare's placeholder for an address it hides from scrapers, written back by a script the extractor never ran
# (a space or a no-break space inside; html2text keeps it as a link's text, '[[email protected]](/cdn-cgi/…)'; a
# Markdown writer escapes its brackets, '\\[email protected\\]')
_EMAIL_PLACEHOLDER = regexcache.compile(r"\\?\[email[ \xa0]protected\\?\]")


class EmailPlaceholder(Rule):
    code = "NL407"
    name = "email-placeholder"
    summary = "An e-mail address the page hid from scrapers, left as its placeholder ('[email protected]')."
    bad = "Send your letters to [email protected] by Friday."
    good = "Send your letters to letters@example.org by Friday."
    explanation = ("Pages behind Cloudflare write '[email protected]' where an address stands and put the address "
                   "back with a script; an extractor that runs no script keeps the placeholder, and the address is "
                   "lost. There is no mechanical fix: take the address from the page's link, or drop the sentence.")
    trigger = Trigger("protected]", "protected\\]")
    # a lost address inside a line, not the line: a line of furniture the line rules report (NL311's, fallbacks that
    # yield to what covers their line) is reported beside it; where another rule names the line, said once; beside an
    # author's bio (NL313), whose contact line it often is: the bio may stay, the address is lost either way (46k)
    fallback = True
    fallback_despite = frozenset({"NL313"})

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            text = paragraph.text
            for match in _EMAIL_PLACEHOLDER.finditer(text) if "protected" in text else ():
                shown = quote(text[max(0, match.start() - 30):match.end() + 10])
                yield self.finding(paragraph.start + match.start(), paragraph.start + match.end(),
                                   f"an e-mail address left as the page's placeholder in {shown}")


RULES = (EmailPlaceholder,)
