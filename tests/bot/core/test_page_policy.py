"""Second look: short feed text that names the subject lets the article page decide; pages never demote."""

from __future__ import annotations

from bot.core.page_policy import SHORT_FEED_TEXT_WORDS, final_relevance, names_subject, needs_second_look
from summariser import DEFAULT_TOPIC, Topic


def summary(relevant: bool, matched: list[str]) -> dict[str, object]:
    return {"relevance": {"score": 0.9 if relevant else 0.2, "relevant": relevant, "matched": matched}}


def test_short_text_naming_the_subject_gets_a_second_look() -> None:
    assert needs_second_look(summary(False, ["Grok"]), "What next for Grok?", "", DEFAULT_TOPIC)
    assert needs_second_look(summary(False, ["xai", "restrict"]), "Malaysia restricts xAI's chatbot", "", DEFAULT_TOPIC)


def test_no_second_look_without_the_subject_for_long_text_or_when_already_relevant() -> None:
    assert not needs_second_look(summary(False, ["Ofcom", "fined"]), "Ofcom fines broadband firm", "", DEFAULT_TOPIC)
    long_lede = "word " * SHORT_FEED_TEXT_WORDS
    assert not needs_second_look(summary(False, ["Grok"]), "Grok gets a voice mode", long_lede, DEFAULT_TOPIC)
    assert not needs_second_look(summary(True, ["Grok", "Ofcom"]), "Ofcom and Grok", "", DEFAULT_TOPIC)


def test_subjects_come_from_the_topic() -> None:
    custom = Topic.from_keywords("TikTok rules", subjects=["TikTok"], concerns=["regulator"])
    assert names_subject(summary(False, ["TikTok"]), custom)
    assert not names_subject(summary(False, ["Grok"]), custom)


def test_the_page_promotes_but_never_demotes() -> None:
    assert final_relevance(summary(False, ["Grok"]), summary(True, ["Grok", "Ofcom"]))
    assert final_relevance(summary(True, ["Grok", "Ofcom"]), summary(False, []))
    assert not final_relevance(summary(False, ["Grok"]), summary(False, ["Grok"]))
    assert not final_relevance(summary(False, ["Grok"]), None)
