"""Key points: lede first, then the sentences that carry the news; never page furniture."""

from __future__ import annotations

import random

from summariser._keypoints import _how_many, _same_as_title, select_key_points
from summariser._text import split_document

_ARTICLE = """By Hannah Osei, Technology correspondent

Updated 14 January 2026, 09:12 GMT

Britain's media regulator has given X until Friday to explain how its Grok chatbot was allowed to produce \
sexualised images of real people, in the first formal step of an inquiry under the Online Safety Act.

Elon Musk at a technology conference in Paris.

Ofcom said it had sent the company a legal information notice on Tuesday and would decide next week whether to \
open a full investigation, which could lead to a fine of up to 10% of global revenue.

Sign up to our TechScope newsletter for the week's biggest stories.

The regulator has received more than 4,000 complaints about the images since 29 December.

"We have been clear that platforms must protect their users," an Ofcom spokesperson said.

The technology secretary, Liz Kendall, told MPs the government would introduce legislation to ban so-called \
nudification apps and would back Ofcom if it decided to block the service.

Read more: Five things to know about the Online Safety Act

X said last week that it had restricted Grok's image editing to paying subscribers.

The platform was previously known as Twitter and was bought by Mr Musk in 2022.

We use cookies to improve your experience on our site.

Photograph: Jane Doe/Getty Images"""


def test_lede_comes_first_and_points_are_in_article_order() -> None:
    doc = split_document(_ARTICLE)
    points = select_key_points(doc, title="Ofcom gives X until Friday over Grok images")
    assert 3 <= len(points) <= 5
    assert points[0].startswith("Britain's media regulator has given X until Friday")
    positions = [_ARTICLE.index(p[:40]) for p in points]
    assert positions == sorted(positions)


def test_the_news_sentences_are_chosen() -> None:
    points = select_key_points(split_document(_ARTICLE), title=None)
    joined = "\n".join(points)
    assert "legal information notice" in joined
    assert "introduce legislation to ban" in joined
    assert "4,000 complaints" in joined


def test_furniture_is_never_a_key_point() -> None:
    joined = "\n".join(select_key_points(split_document(_ARTICLE), title=None))
    for junk in (
        "Hannah Osei",
        "Updated 14 January",
        "Paris",  # caption
        "newsletter",
        "Read more",
        "cookies",
        "Getty",
        "an Ofcom spokesperson said",  # a bare quotation belongs to the quotes
    ):
        assert junk not in joined, junk


def test_short_article_gives_fewer_points() -> None:
    text = (
        "Ofcom has opened an investigation into X over images made with Grok.\n\n"
        "The regulator said it would report within weeks."
    )
    points = select_key_points(split_document(text), title="Ofcom investigates X")
    assert points == [
        "Ofcom has opened an investigation into X over images made with Grok.",
        "The regulator said it would report within weeks.",
    ]


def test_long_article_gives_at_most_five_points() -> None:
    actors = [
        "Ofcom",
        "The European Commission",
        "Australia's eSafety office",
        "Ireland's media regulator",
        "California's attorney general",
        "India's IT ministry",
        "Malaysia's MCMC",
        "Canada's privacy office",
    ]
    verbs = [
        "opened an inquiry into",
        "sent a legal notice to",
        "fined",
        "summoned executives from",
        "ordered document retention by",
        "warned",
    ]
    paragraphs = [
        f"{actor} {verb} X on {day} January, officials confirmed in a statement."
        for day, (actor, verb) in enumerate(((a, v) for a in actors for v in verbs), start=1)
    ]
    points = select_key_points(split_document("\n\n".join(paragraphs)), title=None)
    assert len(points) == 5


def test_headline_repeated_as_first_line_is_skipped() -> None:
    text = (
        "Ofcom investigates X over Grok images.\n\n"
        "Ofcom has opened a formal investigation into X after its Grok chatbot produced sexualised images.\n\n"
        "The inquiry will examine whether the platform breached the Online Safety Act.\n\n"
        "X said it was cooperating with the regulator and had restricted the feature."
    )
    points = select_key_points(split_document(text), title="Ofcom investigates X over Grok images")
    assert points[0].startswith("Ofcom has opened a formal investigation")


def test_wire_dateline_is_trimmed() -> None:
    text = (
        "LONDON, Jan 12 (Meridian) - Ofcom opened a formal investigation into X on Monday over Grok images.\n\n"
        "The regulator said it could fine the company up to 10% of its worldwide revenue."
    )
    points = select_key_points(split_document(text), title=None)
    assert points[0] == "Ofcom opened a formal investigation into X on Monday over Grok images."


def test_selection_is_deterministic_and_empty_input_gives_nothing() -> None:
    doc = split_document(_ARTICLE)
    assert select_key_points(doc, title="t") == select_key_points(doc, title="t")
    assert select_key_points(split_document(""), title=None) == []
    assert select_key_points(split_document("Share this article\n\nAdvertisement"), title=None) == []


def test_a_short_item_keeps_every_distinct_sentence_in_order() -> None:
    text = (
        "Ofcom has opened an investigation into the platform over sexualised images made by its chatbot. "
        "Ministers said on Tuesday they would bring forward new rules for online safety duties. "
        "The regulator can fine companies up to 10% of their global revenue under the law."
    )
    points = select_key_points(split_document(text), title="Regulator opens inquiry")
    assert points == [s.text for s in split_document(text).sentences]


def test_of_two_alike_sentences_in_a_short_item_the_higher_scored_is_kept() -> None:
    # three candidates may all be chosen, but two alike compete: the ranking (not the order) decides which stays
    lede = "Ofcom has opened an investigation into the platform over sexualised images made by its chatbot."
    plain = "Campaigners said the platform still hosted sexualised images made by its chatbot."
    richer = "Campaigners said the platform would ban sexualised images made by its chatbot, ministers said."
    for text in (f"{lede} {plain} {richer}", f"{lede} {richer} {plain}"):
        points = select_key_points(split_document(text), title="Regulator opens inquiry")
        assert points == [lede, richer]


def test_the_short_path_sees_two_other_sentences_at_most() -> None:
    # `select_key_points` checks one pair of the other sentences when every candidate may be chosen: that happens only
    # with three candidates or fewer
    for n in range(1, 40):
        if _how_many(n) > n - 1:
            assert n <= 3


def test_same_as_title_is_the_share_of_the_words_of_both() -> None:
    rnd = random.Random(3)
    for _ in range(3000):
        a = {bytes([rnd.randint(97, 106)]) for _ in range(rnd.randint(0, 8))}
        b = {bytes([rnd.randint(97, 106)]) for _ in range(rnd.randint(0, 8))}
        expected = bool(a and b) and len(a & b) / len(a | b) >= 0.7
        assert _same_as_title(a, b) == expected
