"""NL342 reader-prompt: prose boilerplate in which the site speaks to the reader about itself."""

from conftest import lines_of
from rule_texts import MORE, MOVE, OPENING, PROSE, STORY_END, VOTE_OPENING, codes

from newslint.model import Article
from newslint.rules.lines.prompts import _ANY_SPACE, ReaderPrompt


def prompts(lint, *paragraphs):
    text = "School rules\n\n" + PROSE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text.split("\n")[d.line - 1] for d in lint(text, select=["NL342"])]


def test_sign_up_paywall_cookie_and_comment_policy_prompts(lint):
    found = [
        "Sign up now and keep up with the best local news, free every morning.",
        "To read the full story, please subscribe. You can choose a yearly or a weekly pass.",
        "This website uses cookies so we can make your visit as smooth as possible.",
        "Tell us what you made of this report. Send a letter to the editor.",
        "By submitting your details you agree to the Terms of Use and the Privacy Policy.",
        "The views in our comment section are those of readers; we remove posts that break our community guidelines.",
    ]
    assert prompts(lint, *found) == found


def test_click_here_and_a_legal_notice_need_no_other_address(lint):
    found = [
        "The Daily Example is not responsible for comments by readers. To flag a post, click here to report.",
        "This article is the copyrighted property of the Daily Example. Reprinting it without permission is "
        "forbidden; reprints are licensed.",
    ]
    assert prompts(lint, *found) == found
    assert prompts(lint, "The court ruled that the copyright claim had no merit and ended the case.") == []


def test_reported_speech_and_how_to_prose_stay(lint):
    clean = [
        '"Please subscribe to our newsletter," the mayor told residents at the meeting.',
        "The company said users could opt out of the newsletter and delete their cookies.",
        "Instead, you must sign up for alerts on the shop's pages, or wait for new stock.",
        "- The shop has two models listed, and you can sign up for an alert when they are back.",
        "Regulators fined the firm over its privacy policy, which they said misled users about cookies.",
        "Subscribe",  # a bare line of furniture: NL311's
    ]
    assert prompts(lint, *clean) == []


def test_a_control_named_in_quotation_marks_is_no_speech(lint):
    found = ['We use cookies to remember your settings. By clicking "Accept All", you consent to their use.',
             "Pick “Manage Settings” to choose which cookies our website may keep, or click “Reject”."]
    assert prompts(lint, *found) == found
    clean = ['"We use cookies, and you should know it," the minister said of the new website.',
             'The board called the plan "Accept" and said readers could subscribe from next week.']
    assert prompts(lint, *clean) == []


def test_a_one_line_article_is_not_a_prompt(lint):
    long_paragraph = " ".join([PROSE] * 6) + " Sign up to our newsletter and never miss a story."
    assert prompts(lint, long_paragraph) == []


def test_fix_deletes_the_paragraph(lint):
    text = "School rules\n\n" + PROSE + "\n\nSign up for our free newsletter and get the news in your inbox.\n"
    (finding,) = lint(text, select=["NL342"])
    assert finding.fix["applicability"] == "unsafe"
    (edit,) = finding.fix["edits"]
    assert text[:edit["start"]] + text[edit["end"]:] == "School rules\n\n" + PROSE + "\n"


def test_sign_up_prompt_at_the_end(lint):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\nFollow us on Facebook and Twitter for the latest news from your area.\n"
    prompt = "Follow us on Facebook and Twitter for the latest news from your area."
    assert [(d.code, text.split("\n")[d.line - 1]) for d in lint(text, select=["NL311", "NL342"])] == [("NL342", prompt)]
    assert codes(lint, text, "NL311") == []  # reported once, by NL342


def test_a_reader_prompt_broken_at_its_links(lint):
    text = "\n".join(["Kept headline of the story here", PROSE, MORE, "Our reporting depends on readers",
                      "like you", ". Please", "subscribe", "today."]) + "\n"
    found = [(d.code, d.message.split(" (")[0]) for d in lint(text, select=["NL342"])]
    assert found == [("NL342", "the site speaks to the reader over 5 broken lines")]
    menu = "\n".join(["Kept headline of the story here", PROSE, MORE, "Subscribe", "Newsletters", "Sign In",
                      "Privacy Policy"]) + "\n"  # a menu: every line capitalised, each is NL311's
    assert not [d for d in lint(menu, select=["NL342"]) if "broken lines" in d.message]


