"""Relevance through second references ("the AI chatbot", "Musk's social network", the owner in a headline), the
rivals that make them unsafe, and the relevance dev sets rdev1/rdev2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser import DEFAULT_TOPIC, Topic
from summariser._relevance import _as_medium, score_relevance
from summariser._text import split_document
from tests.eval.corpus import parse_article_text


def _judge(title: str | None, body: str = "", topic: Topic = DEFAULT_TOPIC) -> tuple[bool, float, list[str]]:
    result = score_relevance(split_document(body), title=title, topic=topic)
    assert (result.score >= 0.5) == result.relevant
    return result.relevant, result.score, result.matched


# --- second references: descriptions, the owner, and the rivals that make them unsafe ---------------------------

_COURT_REPORT = """A man who used an AI chatbot to create sexually explicit images of his former partner has been \
jailed for 18 months.

Jason Hale, 29, admitted sharing intimate images without consent when he appeared at Leeds Crown Court.

Prosecutors said he had used Grok to generate the images from photographs the woman had posted online.

The judge said the offence was aggravated by its planning. She also imposed a restraining order."""


def test_a_court_report_naming_the_chatbot_once_is_relevant_through_its_description() -> None:
    relevant, _, matched = _judge("Man jailed for using AI chatbot to make fake images of ex-partner", _COURT_REPORT)
    assert relevant, matched


def test_a_description_does_not_count_where_a_rival_could_be_what_it_means() -> None:
    # the same report, but the chatbot in the headline may be ChatGPT: Grok is one name among several
    body = _COURT_REPORT.replace("used Grok to", "used ChatGPT and Grok to")
    relevant, _, matched = _judge("Man jailed for using AI chatbot to make fake images of ex-partner", body)
    assert not relevant, matched


_BRUSSELS = """The European Commission on Friday fined Elon Musk's social network 120 million euro for deceiving \
users with paid verification badges, the first penalty under the Digital Services Act.

The Commission said the badges misled users and that the company had blocked researchers from its data.

The company has 60 working days to respond or face periodic penalty payments.

X, which Musk bought in 2022, said it would appeal against the fine."""


def test_the_platform_described_until_its_last_paragraph_is_relevant() -> None:
    relevant, _, matched = _judge("Brussels hands Musk's social network first fine under digital rulebook", _BRUSSELS)
    assert relevant, matched


def test_the_owner_in_a_headline_stands_for_the_subject_over_a_lede_about_grok() -> None:
    body = (
        "When reports emerged that Grok was undressing women on request, I assumed the company would apologise.\n\n"
        "Instead Musk called it censorship. One MP who has defended X against regulatory overreach said the company "
        "had handed its critics a gift.\n\n"
        "The government has found its voice. Ofcom's investigation will take months.\n\n"
        "The women affected are still waiting."
    )
    relevant, _, matched = _judge("Elon Musk says this is about free speech. He is wrong", body)
    assert relevant, matched


def test_the_owner_in_a_headline_over_his_use_of_x_is_his_politics_not_the_platforms() -> None:
    body = (
        "Elon Musk used his platform X to attack the prime minister over a government inquiry on Tuesday.\n\n"
        "Musk called for new elections. Ministers said the government would not be lectured.\n\n"
        "The prime minister's spokesman said the inquiry would go ahead. Opposition MPs called for calm.\n\n"
        "Musk has repeatedly criticised European governments this year."
    )
    relevant, _, matched = _judge("Musk attacks prime minister as row over inquiry deepens", body)
    assert not relevant, matched


_ANNUAL_REPORT = """Ireland's media regulator received almost 4,000 complaints about online content last year, \
according to its annual report. Most concerned video-sharing platforms and related to scams.

The report also covers the regulator's work on broadcasting and community radio funding.

In a section on the Digital Services Act, the regulator said it had formally investigated X over its systems for \
reporting illegal content. It said it had also referred complaints about images made by Grok, X's chatbot, to the \
European Commission.

The regulator's budget rose to 48 million euro."""


def test_a_regulators_report_with_a_section_on_the_platform_is_relevant() -> None:
    relevant, _, matched = _judge("Media regulator reports rise in complaints about online content", _ANNUAL_REPORT)
    assert relevant, matched


def test_a_report_about_a_rival_with_the_same_section_is_not() -> None:
    body = _ANNUAL_REPORT.replace("Most concerned video-sharing platforms", "Most concerned TikTok")
    relevant, _, matched = _judge("Media regulator reports rise in complaints about online content", body)
    assert not relevant, matched


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        ("Elon Musk , the owner of X , gave $10m", True),
        ("the chief executive of X resigned", True),
        ("the regulator fined X over its badges", False),
        ("an investigation of X opened", False),
    ],
)
def test_the_owner_of_the_platform_is_a_role_not_the_subject(sentence: str, medium: bool) -> None:
    lows = sentence.lower().encode().split()
    assert _as_medium(lows, lows.index(b"x")) is medium


