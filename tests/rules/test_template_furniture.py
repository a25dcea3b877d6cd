"""The furniture lines that shared news-site templates print (WordPress, Disqus, Arc and Brightspot, Taboola and
Outbrain widgets, newsletter, paywall, cookie, affiliate, 'about us', copyright and reuse footers), made up as any
site would print them: each is reported as the page's own (a finding of a furniture rule over the line), at the
end of the body where every extractor keeps the footer; and the story's own sentences that look like them are left
alone."""

import pytest
from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.api import lint_text, make_linter

FURNITURE_RULES = ("NL301", "NL302", "NL303", "NL304", "NL305", "NL306", "NL307", "NL308", "NL309", "NL310",
                   "NL311", "NL342")


@pytest.fixture(scope="module")
def furniture_linter():
    return make_linter(select=list(FURNITURE_RULES))


def _reported(linter, paragraphs, line):
    text = "Library to close\n\n" + "\n\n".join(paragraphs) + "\n"
    start = text.index(line)
    return [d.code for d in lint_text(text, linter=linter) if d.start < start + len(line) and d.end > start]


def _at_end(linter, line):
    return _reported(linter, [PROSE, MORE, LONG, LATER, line], line)


def _in_middle(linter, line):
    return _reported(linter, [PROSE, MORE, line, LONG, LATER, LAST], line)


SITE_DESCRIBES_ITSELF = [
    "The Valley Courier is an independent, nonprofit newsroom serving the North Bay since 1998.",
    "The Harbour Echo is a nonprofit news organization dedicated to local accountability reporting.",
    "Founded in 1887, the Harbor Gazette is the oldest daily newspaper in the county.",
    "Founded in 2009, Midland Voice is an independent digital newspaper covering the East Midlands.",
    "Established in 1901, the Coastal Herald is one of the oldest weekly newspapers in Wales.",
    "Northside Times is part of the Riverbend Media Group.",
    "Lakeside Daily is owned by Lakeside Media Group, a family-owned company.",
    "The County Post is a member of the Local Media Network.",
    "The Metro Sentinel is published by Sentinel Media Inc., 400 Main Street, Springfield.",
    "The Plains Observer uses investigative journalism to hold the powerful to account.",
    "Riverbend Report is a member of the Independent Press Standards Organisation (IPSO).",
    "Hilltown Press is a nonprofit newsroom that relies on donations from readers like you.",
    "Our mission is to provide independent, fact-based reporting to the communities we serve.",
    "Our mission is to inform and engage our readers with fearless, independent journalism.",
    "Our journalists strive for accuracy but on occasion we make mistakes.",
    "We are a reader-supported publication.",
    "We are an independent, reader-funded newsroom.",
]

ASKS_FOR_NEWS = [
    "We would like to hear what you think of this report.",
    "Send us a letter to the editor using the form below.",
    "Have a news tip? Email us at tips@example.com.",
    "Have a story idea? Email our newsroom at desk@example.org.",
    "Got a story? Contact our newsroom at news@example.com or call 555-0100.",
    "Do you have a story to share? Get in touch.",
    "Got a tip? Get in touch.",
    "Spotted an error? Let us know.",
    "Spot a mistake? Let us know.",
    "See something wrong in this article? Please let us know.",
    "Did we get something wrong? Report a correction.",
    "Have a question about this story? Get in touch with our reporters.",
    "Want to share your experience? Fill out the form below.",
    "Want to tell us about your experience? Fill in the form below.",
    "Have you been affected by the issues raised in this story? Share your views.",
    "Were you affected? Share your story with us.",
    "Tell us what you think in the comments section below.",
    "If you have information about this story, please contact us.",
]

AFFILIATE_NOTICES = [
    "When you shop through links in our guides, we may earn an affiliate commission.",
    "As an Amazon Associate, we earn from qualifying purchases.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "Hillside Press earns a commission on qualifying purchases made via the links on this page.",
    "This post may contain affiliate links.",
    "This article contains affiliate links. We may earn a small commission if you buy through them.",
    "We may earn a commission from links on this page.",
    "We may receive compensation if you click on links to goods sold by our partners.",
    "If you buy something through our links, we may earn a commission.",
    "Every product is independently selected by our editors.",
    "Our product picks are independently chosen by our editors.",
    "We independently review everything we recommend.",
    "Prices were accurate at the time of publication.",
    "Prices are correct at the time of writing.",
]