POLICY = ["We invite reader comments on the main stories of the week, and some may be printed in the newspaper.",
          "Please note that comments are moderated and we cannot promise to publish every one of them.",
          "We ask that comments stay polite and contain nothing libellous or hateful."]


def test_a_comment_policy_is_reported(lint):
    text = "\n".join([OPENING, MOVE, *POLICY]) + "\n"
    assert lines_of(lint, text, "NL342") == POLICY


def test_comments_in_prose_and_in_a_readers_own_comment_stay(lint):
    lines = ["I quite agree with her comments about the club's owners, and like her I am giving up my seat.",
             "So many of the comments here are against the new bus lane! How would anyone get to work then?",
             "The minister's comments drew criticism from farmers, and we expect the debate to go on for weeks.",
             "Residents can send comments on the plan to the council until the end of March."]
    text = "\n".join([OPENING, MOVE, *lines]) + "\n"
    assert lines_of(lint, text, "NL342") == []


def test_the_newsrooms_request_for_comment_is_no_comment_policy(lint):
    """'Comment' as a statement the reporters asked for, with the newsroom's 'we' and 'our', is the story's."""
    lines = ["We contacted the company, which declined to comment on the complaints about its buses.",
             "We asked the council for a comment but had not heard back by the time of going to press.",
             "The firm did not respond to our request for comment about the closure of the depot.",
             "Our calls to the club for comment on the manager's future went unanswered on Friday.",
             "The coach asked for patience, saying she could not comment further while the club looked into it."]
    text = "\n".join([OPENING, MOVE, *lines]) + "\n"
    assert lines_of(lint, text, "NL342") == []
    policy = "We welcome your comments, but please keep to the topic; we may remove comments that do not."
    text = "\n".join([OPENING, MOVE, policy]) + "\n"
    assert lines_of(lint, text, "NL342") == [policy]


def test_disclosures_consent_and_a_comment_form_are_the_site_speaking(lint):
    prompts = ["Affiliate disclosure: we may earn a commission on purchases made through the links in our guides.",
               "This review mentions products of our partners. We may receive compensation if you click on a link.",
               "By signing up, you agree to these terms",
               "I consent to my personal data being kept and used to send me the newsletter",
               "Use the comment form below to start a conversation about this story."]
    for prompt in prompts:
        text = "\n".join([VOTE_OPENING, STORY_END, prompt]) + "\n"
        assert lines_of(lint, text, "NL342") == [prompt], prompt


def test_the_same_words_in_the_story_are_no_prompt(lint):
    """Compensation a story reports, a minister's comments, consent in quoted speech and a commission of inquiry."""
    story = ["Victims of the flooding will receive compensation from the state fund, the minister said on Monday.",
             "The company said its affiliate in Ireland would pay a commission to the agents who sold the policies.",
             "\"I agree to the terms of the settlement,\" the farmer told the court after the hearing on Friday.",
             "Use of the park by dog walkers drew comments from residents at the meeting of the parish council.",
             "Councillors who signed up to the scheme agree to publish their expenses online every quarter."]
    text = "\n".join([VOTE_OPENING, *story, STORY_END]) + "\n"
    assert lines_of(lint, text, "NL342") == []


def test_an_app_download_after_a_phrase_of_purpose(lint):
    found = ["For the latest stories and breaking news, download the Valley News apps for iOS and Android.",
             "To stay informed, download our app for iPhone or Android."]
    assert prompts(lint, *found) == found
    clean = ["The company released its app for iOS and Android last week, and downloads doubled.",
             "For the first time, download speeds were measured on every network in the country."]
    assert prompts(lint, *clean) == []


ABOUT = ("The Valley Times is an independent newsroom covering the towns of the valley. It is funded by readers, "
         "foundations and local businesses.")
BLURB = "Daily news about the politics, business, and culture shaping the valley."


def test_the_sites_description_under_its_about_label(lint):
    """(Read on a page that names the site's business somewhere, here its 'Privacy Policy' link: the rule's
    pre-check.)"""
    assert prompts(lint, MORE, "About Us", ABOUT, "Privacy Policy") == [ABOUT]
    assert prompts(lint, MORE, "ABOUT US" + ABOUT, "Privacy Policy") == ["ABOUT US" + ABOUT]  # glued to its label
    assert prompts(lint, MORE, "Who we are", ABOUT, "Privacy Policy") == [ABOUT]
    assert prompts(lint, "About Face", MORE, "Privacy Policy") == []  # a subheading of the story
    assert prompts(lint, MORE, "About us", '"We cover the valley," the editor said.', "Privacy Policy") == []


