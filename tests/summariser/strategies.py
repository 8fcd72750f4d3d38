"""Hypothesis strategies for the summariser's robustness tests: news-like text and hostile HTML built from fragments.

Feeds and pages are untrusted, so the fragments mix ordinary copy (names, speech verbs, datelines, quotes) with what
breaks parsers: every kind of quotation mark (balanced or not), emoji, right-to-left text, zero-width and control
characters, very long words, no punctuation at all. All fragments are written for this project.
"""

from __future__ import annotations

import html as html_lib

from hypothesis import strategies as st

NAMES = [
    "Keir Starmer", "Liz Kendall", "Elon Musk", "Ofcom", "the European Commission", "Sir Keir", "Ms Kendall",
    "Mr Musk", "a government source", "Henna Virkkunen", "J. K. Rowling", "Łukasz Nowak", "Élisabeth Borne",
    "X", "xAI", "Grok", "the regulator", "a No 10 spokesperson", "Dr. Amara Okafor", "O'Neill", "she", "he",
]  # fmt: skip
ROLES = ["the prime minister", "technology secretary", "chief executive", "EU tech chief", "spokesperson"]
SPEECH = ["said", "says", "told the BBC", "added", "warned", "wrote on X", "insisted", "asked", "according to"]
ACTIONS = [
    "launched a formal investigation into X", "fined the company £18m", "will ban nudification apps",
    "threatened to block the platform", "called for a ban", "refused to comment", "restricted Grok image editing",
    "opened proceedings under the Digital Services Act", "plans to legislate in February",
]  # fmt: skip
WORDS = [
    "the", "regulator", "platform", "Grok", "images", "law", "Online Safety Act", "on", "Monday", "investigation",
    "would", "not", "tolerate", "children", "deepfakes", "unconscionable", "it", "was", "this", "week", "No.", "10",
    "U.S.", "e.g.", "etc.", "St.", "Inc.", "3.5", "£1.2bn", "€500,000", "$40m", "50%", "2026-01-14", "@elonmusk",
    "#Grok", "https://x.com/ofcom/status/123?a=1&b=2", "press@ofcom.org.uk", "…", "—", "-", "(", ")", "[1]",
]  # fmt: skip
# lone surrogates ("\ud800" above) are what json.loads makes of that escape in a JSON feed
# every kind of mark, alone so that they pair up (or not) at random
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "``", "''"]
ODD = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202c", "\u00ad", "\x00", "\x07", "\x1b", "\x7f",
    "\u2028", "\u2029", "\x0b", "\x0c", "\r", "\t", "\ufffd", "\ufffe", "\uffff", "\ud800", "\udc80",
    "😀", "👩‍👩‍👧", "🇬🇧", "مرحبا بالعالم", "שלום", "日本語のテキスト", "Ünïcödé", "ﬁ", "Ⅻ", "𝔘𝔫𝔦", "\u0301", "A\u0301",
]  # fmt: skip
ENDS = [".", ".", ".", "!", "?", "…", ":", ";", "", '."', ".”", "?’", "!)", "..."]
BOILERPLATE = [
    "Sign up to our newsletter", "Photo: Getty Images", "Read more: Ofcom fines", "© 2026 News Group",
    "Share this article", "Advertisement", "Cookie settings", "By Jane Smith, Technology reporter",
    "Related: X faces ban", "Follow us on X", "Image caption, Elon Musk in Paris",
]  # fmt: skip

