"""Who said a quotation: attribution patterns around the quote, then the speaker phrase resolved to a canonical name.

A speaker is returned only when the text makes it certain; anything ambiguous (two candidate antecedents, a group
speaking jointly, an unknown phrase) yields None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser._names import Mention, NameIndex
from summariser._text import Document, QuoteSpan, Sentence, word_set

__all__ = ["Attribution", "SpeakerResolver"]

_SAY = (
    r"said|says|say|added|adds|told|tells|wrote|writes|posted|tweeted|stated|states|explained|explains|insisted|"
    r"insists|warned|warns|argued|argues|claimed|claims|asked|asks|replied|replies|responded|responds|continued|"
    r"noted|notes|declared|declares|announced|admitted|admits|acknowledged|conceded|suggested|stressed|emphasised|"
    r"emphasized|commented|remarked|concluded|maintained|countered|cautioned|complained|vowed|promised|pledged|"
    r"predicted|confirmed|revealed|recalled|shouted|joked|pointed out|went on|according to|According to"
)
# verbs that frame a fragment rather than a whole utterance: called it "…", dismissed the move as "…"
_FRAME = (
    r"described|describes|called|calls|branded|brands|labelled|labeled|dubbed|dismissed|dismisses|condemned|"
    r"criticised|criticized|accused|accuses|urged|urges|hailed|praised|denounced|termed|welcomed|attacked|slammed|"
    r"decried|rejected|defended|promised|vowed|threatened|demanded|insisted|wants|wanted"
)
_PARTICIPLE = r"adding|saying|writing|warning|telling|insisting|noting|arguing|explaining|stressing|declaring"
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
_PRE_VERB_RE = re.compile(rf"\b(?:(?P<say>{_SAY})|(?P<frame>{_FRAME})|(?P<part>{_PARTICIPLE}))\b")
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|earlier|then|repeatedly|separately|once|again|would|will|"
    r"has since|had earlier|simply|just|herself|himself|itself|themselves|publicly|privately|recently|"
    r"(?:on|last|this) \w+|in a statement|in a post(?: on \w+)?))+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"(?:[,;:(—–]|\s-\s|\b(?:that|which|while|as|when|after|before|because|so|if)\b)")
_POST_LEAD = re.compile(r"[\s,—–-]*")
_VERB_FIRST_SUBJECT = re.compile(r"\s*([^,.;:!?()]{1,80}?)(?=\s*(?:[,.;:!?()]|$|\s+(?:in|on|at|who|during|after)\s))")
_LEAD_APPOSITION = re.compile(
    r"\s*(?:(?:In|On|At|After|Before|Speaking|Asked|Writing|Responding|Earlier|Later|Meanwhile|However|Separately)"
    r"\b[^,]{0,40},\s*)?([^,()–—]{2,60}?)\s*(?:,|\(|–|—)\s*(?:who|whose|which|the|a|an|its|his|her|one|\d{1,3})\b"
)
_APPOSED_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:[,.;]|$)")
_SPOKES = r"spokesperson|spokesman|spokeswoman|spokespeople|representative|press officer|press office"
_SPOKES_OF = re.compile(rf"^(?:a|an|the|one)\s+(?P<org>.+?)\s+(?P<role>{_SPOKES})$", re.IGNORECASE)
_SPOKES_FOR = re.compile(rf"^(?:a|an|the)\s+(?P<role>{_SPOKES})\s+(?:for|from|at|of)\s+(?P<org>.+)$", re.IGNORECASE)
_ANON = re.compile(
    r"^(?P<det>a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:source|official|insider|aide|adviser|advisor|figure|"
    r"ally|executive|employee|staffer|diplomat|person|member of staff|lobbyist|campaigner|researcher|analyst|lawyer|"
    r"manager|worker|moderator|engineer|expert|victim|parent|mother|father|teacher|student|user|resident|MP|peer)"
    r"(?:\s+(?:close to|familiar with|at|in|from|"
    r"with|within)\s+.+)?$",
    re.IGNORECASE,
)
_INDEFINITE_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\u2063-]+\s+){0,6}?(?P<noun>source|official|insider|aide|spokesperson|"
    r"spokesman|spokeswoman|diplomat|employee|lobbyist|adviser|executive|campaigner)"
    r"(?:\s+(?:for|from|at|on|in|close to|familiar with)\s+[^,.;:()]{1,50}?"
    r"(?=\s+(?:said|says|told|added|warned|argued|insisted|wrote)\b|[,.;:()]|$))?"
)
_BARE_SPOKES = re.compile(r"^(?:a|an|the)\s+(?:spokesperson|spokesman|spokeswoman)$", re.IGNORECASE)
_THE_SOURCE = re.compile(
    r"^the\s+(?:former\s+|senior\s+)?(?:source|official|insider|aide|spokesperson|spokesman|spokeswoman|diplomat|"
    r"employee|lobbyist|adviser|executive|insider|campaigner)$",
    re.I,
)
_OWNED = re.compile(
    r"^(?P<owner>.+?)['’]s?\s+(?:\w+\s+)?(?:statement|letter|notice|post|blog post|email|filing|submission|"
    r"response|reply|team|lawyers?|spokesperson|spokesman|spokeswoman|press office|account)$",
    re.IGNORECASE,
)
_ITS = re.compile(
    r"^(?:its|their)\s+(?:\w+\s+)?(?:statement|letter|notice|post|team|lawyers?|spokesperson|spokesman|"
    r"spokeswoman|press office|account)$",
    re.IGNORECASE,
)
_COMMA = "\u2063"  # stands in for a comma inside an organisation's name in the masked text
_KIND_NOUN = re.compile(
    r"\b(?:company|firm|platform|regulator|watchdog|charity|group|department|ministry|force|"
    r"commission|agency|party|government|council|organisation|organization)$",
    re.IGNORECASE,
)
_GENERIC_ORG = {
    "government": "UK government",
    "the government": "UK government",
    "No 10": "Downing Street",
    "Number 10": "Downing Street",
    "prime minister": "Downing Street",
    "Prime Minister": "Downing Street",
}
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_COORD_TAIL = re.compile(r"\b(?:and|but)(?:\s+(?:also|later|then|\w+ly))?\s*$")
_JOINT = re.compile(
    r"\b(?:and|&)\s+(?:[A-Z]|his|her|their)|^(?:[A-Z]\w+\s+)?(?:Senators|Ministers|MPs|Representatives)\b"
)
_WRITTEN = re.compile(r"(?:statement|letter|notice|post|blog post|email|filing|submission|account)$", re.I)
_WEAK_VERBS = word_set(
    "posted tweeted asked asks replied replies responded responds continued shouted joked recalled revealed "
    "confirmed announced noted notes declared declares"
)
_INTRODUCES = re.compile(r"[^.;:!?]{0,40}:\s*$")
_CLAIM = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:claim|claims|description|words|assertion|accusation|warning|remark|remarks|comment|"
    r"comments|suggestion|insistence|argument|complaint|boast|promise|pledge|threat|call)\b(?:\s+that)?"
    r"(?:\s+[\w’'-]+){0,8}\s*$"
)
_PASSIVE_OPENER = re.compile(r"\s*(?:Asked|Pressed|Questioned|Challenged|Interviewed|Prompted)\b[^.;]*$")
_WEAK_GAP_OK = re.compile(r"[:,]\s*$|^\s*(?:that|why|whether|how|what)\b")
_LEAD_PRONOUN = re.compile(r"\s*(?:[A-Z][^,]{0,40},\s*)?(he|she|it|He|She|It)\b")
_TAIL_PRONOUN = re.compile(r"\b(he|she|it|they)\s*$", re.IGNORECASE)
_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Attribution:
    """A resolved speaker (None when uncertain), the role the article gives them, and how it was found."""

    speaker: str | None
    role: str | None
    how: str


@dataclass(frozen=True, slots=True)
class _Said:
    sentence: int
    speaker: str
    kind: str  # "person" | "org" | "anon"


class SpeakerResolver:
    """Attribution for the quotes of one document; remembers earlier speakers for pronouns and run-on quotes."""

    def __init__(self, doc: Document, index: NameIndex) -> None:
        self.doc = doc
        self.index = index
        self.masked = [_mask(p, spans) for p, spans in zip(doc.paragraphs, doc.spans, strict=True)]
        self._protect_org_commas(doc, index)
        self.by_para: list[list[Sentence]] = [[] for _ in doc.paragraphs]
        for sent in doc.sentences:
            self.by_para[sent.paragraph].append(sent)
        # mentions outside quotation marks, with paragraph offsets: only these can be antecedents
        self.outside: dict[int, list[tuple[int, Mention]]] = {}
        for sent in doc.sentences:
            spans = doc.spans[sent.paragraph]
            for m in index.mentions_in(sent.index):
                pos = sent.start + m.start
                if not any(s.start <= pos < s.end for s in spans):
                    self.outside.setdefault(sent.index, []).append((pos, m))
        self.history: list[_Said] = []
        self._subjects: dict[int, tuple[tuple[int, int], str] | None] = {}

    def _protect_org_commas(self, doc: Document, index: NameIndex) -> None:
        # "Department for Science, Innovation and Technology" must not split as a clause at its comma
        for sent in doc.sentences:
            for m in index.mentions_in(sent.index):
                if "," in m.text:
                    para, a = sent.paragraph, sent.start + m.start
                    text = self.masked[para]
                    self.masked[para] = (
                        text[:a] + text[a : a + len(m.text)].replace(",", _COMMA) + text[a + len(m.text) :]
                    )

    def sentence_of(self, para: int, offset: int) -> Sentence:
        """The sentence of paragraph `para` containing `offset`."""
        found = self.by_para[para][0]
        for sent in self.by_para[para]:
            if sent.start <= offset:
                found = sent
        return found

    def remember(self, sentence: int, speaker: str | None) -> None:
        """Record a quote's speaker so later pronouns and run-on quotes can refer back to it."""
        if speaker is None:
            return
        kind = "person" if self.index.is_person(speaker) else "org" if speaker in self.index.organisations() else "anon"
        self.history.append(_Said(sentence, speaker, kind))

    def last_speaker(self, since_sentence: int) -> str | None:
        """The most recent remembered speaker at or after `since_sentence`."""
        if self.history and self.history[-1].sentence >= since_sentence:
            return self.history[-1].speaker
        return None

    # -- patterns ---------------------------------------------------------------------------------------------

    def before(self, para: int, start: int, end: int) -> Attribution | None:
        """Attribution introduced before a quote: `X said: "…"`, `X told the BBC "…"`, `said it was "…"`."""
        text = self.masked[para]
        pre = text[start:end]
        claim = _CLAIM.search(pre)
        if claim:
            return self._claimant(para, start, start + claim.start())
        verbs = list(_PRE_VERB_RE.finditer(pre))
        if verbs and all(v.group("part") for v in verbs) and len(pre[verbs[-1].end() :].split()) <= 8:
            # "Mr Musk has characterised it as censorship, writing that …": the sentence's subject
            lead = self._leading_subject(para, start)
            if lead is None:
                pron = _LEAD_PRONOUN.match(self.masked[para], start)
                return self.interpret(para, pron.start(1), pron.end(1)) if pron else None
            return Attribution(lead, self.index.role_of(lead), "participle")
        for vm in reversed(verbs):
            if vm.group("part"):
                continue  # "…, adding:" belongs to the subject of the earlier verb
            gap = pre[vm.end() :]
            if vm.group().lower() == "according to":
                return self._verb_first(para, start + vm.end(), end)
            if len(gap.split()) > 25:
                return None
            if vm.group("say") is None and len(gap.split()) > 8:
                continue  # a framing verb far from the quote: try the speech verb before it
            if _SAY_RE.search(gap):
                return None  # another speech verb between: the quote may be someone else's words
            if vm.group() in _WEAK_VERBS and gap.strip() and not _WEAK_GAP_OK.search(gap):
                return None  # "a photo she had posted", "asked Grok to put her …": not introducing speech
            found = self._coordinated(para, start, start + vm.start(), pre, vm)
            if found is None:
                found = self._subject_before(para, start, start + vm.start())
            if found is None and vm.group("say") and re.fullmatch(r"[\s,]*(?:\S+\s+){0,5}?\S+[\s,:]*", gap):
                found = self._verb_first(para, start + vm.end(), end)  # `, said Ms Kendall, "…"`
            if found is not None:
                return found
        return None

    def _claimant(self, para: int, start: int, owner_end: int) -> Attribution:
        sent = self.sentence_of(para, start)
        for pos, m in self.outside.get(sent.index, ()):
            if pos + (m.end - m.start) == owner_end:
                return Attribution(m.canonical, self.index.role_of(m.canonical), "claim")
        return Attribution(None, None, "claim")

    def _coordinated(self, para: int, start: int, verb: int, pre: str, vm: re.Match[str]) -> Attribution | None:
        # "Sir Keir said decisions were for Ofcom, but added: …" / "Ofcom opened an inquiry and said …"
        coord = _COORD_TAIL.search(self.masked[para], start, verb)
        if not coord:
            return None
        earlier = [v for v in _PRE_VERB_RE.finditer(pre, 0, coord.start() - start) if not v.group("part")]
        if earlier:
            return self._subject_before(para, start, start + earlier[-1].start())
        lead = self._leading_subject(para, start)
        return Attribution(lead, self.index.role_of(lead), "coordinated") if lead else None

    def _leading_subject(self, para: int, start: int) -> str | None:
        """The person or organisation that opens the sentence at `start` ("Ofcom opened …", "Mr Musk has …")."""
        sent = self.sentence_of(para, start)
        for pos, m in self.outside.get(sent.index, ()):
            lead = self.masked[para][sent.start : pos]
            if re.fullmatch(r"\s*(?:the\s+)?", lead, re.IGNORECASE):
                after = self.masked[para][pos + m.end - m.start : pos + m.end - m.start + 2]
                return None if after[:1] in ("'", "’") else m.canonical
            break
        return None

    def after(self, para: int, start: int, end: int) -> Attribution | None:
        """Attribution following a quote: `"…," X said`, `"…," said X`, `"…" X added`, `according to X`."""
        text = self.masked[para]
        lead = _POST_LEAD.match(text, start)
        p0 = lead.end() if lead else start
        rest = text[p0:end]
        vm = _SAY_RE.search(rest, 0, 120)
        if not vm:
            return None
        head = rest[: vm.start()]
        if _INTRODUCES.match(rest, vm.end()):
            return None  # `"…", he wrote: "…"` - the clause introduces the next quote
        if not head.strip():
            return self._verb_first(para, p0 + vm.end(), end)
        if len(head.split()) > 14 or re.search(r"[.;:!?]", head):
            return None
        return self._interpret_parts(para, p0, p0 + len(_AUX_TAIL.sub("", head.rstrip())))

    def after_colon(self, sentence: Sentence) -> Attribution | None:
        """`She added:` ending the previous sentence or paragraph introduces the quote that follows."""
        if not sentence.text.rstrip().endswith(":"):
            return None
        return self.before(sentence.paragraph, sentence.start, sentence.start + len(sentence.text.rstrip()[:-1]))

    # -- subjects --------------------------------------------------------------------------------------------

    def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None:
        text = self.masked[para]
        head = _AUX_TAIL.sub("", text[start:verb].rstrip())
        end = start + len(head)
        if not head.strip():
            return None
        lead = _LEAD_APPOSITION.match(text, start, end)
        if lead and head.rstrip().endswith((",", "–", "—", ")")):
            found = self.interpret(para, lead.start(1), lead.end(1))
            if found is not None and found.speaker is not None:
                return found
        if head.endswith(","):  # "Kerry McCarthy, a Labour MP who sits on the committee, said"
            inner_end = end - 1
            comma = text.rfind(",", start, inner_end)
            if comma < 0:
                return None
            base_start = self._clause_start(text, start, comma)
            return self._interpret_parts(para, base_start, inner_end)
        tail = _TAIL_PRONOUN.search(text, start, end)
        if tail:
            return self.interpret(para, tail.start(1), tail.end(1))
        return self.interpret(para, self._clause_start(text, start, end), end)

    @staticmethod
    def _clause_start(text: str, start: int, end: int) -> int:
        last = start
        for m in _CLAUSE_BREAK.finditer(text, start, end):
            last = m.end()
        return last

    def _verb_first(self, para: int, start: int, end: int) -> Attribution | None:
        m = _VERB_FIRST_SUBJECT.match(self.masked[para], start, end)
        if not m:
            return None
        found = self.interpret(para, m.start(1), m.end(1))
        appos = _APPOSED_NAME.match(self.masked[para], m.end(1), end)
        if appos and (found is None or found.speaker is None or not self.index.is_person(found.speaker)):
            # "said its executive director, Clíona Saidléar"
            named = self.interpret(para, appos.start(1), appos.end(1))
            if named is not None and named.speaker is not None and self.index.is_person(named.speaker):
                return named
        return found

    def _interpret_parts(self, para: int, start: int, end: int) -> Attribution | None:
        # "the technology secretary, Liz Kendall," -> each comma part; they must agree
        text = self.masked[para]
        found: list[Attribution] = []
        pos = start
        for part in text[start:end].split(","):
            if part.strip():
                att = self.interpret(para, pos, pos + len(part))
                if att is not None:
                    found.append(att)
            pos += len(part) + 1
        people = [a for a in found if a.speaker is not None and self.index.is_person(a.speaker)]
        others = [a for a in found if a.speaker is not None and not self.index.is_person(a.speaker)]
        for group in (people, others):
            if len({a.speaker for a in group}) > 1:
                return Attribution(None, None, "conflict")
            if group:
                return group[0]
        return found[0] if found else None

    # -- interpretation ----------------------------------------------------------------------------------------

    def interpret(self, para: int, start: int, end: int) -> Attribution | None:
        """Resolve the speaker phrase at [start, end) of a paragraph; None when it is not a speaker phrase."""
        text = self.masked[para]
        raw = text[start:end]
        lstrip = len(raw) - len(raw.lstrip(" ,—–-"))
        start, phrase = start + lstrip, raw.strip(" ,—–-")
        end = start + len(phrase)
        words = phrase.split()
        if not words or len(words) > 14:
            return None
        sent = self.sentence_of(para, start)
        low = phrase.lower()
        if low in _PRONOUN_GENDER:
            return Attribution(self._person_pronoun(low, para, start), None, "pronoun")
        if low == "it":
            return Attribution(self._org_pronoun(para, start), None, "pronoun")
        if low in ("they", "we", "i", "you"):
            return Attribution(None, None, "pronoun")
        special = self._special(phrase, para, start, sent)
        if special is not None:
            return special
        return self._by_mentions(phrase, para, start, end, sent)

    def _special(self, phrase: str, para: int, start: int, sent: Sentence) -> Attribution | None:
        if _THE_SOURCE.match(phrase):
            earlier = self._earlier_source(phrase.split()[-1].lower(), sent)
            if earlier is None and _BARE_SPOKES.match(phrase):
                earlier = self._org_pronoun(para, start)
            return Attribution(earlier, "spokesperson" if earlier else None, "anaphor")
        if _BARE_SPOKES.match(phrase):  # "… ," a spokesperson said: for the organisation in view
            org = self._org_pronoun(para, start)
            return Attribution(org, "spokesperson" if org else None, "spokesperson")
        m = _SPOKES_FOR.match(phrase)
        if m:
            org_text = m.group("org").replace(_COMMA, ",")
            org = self._org(org_text, sent, start) or _unlisted_org(org_text)
            if org is None and not _KIND_NOUN.search(org_text):
                return Attribution(_indefinite(phrase), None, "anonymous")  # "a spokeswoman for the promoters"
            return Attribution(org, "spokesperson" if org else None, "spokesperson")
        m = _SPOKES_OF.match(phrase)
        if m:
            org_text = m.group("org").replace(_COMMA, ",")
            org = self._org(org_text, sent, start) or _unlisted_org(org_text)
            role = phrase.split(None, 1)[1].replace(_COMMA, ",")
            return Attribution(org, role if org else None, "spokesperson")
        if _ANON.match(phrase):
            return Attribution(_indefinite(phrase), None, "anonymous")
        if _ITS.match(phrase):
            return Attribution(self._org_pronoun(para, start), None, "pronoun")
        m = _OWNED.match(phrase)
        if m and m.group("owner").lower() not in ("the", "a", "an"):
            owner = m.group("owner")
            who = self.index.resolve(owner, sentence=sent.index, before=start - sent.start)
            if who is not None and self.index.is_person(who) and not _WRITTEN.search(phrase):
                return Attribution(None, None, "agent")  # "Mr Musk's lawyer" speaks for him but is not him
            return Attribution(who, None, "owner")
        return None

    def _earlier_source(self, noun: str, sent: Sentence) -> str | None:
        # "A government source said …" earlier, then "… the source said": the same anonymous speaker
        spokes = noun.startswith("spokes")
        for idx in range(sent.index, max(-1, sent.index - 6), -1):
            prev = self.doc.sentences[idx]
            text = self.masked[prev.paragraph]
            limit = prev.start + len(prev.text) if idx < sent.index else sent.start
            for m in reversed(list(_INDEFINITE_SOURCE.finditer(text, prev.start, limit))):
                if (m.group("noun").lower().startswith("spokes")) == spokes:
                    att = self.interpret(prev.paragraph, m.start(), m.end())
                    return att.speaker if att else None
        recent = [h for h in self.history if h.kind in ("anon", "org") and h.sentence >= sent.index - 6]
        return recent[-1].speaker if recent else None

    def _org(self, phrase: str, sent: Sentence, start: int) -> str | None:
        phrase = re.sub(r"(?:['’]s)?(?:\s+official)?$", "", phrase.strip())
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        if phrase in _GENERIC_ORG:
            return _GENERIC_ORG[phrase]
        if phrase.lower() in _GENERIC_ORG:
            return _GENERIC_ORG[phrase.lower()]
        found = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
        if found is not None and not self.index.is_person(found):
            return found
        if found is None and phrase.lower() in (
            "company",
            "platform",
            "regulator",
            "firm",
            "force",
            "charity",
            "watchdog",
        ):
            return self.index.resolve("the " + phrase.lower(), sentence=sent.index, before=start - sent.start)
        return None

    def _by_mentions(self, phrase: str, para: int, start: int, end: int, sent: Sentence) -> Attribution:
        text = self.masked[para]
        people: list[str] = []
        orgs: list[str] = []
        at_start = False
        for pos, m in self.outside.get(sent.index, ()):
            if not (start <= pos < end):
                continue
            after = text[pos + (m.end - m.start) : pos + (m.end - m.start) + 2]
            if after[:1] in ("'", "’") and after[1:2] in ("s", " ", ""):
                continue  # a possessor: "Ofcom's chief executive", "Mr Musk's lawyer"
            bucket = people if m.kind == "person" else orgs
            if m.canonical not in bucket:
                bucket.append(m.canonical)
            opens = re.match(r"(?:the\s+)?$", text[start:pos], re.IGNORECASE) is not None
            closes = m.kind == "person" and not text[pos + m.end - m.start : end].strip()
            at_start = at_start or opens or closes
        long_phrase = len(phrase.split()) > 6
        joint = _JOINT.search(phrase) is not None and bool(people)
        if joint or len(people) > 1 or (not people and len(orgs) > 1):
            return Attribution(None, None, "several")
        if people or orgs:
            if (long_phrase or not people) and not at_start:
                return Attribution(None, None, "unclear")  # "the head of Ofcom" is not Ofcom
            named = people[0] if people else orgs[0]
            return Attribution(named, self.index.role_of(named), "named")
        who = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
        if who is None:
            who = _GENERIC_ORG.get(phrase.lower())
        if who is not None:
            role = self.index.role_of(who) or _role_from_description(phrase)
            return Attribution(who, role, "described")
        return Attribution(None, _role_from_description(phrase), "unknown")

    # -- pronouns ------------------------------------------------------------------------------------------------

    def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]:
        """Candidates of `kind` before (para, offset), outside quotes, within the pronoun window, oldest first."""
        sent = self.sentence_of(para, offset)
        out: list[tuple[tuple[int, int], str]] = []
        for idx in range(max(0, sent.index - _WINDOW), sent.index + 1):
            for pos, m in self.outside.get(idx, ()):
                if m.kind == kind and (idx < sent.index or pos < offset):
                    out.append(((idx, pos), m.canonical))
        for h in self.history:
            if h.kind == kind and sent.index - _WINDOW <= h.sentence <= sent.index:
                out.append(((h.sentence, -1), h.speaker))
        out.sort()
        return out

    def _person_pronoun(self, pronoun: str, para: int, offset: int) -> str | None:
        gender = _PRONOUN_GENDER[pronoun]
        focus = self._focus(para, offset)
        if focus is not None and focus[1] == "":
            return None
        recent = self._recent(para, offset, "person")
        compatible = [c for _, c in recent if self.index.gender_of(c) in (gender, None)]
        distinct = list(dict.fromkeys(compatible))
        if len(distinct) == 1:
            only = distinct[0]
            known = self.index.gender_of(only) == gender
            is_focus = focus is not None and focus[1] == only
            return only if known or is_focus or len({c for _, c in recent}) == 1 else None
        if not distinct:
            return None
        # the one compatible person named (not as a possessor) earlier in this paragraph
        sent_idx = self.sentence_of(para, offset).index
        local = {
            c
            for key, c in recent
            if key[1] >= 0
            and self._in_para(key[0], para)
            and not self._possessor(key)
            and not (key[0] == sent_idx and self._agentive(para, key[1]))
        }
        local = {c for c in local if self.index.gender_of(c) in (gender, None)}
        if len(local) == 1 and self.index.gender_of(next(iter(local))) == gender:
            return next(iter(local))
        # several candidates: the one who was last speaking, if nobody compatible was named after them
        if focus is None or self.index.gender_of(focus[1]) not in (gender, None):
            return None
        same_para = focus[0][0] >= 0 and self._in_para(focus[0][0], para)
        if self.index.gender_of(focus[1]) is None and any(
            self.index.gender_of(c) == gender and (not same_para or self._in_para(k[0], para)) for k, c in recent
        ):
            return None  # a known "she" elsewhere is likelier than an unknown-gender speaker, unless they spoke here
        later = {
            c
            for key, c in recent
            if key > focus[0]
            and self.index.gender_of(c) in (gender, None)
            and not self._possessor(key)
            and not (key[1] >= 0 and self._agentive(self.doc.sentences[key[0]].paragraph, key[1], strict=True))
        }
        if later <= {focus[1]}:
            return focus[1]
        return None

    def _agentive(self, para: int, pos: int, *, strict: bool = False) -> bool:
        """True for a mention inside an opening "Pressed by the chair, X, …" clause (or after "by" unless strict)."""
        sent = self.sentence_of(para, pos)
        before = self.masked[para][sent.start : pos]
        if _PASSIVE_OPENER.match(before):
            return True
        return not strict and re.search(r"\bby\b", before) is not None

    def _in_para(self, sentence: int, para: int) -> bool:
        return self.doc.sentences[sentence].paragraph == para

    def _possessor(self, key: tuple[int, int]) -> bool:
        """True when the mention at (sentence, paragraph offset) is followed by 's ("Ellie's experience")."""
        sentence, pos = key
        if pos < 0:
            return False
        para = self.doc.sentences[sentence].paragraph
        for p, m in self.outside.get(sentence, ()):
            if p == pos:
                after = self.masked[para][pos + m.end - m.start : pos + m.end - m.start + 2]
                return after[:1] in ("'", "’") and after[1:2] in ("s", " ", "")
        return False

    def _focus(self, para: int, offset: int) -> tuple[tuple[int, int], str] | None:
        """The latest person who spoke (a quote's speaker or the subject of a speech verb) before the pronoun."""
        sent = self.sentence_of(para, offset)
        best: tuple[tuple[int, int], str] | None = None
        for h in reversed(self.history):
            if h.kind == "person" and sent.index - _WINDOW <= h.sentence <= sent.index:
                best = ((h.sentence, -1), h.speaker)
                break
        for idx in range(sent.index - 1, max(-1, sent.index - _WINDOW - 1), -1):
            if best is not None and best[0][0] >= idx:
                break
            subject = self._speech_subject(idx) or self._leading_person(idx)
            if subject is not None:
                best = subject
                break
        return best

    def _leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None:
        # "Elon Musk has weighed in again. He wrote …": the person who opens the previous sentence
        sent = self.doc.sentences[idx]
        lead = self._leading_subject(sent.paragraph, sent.start)
        if lead is None or not self.index.is_person(lead):
            return None
        pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == lead), default=-1)
        return (idx, pos), lead

    def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None:
        if idx in self._subjects:
            return self._subjects[idx]
        self._subjects[idx] = None  # also guards against recursion through pronoun subjects
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        result: tuple[tuple[int, int], str] | None = None
        vm = _PRE_VERB_RE.search(text, sent.start, sent.start + len(sent.text))
        if vm and not vm.group("part"):
            att = self._subject_before(sent.paragraph, sent.start, vm.start())
            if att is not None and att.speaker is not None and self.index.is_person(att.speaker):
                pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == att.speaker), default=-1)
                result = ((idx, pos), att.speaker)
            elif att is None or att.speaker is None:
                lead = self._leading_subject(sent.paragraph, sent.start)
                if lead is not None and self.index.is_person(lead):
                    pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == lead), default=-1)
                    result = ((idx, pos), lead)
                elif _unknown_name(text[sent.start : vm.start()]):
                    result = ((idx, 1 << 20), "")  # someone the index does not know spoke last
        self._subjects[idx] = result
        return result

    def _org_pronoun(self, para: int, offset: int) -> str | None:
        recent = self._recent(para, offset, "org")
        distinct = list(dict.fromkeys(c for _, c in recent))
        if len(distinct) == 1:
            return distinct[0]
        if not distinct:
            return None
        last = next((h.speaker for h in reversed(self.history) if h.kind == "org"), None)
        if last is not None and last == recent[-1][1]:
            return last
        return self._sentence_subject_org(para, offset)

    def _sentence_subject_org(self, para: int, offset: int) -> str | None:
        # "Ofcom opened an investigation into X. It said …": the organisation that opens the previous sentence
        sent = self.sentence_of(para, offset)
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        lead = [m for pos, m in self.outside.get(prev.index, ()) if m.start <= 4]
        if len(lead) == 1 and lead[0].kind == "org":
            return lead[0].canonical
        return None