def test_a_newsletters_description_under_its_sign_up_heading(lint):
    heading = "Sign Up for the Valley Newsletter"
    assert BLURB in prompts(lint, MORE, heading, BLURB, "Email")
    assert BLURB in prompts(lint, MORE, heading, BLURB)  # at the end
    assert BLURB not in prompts(lint, heading, BLURB, MORE)  # the story going on under a sign-up line


def test_a_page_that_names_none_of_the_sites_business_is_not_read():
    """The rule asks what its trigger asks, a name of the site's business somewhere in the text (here the 'Privacy
    Policy' link), so that a run that asks no trigger (a small one: ``runner.LinterPool.check_everywhere``) reports
    what a run that asks it does: no series blurb, no description under 'About us', on a page without one."""
    about = "The Valley Times covers the towns of the valley. It is funded by readers and local businesses."
    blurb = "This story is part of a series on the valley's towns and the people who run them."
    page = "School rules\n\n" + "\n\n".join([PROSE, MORE, "About Us", about, blurb]) + "\n"
    rule = ReaderPrompt()
    assert list(rule.check(Article.parse(page))) == []
    linked = page + "\nPrivacy Policy\n"  # (the link after the blurb: the box's tail, NL311's line too)
    found = sorted(linked[f.start:f.end] for f in rule.check(Article.parse(linked)))
    assert found == sorted([about, blurb, "Privacy Policy"])


def test_the_cues_space_is_the_class_that_ignoring_case_made_of_every_space():
    """``_ANY_SPACE`` inside the cues' ``(?i)`` matches what the class of spaces and non-ASCII characters matched
    when RE2 folded its case (the Kelvin and long s signs bring in K, k, S and s), and every space ``str.isspace()``
    takes."""
    import re2

    folded = re2.compile(r"(?i:[\s\x0b\x1c-\x1f\x{80}-\x{10FFFF}])")
    written = re2.compile("(?i:" + _ANY_SPACE + ")")
    for char in map(chr, [*range(0x80), 0xA0, 0x17F, 0x212A, 0x2028, 0x3000, 0xFFFD, 0x10FFFF]):
        assert (folded.fullmatch(char) is None) == (written.fullmatch(char) is None), repr(char)
    assert all(written.fullmatch(char) for char in map(chr, range(0x3001)) if char.isspace())


def test_a_glued_stop_inside_a_prompt_does_not_silence_it(lint):
    """NL103 names the glue of two of its sentences ('blocker.We'); the paragraph is still the site's prompt."""
    prompt = ("We know you value your privacy. But advertising helps pay for our reporting. Please switch off your "
              "ad blocker.We would be grateful.")
    text = f"School rules\n\n{PROSE}\n\n{prompt}\n\n{MORE}\n"
    found = [d.code for d in lint(text, select=["NL103", "NL342"])]
    assert "NL103" in found and "NL342" in found


def test_the_cues_of_a_text_beyond_ascii_are_located_in_characters():
    """RE2 reports the cues' spans in UTF-8 bytes: each is mapped back to the code points of the text, a character of
    two, three or four bytes before it, however many cues there are (one pass, not a decoded prefix per cue)."""
    from newslint.rules.lines.prompts import _cue_spans

    text = "Título\n\n" + "é subscribe — 😀 subscribe " * 400
    spans = _cue_spans(text)
    assert len(spans) == 800 and {text[start:end] for start, end in spans} == {"subscribe"}
    assert spans[:2] == [(10, 19), (24, 33)]


def test_a_longer_description_of_the_site_after_the_story(lint):
    """A footer's description of three long sentences (to 700 characters), and one that speaks of its coverage."""
    long_description = (
        "The Harbour Ledger was founded in 2009 by a group of former county reporters and covers the towns of the "
        "north coast, from council budgets and planning rows to schools, courts, farming and the fishing fleet. Its "
        "mission is to give readers independent reporting on the decisions that shape their lives, with a daily "
        "digest, weekly long reads and a live feed of road closures during the winter storms. It is owned by a "
        "trust of its readers and staff and takes no money from the councils it covers or the firms it reports on.")
    assert 400 < len(long_description) <= 700
    assert prompts(lint, MORE, long_description, "Privacy Policy") == [long_description]
    coverage = ("The Island Wire was founded in 2014 and covers island politics, business and culture. Its aim is to "
                "offer breaking news coverage to readers at home and abroad.")
    assert prompts(lint, MORE, coverage, "Privacy Policy") == [coverage]
    too_long = long_description + " " + long_description
    assert prompts(lint, MORE, too_long, "Privacy Policy") == []
    # the story's own paragraph about a newspaper, higher up, stays
    story = ("The Island Wire was founded in 2014 and offered breaking news coverage of the storms, the editor said "
             "on Monday.")
    assert prompts(lint, story, MORE, "Privacy Policy") == []


