"""CPU time of summarise() on pathological inputs at 1x, 4x and 16x size: super-linear growth shows in the ratios.

Linear code costs ~4x per 4x step; ~16x per step means quadratic. Printed, never asserted (timing belongs here, not
in tests). `python -m bench.summariser_robustness [--rounds N] [--max-scale 16]`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import summariser

NAMES = ["Keir Starmer", "Liz Kendall", "Elon Musk", "Henna Virkkunen", "Melanie Dawes", "Peter Kyle", "Amara Okafor"]
# a step that takes longer than this is not repeated at the next size: its growth is already visible
_STOP_AFTER_S = 30.0


def no_full_stops(scale: int) -> str:
    """One paragraph of 10,000 words (times scale) with commas but no sentence end."""
    phrase = "the regulator said X would face an investigation under the Online Safety Act, and Ofcom"
    words = phrase.split(" ")
    return " ".join(words[i % len(words)] for i in range(10_000 * scale))


def many_quote_marks(scale: int) -> str:
    """2,000 quotation marks (times scale) of mixed kinds in short attributed pieces."""
    marks = ['"', "“", "”", "‘", "’", "'"]
    pieces = [
        f"{marks[i % 6]}this is a quoted fragment {i}{marks[(i * 5 + 1) % 6]} Ofcom said." for i in range(1000 * scale)
    ]
    return " ".join(pieces)


def many_names(scale: int) -> str:
    """500 people's names (times scale) in one sentence, then a quote."""
    names = ", ".join(
        f"{NAMES[i % len(NAMES)].split()[0]} {chr(65 + i % 26)}{'abcdefgh'[i % 8]}son{i}" for i in range(500 * scale)
    )
    return f'{names} and Keir Starmer met Ofcom. "We will not tolerate this at all," Mr Starmer said.'


def nested_divs(scale: int) -> str:
    """A page of ~1 MB (times scale) of nested divs with news paragraphs inside."""
    block = "<div><p>Ofcom said it had opened an investigation into X under the Online Safety Act.</p>"
    inner = block * 50 + "</div>" * 50  # nesting 50 deep, then closed: lxml caps depth at 255 anyway
    body = inner * (1_000_000 * scale // len(inner))
    return f"<html><head><title>X faces inquiry</title></head><body><article>{body}</article></body></html>"


def many_paragraphs(scale: int) -> str:
    """500 short paragraphs (times scale) of attributed speech, a speaker named once per ten: a live blog gone long."""
    paras = []
    for i in range(500 * scale):
        who = f"{NAMES[i % len(NAMES)]} said" if i % 10 == 0 else "she added"
        paras.append(f"\u201cWe will look at paragraph {i} of the platform's plan very carefully,\u201d {who}.")
    return "\n\n".join(paras)


def end_mark_run(scale: int) -> str:
    """2,000 full stops and question marks (times scale) in one run: mis-decoded text ("????") or a leader line."""
    return f"Ofcom fined X. {'.' * (1000 * scale)} Ofcom said. {'?' * (1000 * scale)} it would act."


def table_row(scale: int) -> str:
    """One table row of 500 cells (times scale), each naming two organisations: one long sentence of names."""
    cells = "".join(f"<td>Ofcom X {i}</td>" for i in range(500 * scale))
    return f"<html><head><title>Fines table</title></head><body><table><tr>{cells}</tr></table></body></html>"


def long_quote_then_colon(scale: int) -> str:
    """A 2,000-word quote (times scale) with no speech verb, then a colon before a second quote: the text before
    the second quote is mostly blanked-out quote (spaces), which made two speaker patterns cubic (session 7)."""
    quote = " ".join(f"word{i % 97}" for i in range(2000 * scale))
    return f'Melanie Dawes spoke at length. "{quote}" And so it went in the end: "We will act on this now," she said.'


CASES: dict[str, Callable[[int], str]] = {
    "10k words, no full stops": no_full_stops,
    "2,000 quotation marks": many_quote_marks,
    "500 names in one sentence": many_names,
    "1 MB of nested divs": nested_divs,
    "500 speech paragraphs": many_paragraphs,
    "2,000 end marks in a row": end_mark_run,
    "a table row of 500 cells": table_row,
    "a 2,000-word quote before a colon": long_quote_then_colon,
}


def cpu_seconds(text: str, rounds: int) -> float:
    """Best-of-rounds CPU time of one summarise() call."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        summariser.summarise(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-scale", type=int, default=16)
    parser.add_argument("--only", default="", help="run the cases whose label contains this text")
    args = parser.parse_args()
    summariser.summarise("<html><body><p>Warm-up: import trafilatura and compile the patterns.</p></body></html>")
    print(f"{'input':28} {'scale':>5} {'chars':>10} {'cpu s':>9} {'x prev':>7}")
    for label, build in CASES.items():
        if args.only not in label:
            continue
        previous: float | None = None
        scale = 1
        while scale <= args.max_scale:
            text = build(scale)
            seconds = cpu_seconds(text, rounds=1 if scale > 1 else args.rounds)
            ratio = f"{seconds / previous:7.1f}" if previous else "      -"
            print(f"{label:28} {scale:>5} {len(text):>10,} {seconds:9.3f} {ratio}", flush=True)
            if seconds > _STOP_AFTER_S:
                print(f"{label:28} stopped: {seconds:.0f} s at {scale}x")
                break
            previous, scale = max(seconds, 1e-6), scale * 4


if __name__ == "__main__":
    main()
