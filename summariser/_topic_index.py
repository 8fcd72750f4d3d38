"""The compiled keyword index of a topic: every keyword as a `Term`, looked up by its first word, the sets the
matcher's paths test words against, and the tests for text naming no keyword at all (see `_topic_match`, which adds
the matching itself)."""

from __future__ import annotations

from summariser._text import fold_bytes, without_surrogates
from summariser._topic import Topic
from summariser._topic_ambiguous import AmbiguousSubjects
from summariser._topic_terms import NO_HITS, Term, Tokens, UnitHits, inflections

__all__ = ["PHRASE", "SUBJECT", "TopicIndex"]

# the spaces of `str.strip` and `\s` that `fold_bytes` leaves as part of a word (the others are ASCII whitespace or
# folded to spaces): a document holding one is judged sentence by sentence
# (looked for one by one: eight substring searches, each a C scan, cost a seventh of one regex class search)
_ODD_ASCII_SPACES = "\x1c\x1d\x1e\x1f"
_ODD_SPACES = _ODD_ASCII_SPACES + "\x85\u1680\u205f\u3000"

# roles of a word found that is not a plain concern (see `TopicMatcher._simple`): a subject, the first word of a
# phrase, or (the Term itself) the first word of a phrase that is a concern on its own too
SUBJECT = object()
PHRASE = object()