word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(ODD),
    st.text(min_size=1, max_size=12),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=40, max_size=400),  # very long words
)


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """A quotation in any marks, possibly unbalanced or nested."""
    opening, closing = draw(st.sampled_from(MARKS)), draw(st.sampled_from([*MARKS, ""]))
    inner = " ".join(draw(st.lists(word, min_size=0, max_size=12)))
    if draw(st.booleans()):
        nested = " ".join(draw(st.lists(word, min_size=1, max_size=4)))
        inner += f" {draw(st.sampled_from(MARKS))}{nested}{draw(st.sampled_from(MARKS))} "
    return f"{opening}{inner}{draw(st.sampled_from(ENDS))}{closing}"


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One news-like sentence: attributed speech, an action, a role, or a bag of words."""
    kind = draw(st.integers(0, 5))
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(SPEECH))
    if kind == 0:
        return f"{draw(quoted())} {name} {verb}{draw(st.sampled_from(ENDS))}"
    if kind == 1:
        return f"{name} {verb}: {draw(quoted())}"
    if kind == 2:
        return f"{name}, {draw(st.sampled_from(ROLES))}, {draw(st.sampled_from(ACTIONS))}{draw(st.sampled_from(ENDS))}"
    if kind == 3:
        return f"{name} {verb} it was {draw(quoted())} and {draw(st.sampled_from(ACTIONS))}."
    if kind == 4:
        return draw(st.sampled_from(BOILERPLATE))
    words = draw(st.lists(word, min_size=0, max_size=30))
    return " ".join(words) + draw(st.sampled_from(ENDS))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """A paragraph, a headline, a dateline lede or a bullet list."""
    kind = draw(st.integers(0, 4))
    sentences = draw(st.lists(sentence(), min_size=1, max_size=5))
    if kind == 0:
        return f"LONDON (Reuters) — {' '.join(sentences)}"
    if kind == 1:
        return "\n".join(f"{draw(st.sampled_from(['-', '•', '*', '1.', '>']))} {s}" for s in sentences)
    if kind == 2:
        return sentences[0].rstrip(".").title()  # a headline
    return " ".join(sentences)


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """A plain-text article: paragraphs separated by any kind of line break."""
    paragraphs = draw(st.lists(paragraph(), min_size=0, max_size=8))
    return draw(st.sampled_from(["\n\n", "\n", "\r\n", "\r", "\n \n\t\n", "\u2029"])).join(paragraphs)


any_text = st.one_of(news_text(), st.text(max_size=2000))

TAGS = ["div", "p", "span", "article", "section", "main", "b", "i", "a", "li", "ul", "blockquote", "h1", "td", "font"]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "koi8-r", "x-bogus", ""]
ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&#8220;", "&#x201D;", "&nbsp;", "&bogus;", "&#0;", "&#xD800;",
            "&#1114112;", "&#x110000;", "&", "&#", "&#x;", "&rdquo;", "&lsquo;", "&amp;amp;"]  # fmt: skip


@st.composite
def html_fragment(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup: nested (sometimes unclosed) tags, scripts, huge attributes and entity soup around news text."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 6))
        if kind == 0 and depth < 6:
            tag = draw(st.sampled_from(TAGS))
            attr = draw(st.sampled_from(["", ' class="story-body"', ' id="x"', ' data-x="' + "a" * 5000 + '"']))
            close = draw(st.sampled_from([f"</{tag}>", "", "</div>", f"</{tag}"]))
            parts.append(f"<{tag}{attr}>{draw(html_fragment(depth + 1))}{close}")
        elif kind == 1:
            parts.append(f"<script>var s = '{draw(st.text(max_size=40))}</p>';</script>")
        elif kind == 2:
            parts.append("".join(draw(st.lists(st.sampled_from(ENTITIES), max_size=20))))
        elif kind == 3:
            parts.append(
                draw(st.sampled_from(["<br>", "<br/>", "<hr>", "<!-- c -->", "<!--", "<![CDATA[x]]>", "<?php ?>"]))
            )
        elif kind == 4:
            parts.append(html_lib.escape(draw(sentence()), quote=False))
        else:
            parts.append(draw(sentence()))  # unescaped: stray "<" and "&" as feeds send them
    return "".join(parts)


@st.composite
def html_page(draw: st.DrawFn) -> str:
    """A whole page (or a bare fragment) with metadata that may lie about its charset."""
    body = draw(html_fragment())
    if draw(st.booleans()):
        return body
    charset = draw(st.sampled_from(CHARSETS))
    title = html_lib.escape(draw(st.one_of(st.sampled_from(NAMES), st.text(max_size=60))))
    doctype = draw(st.sampled_from(["<!DOCTYPE html>", "", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">']))
    meta = draw(
        st.sampled_from(
            [
                "",
                '<meta property="og:title" content="X faces Ofcom inquiry">',
                '<meta name="author" content="' + "By " * 200 + '">',
                '<meta property="article:published_time" content="2026-13-45T99:99:99Z">',
                '<meta name="date" content="not a date">',
                '<link rel="canonical" href="javascript:alert(1)">',
            ]
        )
    )
    return (
        f'{doctype}<html><head><meta charset="{charset}"><title>{title}</title>{meta}</head><body>{body}</body></html>'
    )


any_html = st.one_of(html_page(), st.text(alphabet=st.sampled_from("<>/=\"' abcdiv&;#p\n"), max_size=500))
