"""URL normalisation: one canonical form per article so the same story under tracking variants dedupes."""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Query parameters that identify a campaign, a click or a referrer, never the article itself.
_TRACKING_EXACT = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "ocid",
        "cmpid",
        "cmp",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "at_link_id",
        "at_link_origin",
        "at_link_type",
        "at_ptr_name",
        "at_bbc_team",
        "at_format",
        "at_platform",
        "_ga",
        "_gl",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "smid",
        "sr_share",
        "s_cid",
        "icid",
        "xtor",
        "spm",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "__hs", "oly_", "vero_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks a click or campaign (utm_*, fbclid, CMP, …)."""
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


# A URL already in canonical form, which the full treatment below would return unchanged: lowercase http(s) scheme
# and host (no port, credentials or trailing dot), a path of characters `quote` keeps, no query or fragment. Most
# feed links look like this; checking costs a tenth of splitting and re-assembling them.
_ALREADY_CANONICAL = re.compile(r"https?://[a-z0-9.-]*[a-z0-9-]/[A-Za-z0-9/%:@!$&'()*+,;=~._-]*")


# The same URL is canonicalised several times per entry (link, permalink guid, story id): remember recent ones.
@functools.lru_cache(maxsize=4096)
def canonical_url(url: str) -> str:
    """The article's canonical form: lowercase scheme/host, no default port/fragment/tracking params, sorted query."""
    if _ALREADY_CANONICAL.fullmatch(url):
        return url
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return raw
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return raw
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal needs its brackets back
        host = f"[{host}]"
    # credentials (user:pass@) are dropped on purpose: never part of an article's identity
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~-._")
    query_pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    query = urlencode(sorted(query_pairs), doseq=True)
    return urlunsplit((scheme, netloc, path, query, ""))


def unwrap_redirect(url: str) -> str:
    """The target of a known click-tracking wrapper (Google Alerts' google.com/url?url=…), else `url` unchanged."""
    if "google.com" not in url.lower():  # the only wrapper known: skip parsing every other feed link
        return url
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    if host in ("www.google.com", "google.com") and parts.path == "/url":
        for key, value in parse_qsl(parts.query):
            if key in ("url", "q") and value.startswith(("http://", "https://")):
                return value
    return url


def host_of(url: str | None) -> str | None:
    """The URL's host without a leading "www.", lowercased; None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host
