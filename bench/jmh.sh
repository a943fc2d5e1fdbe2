#!/usr/bin/env bash
# JMH micro-benchmarks of the hot code (PERFORMANCE.md), in process, sample mode (p50/p95/p99): the overlap check
# of a booking (OccupancyBenchmark) and the Korean analysis of a query and of an indexed text
# (KoreanAnalysisBenchmark); bench/availability.sh runs the slot calculation.
# Usage: bench/jmh.sh [benchmark regex, default "OccupancyBenchmark|KoreanAnalysisBenchmark"]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jmh "${1:-OccupancyBenchmark|KoreanAnalysisBenchmark}"
