"""Offline demo: bundled sample feeds and articles on a loopback server, run through the whole pipeline."""