SUPPORT_AND_PAYWALL = [
    "If you value our reporting, please consider making a donation.",
    "If you value what we do, please consider supporting us with a donation.",
    "We rely on readers like you to fund our journalism.",
    "Your contribution helps keep our journalism free for everyone.",
    "Help us keep our local journalism free for everyone. Donate today.",
    "Quality journalism costs money. Please support our work.",
    "Become a member for as little as $5 a month.",
    "Become a supporter for as little as £3 a month.",
    "Support independent journalism by becoming a member today.",
    "Subscribe to continue reading.",
    "You've read 3 of 5 free articles this month.",
    "You have read 2 of your 4 free articles this month.",
    "Create a free account to keep reading.",
    "Register for free to keep reading.",
    "Sign in to unlock this article.",
    "This content is only available to subscribers.",
    "Get unlimited access for just $1 a week.",
]

NEWSLETTERS_AND_FORMS = [
    "Sign up for our daily newsletter",
    "Get the latest news delivered to your inbox every morning.",
    "Stay informed. Get our free morning briefing.",
    "Get our daily digest in your inbox.",
    "Never miss a story: sign up for our breaking news alerts.",
    "Want more stories like this? Sign up for our weekly newsletter.",
    "Join 50,000 readers who get our morning briefing.",
    "Check your inbox to confirm your subscription.",
    "Invalid email",
    "Thank you for signing up!",
    "Something went wrong. Please try again.",
    "Oops! Something went wrong. Please try again later.",
    "This form is protected by reCAPTCHA; Google's Privacy Policy and Terms of Service apply.",
]

COOKIES_AND_COMMENTS = [
    "We use cookies to improve your experience on our site.",
    "This website uses cookies to ensure you get the best experience.",
    "We and our partners use cookies to personalise content and ads.",
    "By continuing to use this site, you agree to our use of cookies.",
    "Manage preferences",
    "Manage cookie preferences",
    "Accept all cookies",
    "Reject all",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Powered by Disqus",
    "Your email address will not be published. Required fields are marked *",
    "You must be logged in to leave a comment.",
    "You must be signed in to comment.",
    "Be the first to comment",
    "Read our community guidelines before posting.",
    "Comments are closed.",
]

WIDGET_AND_TEMPLATE_LABELS = [
    "Recommended for you",
    "Promoted Stories",
    "Sponsored Links by Taboola",
    "Recommended by Outbrain",
    "Around the Web",
    "From Our Partners",
    "More from our partners",
    "You may also like",
    "You might also be interested in",
    "Paid Content",
    "Don't Miss",
    "DON'T MISS",
    "Editor's Picks",
    "Editor's Choice",
    "More in Politics",
    "More in Business",
    "Next article",
    "Previous article",
    "← Previous Post",
    "Older posts »",
    "Next Story →",
    "Already have an account? Sign in",
    "A version of this article appears in print on May 3, 2021, Section A, Page 1 of the New York edition with the "
    "headline: Council Votes to Close Library.",
    "Cookie Settings",
    "Privacy Policy",
    "Terms of Service",
    "Terms & Conditions",
    "Your Privacy Choices",
    "We value your privacy",
    "Listen to this story",
    "SPONSORED",
    "Paid Post",
    "Share this:",
    "Bookmark the permalink.",
    "Proudly powered by WordPress",
    "Powered by WordPress VIP",
    "Story continues below advertisement",
    "Copy link",
    "Link copied",
    "Gift this article",
    "Gift this story",
    "Share this story",
    "Reprints & Permissions",
    "Reprints",
    "Sitemap",
    "Site Map",
    "Accessibility Statement",
    "Corrections policy",
    "Ethics Policy",
    "Audio is generated automatically.",
    "This article is more than 2 years old",
    "This story is more than 5 years old.",
]

LEGAL_FOOTERS = [
    "© 2004-2020 Hillside Press Ltd, Brighton",
    "Registered in England and Wales. Company number 01234567.",
    "Registered in England & Wales No. 02345678.",
    "Registered office: 1 Bridge Street, London SE1 9GF.",
    "The Daily Ledger is a registered trademark of Ledger Media LLC.",
    "All content copyright Harbor Media unless otherwise noted.",
    "Content copyright 2023 Valley Publishing.",
    "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except "
    "with the prior written permission of Harbor Media.",
    "The content of this website may not be reproduced without the prior written permission of the publisher.",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
]