def test_the_heading_of_the_sites_box_over_its_prompt(lint):
    notice = ("Free speech matters to us at the Valley Times. If the letter you sent us was not printed and you think "
              "it should have been, please contact us by phone or email.")
    assert prompts(lint, MORE, "Publisher's Note", notice) == ["Publisher's Note", notice]
    assert prompts(lint, MORE, "A NOTE TO READERS", notice) == ["A NOTE TO READERS", notice]
    # not a heading: a sentence, a list item, a long line, a line over the story's own paragraph
    assert prompts(lint, MORE, "The note was short.", notice) == [notice]
    assert prompts(lint, MORE, "- Publisher's Note", notice) == [notice]
    assert prompts(lint, MORE, "What the editor of the paper wanted readers to know", notice) == [notice]
    assert prompts(lint, "Publisher's Note", MORE, notice) == [notice]
    # a line that goes on in lower case under it: a sentence broken at its link ('From the book' / 'A Title' / 'by …')
    # (the extract's permission under them is the story's own note: test_an_extracts_permission_is_the_storys_note)
    excerpt = "by Jane Doe. Copyright © 2019 by Jane Doe. Reprinted by permission of the publisher. All rights reserved."
    assert prompts(lint, MORE, "From the book", "The Valley Years", excerpt) == []


def test_an_extracts_permission_is_the_storys_note(lint):
    """A book extract's note (its author's copyright 'by' a name, the publisher's permission) is the story's, not the
    site's legal notice; the site's own notice, which forbids reprinting without permission, is still reported."""
    kept = [
        "From the book The Quiet Harbour by Ann Tully. Copyright © 2021 by Ann Tully. Reprinted by permission of Gull "
        "Press, Leeds. All rights reserved.",
        "*Adapted from* Rivers of Salt *by Tom Reyes. Copyright © 2018 by Tom Reyes. Used with permission of Ferry "
        "Books. All rights reserved.*",
    ]
    for note in kept:
        assert prompts(lint, MORE, note) == []
        assert lint("School rules\n\n" + PROSE + "\n\n" + MORE + "\n\n" + note + "\n") == []
    notice = ("This article is the copyrighted property of the Daily Example. Reprinting it without permission is "
              "forbidden; reprints are licensed.")
    assert prompts(lint, MORE, notice) == [notice]


FOOTER = ("Jane Doe is the founder of a small design studio in the valley and writes a weekly column on running a "
          "business. Follow us on Facebook for more tips.")


def test_a_prompts_paragraph_after_the_story_is_the_sites_box_whole(lint):
    """After the story (a whole page's: its head, the story, the footer), the paragraph of a prompt is the site's box,
    all of it reported (an author's note with the site's 'follow us', 33f); among the story's paragraphs only the
    prompt's sentences are."""
    head = "Home\n\nNews\n\nBusiness\n\nSchool rules\n\n"
    page = f"{head}{PROSE}\n\n{MORE}\n\n{STORY_END}\n\n{FOOTER}\n\nFacebook\n\nPrivacy Policy\n"
    [finding] = lint(page, select=["NL342"])
    assert page[finding.start:finding.end] == FOOTER
    story = f"{head}{PROSE}\n\n{FOOTER}\n\n{MORE}\n\n{STORY_END}\n\nFacebook\n\nPrivacy Policy\n"
    [finding] = lint(story, select=["NL342"])
    assert story[finding.start:finding.end] == "Follow us on Facebook for more tips."


def test_a_cookie_notice_that_takes_the_sites_use_as_consent(lint):
    """'Staying on these pages is read as giving consent': the reader's consent, as 'you agree'."""
    notice = ("This website uses cookies to improve the service. Staying on these pages is read as giving consent "
              "to their use by us.")
    assert prompts(lint, notice) == [notice]
    clean = ["The court heard that the patient was not capable of giving consent to the new treatment.",
             "The council said its website would explain how residents could give consent for the new cookies rules."]
    assert prompts(lint, *clean) == []
    # a notice that is a whole output, no stop at its end: its line is the body, not a title
    page = notice + " Read our cookie settings to learn more >\n"
    assert len(page) > 150 and Article.parse(page).title is None and lint(page, select=["NL342"])
