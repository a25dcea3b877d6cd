"""The packs' web forms (NL301, NL306–NL309) and NL310's labelled links: the site's own lines left in the body."""

import pytest
from conftest import shown

STORY = "The council approved the budget on Tuesday after a long debate, officials said."


def _codes(lint, line, select):
    text = f"Title\n\n{STORY}\n\n{line}\n\n{STORY}\n"
    return [(d.code, d.line) for d in lint(text, select=select)]


@pytest.mark.parametrize("code, line", [
    ("NL307", "This article originally appeared on Harbour Weekly."),
    ("NL307", "This post originally appeared on Field Notes."),
    ("NL307", "A version of this story first appeared in The Conversation."),
    ("NL307", "This article was first published on Oct 3, 2013."),
    ("NL303", "E-mail to a friend ."),
    ("NL303", "Follow @JaneDoe on Twitter."),
    ("NL301", "Have your say: should the town build the bridge?"),
    ("NL308", "By signing up, you agree to the Terms of Service and Privacy Notice."),
    ("NL308", "By submitting your email, you agree to receive email correspondence from us."),
    ("NL308", "Thanks for signing up!"),
    ("NL308", "Thank you for subscribing to the Morning Briefing."),
    ("NL308", "Sign-up successful!"),
    ("NL308", "Sign-up Successful!"),
    ("NL308", "Contact me with news and offers from partner brands"),
    ("NL308", "Receive email from us on behalf of selected partners and advertisers"),
    ("NL308", "The Courier would like to send you news of offers by email, please tick this box if you are happy to hear from us"),
    ("NL302", "Each morning we'll send you a digest email of all the day's news, all in one handy email."),
    ("NL308", "Please enter a valid email address"),
    ("NL308", "The reCAPTCHA check has timed out. Please reload the page."),
    ("NL308", "Something went wrong. Please refresh the page and try again."),
    ("NL308", "{{message}}"),
    ("NL308", "I consent to my personal data being kept and used to send me the newsletter"),
    ("NL308", "You hereby accept the Daily Post Terms of Use and Privacy Policy, and agree to be contacted."),
    ("NL302", "Join thousands of readers who get the latest breaking news every day."),
    ("NL306", "Sponsored Content is paid for by a sponsor. It is written by members of our partner studio."),
    ("NL309", "1/21Harbour towns begin to dig out after the storm"),
    ("NL309", "Next article"),
    ("NL309", "Prev Post"),
    ("NL309", "Pages: 1 2 3 4"),
    ("NL309", "Page 2 of 5"),
    ("NL309", "Click to enlarge"),
    ("NL309", "Click through to see the best dresses of the night."),
    ("NL309", "View the full gallery"),
    ("NL301", "We would love to hear what you think of this report. Submit a letter to the editor or email us."),
    ("NL301", "Are you a tenant preparing to vote? We want to hear from you! Send us your questions."),
    ("NL301", "The Daily firmly discourages comments that are libellous. Any posts left in our comment "
              "section are the views of their writers alone."),
    ("NL306", "Editorial Disclaimer: The views given here are the writer's own, not those of any lender."),
    ("NL306", "Advertising disclosure: We may be paid for some of the links in our articles."),
    ("NL301", "Submit your letter to the editor through our website."),
    ("NL301", "- We welcome reader comments on the day's stories; the best may be printed in the paper."),
    ("NL301", "- Please understand that comments are moderated and we cannot publish every one we receive."),
    ("NL301", "• We ask that comments stay civil and on the subject of the article."),
    ("NL302", "No spam, ever. You can unsubscribe at any time."),
    ("NL302", "You can unsubscribe at any time by clicking the link in the footer of our emails."),
    ("NL305", "Copyright © 2021 Harbour Media Ltd. Reproduction of any part of this site without written permission "
              "is prohibited. Harbour Weekly is a registered trademark of Harbour Media Ltd."),
    ("NL305", "© 2010-2021 Valley News Group, Springfield, a Lakeside Company. All rights reserved. Any health "
              "information on this site is no substitute for the advice of a doctor, and you should ask one first."),
    ("NL305", "Some rights reserved 2015-2021 by Valley Online, a partnership of two local publishers."),
    ("NL305", "Republication of our stories without the prior written permission of the publisher is forbidden."),
    ("NL306", "Latest articles"),
    ("NL306", "more stories:"),
    ("NL306", "Most Read Stories"),
    ("NL306", "Popular videos"),
    ("NL306", "Filed under"),
    ("NL306", "Tagged:"),
    ("NL308", 'By clicking "Sign up", I consent to receiving news and offers from Valley Media. I may withdraw it at any time.'),
    ("NL308", "By clicking “Submit”, you agree to our Terms of Use."),
    ("NL308", "Notify me when new comments are added."),
    ("NL308", "Notify me of follow-up replies by email."),
    ("NL308", "Save my name, e-mail and website in this browser for the next time I comment"),
    ("NL308", "This blog uses Spamguard to reduce spam. Learn how your comment data is processed here."),
    ("NL308", "Your e-mail address will not be published. Required fields are marked (*)"),
    ("NL308", "Required fields are marked *"),
    ("NL308", "[ ] Keep me signed in on this computer"),
    ("NL308", "[X] Remember my choice"),
    ("NL308", "(*) ( ) Send me the morning newsletter"),
    ("NL308", "(*) Daily ( ) Weekly"),
    ("NL308", "____________________your username"),
    ("NL308", "Forgot your password? Get help"),
    ("NL308", "A new password will be sent to you."),
    ("NL308", "This field is for validation purposes only; leave it empty."),
    ("NL308", "The username is either missing or incorrect."),
    ("NL309", "Skip to main content"),
    ("NL309", "Jump to navigation"),
    ("NL306", "Proudly powered by WordPress"),
    ("NL306", "Designed & Developed by Harbour Digital"),
    ("NL306", "Website designed by Valley Web Studio"),
    ("NL306", "No products in the cart."),
    ("NL306", "It looks like you are using an outdated browser that we no longer support."),
    ("NL306", "Please upgrade your browser to read this site."),
])
def test_a_line_of_the_sites_own_is_reported(lint, code, line):
    assert _codes(lint, line, [code]) == [(code, 5)]


