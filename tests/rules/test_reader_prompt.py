"""NL342 reader-prompt: prose boilerplate in which the site speaks to the reader about itself."""

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")


def prompts(lint, *paragraphs):
    text = "School rules\n\n" + PROSE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text.split("\n")[d.line - 1] for d in lint(text, select=["NL342"])]


def test_sign_up_paywall_cookie_and_comment_policy_prompts(lint):
    found = [
        "Sign up and stay up to date with the best local news, free every morning.",
        "To read the full story, please subscribe. You can choose a yearly or a weekly pass.",
        "This website uses cookies so that we can give you the best experience possible.",
        "We want to hear what you think about this article. Submit a letter to the editor.",
        "By submitting your details you agree to the Terms of Use and the Privacy Policy.",
        "The views in our comment section are those of readers; we remove posts that break our community guidelines.",
    ]
    assert prompts(lint, *found) == found


def test_click_here_and_a_legal_notice_need_no_other_address(lint):
    found = [
        "The Daily Example is not responsible for comments by readers. In case of abuse, click here to report.",
        "This article is the copyrighted property of the Daily Example. Reprinting it without permission is "
        "forbidden; reprints are licensed.",
    ]
    assert prompts(lint, *found) == found
    assert prompts(lint, "The court ruled that the copyright claim had no merit and ended the case.") == []


def test_reported_speech_and_how_to_prose_stay(lint):
    clean = [
        '"Please subscribe to our newsletter," the mayor told residents at the meeting.',
        "The company said users could opt out of the newsletter and delete their cookies.",
        "Instead, you have to sign up for notifications on store pages, or wait for a restock.",
        "- Amazon has two models listed, and you can sign up to be notified when they return.",
        "Regulators fined the firm over its privacy policy, which they said misled users about cookies.",
        "Subscribe",  # a bare line of furniture: NL311's
    ]
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
