"""`import summariser` loads only what relevance and extraction need; the summary stages load on the first summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
import summariser
before = sorted(m for m in sys.modules if m.startswith("summariser._"))
summariser.relevance("Ofcom opened an investigation into the platform.", title="Ofcom acts")
after_relevance = sorted(m for m in sys.modules if m.startswith("summariser._"))
summary = summariser.summarise(
    'Ofcom opened an investigation on Monday.\\n\\n"We will not hesitate to act," said Jane Smith, the minister.'
)
print(before == after_relevance, "summariser._actions" in before, "summariser._actions" in sys.modules,
      summary.quotes[0].speaker.replace(' ', '_'))
"""


def test_relevance_needs_no_summary_stages_and_summarise_loads_them() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    same, eager, loaded, speaker = done.stdout.split()
    assert (same, eager, loaded) == ("True", "False", "True")
    assert speaker == "Jane_Smith"
