"""NL319: live match commentary or a thread of reader comments pasted into the body."""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator

from newslint import regexcache
from newslint.lineshapes import timestamp_line
from newslint.model import Article
from newslint.rule import Finding, Fix, Rule, Severity, Trigger, quote


_COMMENTARY = regexcache.compile(r"(?:Match ends|(?:First|Second) Half (?:ends|begins)|Foul by|Hand ball by|Attempt "
                         r"(?:missed|saved|blocked)|Corner|Substitution|Offside|Delay (?:in match|over)|Goal!|"
                         r"Penalty (?:conceded|saved|missed)|Dangerous play by|Own Goal by|Lineups are announced|\) wins a free kick)"
                         r"\b[,.!]?")
_COMMENTARY_CUES = ("Foul by", "Attempt ", "Corner, ", "Match ends")  # a feed of four items or more holds one
MIN_COMMENTARY_ITEMS = 4

# a reader comment's actions, a line of their own after its text: 'Reply', 'Reply ↓', 'Log in to Reply', 'Like (3)',
# 'Report', '2 Replies', run together or one a line
_ACTION = r"(?:Log in to Reply|Reply ↓|Reply|Report(?: abuse)?|Flag|Like|Likes|Dislike|Upvote|Downvote|Share|Delete|Edit)"
_ACTIONS = regexcache.compile(rf"(?:(?:\d+ )?{_ACTION}(?: ?\(\d+\)| \d+)?(?:\s*[|·•]\s*|\s+|$))+|\d+ [Rr]epl(?:y|ies)")
_LONGEST_ACTIONS = 60  # characters: a line of actions is short
MIN_THREAD_ITEMS = 2
_COMMENT_REACH = 12  # lines from a comment's time or 'Name says:' line to its 'Reply': its text between
_NAME_WORDS = 5  # a commenter's name or handle before 'says:' or its time: a few words, no stop


class LiveCommentary(Rule):
    code = "NL319"
    name = "live-commentary"
    severity = Severity.WARNING
    trigger = Trigger(*_COMMENTARY_CUES, "Reply")  # the engine's one pass for every trigger
    summary = ("A live match-commentary feed (Foul by…, Corner, …, Attempt saved…) or a thread of reader comments "
               "scraped with the report.")
    bad = "…said the manager.Match ends, Leeds 2, Hull 1.Foul by A. Smith (Hull).Corner,  Leeds.Attempt saved. …"
    good = "…said the manager."
    explanation = ("Sports pages carry an automatic play-by-play feed under the report; a scraper keeps it as a "
                   "run of short items glued to the story. Reported once, from the first item to the last, when "
                   f"at least {MIN_COMMENTARY_ITEMS} items of the feed's fixed forms appear in one paragraph. "
                   "Pages print their readers' comments under the story, each a name or handle, a time ('3 hours "
                   "ago', 'May 2, 2024 at 9:15 am') or 'Name says:', the comment and its actions ('Reply', 'Like', "
                   "'Report'); an extractor that keeps the page keeps them. Each comment is reported, from the line "
                   "after its time to its actions (its name and time are the byline and timestamp rules'), where at "
                   f"least {MIN_THREAD_ITEMS} stand, each on lines of its own.")

    def check(self, article: Article) -> Iterable[Finding]:
        text = article.text
        if any(cue in text for cue in _COMMENTARY_CUES):  # one look at the whole text: nearly every article has none
            yield from self._feeds(article)
        if "Reply" in text:
            for start, end in _thread_comments(text):
                yield self.finding(start, end, f"reader comment scraped with the text: "
                                   f"{quote(text[start:min(end, start + 80)])}",
                                   Fix.replace(start, end, "", safe=False, description="remove the comment"))

    def _feeds(self, article: Article) -> Iterator[Finding]:
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


def _is_actions(text: str) -> bool:
    return len(text) <= _LONGEST_ACTIONS and _ACTIONS.fullmatch(text) is not None


_LINE = regexcache.compile(r"\S(?:[^\n]*\S)?")  # a line's text, its white space at both ends left out


def _thread_comments(text: str) -> list[tuple[int, int]]:
    """The spans of the reader comments of a thread, each from the line after its time (or 'Name says:') to its last
    line of actions: a line of actions holding 'Reply', with a time or 'Name says:' line at most ``_COMMENT_REACH``
    lines before it and after the comment before; none where fewer than ``MIN_THREAD_ITEMS`` stand. Read by lines, not
    paragraphs: an output that keeps a page's lines without blank ones between is parsed into wrapped blocks."""
    replies = []
    at = text.find("Reply")
    while at >= 0:  # the lines of actions found first (a page's comment form prints 'Leave a Reply' without them)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _is_actions(text[text.rfind("\n", 0, at) + 1:end].strip()):
            replies.append(at)
        at = text.find("Reply", end)
    if len(replies) < MIN_THREAD_ITEMS:
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    line_texts = [text[start:end] for start, end in lines]
    comments = []
    after = 0
    for reply in [bisect_right(lines, (at, len(text))) - 1 for at in replies]:
        if reply < after:
            continue  # a line of actions already taken into the comment before
        header = next((k for k in range(max(after, reply - _COMMENT_REACH), reply) if _comment_header(line_texts[k])),
                      None)
        end = reply
        while end + 1 < len(lines) and _is_actions(line_texts[end + 1]):
            end += 1  # 'Reply' / 'Like (3)' / 'Report', one a line
        if header is not None:  # (from the line after: a finding over the name or time would hide theirs)
            while header + 1 < reply and _comment_header(line_texts[header + 1]):
                header += 1  # 'Name says:' / its time
            comments.append((lines[header + 1][0], lines[end][1]))
        after = end + 1
    return comments if len(comments) >= MIN_THREAD_ITEMS else []


def _comment_header(text: str) -> bool:
    """A comment's time ('3 hours ago', 'May 2, 2024 at 9:15 am'), with its writer's name before it or not
    ('Marla Quint · 3 hours ago'), or its 'Name says:' line."""
    if timestamp_line(text) or text.endswith("says:") and text.count(" ") <= _NAME_WORDS:
        return True
    for separator in _NAME_TIME_SEPARATORS:
        name, _, time = text.rpartition(separator)
        if name and _name_line(name) and timestamp_line(time):
            return True
    return False


_NAME_TIME_SEPARATORS = (" · ", " | ", " says: ", " - ", " – ", " — ")


def _name_line(text: str) -> bool:
    """A commenter's name or handle: a few words and no sentence's stop."""
    return 0 < len(text) and text.count(" ") < _NAME_WORDS and not text.endswith((".", "!", "?", ":")) \
        and "Reply" not in text  # ('Leave a Reply': the comment form's heading)
