"""Relevance of short news items whose regulatory language stands in a paragraph of its own, of campaigners'
demands on the subject, and of a government's "guidance" (the session-10 probe families).

A short item (a headline over a few one-sentence paragraphs) is one story: the minister's line in its last paragraph
is about the platform its headline and lede name, though no paragraph names both. The decoys each rule must keep
out sit next to the cases they resemble.
"""

from __future__ import annotations

import pytest

from summariser import relevance
from summariser._relevance import score_relevance
from summariser._text import split_document


def _relevant(title: str, text: str) -> bool:
    result = score_relevance(split_document(text), title=title)
    assert (result.score >= 0.5) == result.relevant
    assert relevance(text, title=title) == result  # the public entry point judges the same
    return result.relevant


# --- a short item: the subject at the top, its regulatory language in a paragraph of its own ------------------------

SHORT_ITEMS = [
    (
        "Investor urges X to rein in Grok",
        "A large shareholder in X urged the company on Monday to curb Grok's image tool.\n\n"
        '"Nobody invests in a scandal," he said.\n\n'
        "The communications minister said the government would enforce the decency law on every platform.",
    ),
    (
        "The parents taking on Grok",
        '"I saw what Grok could do to a photo of my son," says Ana Lima, 38.\n\n'
        "Her group has gathered 80,000 signatures asking parliament to regulate AI image tools.\n\n"
        '"It has to stop," she says.',
    ),
]


@pytest.mark.parametrize(("title", "text"), SHORT_ITEMS)
def test_a_short_item_is_one_story(title: str, text: str) -> None:
    assert _relevant(title, text)


SHORT_DECOYS = [
    # no concern at the top: a product item with stray lines about an unrelated law
    (
        "X adds Grok video tool",
        "X said on Tuesday that Grok could now make short videos. The feature is free.\n\n"
        "The ministry said it would publish a new telecoms law next year.\n\n"
        "The government said the law would cover broadband pricing.",
    ),
    # the regulatory lines are background to the item ("Separately", "also")
    (
        "X faces advertiser backlash over Grok",
        "Advertisers paused spending on X after Grok produced offensive replies. The brands did not comment.\n\n"
        "Separately, the regulator fined a broadband firm for billing errors.\n\n"
        "Ofcom also fined a mobile operator last month.",
    ),
    # a harm at the top, but the law is about something else: nothing ties it to the kind of thing the subject is
    (
        "Musk's X posts revenue rise",
        "X said revenue rose 4 per cent, helped by Grok subscriptions. Critics called the figures a scandal.\n\n"
        "In other news, the government said it would cut fuel duty.\n\n"
        "The chancellor said the law would change in April.",
    ),
    (
        "Grok gets voice mode",
        "xAI said on Monday that Grok now talks back. Deepfake worries remain, critics said.\n\n"
        "The minister said the new online safety law would be debated in parliament next month.",
    ),
    # a rival named: the regulatory language may be about it
    (
        "Grok and ChatGPT get voice mode",
        "xAI said on Monday that Grok now talks back, as OpenAI did for ChatGPT.\n\n"
        "Deepfake worries remain.\n\n"
        "The EU's AI Act will apply to voice assistants from August, officials said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SHORT_DECOYS)
def test_short_item_decoys_stay_off_topic(title: str, text: str) -> None:
    assert not _relevant(title, text)


def test_a_long_article_is_not_judged_as_a_short_item() -> None:
    # the same top and the same last line, with four more sentences between: a long story's last paragraph may be
    # about something else, so the rules for whole articles apply
    title, text = SHORT_ITEMS[0]
    lede, quote, minister = text.split("\n\n")
    filler = "He said he had spoken to other shareholders.\n\nThe company did not reply.\n\nIts shares are not listed."
    assert not _relevant(title, "\n\n".join([lede, quote, filler, minister]))


# --- campaigners demanding action on the subject --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Charities demand Grok shutdown",
            "Thirty charities signed a letter on Tuesday asking for the image tool to be turned off.",
        ),
        ("Campaigners call for Grok image tool to be pulled", "A coalition of women's groups said the tool must go."),
        ("Campaign groups urge xAI to withdraw image editor", "Eleven groups signed the letter on Friday."),
        ("Women's groups demand X act on Grok deepfakes", "Nine groups wrote to the company on Monday."),
        ("Children's charities call on X to pull Grok tool", "The letter was signed by 12 charities."),
        ("Teachers' union calls on X to disable Grok editing", "The union said teachers had been targeted."),
    ],
)
def test_campaigners_demanding_action_on_the_subject_are_a_political_response(title: str, text: str) -> None:
    assert _relevant(title, text)


