"""Anaphors for speaker phrases: "the source said", "said one", "the statement said", "said its director" — the
earlier mention they take up, when exactly one fits; None otherwise."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _group_patterns as G
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex
from summariser._speaker_orgs import THE_BODY, opening_body
from summariser._speaker_patterns import Attribution, Said
from summariser._text import Document, Sentence


class AnaphorMixin:
    """Earlier sources, groups, written statements and office holders that a speaker phrase refers back to."""

    doc: Document
    index: NameIndex
    masked: list[str]
    history: list[Said]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

        def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

        def _lead_org_alone(self, sent: Sentence, described: str) -> str | None: ...

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _person_pronoun(self, pronoun: str, para: int, offset: int) -> str | None: ...

        def _government_responder(self, sent: Sentence) -> str | None: ...

    def _pronoun_office(self, phrase: str, para: int, start: int) -> Attribution | None:
        """ "His office said …", "her spokeswoman said": the person the pronoun means, through their office (as "a
        spokesperson for Tom Reid" is credited to him); unclear when the pronoun is."""
        m = _PRONOUN_OFFICE.fullmatch(phrase)
        if m is None:
            return None
        who = self._person_pronoun("he" if m.group(1).lower() == "his" else "she", para, start)
        if who is None:
            return Attribution(None, None, "unclear")
        return Attribution(who, "via " + phrase.lower(), "spokesperson")

    def _account_owner(self, para: int, start: int) -> str | None:
        """Whose social media account "the account" is: "X referred to a post on its Global Government Affairs
        account … / '…,' the account wrote" — the one organisation named before "its" in the latest sentence (this
        paragraph or the one before) that mentions an owned account; a possessive name says it directly."""
        sent = self.sentence_of(para, start)
        for idx in range(sent.index, max(-1, sent.index - 4), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < para - 1:
                break
            text = self.masked[prev.paragraph]
            end = start if idx == sent.index else prev.start + len(prev.text)
            found = list(_OWNED_ACCOUNT.finditer(text, prev.start, end))
            if not found:
                continue
            m = found[-1]
            if m.group("name") is not None:
                att = self.interpret(prev.paragraph, m.start("name"), m.end("name"))
                who = att.speaker if att is not None else None
                return who if who is not None and self.index.is_org(who) else None
            orgs = {c.canonical for pos, c in self.outside.get(idx, ()) if pos < m.start() and c.kind == "org"}
            return next(iter(orgs)) if len(orgs) == 1 else None
        return None

    def _asked_office(self, para: int, start: int, sent: Sentence) -> Attribution | None:
        """ "When I asked his office about it, a spokesperson replied …": a bare spokesperson answers for the office
        the same sentence asked, so for the person its pronoun means; None when no office was asked."""
        m = _ASKED_OFFICE.search(self.masked[para], sent.start, start)
        return self._pronoun_office(m.group(1), para, m.start(1)) if m is not None else None

    def earlier_body(self, noun: str, sent: Sentence, back: int = 3) -> str | None:
        """The body the index does not know that a sentence just before opens on, for "the group" and the like;
        None when a body the index knows opens it, or none does within `back` sentences and one paragraph back
        (with `back=1`, the sentence before in this paragraph: "… Union opposed it. Its spokesperson said")."""
        for idx in range(sent.index - 1, max(-1, sent.index - 1 - back), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < sent.paragraph - (1 if back > 1 else 0):
                break
            text = self.masked[prev.paragraph][prev.start : prev.start + len(prev.text)]
            found = opening_body(text, noun)
            if found is not None:
                known = any(pos - prev.start < len(found) + 5 for pos, _ in self.outside.get(idx, ()))
                return None if known else found
        return None

    def _body_opening_before(self, owner: str, sent: Sentence) -> str | None:
        """ "The Green Party of Canada tabled a bill. '…,' the party's leader said": for "the party" (a group, a
        union …), the organisation the index knows that opens the sentence just before, when its name has the noun."""
        body = THE_BODY.match(owner)
        if body is None or sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph < sent.paragraph - 1:
            return None
        lead = self._leading_subject(prev.paragraph, prev.start)
        noun = body.group("noun").lower()
        if lead is None or not self.index.is_org(lead) or noun not in lead.lower().split():
            return None
        ends = [p + m.end - m.start for p, m in self.outside.get(prev.index, ()) if m.canonical == lead]
        joint = bool(ends) and P.JOINT_AFTER.match(self.masked[prev.paragraph], ends[0]) is not None
        return None if joint else lead  # "The Green Party and the Labour Party tabled …": either party

    def _named_holder(self, phrase: str, para: int, start: int, sent: Sentence) -> str | None:
        """The one person the article gave this title ("the spokesman"), when named in the last few sentences."""
        who = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
        recent = {c for _, c in self._recent(para, start, "person")}
        if who is None:
            # "Jane Smith, a spokeswoman for Ofcom, said …": the one person in view whose role is that word
            noun = phrase.split()[-1].lower()
            holders = {c for c in recent if any(r.lower().startswith(noun) for r in self.index.roles_of(c))}
            return holders.pop() if len(holders) == 1 else None
        if not any("spokes" in r.lower() for r in self.index.roles_of(who)):
            return None
        return who if who in recent else None

    def _latest_spokes(self, who: str, para: int, start: int) -> bool:
        """True when the last sentence naming `who` is also the last one (before `start`) that mentions a
        spokesperson: "Jane Smith, a spokeswoman for Ofcom, said …" (not "Regnier said … / An X spokesperson said")."""
        here = self.sentence_of(para, start)
        keys = [key for key, c in self._recent(para, start, "person") if c == who and key[1] >= 0]
        if not keys or max(keys)[0] == here.index:
            return False  # named only in the quote's own sentence ("asked … for Musk, the spokesperson said")
        named = self.doc.sentences[max(keys)[0]]
        if "spokes" not in self.masked[named.paragraph][named.start : named.start + len(named.text)].lower():
            return False  # the sentence naming them gives no spokesperson: the title is not certainly theirs
        for idx in range(max(keys)[0] + 1, here.index + 1):
            sent = self.doc.sentences[idx]
            end = sent.start + len(sent.text) if idx < here.index else start
            if "spokes" in self.masked[sent.paragraph][sent.start : end].lower():
                return False
        return True

    def _its_owner(self, para: int, sent: Sentence) -> str | None:
        """The organisation "its director" belongs to: the one that opens the sentence before, in this paragraph
        ("Hermes Center welcomed the move. '…,' said its director"); "The channel said …" names none, so None."""
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph != para:
            return None
        found = self.outside.get(prev.index, ())
        if not found or found[0][1].kind != "org":
            return None
        pos, m = found[0]
        lead = self.masked[para][prev.start : pos]
        if self.masked[para][pos + m.end - m.start : pos + m.end - m.start + 1] in ("'", "’"):
            return None  # "Ofcom's chief executive …": the possessor is not the subject
        # "Hermes Center …", "Digital rights group Hermes Center …"
        described = len(lead.split()) <= 4 and D.KIND_NOUN.search(lead.rstrip()) is not None
        if not (P.LEADING.fullmatch(lead) or described):
            return None
        rest = self.masked[para][pos + m.end - m.start : prev.start + len(prev.text)]
        if any(o.kind == "org" and o.canonical != m.canonical for _, o in found) or _OTHER_BODY.search(rest):
            return None  # "Ofcom fined the charity. '…,' said its director": whose director is not certain
        return m.canonical

    def _earlier_source(self, noun: str, sent: Sentence) -> str | None:
        # "A government source said …" earlier, then "… the source said": the same anonymous speaker
        spokes = noun.startswith("spokes")
        if noun == "representative" and not any(
            noun in self.doc.sentences[i].text for i in range(max(0, sent.index - 2), sent.index)
        ):
            return None  # "X's legal representative said …" must come just before: a bare "representative" is no one
        # every such source in view, with its paragraph: two in the nearest one's paragraph make it uncertain
        found: list[tuple[int, str | None]] = []
        for idx in range(sent.index, max(-1, sent.index - 6), -1):
            prev = self.doc.sentences[idx]
            text = self.masked[prev.paragraph]
            limit = prev.start + len(prev.text) if idx < sent.index else sent.start
            for m in reversed(list(D.INDEFINITE_SOURCE.finditer(text, prev.start, limit))):
                if (m.group("noun").lower().startswith("spokes")) == spokes:
                    att = self.interpret(prev.paragraph, m.start(), m.end())
                    found.append((prev.paragraph, att.speaker if att else None))
        if found:
            rivals = {who for para, who in found if para == found[0][0]}
            return found[0][1] if len(rivals) == 1 else None
        if noun in ("executive", "official", "representative"):
            # "X's head of global affairs said the company would appeal. '…,' the executive wrote": that office
            for idx in range(sent.index - 1, max(-1, sent.index - 3), -1):
                prev = self.doc.sentences[idx]
                text = self.masked[prev.paragraph]
                owned = _OWNED_ROLE_SAID.search(text, prev.start, prev.start + len(prev.text))
                if owned is not None:
                    att = self.interpret(prev.paragraph, owned.start(1), owned.end(1))
                    speaks_for = att is not None and att.speaker is not None and self.index.is_org(att.speaker)
                    return att.speaker if att is not None and (att.how == "spokesperson" or speaks_for) else None
        recent = [h for h in self.history if h.kind in ("anon", "org") and h.sentence >= sent.index - 6]
        return recent[-1].speaker if recent else None

    def _one_of_group(self, sent: Sentence, before: int, *, after_quote: bool = False) -> str | None:
        """ "… two media buyers said. '…,' said one": a group of unnamed sources speaking in this sentence (before
        the phrase) or one of the two before it, nearest first; None when no such group is in view."""
        for idx in range(sent.index, max(-1, sent.index - 3), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < sent.paragraph - 1:
                break
            text = self.masked[prev.paragraph]
            end = prev.start + (before if idx == sent.index else len(prev.text))
            found = list(G.GROUP_SOURCE.finditer(text, prev.start, end))
            if found:
                return G.one_of_group(found[-1])
        # (with `after_quote`, a bare "one" after the quotation that opens the sentence may be that group's too:
        # "Ministers have made their position clear. '…,' one told Parliament"; "one of them" is not read so)
        opens = before <= 1 or (
            after_quote and not self.masked[sent.paragraph][sent.start : sent.start + before].strip(" ,")
        )
        if sent.index > 0 and opens:
            # "Several Labour peers voted with the crossbenches. One, speaking afterwards, said": the group that
            # opens the sentence before, when "One" opens this one
            prev = self.doc.sentences[sent.index - 1]
            if prev.paragraph == sent.paragraph:
                lead = G.GROUP_LEAD.match(self.masked[prev.paragraph], prev.start, prev.start + len(prev.text))
                return G.one_of_group(lead) if lead else None
        return None

    def _earlier_indefinite(self, noun: str, sent: Sentence) -> str | None:
        """'A doctor on the scene told Ruptly …' earlier makes 'the doctor' that same anonymous speaker."""
        pattern = D.indefinite_noun(noun if noun.isupper() else noun.lower())  # "MP" stays upper case
        for idx in range(sent.index - 1, max(-1, sent.index - 5), -1):
            prev = self.doc.sentences[idx]
            text = self.masked[prev.paragraph]
            found = list(pattern.finditer(text, prev.start, prev.start + len(prev.text)))
            if found:
                named = self._apposed_person(prev, found[-1].end())
                return named or D.indefinite(found[-1].group(0).strip())
            if noun.lower() == "person":  # "A source close to xAI said …" / "'…,' the person said"
                sources = list(D.INDEFINITE_SOURCE.finditer(text, prev.start, prev.start + len(prev.text)))
                if sources and not sources[-1].group("noun").lower().startswith("spokes"):
                    att = self.interpret(prev.paragraph, sources[-1].start(), sources[-1].end())
                    return att.speaker if att is not None and att.how == "anonymous" else None
        # "Responding for the government, Baroness Lloyd said …" then "the minister said"
        return self._government_responder(sent) if noun.lower() == "minister" else None

    def _earlier_indefinite_body(self, noun: str, sent: Sentence) -> str | None:
        """ "An exam board has apologised … '…,' the board said": the unnamed body an earlier sentence (this paragraph
        or the two before) opens on as its subject, when no organisation is named from there to here."""
        if noun not in INDEFINITE_BODIES:
            return None
        opening = _indefinite_body_opening(noun)
        for idx in range(sent.index, max(-1, sent.index - 5), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < sent.paragraph - 2:
                break
            if any(m.kind == "org" for _, m in self.outside.get(idx, ())):
                return None  # a body the article names may be "the board"
            text = self.masked[prev.paragraph][prev.start : prev.start + len(prev.text)]
            if re.search(
                rf"\b(?:[Aa]nother|[Oo]ther|[Ss]econd|[Tt]wo|[Tt]hree|[Ss]everal|[Bb]oth)\s+(?:\w+\s+)?{noun}", text
            ):
                return None  # "Another council …": which board is not certain
            if idx < sent.index:
                found = opening.match(self.masked[prev.paragraph], prev.start, prev.start + len(prev.text))
                if found is not None:
                    return D.indefinite(found.group(1))
        return None

    def _apposed_person(self, sent: Sentence, after: int) -> str | None:
        """The one person named in apposition right after a description ending at `after`: "A mother of two, Sarah
        Jones, said …" makes "the mother" Sarah Jones, not an anonymous mother."""
        text = self.masked[sent.paragraph]
        people = [(pos, m) for pos, m in self.outside.get(sent.index, ()) if m.kind == "person" and pos >= after]
        if not people:
            return None
        pos, m = people[0]
        gap = text[after:pos]
        if len(gap) > 40 or not gap.rstrip().endswith(",") or "." in gap:
            return None
        return m.canonical if text[pos + m.end - m.start : pos + m.end - m.start + 1] == "," else None

    def _written_owner(self, noun: str, sent: Sentence) -> str | None:
        """The author of "the statement" in the current or the two sentences before (this paragraph or the one
        before): the subject of the sentence that mentions it ("The army said in a statement …"), or None."""
        # (the verb says it as well: "X's account has posted a reply. '…,' the post said")
        verb = _WRITTEN_VERBS.get(noun)
        word = re.compile(rf"\b{noun}\b" if verb is None else rf"\b(?:{noun}|{verb})\b", re.IGNORECASE)
        others: set[str] = set()  # names in the sentences passed over: past two, the author must be all of them
        for idx in range(sent.index - 1, max(-1, sent.index - 5), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < sent.paragraph - (1 if idx >= sent.index - 2 else 2):
                break
            text = self.masked[prev.paragraph]
            end = prev.start + len(prev.text)
            hits = list(word.finditer(text, prev.start, end))
            if not hits:
                others.update(m.canonical for _, m in self.outside.get(idx, ()))
                continue
            if idx < sent.index - 2:
                # "X said in a statement … / The company said … / It said … / '…,' the statement said": further
                # back only when the sentences between name no one but the author and hold no quotation
                owner = self._written_owner_at(idx, prev, text, end, hits, verb)
                between = range(idx + 1, sent.index)
                if owner is None or others - {owner} or any(self._quotes_in(i) for i in between):
                    return None
                return owner
            return self._written_owner_at(idx, prev, text, end, hits, verb)
        return None

    def _quotes_in(self, idx: int) -> bool:
        """True when sentence `idx` holds (the start of) a quotation."""
        sent = self.doc.sentences[idx]
        return any(sent.start <= span.start < sent.start + len(sent.text) for span in self.doc.spans[sent.paragraph])

    def _written_owner_at(
        self, idx: int, prev: Sentence, text: str, end: int, hits: list[re.Match[str]], verb: str | None
    ) -> str | None:
        """The author of the written thing that sentence `idx` mentions (`hits`), or None."""
        if not any(
            h.group().lower() == verb or _AUTHORED.search(text, max(prev.start, h.start() - 40), h.start())
            for h in hits
        ):
            return None  # "Peter Kyle said he had received the letter": who wrote it is not said
        said = [h.speaker for h in self.history if h.sentence == idx]
        if said:
            return said[-1]
        owner = self._leading_subject(prev.paragraph, prev.start)
        ends = [p + m.end - m.start for p, m in self.outside.get(idx, ()) if m.canonical == owner]
        if ends and _AND_NAME.match(text, ends[0]):
            return None  # "Ofcom and the ICO issued a joint statement": neither alone wrote it
        if owner is None:
            vm = P.PRE_VERB_RE().search(text, prev.start, end)
            att = self._subject_before(prev.paragraph, prev.start, vm.start()) if vm else None
            owner = att.speaker if att is not None else None
        if owner is None:  # "The company flat-out denied the allegations in a statement": the company in view
            kind = D.LEADING_KIND.match(text, prev.start, end)
            found = self.index.resolve(kind.group(1), sentence=idx, before=kind.end(1) - prev.start) if kind else None
            owner = found if found is not None and self.index.is_org(found) else None
            if owner is None and kind is not None:  # two companies named: the one the sentence before opens on
                owner = self._lead_org_alone(prev, kind.group(1))
        return owner


# bodies an article may introduce unnamed ("An exam board has apologised") and then call "the board"
INDEFINITE_BODIES = frozenset(
    {"board", "council", "bank", "charity", "trust", "hospital", "school", "university", "firm", "company", "insurer"}
)


@lru_cache(maxsize=16)
def _indefinite_body_opening(noun: str) -> re.Pattern[str]:
    # the body as the sentence's subject: "An exam board has apologised", "A London council said"
    return re.compile(
        rf"\s*([Aa]n?\s+(?:[\w’'-]+\s+){{0,2}}?{noun})\s+(?:has|had|have|was|is|says|said|told|[a-z]+ed)\b"
    )


# an unnamed office holder of an organisation as the subject of a speech verb: "X's head of global affairs said"
_OWNED_ROLE_SAID = lazy_re(
    r"((?:[Tt]he\s+)?[\w.-]+['’]s\s+(?:[\w-]+\s+){0,3}?(?:head|chief|director|executive|officer|president|chair|"
    r"manager|representative)(?:\s+(?:of|for|in)\s+[\w\s-]{1,40}?)?)\s+(?:said|says|told|wrote|added)\b"
)

# a second name joined to the first: "Ofcom and the ICO", "Meta & X"
# a written thing and the verb that writes it: the sentence with the verb names the author as its subject
_WRITTEN_VERBS = {"post": "posted", "tweet": "tweeted", "email": "emailed"}
_AND_NAME = lazy_re(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]")

# how a sentence says whose written words they are: "said in a statement", "issued a notice", "Ofcom's letter"
_AUTHORED = lazy_re(
    r"(?:\b(?:in|issued|published|released|sent|wrote|posted|put\s+out|shared|filed|lodged|made|announced)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?|['’]s\s+|\b(?:its|his|her|their)\s+)(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)

# another body in the sentence after its subject: "its" could be that one's
_OTHER_BODY = lazy_re(
    r"\b(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|platform|charity|group|agency|ministry|department|"
    r"regulator|watchdog|body|organisation|organization|union|association|council|committee|broadcaster|channel|"
    r"network|start-?up|app|site|service|publisher|newspaper|school|university|hospital|club|team)\b"
)


# a person's own office speaking: "his office", "her press office", "his spokesman"
_ASKED_OFFICE = lazy_re(
    r"\b(?:asked|contacted|approached|emailed|called|messaged|reached)\s+((?:[Hh]is|[Hh]er)\s+(?:press\s+)?office)\b"
)
_PRONOUN_OFFICE = lazy_re(
    r"([Hh]is|[Hh]er)\s+(?:press\s+)?(?:office|spokesperson|spokesman|spokeswoman|press\s+secretary)"
)
# an organisation's own account: "its Global Government Affairs account", "X's Safety account"
# (?<![\w.-]) rather than \b: a match never starts again inside "A.B.C." (quadratic on such tokens)
_OWNED_ACCOUNT = lazy_re(
    r"(?:(?<![\w.-])(?P<name>[A-Z][\w.-]*)['’]s|\b[Ii]ts)\s+(?:[A-Z][\w-]*\s+){0,4}account\b",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZi"),
)
