"""Relevance: about X/Grok/xAI AND about regulation, law, enforcement or politics — on headlines and whole articles."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from summariser import DEFAULT_TOPIC, Topic
from summariser._relevance import score_relevance
from summariser._text import split_document


def _judge(title: str | None, body: str = "", topic: Topic = DEFAULT_TOPIC) -> tuple[bool, float, list[str]]:
    result = score_relevance(split_document(body), title=title, topic=topic)
    assert 0.0 <= result.score <= 1.0
    assert (result.score >= 0.5) == result.relevant
    return result.relevant, result.score, result.matched


# --- headlines and short ledes, as feed items arrive ------------------------------------------------------------

RELEVANT_HEADLINES = [
    ("Ofcom opens formal investigation into X over Grok images", ""),
    ("EU fines X €120m under Digital Services Act", ""),
    ("Brussels opens DSA proceedings against X", ""),
    ("Could X be banned in Britain? What the regulator can do", ""),
    ("Starmer says X ban is 'on the table' after Musk attack", ""),
    ("California attorney general investigates xAI over chatbot images", ""),
    ("Indonesia blocks Grok over sexualised images", ""),
    ("MPs quit X as Commons committee protests over deepfakes", ""),
    ("X Corp sues Minnesota over deepfake election law", ""),
    ("Senators urge Apple to pull X and Grok from App Store", ""),
    ("X's Grok faces questions from Irish media regulator", ""),
    ("Government to leave X, ministers confirm", ""),
    ("X, formerly Twitter, told to hand over documents by EU", ""),
    ("Australia's eSafety commissioner issues legal notice to X", ""),
    ("OFCOM LAUNCHES PROBE INTO X OVER GROK", ""),
    ("Grok produced three million sexualised images, campaigners say", ""),
    (
        "Ministers weigh emergency powers",
        "Ministers are considering emergency powers to block X after Grok was used to create sexualised images.",
    ),
    (
        "X says Grok will stop editing photos of real people",
        "The change follows weeks of pressure from regulators in Britain and the European Union.",
    ),
    (
        "Scottish government to match deepfake offence",
        "John Swinney said Holyrood would legislate after the row over images made with Elon Musk's Grok chatbot.",
    ),
    (None, "Ofcom has opened an investigation into X over the Grok chatbot, the regulator said on Monday."),
]


@pytest.mark.parametrize(("title", "lede"), RELEVANT_HEADLINES)
def test_relevant_headlines(title: str | None, lede: str) -> None:
    relevant, score, matched = _judge(title, lede)
    assert relevant, matched
    assert score >= 0.5


IRRELEVANT_HEADLINES = [
    # the letter X that is not the platform
    ("Malcolm X documentary wins award as politicians praise film", ""),
    ("Hospital X-ray machines faulty, regulator warns", "The regulator said X-ray scanners in 12 trusts were old."),
    ("The X Factor judge investigated by police", ""),
    ("Generation X voters turn against government, poll finds", ""),
    ("Tesla recalls Model X after regulator inquiry", ""),
    ("SpaceX launch delayed as FAA investigation continues", ""),
    ("Ms X tells court she was threatened by former partner", "The judge said Ms X had shown courage."),
    ("Exam board apologises after error in question where X = 3", "The government said it would investigate."),
    ("X Games athletes banned after doping test", ""),
    ("Microsoft's Xbox faces FTC probe over prices", ""),
    ("X-Men star joins campaign for new film law", ""),
    ("Windows XP machines still used by government departments", ""),
    ("Musk's son X joins him in the Oval Office as senators watch", ""),
    ("Case X v Secretary of State goes to the Supreme Court", ""),
    ("Police appeal after Patient X goes missing from hospital", ""),
    # subject without a concern, concern without a subject
    ("Grok gets a new voice mode for Premium subscribers", "xAI said the feature would roll out this week."),
    ("Musk's xAI raises $20bn in funding round", "Investors include several sovereign wealth funds."),
    ("Ofcom fines broadband provider £2m over billing errors", "The regulator said customers had been overcharged."),
    ("Tesla shares fall as Musk unveils robotaxi plans", ""),
    ("Musk says Starship will reach Mars by 2028", ""),
    # a passing mention in a story about something else
    (
        "Ofcom fines broadband firm £2m",
        "The penalty comes weeks after the regulator opened an investigation into X.",
    ),
    ("", ""),
]


@pytest.mark.parametrize(("title", "lede"), IRRELEVANT_HEADLINES)
def test_irrelevant_headlines(title: str, lede: str) -> None:
    relevant, score, matched = _judge(title, lede)
    assert not relevant, matched
    assert score < 0.5


# --- whole articles ---------------------------------------------------------------------------------------------

_ON_TOPIC = """Britain's media regulator has opened a formal investigation into X over sexualised images made with \
its Grok chatbot, the first such case under the Online Safety Act.

