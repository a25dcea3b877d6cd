"""NL342: prose boilerplate in which the site speaks to the reader (sign-up, paywall, cookies, comments)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from newslint import regexcache
from newslint.cuewindows import SpansByRe2
from newslint.fixes import delete_paragraph
from newslint.furniture import PRESS_COMMENT, shapes_of, story_extent
from newslint.lineshapes import EXTRACT_PERMISSION
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Severity, Trigger, quote
from newslint.rules.lines._shared import _FOLDED_LETTERS, _REPORTED, _SENTENCE_ENDS
from newslint.textutil import word_texts


# for the rules' triggers (RE2 cues over the whole text, a superset of what each rule reports): every character
# Python's str.isspace() takes, which separate paragraphs in Article.text (RE2's \s is ASCII; any character beyond
# ASCII stands in for the few that are: a smaller automaton in the engine's set of every trigger); the letters (?i) folds: _shared._FOLDED_LETTERS.
# Inside the cues' (?i) the class is case-sensitive and names K, S, k, s, what (?i) folds onto the Kelvin and long s
# signs of its non-ASCII range: the same characters, which RE2 no longer finds by folding a million code points at
# each of the 70-odd spaces (7 M instructions per compile of the cues; tests/rules/test_reader_prompt.py)
_ANY_SPACE = r"(?-i:[\t-\r\x1c-\x1f\x20\x{80}-\x{10FFFF}KSks])"

# the page's own business: sign-up, paywall, cookies, comment policy, legal (not 'site' or 'email' alone)
_SITE_BUSINESS = regexcache.deferred(
    r"(?i)\b(?:subscrib(?:e|ed|er|ers|ing)|subscriptions?|newsletters?|sign(?:ing)? up|sign in|log ?in|logged in|"
    r"cookies?|privacy policy|terms of (?:use|service)|terms (?:&|and) conditions|reprint\w*|copyright\w*|"
    r"all rights reserved|ad ?blockers?|notifications|(?:digital|unlimited) access|e-?mail us|click here|"
    r"community guidelines|letters? to the editor|unsubscribe|opt out|comments?|email address(?:es)?|"
    r"(?:our|this) (?:web)?site|advertise with us|follow us|contact us|(?:post|leave) a comment|"
    r"(?:advertising|affiliate|editorial) (?:disclosure|disclaimer|policy)|affiliate links?|"
    r"(?:we|may|to) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation)|"
    r"apps? (?:for|on) (?:ios|android|iphone)|"
    # the site's money and its readers' part in it: affiliate notices, donations, memberships ('As an Amazon Associate,
    # we earn from qualifying purchases', 'If you value our reporting, please consider making a donation')
    r"qualifying purchases|amazon associates?|use (?:of )?cookies|affiliate (?:commissions?|programs?|partnerships?)|"
    r"independently (?:selected|chosen|reviewed|review|select|choose)|reader-(?:supported|funded)|"
    r"(?:our|independent|local|quality) (?:journalism|reporting)|(?:make|making|with) a (?:donation|contribution)|donate|support(?:ing)? (?:us|our work)|"
    r"become a (?:member|subscriber|supporter|patron)|free (?:articles|stories)|"
    r"our (?:free )?(?:[a-z-]+ )?(?:briefing|digest|bulletin)s?|"
    # the site asking for the reader's tips, corrections and stories ('Spotted an error? Let us know.')
    r"let us know|get in touch|our newsroom|news ?tips?|(?:report|request|submit) an? (?:correction|error|typo)|"
    r"(?:fill (?:in|out)|complete|use) (?:the|this|our) form|"
    r"(?:share|send us|tell us) your (?:views|story|stories|experiences?|thoughts|photos|pictures|videos))\b")
# what a publication's description of itself speaks of (a company's does not: 'Acme Ltd was founded in 1975 and makes
# bolts'), words rare in news prose
_NEWS_WORDS = regexcache.deferred(
    r"(?i)\b(?:newsroom|journalism|(?:our|its) journalists|news (?:site|outlet|organi[sz]ation|service|publication|source|platform)|(?:daily|weekly|local|independent|online|digital) (?:newspapers?|magazines?|publications?)|"
    r"newspaper (?:group|company|publisher)|non-?profit|reader-(?:supported|funded)|press (?:standards|council)|"
    r"(?:independent|fact-based|investigative|quality|in-depth) reporting|breaking news|news coverage|"
    r"media (?:company|group|outlet|organi[sz]ation|network|brand|inc|llc|ltd|plc|corp))\b")

# the same words for a text lowered first (no capital in the pattern)
_SITE_BUSINESS_LOWER = regexcache.compile(_SITE_BUSINESS.pattern.replace("(?i)", "", 1))


def _spaced_cues(pattern: str, space: str = _ANY_SPACE) -> str:
    """A ``(?i)`` pattern of words as an RE2 cue whose words any white space (``space``) parts."""
    return pattern.replace("(?i)", "(?i:", 1).replace(" ?", space + "*").replace(" ", space + "+") + ")"


# what every finding of NL342 holds: a name of _SITE_BUSINESS or of _NEWS_WORDS, its words parted by any white space
# (a prompt broken over lines is read with its lines joined by a space)
_SITE_BUSINESS_CUES = Cues(_spaced_cues(_SITE_BUSINESS.pattern) + "|" + _spaced_cues(_NEWS_WORDS.pattern) + "|"
                           + _FOLDED_LETTERS)
# the same matches in a lower-cased ASCII text, for Python's re (a third of its cost with (?i)): _ANY_SPACE's ASCII
# characters, lower-cased; the folded letters are not ASCII
_ASCII_SPACE = r"[\t-\r\x1c-\x1f\x20ks]"
_ASCII_CUES = regexcache.deferred((_spaced_cues(_SITE_BUSINESS.pattern, _ASCII_SPACE) + "|"
                                   + _spaced_cues(_NEWS_WORDS.pattern, _ASCII_SPACE)).replace("(?i:", "(?:"), re.ASCII)
_ASCII_CUES_MAX = 12_000  # characters: about 1 M instructions a thousand, where RE2's compile costs 16 M
# cues that news prose also uses as verbs ('you can sign up for alerts at the store'): a prompt only with an
# imperative
# cues that address the reader by themselves
_ADDRESSING_CUES = frozenset("click here|email us|e-mail us|follow us|contact us|advertise with us".split("|"))
_VERB_CUES = frozenset("sign up|signing up|sign in|log in|login|logged in|notifications".split("|"))
# cues of the site asking for news, a prompt only where one opens a sentence ('Spotted an error? Let us know.'; not a
# live blog's 'We would be glad if readers got in touch …', nor a series' '… find out how to get in touch')
_ASKING_CUES = frozenset(("let us know", "get in touch"))
_ASKING = regexcache.compile(r"(?:^|[.!?:]\s+)(?:[Pp]lease )?(?:[Ll]et us know|[Gg]et in touch)\b")
# the comment section named alone: a comment policy only where the site speaks ('we', 'please')
_COMMENT_CUES = frozenset(("comment", "comments"))
_PLEASE = regexcache.compile(r"\b[Pp]lease\b")
_SOMEONES_COMMENTS = regexcache.compile(r"(?:\b(?:his|her|their|its)|\w['’]s?) comments?\b")  # remarks, not the section
_COMMENT_WORD = regexcache.compile(r"\b[Cc]omments?\b")  # (every one a request for comment, PRESS_COMMENT: no prompt)
_FIRST_PERSON = regexcache.compile(r"\b(?:I|me|my|mine|myself)\b|\bI[’'](?:m|ve|d|ll)\b")
BUSINESS_HINTS = frozenset("""subscribe subscribed subscriber subscribers subscribing subscription subscriptions
newsletter newsletters sign signing log login logged cookie cookies privacy terms reprint reprints reprinting copyright
copyrighted rights adblocker blocker blockers notifications access email e-mail click guidelines editor
unsubscribe opt comment comments website site advertise follow advertising affiliate editorial commission
compensation contact ios android iphone qualifying amazon independently reader-supported reader-funded journalism
reporting donation contribution donate member supporter patron free briefing digest bulletin let touch newsroom tip
tips newstip newstips correction error typo form views story stories experience experiences thoughts photos
pictures videos support supporting""".split())
# names of the site's business that only its own notices use: with 'we', 'our' or 'this post' they need no more
# ('This post may contain affiliate links.', 'Hillside Press is paid a share of sales made via links …')
_NOTICE_CUES = frozenset("""qualifying purchases|amazon associate|amazon associates|affiliate links|affiliate link|
reader-supported|reader-funded|use cookies|use of cookies""".replace("\n", "").split("|"))
_NOTICE_ENDS = ("commission", "compensation")
_SITE_ITSELF = regexcache.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Tt]his (?:post|article|story|page|site|website|review|guide))\b")
_YOU = regexcache.compile(r"(?i)\b(?:you|your|yours|you[’']re|you[’']ll|you[’']ve|please)\b")
_WE = regexcache.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# a verb of the site's business opening a sentence or following a colon ('Enjoying this story? Subscribe …')
_IMPERATIVE = regexcache.compile(r"(?:^|[.!?:]\s+)(?i:sign|subscribe|join|click|visit|follow|read|submit|contact|enable|"
                         r"download|get|register|log|share|email|e-mail|support|donate|tap|watch|listen|leave|"
                         r"send|become|start|try|view|see|let|tell|fill|report|write|consider|help)\b")
# an imperative after a phrase of purpose ('For the latest news, download our app', 'To stay informed, sign up …')
_PURPOSE_IMPERATIVE = regexcache.compile(r"(?:^|[.!?:]\s+)(?:For|To) [^.!?,\n]{1,80}?,? (?i:download|subscribe|sign up|"
                                         r"visit|join|click|register|follow) (?:the|our|us|to|for|here|now)\b")
# the reader's consent to the site's terms ('By signing up, you agree to our …', 'I agree to receive the newsletter'),
# or a use of the site taken as it ('Staying on these pages is read as giving consent to …')
_CONSENT = regexcache.compile(r"\b(?:[Yy]ou|I) (?:agree|consent)\b|\b(?:giving|gives|implies|constitutes) (?:your )?consent\b")
# the reader told what to do with the comment section ('Use the comment form below', 'Join the conversation'), not 'Use
# of the park drew comments'
_COMMENT_ACTION = regexcache.compile(r"(?:^|[.!?:]\s+)(?i:use|join|read|leave|post|add|submit|share) (?:the|our|your|a)\b")
_PROMPT_MAX = 700  # characters: a longer paragraph is a whole one-line article, not a prompt
_PROMPT_MIN_WORDS = 6  # a shorter line ('Subscribe', 'Log in') is furniture, NL311's
_LIST_START = regexcache.compile(r"[-–—•*·][ \xa0]|\d{1,2}[.)][ \xa0]")


class ReaderPrompt(Rule):
    code = "NL342"
    name = "reader-prompt"
    severity = Severity.WARNING
    fallback = True  # quiet where a specific rule (NL302's newsletter promotion) reports the same sentences
    yields_to = frozenset({"NL311"})  # a line NL311's model reports too: its classes hold this rule's, and more
    # a long word list: a set of its own (Triggers), whose pass tells whether a text holds a cue (_cue_spans)
    trigger = Trigger(pattern=_SITE_BUSINESS_CUES, group="words", answers=(_SITE_BUSINESS_CUES,))
    summary = "A paragraph in which the site speaks to the reader about itself: sign-up, paywall, cookies, comment policy."
    bad = ("The council met on Monday.\n\nSign up and stay up to date with our free newsletter.\n\n"
           "This website uses cookies so that we can provide you with the best user experience.\n")
    good = "The council met on Monday.\n\nThe company said users could opt out of the newsletter.\n"
    explanation = ("Boilerplate that reads like a sentence: it names the site's own business (subscribing, a "
                   "newsletter, cookies, the privacy policy, the comment section, reprints) and addresses the "
                   "reader (you, your, please, an imperative such as 'Sign up', 'click here', 'follow us', or "
                   "'we'/'our' with two such names); three such names make a legal notice. Paragraphs that report "
                   "speech (quotation marks, said, told), list items and paragraphs longer than a prompt are left "
                   "alone; a short line ('Subscribe') is NL311's. A prompt an extractor broke into three to eight "
                   "short lines at its links is read as one paragraph; the text of a box under its label is the site's too "
                   "(its description of itself under 'About us', a newsletter's under its sign-up heading). The "
                   "site's money is its business too (an affiliate notice, 'we may earn a commission', a call for "
                   "donations or members), and so is its call for the reader's news ('Spotted an error? Let us "
                   "know.'); a short description of the publication itself ('X is an independent, nonprofit "
                   "newsroom …', 'X is part of the Y Media Group', 'Our mission is …', 'X covers … news coverage …') is reported "
                   "after the story or among the body's last two paragraphs, and the short heading of a box over a "
                   "prompt ('Publisher's Note') with it. After the story of a whole page, a prompt's paragraph is "
                   "reported whole (an author's note that closes with the site's 'follow us'), not its prompt's "
                   "sentences alone.")

    def check(self, article: Article) -> Iterable[Finding]:
        # (no article-wide look at its words: most triggered articles are long); a run that asks no trigger (a few
        # articles) reads a short ASCII text with Python's re rather than compile the cues for RE2
        cued = _cued_paragraphs(article, compile_cues=self.trigger is not None)
        if not cued:  # no cue in the whole text, where the trigger does not fire: a series blurb or a description
            return  # under 'About us' alone is not reported (a run without triggers reports what one with them does)
        reported = set()
        story_end = None  # the story's last paragraph, found where a prompt's paragraph holds more than its cue
        for paragraph, words in zip(article.paragraphs, article.paragraph_words):
            text = paragraph.text
            cue = paragraph.index in cued
            if not cue and "\n" not in text and not text.startswith(_BLURB_OPENERS):
                continue  # (most paragraphs)
            business = site_speaks(text, words, cue)
            if not business and "\n" in text and not article.ocr.ocr:
                yield from self._lines_of_block(paragraph, cue)
            elif business:
                reported.add(paragraph.index)
                start, end = _cue_sentences(text)
                if (start or end < len(text.rstrip())) and not _REPORTED.search(text):
                    if story_end is None:
                        texts = [p.text for p in article.paragraphs]
                        story_end = story_extent(texts, shapes_of(texts))[1]
                    if paragraph.index > story_end:  # (after the story: the whole paragraph is the site's box)
                        start, end = 0, len(text.rstrip())
                fix = delete_paragraph(article, paragraph, "delete the paragraph")
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   f"the site speaks to the reader ({', '.join(sorted(business))}): {quote(text)}",
                                   Fix(fix.edits, safe=False, description=fix.description))
        yield from self._pitch_between(article, reported)
        yield from self._described_under_label(article, reported)
        yield from self._site_described(article, reported, cued)
        yield from self._box_heading(article, reported)
        for run in _fragment_runs(article.paragraphs) if cued else ():
            if reported.isdisjoint(run) and not cued.isdisjoint(run):  # (a prompt's cue touches its lines)
                yield from self._broken_prompt(article, run)

    def _pitch_between(self, article: Article, reported: set[int]) -> Iterable[Finding]:
        """The rest of a pitch box between two prompts a few paragraphs apart ('When you join …, you'll get …' /
        'Join now to get:' / '— Instant access …' / 'First-time subscribers also receive …' / 'If you're already a
        subscriber, log in …'), or after the last prompt to the body's end (the box closes the page, 30f): each
        paragraph between them is a list item, a line that opens a list, or speaks of the site's business or to the
        reader; one paragraph that does not (the story between two prompts) keeps them all."""
        prompts = sorted(reported)
        ends = [*prompts[1:], len(article.paragraphs)] if prompts else []  # (the last: to the body's end)
        for above, below in zip(prompts, ends):
            between = range(above + 1, below)
            if 0 < len(between) <= _PITCH_MAX and all(
                    _pitch_part(article.paragraphs[j].text, article.paragraph_words[j]) for j in between):
                reported.update(between)
                for j in between:
                    paragraph = article.paragraphs[j]
                    fix = delete_paragraph(article, paragraph, "delete the paragraph")
                    yield self.finding(paragraph.start, paragraph.end,
                                       f"part of the site's pitch around its prompts: {quote(paragraph.text)}",
                                       Fix(fix.edits, safe=False, description=fix.description))

    def _box_heading(self, article: Article, reported: set[int]) -> Iterable[Finding]:
        """The heading of the site's box over a prompt it reports ('Publisher's Note' / 'Freedom of speech is our core
        value … let us know …'): a line of one to five words, a capital first, no sentence's end, not a list item."""
        paragraphs, words = article.paragraphs, article.paragraph_words
        for index in sorted(reported):
            above = index - 1
            if above < 0 or above in reported or paragraphs[index].text[:1].islower():
                continue  # (a line that goes on in lower case below it is a sentence broken at its link)
            text = paragraphs[above].text.strip()
            if not 0 < len(words[above]) <= _HEADING_WORDS or not text[:1].isupper() or len(text) > _HEADING_MAX \
                    or text.endswith(_SENTENCE_ENDS) or _LIST_START.match(text) or _ABOUT_LABEL.fullmatch(text):
                continue  # ('About us' over a description is NL311's label)
            paragraph = paragraphs[above]
            fix = delete_paragraph(article, paragraph, "delete the heading")
            yield self.finding(paragraph.start, paragraph.end, f"the heading of the site's box: {quote(text)}",
                               Fix(fix.edits, safe=False, description=fix.description))

    def _described_under_label(self, article: Article, reported: set[int]) -> Iterable[Finding]:
        """The text of a box of the site's under its label: the site's description of itself under 'About us' (or
        glued to it, 'ABOUT USThe Valley Times is …'), a newsletter's description under its sign-up heading ('Sign up
        for the Daily Newsletter' / 'Daily news about politics and culture.' / 'Email'). A description is a sentence
        or two; a line of a menu under the label is NL311's."""
        if not any(cue in article.text for cue in _LABEL_CUES):
            return  # (most pages: no such label)
        paragraphs, words = article.paragraphs, article.paragraph_words
        for paragraph in paragraphs:
            text, index = paragraph.text, paragraph.index
            about = "the site's description of itself under its 'About us' label"
            if len(text) > _LABEL_MAX:  # a description glued to its label, or (most paragraphs) no label at all
                if len(text) > _PROMPT_MAX or not _GLUED_ABOUT_LABEL.match(text):
                    continue
                below, why = paragraph, about
            elif index + 1 < len(paragraphs) and _ABOUT_LABEL.fullmatch(text):
                below, why = paragraphs[index + 1], about
            elif index + 1 < len(paragraphs) and _NEWSLETTER_HEADING.fullmatch(text) \
                    and len(words[index + 1]) <= _BLURB_WORDS \
                    and (index + 2 == len(paragraphs) or len(words[index + 2]) <= _FIELD_WORDS):
                below, why = paragraphs[index + 1], "a newsletter's description under its sign-up heading"
            else:
                continue
            if below.index in reported or len(below.text) > _PROMPT_MAX or len(words[below.index]) < _PROMPT_MIN_WORDS \
                    or not below.text.rstrip().endswith(_SENTENCE_ENDS) or _REPORTED.search(below.text):
                continue
            reported.add(below.index)
            fix = delete_paragraph(article, below, "delete the paragraph")
            yield self.finding(below.start, below.end, f"{why}: {quote(below.text)}",
                               Fix(fix.edits, safe=False, description=fix.description))

    def _site_described(self, article: Article, reported: set[int], cued: set[int]) -> Iterable[Finding]:
        """The site's description of itself in the page's footer ('The Valley Courier is an independent, nonprofit
        newsroom …', 'Northside Times is part of the Riverbend Media Group.', 'Our mission is to …'): a short
        paragraph of a sentence or three that opens on such a description, speaks of news, journalism or a
        publication, reports no speech, and comes after the story (a whole page's footer) or among the body's last
        two paragraphs (the story's extent found without the descriptions). A story's own paragraph about a
        newspaper, higher up, is left alone."""
        paragraphs = article.paragraphs
        candidates = [p for p in paragraphs[1:] if p.index in cued and p.index not in reported and len(p.text) <= _SELF_MAX
                      and p.text.rstrip().endswith(_SENTENCE_ENDS) and describes_the_site(p.text)
                      and not _FIRST_PERSON.search(p.text)]
        if not candidates:
            return  # (most pages)
        tail = len(paragraphs) - _SELF_TAIL
        story_end = len(paragraphs)
        if any(p.index < tail for p in candidates):
            texts = [p.text for p in paragraphs]
            shapes = shapes_of(texts)
            for p in candidates:
                shapes[p.index] = (0, False)  # (the description is no prose of the story, however long)
            story_end = story_extent(texts, shapes)[1]
        for paragraph in candidates:
            if paragraph.index >= tail or paragraph.index > story_end:
                reported.add(paragraph.index)
                fix = delete_paragraph(article, paragraph, "delete the paragraph")
                yield self.finding(paragraph.start, paragraph.end,
                                   f"the site's description of itself after the story: {quote(paragraph.text)}",
                                   Fix(fix.edits, safe=False, description=fix.description))

    def _lines_of_block(self, paragraph: Paragraph, cued: bool) -> Iterable[Finding]:
        """The prompts among the lines of a block (an extractor's output with blank or white-space lines between
        some blocks is read as hard-wrapped, each block one paragraph: 'Blackett said …' / 'Barbados Today
        discourages any commentary … our comment section …'): a line read on its own where it is a whole unit of
        the text, a capital first and a sentence's end last, under a line that ends like a sentence too (a line of
        print is a piece of a sentence)."""
        offset, after_sentence = 0, True
        for line in paragraph.text.split("\n"):
            stripped = line.strip()
            closed = stripped.endswith(_SENTENCE_ENDS)
            if after_sentence and closed and stripped[:1].isupper():
                business = site_speaks(stripped, word_texts(stripped), cued)
                if business:
                    start = paragraph.start + offset + line.index(stripped[0])
                    yield self.finding(start, start + len(stripped),
                                       f"the site speaks to the reader ({', '.join(sorted(business))}): {quote(stripped)}",
                                       Fix.replace(start, start + len(stripped), "", safe=False,
                                                   description="remove the line"))
            after_sentence = closed or not stripped
            offset += len(line) + 1

    def _broken_prompt(self, article: Article, run: list[int]) -> Iterable[Finding]:
        """A prompt an extractor broke into lines at its links ('please subscribe to' / 'The Times' / '. You
        can choose a' / '$60 Annual Subscription'): the run of fragments read as one paragraph."""
        paragraphs = [article.paragraphs[j] for j in run]
        text = " ".join(p.text for p in paragraphs)
        business = reader_prompt(text, [w for j in run for w in article.paragraph_words[j]])
        if business:
            edits = [edit for p in paragraphs for edit in delete_paragraph(article, p).edits]
            whole = Edit(min(e.start for e in edits), max(e.end for e in edits), "")
            yield self.finding(paragraphs[0].start, paragraphs[-1].end,
                               f"the site speaks to the reader over {len(run)} broken lines "
                               f"({', '.join(sorted(business))}): {quote(text)}",
                               Fix((whole,), safe=False, description="delete the lines"))


# a publication describing itself, its first words: its name and what it is, whose it is, what it does, when it was
# founded ('The Valley Courier is an independent newsroom', 'Northside Times is part of …', 'X uses investigative
# journalism …', 'Founded in 1887, …', 'Our mission is …', 'We are a reader-supported publication')
_NAME = r"(?!(?:It|He|She|They|This|That|These|Those|There|Which|Who)\b)(?:The |the )?[A-Z][\w.&’'-]*(?: (?:of |for |and |& )?[A-Z][\w.&’'-]*){0,4}"
_SELF_DESCRIPTION = regexcache.compile(
    r"(?:Founded|Established|Launched|Published|Publishing)(?: in| since)? (?:[A-Z][a-z]+ )?\d{4}\b"
    r"|(?:Our (?:mission|goal|aim|purpose|journalists|reporters|editors|newsroom) |We are (?:an?|the) )"
    r"|" + _NAME + r",? (?:is|was|has been|are) (?:an?|the|part of|a subsidiary of|a division of|a brand of|owned by|"
    r"published by|a member of|a publication of|(?:proudly )?(?:founded|established|launched)) "
    r"|" + _NAME + r" (?:uses|covers|brings you|is dedicated to|was founded) ")
_SELF_MAX = 700  # characters: a description is a sentence or three (a footer's three long ones: 400 missed them, 30f)
_SELF_TAIL = 2  # the body's last paragraphs, where an extract keeps the footer's description

# the label of the box in which a site describes itself: 'About us', 'ABOUT US', 'Who we are' (not 'About Face', a
# subheading of the story)
_ABOUT_LABEL = regexcache.compile(r"\s*(?:About [Uu]s|ABOUT US|Who [Ww]e [Aa]re|WHO WE ARE):?\s*")
# one is in every match of _ABOUT_LABEL, _GLUED_ABOUT_LABEL and _NEWSLETTER_HEADING
_LABEL_CUES = ("About us", "About Us", "ABOUT US", "Who we are", "Who We Are", "WHO WE ARE", "ewsletter")
_LABEL_MAX = 80  # characters of a box's label
_GLUED_ABOUT_LABEL = regexcache.compile(r"\s*(?:ABOUT US|About [Uu]s)(?=[A-Z][a-z])")  # a get_text() page's box
# a newsletter box's heading: 'Sign Up for the Intelligencer Newsletter', 'Get our Morning Briefing newsletter'
_NEWSLETTER_HEADING = regexcache.compile(r"\s*(?:(?i:sign up|subscribe|get|join)\b[^.!?\n]{0,60}\b[Nn]ewsletters?"
                                         r"|[A-Z][^.!?\n]{0,40}\b[Nn]ewsletters?)\W{0,2}")
_BLURB_WORDS = 30  # words of a newsletter's description
_FIELD_WORDS = 3  # words of the line under it: a form's field or button ('Email', 'Sign up'), not the story


_FRAGMENT = 80  # characters: a longer line is not a fragment of a sentence broken at its links


def _fragment_runs(paragraphs: list[Paragraph]) -> Iterable[list[int]]:
    """Runs of three to eight short lines that do not end like a sentence (the last may), one of them going on in
    lower case or with punctuation: one sentence or two that an extractor broke at every link or inline tag."""
    run: list[int] = []
    for paragraph in [*paragraphs, None]:
        text = paragraph.text if paragraph is not None else ""
        if paragraph is not None and len(text) <= _FRAGMENT:
            run.append(paragraph.index)
            if not text.rstrip().endswith(_SENTENCE_ENDS):
                continue
        if 3 <= len(run) <= 8 and any(not paragraphs[j].text[:1].isupper() for j in run[1:]):
            yield run  # (a line that goes on in lower case or with a stop: a sentence broken, not a menu)
        run = []


_HEADING_WORDS = 5  # words of a box's heading ('Publisher's Note', 'Join the conversation')
_HEADING_MAX = 40  # characters of it
_PITCH_MAX = 8  # paragraphs between two prompts: more is the story, or two boxes


def _pitch_part(text: str, words: list[str]) -> bool:
    """Whether a paragraph between two prompts belongs to their box: a list item or a line that opens a list
    ('Join now or renew to get:'), or a short paragraph that names the site's business or addresses the reader,
    never reported speech."""
    if len(text) > _PROMPT_MAX or _REPORTED.search(text):
        return False
    return bool(_LIST_START.match(text)) or text.rstrip().endswith(":") \
        or not BUSINESS_HINTS.isdisjoint(map(str.lower, words)) or bool(_YOU.search(text) or _IMPERATIVE.search(text))


_SENTENCE_GAP = regexcache.compile(r"(?<=[.!?])\s+")


def _cue_sentences(text: str) -> tuple[int, int]:
    """The span of the sentences of ``text`` that name the site's business (the finding's span: a finding of
    another rule elsewhere in the paragraph does not silence this fallback, and does not bring it back once
    fixed)."""
    cues = [m.span() for m in _SITE_BUSINESS.finditer(text)] or [(0, len(text))]  # (a series blurb: the paragraph)
    gaps = [m.span() for m in _SENTENCE_GAP.finditer(text)]
    start = max((e for s, e in gaps if e <= cues[0][0]), default=0)
    end = min((s for s, e in gaps if s >= cues[-1][1]), default=len(text.rstrip()))
    return start, end


# the site introducing the series the article belongs to ('Welcome to The Long Decade, our look back at …', 'This
# article is part of …'), its first words
_SERIES_BLURB = regexcache.compile(
    r"(?:Welcome to [^.!?\n]{1,80}, our\b|This (?:article|story|piece|essay|report|interview|column|post|episode) "
    r"is (?:part|one|the \w+ (?:part|installment|instalment)) of\b)")
_BLURB_OPENERS = ("Welcome to ", "This ")  # (asked before the pattern: most paragraphs open otherwise)
_BLURB_MAX = 400  # characters: a blurb is a sentence or two


def site_speaks(text: str, words: list[str], cued: bool = True) -> set[str]:
    """The cues of NL342 when the paragraph ``text`` is a reader prompt, or ``{'series blurb'}`` when it opens by
    introducing the site's series, else an empty set. ``cued=False``: the text holds no cue (see
    :func:`_cued_paragraphs`), so it is no prompt."""
    if text.startswith(_BLURB_OPENERS) and len(text) <= _BLURB_MAX and _SERIES_BLURB.match(text) \
            and not _REPORTED.search(text):
        return {"series blurb"}
    return reader_prompt(text, words) if cued else set()


def _cued_paragraphs(article: Article, compile_cues: bool = True) -> set[int]:
    """The indexes of the paragraphs that a match of the rule's cues (:data:`_SITE_BUSINESS_CUES`, a superset of
    :data:`_SITE_BUSINESS` and :data:`_NEWS_WORDS`) touches, found in one RE2 pass over the article: only in them can
    a prompt or a description be (Python's ``re`` tried the long alternation at every character of every
    paragraph). ``compile_cues=False`` (a run of a few articles): an ASCII text of at most
    :data:`_ASCII_CUES_MAX` characters is searched with :data:`_ASCII_CUES` instead, the same matches for less
    than compiling the cues for RE2 costs (16 M instructions)."""
    text = article.text
    if len(article.paragraphs) == 1 and _SITE_BUSINESS_CUES.told(text):
        return {0}  # (a one-line page, a third of those it reads) any cue touches its one paragraph
    starts = [p.start for p in article.paragraphs]
    cued: set[int] = set()
    for start, end in _cue_spans(text, compile_cues):
        first = max(bisect_right(starts, start) - 1, 0)
        cued.update(range(first, max(bisect_right(starts, max(end - 1, start)), first + 1)))
    return cued


def _cue_spans(text: str, compile_cues: bool = True) -> Iterable[tuple[int, int]]:
    """The spans (code points) of the matches of :data:`_SITE_BUSINESS_CUES` in ``text``, in order (none searched for
    where the trigger set read ``text`` and found none)."""
    if not compile_cues and len(text) <= _ASCII_CUES_MAX and text.isascii():
        return [match.span() for match in _ASCII_CUES.finditer(text.lower())]
    if _SITE_BUSINESS_CUES.told(text) is False:
        return []
    return _cue_finder()(text)  # (RE2 over the UTF-8 the trigger sets kept, its offsets mapped back in one pass)


def site_cue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of NL342's cues in ``text`` (:func:`_cue_spans`), by RE2 where this process has compiled them (a run
    of many articles, whose trigger sets asked NL342's), else as a run of a few articles finds them (NL344, 33d)."""
    return list(_cue_spans(text, compile_cues=_cue_finder.cache_info().currsize > 0))


@lru_cache(maxsize=1)
def _cue_finder() -> SpansByRe2:
    """The spans of :data:`_SITE_BUSINESS_CUES` by RE2's match asked directly (35d: the binding's ``finditer`` made a
    match object and ran Python for each of them); a Cues, whose pattern alone it reads."""
    return SpansByRe2(_SITE_BUSINESS_CUES)


def describes_the_site(text: str) -> bool:
    """``text`` opens on a publication's description of itself and speaks of news (what NL342 reports of it after
    the story, :meth:`ReaderPrompt._site_described`), reporting no speech."""
    return bool(_SELF_DESCRIPTION.match(text) and _NEWS_WORDS.search(text) and not _REPORTED.search(text))


# a control of the page named in quotation marks ('By clicking “Accept”, you consent …', 'select "Cookie Settings"'):
# a label of one to three capitalised words, no one's speech
_QUOTED_CONTROL = regexcache.compile(r"[\"“][A-Z][\w'’]*(?: [A-Z&][\w'’]*){0,2}[\"”]")


def _reports_speech(text: str) -> bool:
    """Whether ``text`` reports speech (``_REPORTED``), the page's controls named in quotation marks aside."""
    return bool(_REPORTED.search(text)) and bool(_REPORTED.search(_QUOTED_CONTROL.sub("", text)))


def reader_prompt(text: str, words: list[str]) -> set[str]:
    """The cues of NL342 when the paragraph ``text`` (its word texts ``words``) is a reader prompt, else an empty set."""
    if len(text) > _PROMPT_MAX or len(words) < _PROMPT_MIN_WORDS or _LIST_START.match(text) \
            or BUSINESS_HINTS.isdisjoint(map(str.lower, words)) or _reports_speech(text) \
            or "ermission" in text and EXTRACT_PERMISSION.search(text):
        return set()
    return _prompt_cues(text)


def _prompt_cues(text: str) -> set[str]:
    """The names of the site's business in ``text`` when it also addresses the reader ('you'/'please' or an
    imperative or the reader's consent, 'you agree', or 'we'/'our' with two names; a verb-like cue alone, 'you can
    sign up', needs the imperative or the consent; 'click here' or 'follow us' address the reader themselves; the
    comments alone need 'we', 'please' or an action on them ('Use the comment form'), no 'I' of a reader's own comment and no one's remarks, 'the minister's comments'; three names make a legal notice), else an
    empty set."""
    if text.isascii():  # (the same matches, four times sooner: Python's re crawls through a long (?i) alternation)
        business = {m.group() for m in _SITE_BUSINESS_LOWER.finditer(text.lower())}
    else:
        business = {m.group().lower() for m in _SITE_BUSINESS.finditer(text)}
    if not business:
        return business
    if not business.isdisjoint(_ADDRESSING_CUES) or len(business) >= 3:
        return business  # 'click here to report', or the site's legal notice ('copyrighted … reprint … reprinting')
    if "qualifying purchases" in business or any(
            cue in _NOTICE_CUES or cue.endswith(_NOTICE_ENDS) or cue.startswith("independently") for cue in business) \
            and _SITE_ITSELF.search(text):  # (the cues first: each search of the text costs tens of thousands)
        return business  # an affiliate notice ('We may earn a commission …', 'independently selected by our editors')
    if business <= _VERB_CUES:
        return business if _imperative(text) else set()
    if business <= _ASKING_CUES:
        return business if _ASKING.search(text) else set()
    if business <= _COMMENT_CUES:  # the site says 'we'; a reader's own comment says 'I' ('I agree with his comments')
        return business if (_WE.search(text) or _COMMENT_ACTION.search(text) or _PLEASE.search(text)) \
            and not _FIRST_PERSON.search(text) and not _SOMEONES_COMMENTS.search(text) \
            and len(PRESS_COMMENT.findall(text)) < len(_COMMENT_WORD.findall(text)) else set()
    return business if _YOU.search(text) or _imperative(text) or len(business) >= 2 and _WE.search(text) else set()


def _imperative(text: str) -> bool:
    """The text tells the reader to act ('Sign up …'), gives the reader's consent ('you agree') or the purpose of an
    act ('For the latest news, download …'); asked only where the answer counts."""
    return bool(_IMPERATIVE.search(text) or _CONSENT.search(text) or _PURPOSE_IMPERATIVE.search(text))
