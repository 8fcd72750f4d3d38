"""Services: fetching, parsing, dedupe, polling, digests, alerts, delivery. Never imports discord."""