Ofcom said the inquiry would examine whether the platform had assessed the risk of illegal content and acted quickly \
enough to remove it. The company could face a fine of up to 10% of its global revenue.

The technology secretary, Liz Kendall, said she wanted the investigation concluded in weeks. X said it had already \
restricted image editing to paying subscribers.

Campaigners said the move was overdue."""

_PASSING_MENTION = """The European Commission has approved a €3bn state aid scheme for offshore wind farms in the \
North Sea, clearing the way for construction to begin next year.

The scheme, notified by Denmark and Germany, will support up to 4GW of new capacity. Officials said it complied with \
EU rules on competition.

Energy ministers welcomed the decision. Industry groups said the subsidies were needed to compete with the US.

Separately, the Commission said it was continuing its investigation into X under the Digital Services Act.

Construction of the first turbines is expected to start in the spring, with power flowing to the grid by 2029."""

_MUSK_BUSINESS = """Tesla shares rose 4% on Tuesday after Elon Musk said the company would begin producing a \
cheaper model next year.

Musk, who also runs SpaceX and the social media platform X, told analysts that demand in China had recovered.

Regulators in the US are still examining the company's driver-assistance software after a series of crashes.

Analysts said the results were better than expected."""


def test_article_about_x_regulation_is_relevant() -> None:
    relevant, score, matched = _judge("Ofcom investigates X over Grok images", _ON_TOPIC)
    assert relevant
    assert score >= 0.8
    assert {"X", "Grok"} <= set(matched)
    assert {"Ofcom", "Online Safety Act"} <= set(matched)


def test_article_is_relevant_without_a_title_when_the_lede_carries_it() -> None:
    relevant, _, _ = _judge(None, _ON_TOPIC)
    assert relevant


def test_passing_mention_in_a_story_about_something_else_is_not_relevant() -> None:
    relevant, _, matched = _judge("EU approves €3bn aid for North Sea wind farms", _PASSING_MENTION)
    assert not relevant
    assert "X" in matched  # seen, but not what the story is about


def test_musk_business_story_is_not_relevant() -> None:
    relevant, _, _ = _judge("Tesla shares rise as Musk promises cheaper car", _MUSK_BUSINESS)
    assert not relevant


def test_body_that_keeps_returning_to_the_subject_is_relevant_despite_a_vague_title() -> None:
    body = " ".join(
        [
            "Ministers met on Tuesday to discuss online harms.",
            "Officials said X had not answered three letters about Grok.",
            "The regulator is expected to fine X within weeks.",
            "A spokesperson for X said the company was cooperating with Ofcom.",
            "The meeting also covered gambling advertising.",
        ]
    )
    relevant, _, _ = _judge("Ministers meet on online harms", body)
    assert relevant


def test_title_counts_more_than_the_body() -> None:
    _, with_title, _ = _judge("Ofcom investigates X", "The regulator said it would report in the spring.")
    _, without_title, _ = _judge(None, "The regulator said it would report in the spring.")
    assert with_title > without_title


def test_bare_x_is_the_platform_when_the_article_names_grok_elsewhere() -> None:
    body = "Grok, the chatbot, produced the images. Regulators said X would be fined if it did not act."
    relevant, _, matched = _judge("Regulators warn over chatbot images", body)
    assert "X" in matched
    assert relevant


def test_x_in_maths_and_court_copy_is_never_the_platform() -> None:
    _, _, matched = _judge(None, "If X = 3 then the fine doubles. Mr X told the court he had been fined.")
    assert "X" not in matched


# --- custom topics ----------------------------------------------------------------------------------------------


def test_topic_from_plain_keyword_lists() -> None:
    topic = Topic.from_keywords(
        "TikTok regulation",
        subjects=["TikTok", "ByteDance"],
        concerns=["ban", "regulator", "Congress"],
        exclusions=["TikTok dance"],
    )
    assert topic.subjects == ("TikTok", "ByteDance")
    assert topic.ambiguous == ()
    assert _judge("Congress votes to ban TikTok", "", topic)[0]
    assert not _judge("TikTok dance craze sweeps schools", "", topic)[0]
    assert not _judge("Ofcom opens investigation into X over Grok", "", topic)[0]


def test_custom_topic_with_x_gets_the_letter_x_decoys() -> None:
    topic = Topic.from_keywords("X in Brazil", subjects=["X"], concerns=["Supreme Court", "ban"])
    assert topic.ambiguous == ("X",)
    assert "Malcolm X" in topic.exclusions
    assert _judge("Brazil's Supreme Court orders ban on X", "", topic)[0]
    assert not _judge("Supreme Court hears Malcolm X ban appeal", "", topic)[0]


def test_lower_case_keywords_match_any_case_and_inflections() -> None:
    topic = Topic.from_keywords("Widgets", subjects=["Acme"], concerns=["recall"])
    assert _judge("Acme widgets RECALLED by safety board", "", topic)[0]
    assert _judge("Acme recalls widgets", "", topic)[0]


def test_capitalised_keywords_match_as_written() -> None:
    topic = Topic.from_keywords("Apple", subjects=["Apple"], concerns=["fine"])
    assert _judge("Apple faces fine in Brussels", "", topic)[0]
    assert not _judge("apple growers face fine over pesticide", "", topic)[0]


def test_default_topic_is_exported_and_hashable() -> None:
    assert DEFAULT_TOPIC.name == "X/Grok regulation"
    assert len({DEFAULT_TOPIC, DEFAULT_TOPIC}) == 1 and DEFAULT_TOPIC in {DEFAULT_TOPIC: 1}
    assert "Grok" in DEFAULT_TOPIC.subjects and "Ofcom" in DEFAULT_TOPIC.concerns


# --- the platform as the subject of the regulatory language, not a medium people post on ------------------------

_PARTY_ACCOUNT = """A political party was accused on Wednesday of misleading voters after renaming its press office \
Twitter account during a televised election debate between the prime minister and the opposition leader.

