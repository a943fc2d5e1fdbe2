#!/usr/bin/env bash
# Availability figure of PERFORMANCE.md: the 31-day calendar of a busy resource, in process, with JMH
# (sample mode: p50/p95/p99). Usage: bench/availability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jmh SlotCalculatorBenchmark