TEMPLATE_LINES = (SITE_DESCRIBES_ITSELF + ASKS_FOR_NEWS + AFFILIATE_NOTICES + SUPPORT_AND_PAYWALL
                  + NEWSLETTERS_AND_FORMS + COOKIES_AND_COMMENTS + WIDGET_AND_TEMPLATE_LABELS + LEGAL_FOOTERS)


def test_there_are_a_hundred_template_lines_and_more():
    assert len(set(TEMPLATE_LINES)) == len(TEMPLATE_LINES) >= 100


@pytest.mark.parametrize("line", TEMPLATE_LINES)
def test_a_template_line_at_the_end_of_the_body_is_reported(furniture_linter, line):
    assert _at_end(furniture_linter, line)


@pytest.mark.parametrize("line", [line for line in TEMPLATE_LINES if line not in SITE_DESCRIBES_ITSELF])
def test_a_template_line_between_paragraphs_is_reported(furniture_linter, line):
    assert _in_middle(furniture_linter, line)


def test_a_site_description_in_a_whole_pages_footer_is_reported(furniture_linter):
    footer = ["Home", "News", "Sport", "The Valley Courier is an independent, nonprofit newsroom serving the North "
              "Bay since 1998.", "Contact us", "Privacy Policy", "Terms of Use", "Advertise", "Careers"]
    head = ["Menu", "Search", "Sign in", "Local news"]
    line = footer[3]
    assert _reported(furniture_linter, head + [PROSE, MORE, LONG, LATER, LAST] + footer, line) == ["NL342"]


@pytest.mark.parametrize("paragraphs", [
    # a story about a newspaper: its description of the paper is the story's, higher up or with speech
    [PROSE, "The Valley Courier is an independent newsroom that has covered the town since 1998.", MORE, LONG, LATER],
    [PROSE, MORE, "The Courier is owned by Harbor Media Group, which said the print edition would continue."],
    [PROSE, MORE, "The Gazette was founded in 1887 and sold 40,000 copies a day at its peak."],
    [PROSE, MORE, "Jane Smith was a journalist at the Courier for 30 years and edited it from 1990."],
    [PROSE, MORE, "It is part of the Riverbend Media Group, which owns 40 titles across the region."],
    [PROSE, MORE, "The Herald is part of the Newsquest group, which owns more than 200 local titles."],
    # a column in the first person, a letter to the editor
    [PROSE, MORE, "We are a nation that loves its libraries, and we should be willing to pay for them."],
    [PROSE, MORE, "Our mission as parents is to keep the library open, and I will keep writing until it is."],
    # reader prompts quoted or asked by others; appeals for witnesses
    [PROSE, MORE, 'The paper\'s website asked readers: "Spotted an error? Let us know."'],
    [PROSE, MORE, "Anyone with information is asked to get in touch with police on 101."],
    [PROSE, MORE, "If you saw the crash, please get in touch with the county police, a spokesman said."],
    [PROSE, MORE, "We would be glad to hear from anyone with a message they want us to add to this live blog."],
    # stories about affiliate marketing, donations and newsletters
    [PROSE, MORE, "Regulators say influencers must label affiliate links clearly when they promote products."],
    [PROSE, MORE, "Donations to the appeal have passed one million pounds, and the charity hopes to double it."],
    [PROSE, MORE, "Prices were higher at the time of the survey than at any point since 1990."],
    [PROSE, MORE, "Residents can become a member of the library's friends group for ten pounds a year."],
    [PROSE, MORE, "Older posts on the forum were deleted when the site moved, the moderators said."],
    [PROSE, "The privacy policy of the app was changed in March without notice to its users.", MORE, LONG, LATER],
])
def test_the_storys_own_sentences_of_these_forms_stay(furniture_linter, paragraphs):
    text = "Library to close\n\n" + "\n\n".join(paragraphs) + "\n"
    story = {p for p in paragraphs if p not in (PROSE, MORE, LONG, LATER)}
    found = [text[d.start:d.end] for d in lint_text(text, linter=furniture_linter)
             if any(text.index(p) <= d.start < text.index(p) + len(p) for p in story)]
    assert found == []