The account posted a series of tweets supporting the government during the debate. Twitter users mocked the change.

Campaign groups said new election laws were needed to regulate digital advertising. The Electoral Commission said it \
did not regulate campaign content."""

_GOVERNOR_SLOGAN = """A state governor defended an anti-drug campaign on Monday after its slogan drew ridicule across \
Twitter.

"Twitter can make a joke of it, but this is a serious problem," the governor said.

The campaign cost the state about $450,000. Lawmakers passed new drug laws last year after a lawsuit."""


@pytest.mark.parametrize("body", [_PARTY_ACCOUNT, _GOVERNOR_SLOGAN])
def test_stories_where_people_merely_post_on_the_platform_are_not_relevant(body: str) -> None:
    title = body.split(".")[0]
    relevant, _, matched = _judge(title, body)
    assert not relevant, matched
    assert "Twitter" in matched  # seen, but as the medium, not the subject of the law


def test_a_ban_on_the_platform_is_about_the_platform() -> None:
    body = "Politicians called on X to remove the images. The government said a ban on X was possible under the law."
    assert _judge("Ministers weigh powers", body)[0]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Payments firm fined by regulator", "The firm, co-founded by former Twitter chief executive Sam Hale, was "
         "fined by the state regulator over its compliance checks."),
        ("Labour MP's X account hacked as police investigate", "The MP said her X account had been taken over "
         "overnight. Police said they were investigating."),
        ("Man arrested over threats posted on Twitter", "Police arrested a man after threats against a judge were "
         "posted on Twitter."),
    ],
)  # fmt: skip
def test_the_platform_in_a_biography_or_as_a_medium_is_not_the_story(title: str, body: str) -> None:
    assert not _judge(title, body)[0]


def test_a_regulatory_headline_over_a_body_tying_the_platform_to_the_harm_is_relevant() -> None:
    body = "The call follows the Grok scandal, in which X's chatbot produced sexualised images of women."
    assert _judge("Campaigners call on ministers to ban nudification apps", body)[0]


def test_topics_hash_once_and_survive_pickling_into_worker_processes() -> None:
    topic = Topic.from_keywords("buses", subjects=["Stagecoach"], concerns=["regulator"])
    again = Topic.from_keywords("buses", subjects=["Stagecoach"], concerns=["regulator"])
    assert topic == again and hash(topic) == hash(again)
    shipped = pickle.loads(pickle.dumps(DEFAULT_TOPIC))
    assert shipped == DEFAULT_TOPIC and hash(shipped) == hash(DEFAULT_TOPIC)
    renamed = replace(topic, name="coaches")
    assert renamed != topic and hash(renamed) != hash(topic)