def test_a_form_box_with_its_label_wrapped_to_the_next_line_is_reported(lint):
    text = f"Title\n\n{STORY}\n\n[ ] Keep me signed in on this computer for the next\n   thirty days.\n\n{STORY}\n"
    assert [(d.code, d.line) for d in lint(text, select=["NL308"])] == [("NL308", 5)]


def test_a_rule_of_underscores_is_no_form_field(lint):
    assert _codes(lint, "_" * 40, ["NL308"]) == []


def test_a_syndication_note_run_into_a_paragraph_is_reported_alone(lint):
    text = f"Title\n\nThe sky went dark on Monday.This article originally appeared on Harbour Weekly.In the middle of the day, {STORY}\n"
    [d] = lint(text, select=["NL307"])
    assert text.splitlines()[2][d.column - 1:d.end_column - 1] == "This article originally appeared on Harbour Weekly."


@pytest.mark.parametrize("line", [
    "The article first appeared in Nature, the researchers said, and was widely shared.",
    "The story was first published by the Guardian in 2019, which prompted an inquiry.",
    "The article was first published in a medical journal on May 3, 2013, and drew wide notice.",
    "Send a postcard to a friend, the museum's guide suggests.",
    "Have your say at the public meeting on Monday, the council urged.",
    "By signing up, the council said, residents agree to share their meter readings.",
    "\"Thanks for signing up,\" the coach told the new recruits.",
    "The next article in the series looks at rents.",
    "Page 3 of the report lists the schools that will close.",
    "Click through rates for the ads fell by half, the firm said.",
    "Visitors can view the gallery's new wing from Saturday.",
    "\"We want to hear from you,\" the mayor told residents at the meeting.",
    "The newspaper closed the comment section of its website in 2018, its editor said.",
    "Disclosure: the author owns shares in the company.",
    "Next, the committee will hear from the finance minister.",
    "I agree to disagree with the minister on this, she said.",
    "You agree to the terms of the loan when you sign, the bank said.",
    "If the site fails to load, readers should refresh the page, the company said.",
    "Join thousands of runners on the seafront this Sunday for the annual race.",
    "Sponsored content is growing fast, and regulators have taken notice.",
    "9/11 changed the city for ever",
    "Voters must tick the box next to their preferred candidate, officials said.",
    "We will send you to the moon, the company's founder promised investors in 2019.",
    "Latest figures show house prices rose by 3% in March.",
    "More stories like hers emerged after the inquiry opened.",
    "Tags were fitted to 40 of the birds before they were released.",
    "Topics ranged from housing to the cost of childcare.",
    "Some rights reserved for the crown were given up in 1911, the historian said.",
    "Copyright lawyers say the ruling could change how songs are licensed.",
    "No spam filter catches everything, the researchers warned.",
    "This site uses a filter to reduce spam, which is why some comments vanish, its editor said.",
    "Her email address will not be published in the report, the judge ruled.",
    "Required fields are marked on the form in red, the council said.",
    "The bridge was designed by an engineer from Leeds and opened in 1911.",
    "The game was developed by a studio of six people in Tallinn.",
    "Powered by wind and sun, the island no longer imports diesel.",
    "You are using a browser, the tool warns, that may leak your location.",
    "Comments are expected from the minister later on Tuesday.",
    "We ask that you stay calm, the police chief told residents.",
    "By clicking on the link, victims gave the fraudsters access to their accounts.",
    "Notify the council of any change of address within 28 days, the form says.",
    "Reproduction of the painting was forbidden by the artist's estate until 1990.",
    "The password is invalid, the bank said, so the transfer failed.",
    "A password will be needed to open the files, the court heard.",
    "He forgot his password? No: the account had been closed in May.",
    "Skip to the content you need, the guide tells its readers.",
    # an editor's footnote marker is no ticked box
    "(*) The names of the two families have been changed.",
    "[*] Figures for March are provisional.",
])
def test_edited_sentences_are_left_alone(lint, line):
    assert _codes(lint, line, ["NL301", "NL306", "NL307", "NL308", "NL309", "NL310"]) == []