def test_topics_carry_descriptions_owners_and_rivals() -> None:
    assert "AI chatbot" in DEFAULT_TOPIC.descriptions and "Musk" in DEFAULT_TOPIC.owners
    assert "ChatGPT" in DEFAULT_TOPIC.rivals and "SpaceX" in DEFAULT_TOPIC.rivals
    topic = Topic.from_keywords(
        "Acme recalls",
        subjects=["Acme"],
        concerns=["recall", "regulator"],
        descriptions=["the toymaker"],
        rivals=["Hasbro"],
    )
    assert topic.descriptions == ("the toymaker",) and topic.rivals == ("Hasbro",) and topic.owners == ()
    body = (
        "The regulator ordered a recall of 40,000 toys on Monday after reports of injuries. Acme said it would "
        "comply with the regulator.\n\nParents were told to return the toys. The toymaker said refunds would follow."
    )
    assert _judge("Regulator orders toymaker to recall building sets", body, topic)[0]
    assert not _judge("Regulator orders toymaker to recall building sets", body + " Hasbro was not affected.", topic)[0]


_TESLA = """Tesla has begun installing xAI's Grok chatbot in its cars through a software update, the company said.

The update arrived on the day the US safety regulator widened its investigation into Tesla's driver-assistance \
software after reports of cars breaking traffic laws. The investigation could lead to a recall.

Analysts said the chatbot showed the close ties between Musk's companies."""


def test_a_headline_pairing_the_subject_with_a_rivals_probe_is_not_about_the_subject() -> None:
    relevant, _, matched = _judge(
        "Tesla puts Grok in its cars as US safety regulator widens self-driving probe", _TESLA
    )
    assert not relevant, matched
    assert "Grok" in matched and "regulator" in matched


def test_a_headline_naming_a_rival_still_counts_when_the_body_binds_the_subject() -> None:
    body = _TESLA + "\n\nSeparately, the regulator said it had opened an investigation into Grok's answers to drivers."
    relevant, _, matched = _judge("Tesla puts Grok in its cars as US safety regulator widens self-driving probe", body)
    assert relevant, matched


@pytest.mark.parametrize("name", ["rdev1", "rdev2"])
def test_relevance_dev_sets_are_well_formed_and_judged_right(name: str) -> None:
    # tests/eval/test_annotations.py checks `dev<N>/` folders only: the relevance dev sets are checked here
    base = Path(__file__).parents[1] / "eval" / name
    articles = sorted((base / "articles").glob("*.txt"))
    assert len(articles) >= 6
    assert {p.stem for p in articles} == {p.stem for p in (base / "annotations").glob("*.json")}
    wrong = []
    for path in articles:
        headers, body = parse_article_text(path.read_text(encoding="utf-8"))
        assert {"title", "published", "source", "kind"} <= headers.keys() and headers["kind"] in ("on_topic", "decoy")
        gold = json.loads((base / "annotations" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert gold["relevant"] is (headers["kind"] == "on_topic") and gold["quotes"] == gold["actions"] == []
        if _judge(headers["title"], body)[0] is not gold["relevant"]:
            wrong.append(path.stem)
    assert wrong == KNOWN_MISSES.get(name, []), wrong


# an article that names the subject once, only as its maker ("made by xAI"), and otherwise says "the tool", "the
# service", "the company": out of reach of keywords without making every generic "the company" the platform
KNOWN_MISSES = {"rdev2": ["explainer-what-next-ai-image-row"]}


_ERNIE = """China's internet regulator has fined a search company after its chatbot gave answers on history that \
officials said broke the law.

The regulator said the company had failed to review the chatbot's output. The chatbot is used by millions.

Earlier this year a court in Turkey ordered a block on posts by Grok after they insulted the president."""

_DATA_BREACH = """The Information Commissioner has fined a social network £5m after a data breach exposed the \
details of 2 million users.

The ICO said the company had failed to protect users. The social network said it would appeal.

The regulator said it was also investigating X over its use of posts to train Grok."""


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Chinese regulator fines tech giant over chatbot's answers on history", _ERNIE),
        ("Social network fined over data breach", _DATA_BREACH),
    ],
)
def test_a_bare_description_is_not_the_subject_named_only_at_the_end(title: str, body: str) -> None:
    relevant, _, matched = _judge(title, body)
    assert not relevant, matched
    assert "Grok" in matched


def test_a_description_its_owner_holds_ties_the_platform_to_the_regulatory_language() -> None:
    body = (
        "MPs on the home affairs committee have demanded that Musk's platform explain how false claims spread "
        "during the riots.\n\nThe committee chair said the company had failed to act. Ministers said the Online "
        "Safety Act would be reviewed.\n\nX said it had removed thousands of posts."
    )
    relevant, _, matched = _judge("Musk's platform accused of amplifying riot claims as MPs demand answers", body)
    assert relevant, matched


def test_a_headline_alone_naming_the_subject_and_a_rival_is_judged_as_it_stands() -> None:
    # a feed item with no body yet: nothing can bind the subject, so the headline's own tie is trusted
    assert _judge("EU opens DSA investigations into X and Meta over election content")[0]
