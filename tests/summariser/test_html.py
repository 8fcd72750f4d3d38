"""HTML sniffing, main-text and metadata extraction, and boilerplate stripping."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser._boilerplate import is_boilerplate_line, strip_boilerplate
from summariser._html import extract_article, looks_like_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "summariser"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hello</p></body></html>",
        "\ufeff  <!-- saved page -->\n<html lang='en'><head></head><body></body></html>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
        "<p>Ofcom opened an investigation.</p><p>X said it would comply.</p>",
        "<article><h1>Headline</h1></article>",
        "Breaking: <b>Ofcom</b> acts <br> more <a href='/x'>here</a> and <em>there</em>",
    ],
)
def test_html_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom opened an investigation into X on Monday.\n\nThe regulator said it would act quickly.",
        "If x < 3 and y > 2 then the fine is smaller <than> expected.",
        "Title: Something\n\n<Musk> wrote a post that was later deleted.",
        "",
        "   \n  ",
    ],
)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_article_metadata_comes_from_meta_tags_and_json_ld() -> None:
    article = extract_article(_fixture("ofcom-x-article.html"), url="https://www.northernledger.example/feed-link")
    assert article.title == "Ofcom sets X a deadline to explain Grok safeguards"
    assert article.byline == "Priya Natarajan, Tom Hale"
    assert article.date == "2026-01-14T07:45:00+00:00"
    assert article.site == "The Northern Ledger"
    # the relative canonical link is resolved against the page URL and wins over it
    assert article.url == "https://www.northernledger.example/technology/2026/jan/14/ofcom-x-grok-deadline"


def test_main_text_keeps_paragraphs_and_drops_furniture() -> None:
    text = extract_article(_fixture("ofcom-x-article.html")).text
    paragraphs = text.split("\n")
    assert paragraphs[0].startswith("Ofcom has given X until Friday")
    assert paragraphs[-1].startswith("Campaigners welcomed the notice")
    # a quote running over two paragraphs stays two paragraphs, in order
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("In a statement"))
    assert paragraphs[first + 1].startswith('"If the answer is not good enough')
    for junk in (
        "Sign up",
        "newsletter",
        "Related:",
        "Share this article",
        "Getty Images",
        "cookies",
        "Most read",
        "©",
    ):
        assert junk not in text, junk
    assert "Ofcom sets X a deadline" not in text  # the headline is metadata, not body


def test_page_without_rich_metadata_falls_back_to_markup_and_host() -> None:
    article = extract_article(_fixture("eu-dsa-wire.html"))
    assert article.title == "EU regulators question X over Grok deepfakes"
    assert article.byline == "Marta Kowalczyk"
    assert article.date == "2026-01-09"
    assert article.site == "continentalwire.example"
    assert article.url == "https://continentalwire.example/eu/2026/01/09/x-grok-rfi?utm_source=feed"
    assert "Read more" not in article.text
    assert "Tags" not in article.text
    assert "6% of a company's global annual turnover" in article.text


def test_fragment_is_extracted_even_when_short() -> None:
    article = extract_article("<p>Ofcom has opened an investigation into X.</p><p>X said it would cooperate.</p>")
    assert article.text == "Ofcom has opened an investigation into X.\nX said it would cooperate."
    assert article.title is None and article.date is None and article.url is None


def test_nested_blocks_are_not_repeated_in_fragments() -> None:
    article = extract_article("<blockquote><p>We will act.</p></blockquote><ul><li><p>One point.</p></li></ul>")
    assert article.text.count("We will act.") == 1
    assert article.text.count("One point.") == 1


def test_empty_page_gives_empty_text() -> None:
    assert extract_article("<html><body></body></html>").text == ""
    assert extract_article("<html><body><script>var a = 1;</script></body></html>").text == ""


_STORY = (
    "<head><title>Watchdog widens Grok inquiry</title>"
    "<meta property='og:title' content='Watchdog\n\t widens  Grok inquiry\u00a0'></head>"
    "<body><div class='story-body'>"
    "<p>The media regulator on Thursday widened its inquiry into the Grok chatbot to cover its video tool.</p>"
    "<p>The company said it had paused the feature for users in Britain while the review went ahead.</p>"
    "<p>Campaigners said the move came months too late for the women whose images were altered.</p>"
    "</div></body></html>"
)


def test_doctype_with_a_slash_gives_the_same_article_as_a_plain_one() -> None:
    # libxml2 trips on a first-line doctype with a "/" in it: it is dropped before parsing, and nothing else is
    xhtml = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>' + _STORY
    )
    plain = extract_article("<!DOCTYPE html>\n<html>" + _STORY)
    assert extract_article(xhtml) == plain
    assert plain.text.startswith("The media regulator on Thursday widened")


def test_noncharacters_and_control_bytes_are_dropped_before_parsing() -> None:
    dirty = _STORY.replace("widened", "wid\ufffeened").replace("paused", "pau\x0bsed\uffff")
    assert extract_article("<html>" + dirty) == extract_article("<html>" + _STORY)


def test_meta_values_have_their_whitespace_collapsed() -> None:
    # tabs, line breaks and no-break spaces inside a meta value: one space between words, none at the ends
    assert extract_article("<html>" + _STORY).title == "Watchdog widens Grok inquiry"


def test_page_held_in_one_form_still_gives_its_text() -> None:
    # ASP.NET pages wrap the whole body in a form: form, input and label elements must parse as ordinary elements
    page = _STORY.replace(
        "<body>", "<body><form id='aspnetForm' action='/x'><label for='q'>Search</label><input id='q' name='q'>"
    ).replace("</body>", "</form></body>")
    article = extract_article("<html>" + page)
    assert article.text.startswith("The media regulator on Thursday widened")
    assert "Campaigners said the move came months too late" in article.text
    assert "Search" not in article.text


@pytest.mark.parametrize(
    ("markup", "byline"),
    [
        ("<p class='story-byline'>By Hannah Okafor</p>", "Hannah Okafor"),
        ("<a rel='author' href='/staff/ravi'>Ravi Menon</a>", "Ravi Menon"),
        ("<span itemprop='author'>Lucia Ferreira</span>", "Lucia Ferreira"),
        ("<span itemprop='author-name'>Lucia Ferreira</span>", None),
    ],
)
def test_byline_is_read_from_markup_when_metadata_has_none(markup: str, byline: str | None) -> None:
    page = _STORY.replace("<div class='story-body'>", f"<div class='story-body'>{markup}")
    assert extract_article("<html>" + page).byline == byline


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free TechScope newsletter",
        "Get our morning briefing delivered to your inbox",
        "Thanks for signing up!",
        "Related: Grok image tool restricted to paying users",
        "Read more: EU fined X in December",
        "You may also like...",
        "Share this article",
        "Share on Facebook",
        "Photograph: Jane Doe/Getty Images",
        "Elon Musk at an event in Paris last year. Photograph: Jane Doe/AFP/Getty Images",
        "Image caption: Ofcom's offices in London",
        "© 2026 The Northern Ledger. All rights reserved.",
        "Copyright 2026 Continental Wire",
        "Updated 14 January 2026, 09:12 GMT",
        "Wed 14 Jan 2026 07.45 GMT",
        "Published: 12:30",
        "5 min read",
        "Advertisement",
        "Tags",
        "We use cookies to improve your experience.",
        "Follow us on Instagram",
        "China furious at Macron for protest jibe [INSIGHT]",
        "— · —",
        "SOURCE: Continental Wire and news agencies",
        "Additional reporting by Priya Natarajan in Delhi",
        "Wire writers Tom Brennan and Ana Ruiz contributed to this report.",
        "CW-UK--Ofcom-Grok-Inquiry, 2nd Ld-Writethru",
        "READ THE FULL REPORT FREE BY CLICKING HERE",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in the company fell 3% on Monday.",
        "X updated its terms of service in November.",
        "The fine was first reported by Reuters.",
        "The regulator said it had received more than 2,000 complaints since 29 December.",
        "Users must sign up with an email address before they can use Grok, the company said.",
        "Copyright law does not protect a person's likeness in most cases, lawyers said.",
        "Related laws in Australia already allow the eSafety commissioner to issue removal notices.",
        "Ofcom said the newsletter sent to MPs had been drafted before the investigation began, and that it "
        "would publish a corrected version later this week alongside its full guidance for platforms.",
        "Updated guidance will be published next month, the department said.",
        "The source said the regulator would decide within weeks.",
        "Reporting by the paper prompted the inquiry, ministers said.",
    ],
)
def test_news_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_strip_boilerplate_keeps_blank_line_paragraphs_and_drops_headline_repeat() -> None:
    text = "Ofcom fines X\n\nOfcom has fined X.\n\nShare this article\n\nThe fine is the first.\n\n\n"
    assert strip_boilerplate(text, title="Ofcom fines X") == "Ofcom has fined X.\n\nThe fine is the first."


def test_inline_related_links_glued_into_a_sentence_are_removed() -> None:
    # a news site that prints related headlines inside the sentence, after a name, up to an all-capitals MORE
    text = (
        "Sen. Dana WhitfieldDana Carol WhitfieldSenators press Ofcom on Grok | Watchdog widens probe "
        "MORE (D-Ore.) said on Tuesday that the platform had failed to act.\n\nShe will hold a hearing next week."
    )
    assert strip_boilerplate(text) == (
        "Sen. Dana Whitfield (D-Ore.) said on Tuesday that the platform had failed to act.\n\n"
        "She will hold a hearing next week."
    )


def test_capitalised_names_without_a_more_marker_are_kept() -> None:
    text = "McDonald told the BBC that MacKenzie and DeSantis had spoken to YouTube about more moderators."
    assert strip_boilerplate(text) == text
