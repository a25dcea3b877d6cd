"""NL311 reads only the short lines that ``lines_to_read`` gives (the story's plain sentences found in one compiled
pass, block 30a): every other short line is one the long way leaves alone, and the findings are those of reading
every short line."""

from __future__ import annotations

import pytest
from conftest import natural_files
from rule_texts import default_rules

from newslint import occurrences
from newslint.furniture import LineCounts
from newslint.model import Article
from newslint.rules.lines import furniture
from newslint.rules.lines._shared import _READER, paragraph_forms

NL311 = next(rule for rule in default_rules() if rule.code == "NL311")


def every_short_line(texts, shapes, text, paragraph_words, lower_words, reader):
    return [i for i, line in enumerate(texts) if len(line) <= furniture._SHORT]


def findings(article: Article) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.message) for f in NL311.check(article)]


def held_to_the_long_way(make, monkeypatch) -> int:
    """The lines NL311 passes over in the article ``make()`` gives are plain to each test that would read them, and
    its findings are those of reading every short line; the number passed over."""
    article = make()
    texts, shapes, _, _ = paragraph_forms(article)
    reading = furniture.lines_to_read(texts, shapes, article.text, article.paragraph_words, article.lower_words, _READER)
    starts = [0]
    for words in article.paragraph_words:
        starts.append(starts[-1] + len(words))
    passed = [i for i, text in enumerate(texts) if len(text) <= furniture._SHORT and i not in reading]
    for i in passed:
        assert furniture._page_structure(article, texts, i, {}, LineCounts(texts), occurrences.of(article.text)) is None
        assert shapes[i][0] > 8 and furniture._prose(texts[i], article.lower_words[starts[i]:starts[i + 1]])
        assert texts[i].endswith(furniture._SENTENCE_ENDS)  # (so no headline under a label of links)
    quick = findings(article)
    with monkeypatch.context() as patched:
        patched.setattr(furniture, "lines_to_read", every_short_line)
        assert findings(make()) == quick
    return len(passed)


PLAIN = "The council said on Monday that the harbour plan would go ahead in the spring."
PAGES = [
    f"Title\n\n{PLAIN}\n\nShare this article\n\nThe mayor, who backed the plan, said the vote was close.\n",
    # a pull quote said again further on, and one the story says in other words near it
    "Title\n\n" + "The mayor spoke to residents at length about the plan on Monday evening. " * 5 + "\n\n"
    "“We will not let the harbour die while I am the mayor of this town,” she said.\n\n"
    + "Residents asked questions about the plan for more than an hour at the meeting. " * 5 + "\n\n"
    "She told them: “We will not let the harbour die while I am the mayor of this town,” to applause.\n",
    "Title\n\n" + "The council met on Monday to discuss the future of the harbour and its jobs in the town. " * 4
    + "\n\nThe council will decide on the future of the harbour plan next spring, officials said.\n\n"
    + "In a statement, the council will decide on the future of the harbour plan in spring, and more. " * 4 + "\n",
    f"Title\n\n{PLAIN}\n\n1/21 {PLAIN}\n\nSubscribe to our newsletter for more stories like this one.\n",
    f"Title\n\n{PLAIN}\n\nYou can read the council's full plan on its website before the vote next month.\n",
    f"Title\n\nRelated\n\n{PLAIN}\n\nMore stories\n\nThe vote on the plan is due in the spring, officials said.\n",
    f"Title\n\n{PLAIN}\n\n{PLAIN}\n\nThe vote on the plan is due in the spring, the council's officials said.\n",
    f"Title\n\nPE\xadTER\n\n{PLAIN}\n\nShare\n",
    # a reader's word in capitals ('US') and in lower case, beside furniture
    "Title\n\nThe US council said on Monday that the plan would go ahead in the spring.\n\nShare\n\n"
    "Follow us on social media for more news about the harbour plan and the vote.\n\nHome\n\n"
    "The plan, the mayor told (US) reporters, would go ahead, “US” officials said.\n",
]


@pytest.mark.parametrize("page", PAGES)
def test_made_up_pages(page: str, monkeypatch) -> None:
    held_to_the_long_way(lambda: Article.parse(page), monkeypatch)


def test_a_plain_sentence_is_passed_over_and_furniture_read(monkeypatch) -> None:
    page = f"Title\n\n{PLAIN}\n\nHome\n\nNews\n\nSport\n\nShare\n\nThe vote was close, the mayor told reporters afterwards.\n"
    article = Article.parse(page)
    texts, shapes = paragraph_forms(article)[:2]
    assert furniture.lines_to_read(texts, shapes, article.text, article.paragraph_words, article.lower_words, _READER) \
        == [1, 2, 3, 4]
    assert held_to_the_long_way(lambda: Article.parse(page), monkeypatch) == 2
    assert [page[start:end] for start, end, _ in findings(article)] == ["Home", "News", "Sport"]


def test_natural_articles(monkeypatch) -> None:
    passed = 0
    for file in natural_files(("bbc", "scraped"), 120):
        text = file.read_text(encoding="utf-8", errors="replace")
        passed += held_to_the_long_way(lambda: Article.parse(text, str(file), {}, False), monkeypatch)
    assert passed > 50


def test_a_reader_word_in_capitals_is_passed_over_and_in_lower_case_read(monkeypatch) -> None:
    page = (f"Title\n\n{PLAIN}\n\nThe US council said on Monday that the plan would go ahead in the spring.\n\n"
            "The council told us on Monday that the plan would go ahead in the spring.\n\n"
            "The council said on Monday that the US plan would go ahead, as would our own.\n")
    article = Article.parse(page)
    texts, shapes = paragraph_forms(article)[:2]
    assert furniture.lines_to_read(texts, shapes, article.text, article.paragraph_words, article.lower_words, _READER) \
        == [2, 3]
    assert held_to_the_long_way(lambda: Article.parse(page), monkeypatch) == 2