@pytest.mark.parametrize("line", [
    "Read: What a town does when the river keeps rising",
    "MORE: Group strikes deal to revitalise the stadium site",
    "RELATED: The 10 hairstyles you will see everywhere this winter",
    "VIDEO: Voting on the estate's future",
    "STREAM: Marrow, Glass Harbour / Low Tide",
    "LISTEN: A guide for voters still puzzled by the ballot",
    "SEE ALSO: A new book tells how the girl became a champion",
    "[Our Latest Model: Who Will Win The 2018 Mayoral Race?]",
    "[Related: How the council spends its money]",
    "Next: Seeking Solitude.",
])
def test_a_labelled_link_line_is_reported(lint, line):
    assert _codes(lint, line, ["NL310"]) == [("NL310", 5)]


@pytest.mark.parametrize("line", [
    "More: the minister said the plan would be published next week.",  # a sentence, with its stop
    "Next: the committee will hear from the finance minister.",
    "[The council later said the figure was wrong.]",  # an editor's bracketed sentence, not a labelled title
    "Video: police say the footage shows the driver. He was arrested later.",
])
def test_a_labelled_sentence_is_left_to_the_story(lint, line):
    assert _codes(lint, line, ["NL310"]) == []


def test_a_labelled_link_inside_a_block_of_lines_is_reported(lint):
    # an extractor's output with blank lines between some blocks is read as blocks of lines, one paragraph each
    text = (f"Title\n\n{STORY}\nThe vote was close.\n[Related: How the council spends its money]\nIt passed by one vote.\n\n"
            f"{STORY}\nThe mayor spoke next.\n")
    assert [(d.code, d.line) for d in lint(text, select=["NL310"])] == [("NL310", 5)]


def test_a_handle_or_short_line_inside_a_block_is_left_to_the_story(lint):
    text = (f"Title\n\n{STORY}\nYour website and social media names, please!\nIG: @janedoe.art\nShare the love\n\n"
            f"{STORY}\nThe mayor spoke next.\n")
    assert lint(text, select=["NL310"]) == []


@pytest.mark.parametrize("tail, found", [
    ("bed.Next: Seeking Solitude.", True),  # a title glued to the last sentence, with its stop
    ("bed. RELATED: The ten best mods of the year", True),
    ("bed.More: the council will meet again on Monday.", False),  # a sentence, not a title
])
def test_a_labelled_link_glued_to_the_last_sentence(lint, tail, found):
    text = f"Title\n\n{STORY} The family went home and lay down in the {tail}\n"
    assert bool(lint(text, select=["NL310"])) is found


@pytest.mark.parametrize("label", ["READ: Turkey recalls its ambassador over the vote", "Photos: The genocide remembered",
                                   "Read more: Looted art to be returned", "RELATED: What it is like to wait"])
def test_a_labelled_link_run_into_a_one_line_page_is_reported(lint, label):
    text = f"Title\n\n{STORY} {STORY} {label} A spokesman for the embassy declined to comment. {STORY}\n"
    [d] = lint(text, select=["NL310"])
    assert d.message.startswith("a labelled link run into the text: '" + label[:20])


@pytest.mark.parametrize("run_in, expected", [
    ("Read more: Looted art to be returned Right-wing protest The council said the names would change.",
     "Read more: Looted art to be returned"),  # a subheading after the headline
    ("READ: Turkey recalls its ambassador A spokesman declined to comment.", "READ: Turkey recalls its ambassador"),
    ("Read more: Berlin museum to return bronzes The council said the names would change.",
     "Read more: Berlin museum to return bronzes"),  # a name opening the headline
    ("READ: New Rules For Schools Set Out By Council.", "READ: New Rules For Schools Set Out By Council"),  # to the stop
    ("RELATED: What It Is Like to Wait for a Verdict in the Rain.",  # title case keeps its small words in lower case
     "RELATED: What It Is Like to Wait for a Verdict in the Rain"),
])
def test_a_labelled_link_run_into_a_page_ends_where_a_capital_follows_a_word_in_lower_case(lint, run_in, expected):
    assert shown(lint, f"Title\n\n{STORY} {STORY} {run_in} {STORY}\n", "NL310") == [expected]


@pytest.mark.parametrize("sentence", [
    "The sign read: Keep Out.",  # a verb before the colon, not a label after a sentence
    "Related: the two cases were heard together, the judge said.",  # lower case after the label
    "He said: Read more books.",
    "More: 40% of voters said they were undecided.",  # a figure after the label opens no headline at a line's start
])
def test_a_colon_in_a_story_sentence_is_left_alone(lint, sentence):
    text = f"Title\n\n{STORY} {sentence} {STORY}\n"
    assert lint(text, select=["NL310"]) == []