def test_campaigners_opening_a_lede_with_an_aside_before_their_demand() -> None:
    lede = (
        "More than 40 charities, including Refuge and Women's Aid, called on Sunday for Grok's image editing to be "
        "switched off in the UK."
    )
    assert _relevant("Grok image editing: 40 charities speak out", lede)
    # the same opening, the demand on someone else
    assert not _relevant(
        "Charities join Bluesky",
        "More than 40 charities, including Refuge, called on Sunday for supporters to follow them on Bluesky, not X.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the demand is on someone else; the platform is where they are asked to leave
        ("Charities urge supporters to quit X", "More than 60 charities asked their followers on Monday to leave X."),
        ("Charities leave X over hate speech", "More than 60 charities closed their accounts on X on Monday."),
        ("Campaigners demand Malcolm X memorial", "Campaigners called for a memorial to Malcolm X in Omaha."),
        ("Charities demand X-ray funding", "Hospital charities called for more X-ray machines."),
        ("Charities demand answers from SpaceX", "Space charities asked SpaceX to explain the launch delay."),
        ("Campaign groups urge fans to boycott Tesla Model X", "Groups asked fans not to buy the car."),
        ("Charities call for more funding as X users donate", "Users on X gave £2m on Friday."),
        ("Investors press X to fix Grok", "Shareholders said the chatbot's image tool was a risk."),  # no campaign
    ],
)
def test_campaign_decoys_stay_off_topic(title: str, text: str) -> None:
    assert not _relevant(title, text)


# --- a government's guidance ----------------------------------------------------------------------------------------


def test_a_government_issuing_guidance_to_the_subject_is_acting_on_it() -> None:
    assert _relevant(
        "Korea issues guidance to xAI",
        "South Korea's privacy commission asked the company on Friday to stop collecting faces without consent.",
    )
    # the same verb from a company is no government acting
    assert not _relevant("Apple issues guidance to xAI developers", "Apple published a note for developers on Friday.")


@pytest.mark.parametrize(
    "title",
    [
        "Committee chair summons X executives over Grok",  # a committee acting, its chair between
        "India issues notice to X over Grok",  # "issues" between a government and its act
        "Japan issues guidance to xAI",
        "Brazil's consumer body notifies X over Grok",  # a body of government, and "notifies"
    ],
)
def test_a_government_body_acting_in_a_headline(title: str) -> None:
    assert _relevant(title, title)


def test_a_committee_that_does_not_act_on_the_subject_is_no_concern() -> None:
    assert not _relevant("Committee chair praises X Factor finalist", "The chair said the singer was a star.")


# --- a sentence opening on another story -----------------------------------------------------------------------------


def test_a_sentence_on_another_story_binds_nothing_to_the_subject() -> None:
    lede = "Advertisers paused spending on X after Grok produced offensive replies."
    assert not _relevant("X faces advertiser backlash over Grok", f"{lede} Separately, Ofcom fined a broadband firm.")
    assert not _relevant(
        "X adds Grok video tool",
        "X said on Tuesday that Grok could now make short videos. Elsewhere, the government said it would publish a "
        "new telecoms law.",
    )
    # unless it names the subject itself
    assert _relevant(
        "X faces Grok backlash",
        "Users criticised X over Grok images. Separately, Ofcom said it had opened an investigation into X.",
    )


# --- "on" the subject after a regulatory act: its target, not a medium ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            'Tories accuse government of "dithering" on Grok',
            "The culture secretary said the government would legislate to ban nudification tools.",
        ),
        ("Ministers must act on Grok, says committee", "The committee said the law should change this year."),
    ],
)
def test_on_the_subject_after_an_act_is_its_target(title: str, text: str) -> None:
    assert _relevant(title, text)


def test_posted_on_the_subject_is_still_a_medium() -> None:
    assert not _relevant(
        "Minister's holiday photos spark row",
        "The minister posted the photos on X on Sunday; the government said he was acting on medical advice.",
    )