class TopicIndex:
    """Compiled keyword index for one Topic."""

    def __init__(self, topic: Topic) -> None:
        # lower-case first token -> terms starting with it, longest first
        self._index: dict[bytes, list[Term]] = {}
        self._topic = topic
        self._ambiguous = frozenset(a.encode() for a in topic.ambiguous)
        self._ambiguous_name = min(topic.ambiguous) if topic.ambiguous else ""
        groups = [
            ("exclusion", topic.exclusions, 1.0),
            ("subject", [s for s in topic.subjects if s not in topic.ambiguous], 1.0),
            ("concern", topic.concerns, 1.0),
            ("concern", topic.weak_concerns, 0.5),
            ("context", topic.context, 1.0),
        ]
        for kind, words, weight in groups:
            for word in words:
                self._add(Term.build(word, kind, weight))
        for kind, words, weight in groups:
            for word in words:
                if kind == "concern" and len(word.split()) == 1 and word.islower():
                    for form in inflections(word):
                        self._add(Term.build(form, kind, weight), canonical=word)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.checks))  # longest phrase first
        # phrases are looked up by their first two words, single words by themselves: one dict lookup each
        self._phrases: dict[tuple[bytes, bytes], list[Term]] = {}
        self._exact: dict[bytes, Term] = {}  # "Grok" and "GROK"
        self._any: dict[bytes, Term] = {}  # "law", in any case
        for terms in self._index.values():
            for term in terms:
                (low, exact), *rest = term.checks
                if rest:
                    self._phrases.setdefault((low, rest[0][0]), []).append(term)
                elif exact is None:
                    self._any.setdefault(low, term)
                else:
                    self._exact.setdefault(exact, term)
                    self._exact.setdefault(exact.upper(), term)
        self._derive()

    def _derive(self) -> None:
        """The lookup sets the matching paths use, derived from the index."""
        # the words a subject or concern starts with; exclusions and context words only matter next to an
        # ambiguous subject, where `_covered` and `_has_context` look for them
        counted = {t.checks[0][0] for ts in self._index.values() for t in ts if t.kind in ("subject", "concern")}
        self._firsts = frozenset(counted) | frozenset(a.lower() for a in self._ambiguous)
        self._ambiguous_low = frozenset(a.lower() for a in self._ambiguous)
        # the first words of phrases that count without an ambiguous subject ("IT ministry", "Online Safety Act");
        # exclusions ("Mr X") and context phrases only matter where an ambiguous subject is, which takes the full path
        phrases = [t for ts in self._phrases.values() for t in ts if t.kind in ("subject", "concern")]
        self._phrase_lows = frozenset(t.checks[0][0] for t in phrases)
        # every phrase's second word by its first: "does a phrase follow" is one set test per place
        seconds: dict[bytes, set[bytes]] = {}
        for first, second in self._phrases:
            seconds.setdefault(first, set()).add(second)
        self._seconds = {first: frozenset(words) for first, words in seconds.items()}
        self._exact_by_low = {term.checks[0][0]: term for term in self._exact.values()}
        self._exact_lows = frozenset(self._exact_by_low)
        concerns = [(low, t) for low, t in self._any.items() if t.kind == "concern" and low not in self._exact_lows]
        self._strong_any = frozenset(low for low, t in concerns if t.weight >= 1.0)
        self._weak_any = frozenset(low for low, t in concerns if t.weight < 1.0)
        # words that are whole keywords on their own, in any case, and start no phrase: the quick path's words
        self._plain = (self._strong_any | self._weak_any) - self._phrase_lows - self._ambiguous_low
        # the same split for the words as written: capitalised first words, and the single-word concerns among them
        counted_terms = [t for ts in self._index.values() for t in ts if t.kind in ("subject", "concern")]
        self._any_firsts = frozenset(t.checks[0][0] for t in counted_terms if t.checks[0][1] is None)
        self._exact_firsts = frozenset(
            form for t in counted_terms if (e := t.checks[0][1]) is not None for form in (e, e.upper())
        ) | frozenset(self._ambiguous)
        plain_exact = {
            form: term
            for form, term in self._exact.items()
            if term.kind == "concern" and term.checks[0][0] not in self._phrase_lows
        }
        self._plain_exact = frozenset(plain_exact)
        # single-word subjects as written ("Grok", "GROK") and the capitalised first words of phrases ("Online")
        self._subject_exact = frozenset(f for f, t in self._exact.items() if t.kind == "subject")
        self._phrase_any = frozenset(t.checks[0][0] for t in phrases if t.checks[0][1] is None)
        self._phrase_exact = frozenset(
            form for t in phrases if (e := t.checks[0][1]) is not None for form in (e, e.upper())
        )
        self._strong_keys = self._strong_any | frozenset(f for f, t in plain_exact.items() if t.weight >= 1.0)
        # what `_simple` does with a word found that is not a plain concern: a subject, the first word of a phrase,
        # or the first word of a phrase that is a concern on its own too (the term)
        self._roles_any: dict[bytes, object] = {k: PHRASE for k in self._phrase_any}
        self._roles_exact: dict[bytes, object] = {f: PHRASE for f in self._phrase_exact}
        for k in self._phrase_any:
            term = self._any.get(k)
            if term is not None and term.kind == "concern":
                self._roles_any[k] = term
        for f in self._phrase_exact:
            term = self._exact.get(f)
            if term is not None and term.kind == "concern":
                self._roles_exact[f] = term
        self._roles_exact.update(dict.fromkeys(self._subject_exact, SUBJECT))
        # the plain keyword tokens' canonical names, looked up once per topic instead of per sentence
        self._canonical = {k: self._canonical_of(k) for k in self._plain | self._plain_exact}
        # the words a part of a hyphenated word can count as (`_match_parts`: single-word terms only)
        self._part_keys = frozenset(k for k, ts in self._index.items() if any(len(t.checks) == 1 for t in ts))
        # a bare ambiguous subject: its exclusions, context and neighbours
        self._amb = AmbiguousSubjects(self._topic, self._index, self._phrases)

    def _add(self, term: Term | None, *, canonical: str | None = None) -> None:
        if term is None:
            return
        bucket = self._index.setdefault(term.checks[0][0], [])
        if canonical is not None:  # an inflection: only when no keyword is spelt so already
            if any(t.checks == term.checks and t.kind == term.kind for t in bucket):
                return
            term = Term(canonical, term.kind, term.weight, term.checks)
        bucket.append(term)

    def names(self, hits: list[UnitHits]) -> list[str]:
        """The keywords found in every unit, in unit order, each unit's `terms` then its plain keys' canonical names
        (sorted), repeats kept."""
        names: list[str] = []
        append = names.append
        canonical = self._canonical
        for unit in hits:
            if unit is NO_HITS:
                continue  # most sentences of an article
            if unit.terms:
                names += unit.terms
            keys = unit.keys
            if keys:
                for key in sorted(keys) if len(keys) > 1 else keys:
                    append(canonical.get(key) or self._canonical_of(key))
        return names

    def canonical(self, keys: frozenset[bytes]) -> list[str]:
        """Canonical names of plain keyword tokens, sorted (a set's order depends on the hash seed)."""
        return list(dict.fromkeys(self.canonical_names(keys)))

    def canonical_names(self, keys: frozenset[bytes]) -> list[str]:
        """`canonical` with repeats kept (the caller removes them): one dict lookup per token."""
        names = self._canonical
        return [names.get(k) or self._canonical_of(k) for k in sorted(keys)]

    def _canonical_of(self, key: bytes) -> str:
        return (self._any.get(key) or self._exact[key]).canonical

    def names_nothing(self, text: str, *, whole: bool = True) -> bool:
        """Can no title or sentence cut from `text` name a keyword (none of its words starts one, no hyphenated word
        has one as a part)? `whole`: `text` is a document, judged at once rather than sentence by sentence, which
        gives the same words unless it holds a space `str.split` knows and `bytes.split` does not: then False."""
        if whole and not text.isascii():
            text = without_surrogates(text)  # as `split_document` does
            if any(space in text for space in _ODD_SPACES):
                return False  # the split may cut a word there that the folded text keeps whole: unsure
        elif whole and any(space in text for space in _ODD_ASCII_SPACES):
            return False
        folded = fold_bytes(text)
        if not self._exact_firsts.isdisjoint(folded.split()):
            return False
        lows = folded.lower().split()
        return self._any_firsts.isdisjoint(lows) and not ("-" in text and self._parts_count(lows))

    def tokens_name_nothing(self, words: Tokens, lows: Tokens, text: str) -> bool:
        """`names_nothing(text, whole=False)` for a text already tokenised: `words` and `lows` as `_text.title_tokens`
        gives them."""
        if not self._exact_firsts.isdisjoint(words) or not self._any_firsts.isdisjoint(lows):
            return False
        return not ("-" in text and self._parts_count(lows))

    def _parts_count(self, lows: Tokens) -> bool:
        """Could a part of a hyphenated word count (see `_match_parts`)? `lows`: the tokens in lower case."""
        # the words `hyphenated` gives, walked here without building their list (most are "9-5", "43-hour")
        index, parts = self._index, self._part_keys
        joined = b" ".join(lows)
        find = joined.find
        pos = find(b"-")
        while pos >= 0:
            start = joined.rfind(b" ", 0, pos) + 1
            if pos > start:
                end = find(b" ", pos)
                low = joined[start:] if end < 0 else joined[start:end]
                if low not in index and not parts.isdisjoint(low.split(b"-")):
                    return True
                if end < 0:
                    break
                pos = find(b"-", end)
            else:  # a leading hyphen ("-5"): the word counts only if another follows
                pos = find(b"-", pos + 1)
        return False
