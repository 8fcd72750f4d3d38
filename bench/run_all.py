"""Run every benchmark in turn (`make bench`); each prints its own table with targets and floors."""

from __future__ import annotations

import subprocess
import sys

BENCHES = ("bench.summariser_bench", "bench.quote_baselines", "bench.pipeline_bench")


def main() -> int:
    """Run each benchmark module in its own process so peak-RSS figures don't mix."""
    failed = 0
    for module in BENCHES:
        print(f"\n=== {module} ===", flush=True)
        failed += subprocess.call([sys.executable, "-m", module]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