def _mask(para: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with every quotation (marks included) blanked out, offsets unchanged."""
    out = list(para)
    for span in spans:
        out[span.start : span.end] = " " * (span.end - span.start)
    return "".join(out)


def _indefinite(phrase: str) -> str:
    """'one senior official' -> 'a senior official'; 'an Ofcom insider' stays."""
    det, rest = phrase.split(None, 1)
    det = "a" if det.lower() in ("one", "another") else det.lower()
    if det in ("a", "an"):
        det = "an" if rest[:1].lower() in "aeiou" else "a"
    return f"{det} {rest}"


def _unlisted_org(text: str) -> str | None:
    """A capitalised organisation name the index does not know ("Common Sense Media"); never a bare acronym."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    words = text.split()
    if (
        not words
        or (len(words) == 1 and (text.isupper() or not text[:1].isupper()))
        or not all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in words)
    ):
        return None
    return text


def _unknown_name(head: str) -> bool:
    """True when the clause before a speech verb opens with a capitalised name-like word ("Ilyasah Shabazz, …")."""
    words = head.strip().split()
    return bool(words) and words[0][:1].isupper() and words[0] not in _NOT_NAMES


_NOT_NAMES = word_set(
    "The A An It He She They We I This That These Those In On At After Before When While As But And Asked "
    "Speaking Some Many Most Critics Campaigners Officials Ministers Researchers Experts Lawyers Analysts"
)


def _role_from_description(phrase: str) -> str | None:
    low = phrase.strip()
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if low.startswith(det):
            low = low[len(det) :]
            break
    return low if low and low[0].islower() and len(low.split()) <= 5 else None
