#!/usr/bin/env bash
# The figures of PERFORMANCE.md that need a running server, in one command; one line per figure at the end.
#
#   bench/booking-throughput.sh   PostgreSQL-backed Gongyu with the demo platform (seed scale, 15,600 resources):
#                                 booking spread and hot against pgbench (the ratio), the release-time rush, and
#                                 the checks after the load (no double booking, no oversold unit, every booking
#                                 of the run read back through the API)
#   bench/search.sh               search p50/p95 under 16 clients at 100,000 resources (and 1,000,000 in full)
#
# Usage: bench/run.sh [quick|full|smoke]
#   quick  (default, about 10 minutes: search at 100k first waits ~5 min for the days computed ahead) 5 s a
#          phase, 400 citizens, the rushes 400 clients for 100 slots (a connection each, then 64 connections),
#          search 100k
#   full   30 s a phase, 2,000 citizens, the rushes 2,000 clients for 500 slots (25 spaces' 10 slots and 250 car
#          park units at most), search 100k and 1M (about 25 min)
#   smoke  2 s a phase, 100 citizens, the rushes 100 clients for 25 slots, search at the seed scale; for CI, to keep
#          the harness working: its figures mean nothing
# Exit status 1 if a correctness check fails or a script does. Every script's full output: target/bench-run/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
mode="${1:-quick}"
case $mode in
    quick) booking_seconds=5 accounts=400 searches=("100000 8") ;;
    full) booking_seconds=30 accounts=2000 searches=("100000 30" "1000000 30") ;;
    smoke) booking_seconds=2 accounts=100 searches=("15600 2") ;;
    *)
        echo "usage: bench/run.sh [quick|full|smoke]" >&2
        exit 2
        ;;
esac
out=target/bench-run
rm -rf "$out" && mkdir -p "$out"
started=$SECONDS
echo "bench_run $mode, load average at start $(load_average) (2 cores, shared)"
build_jar

status=0
# Each script's figure lines, as they are; its full output in its log.
figures() { # log pattern
    grep -E "$2" "$1" || true
}
if ! ACCOUNTS=$accounts bench/booking-throughput.sh "$booking_seconds" > "$out/booking.log" 2>&1; then
    status=1
    echo "bench/booking-throughput.sh failed; the end of $out/booking.log:"
    tail -15 "$out/booking.log"
fi
figures "$out/booking.log" '^(booking_pgbench_tps|booking_http_requests_per_s|booking_ratio|booking_http_latency|booking_rush|booking_correctness|booking_readable)'
for search in "${searches[@]}"; do
    read -r resources seconds <<< "$search"
    heap=2g ahead=60
    # At 1M the job's 60 days ahead are 61 million days: hours before the phases could start.
    ((resources >= 1000000)) && heap=6g ahead=7
    if ! HEAP=$heap FREE_DAYS_AHEAD=$ahead bench/search.sh "$resources" "$seconds" > "$out/search-$resources.log" 2>&1; then
        status=1
        echo "bench/search.sh $resources failed; the end of $out/search-$resources.log:"
        tail -15 "$out/search-$resources.log"
    fi
    figures "$out/search-$resources.log" '^search_'
done
echo "bench_run $mode took $((SECONDS - started)) s, load average at end $(load_average) -> $([ "$status" = 0 ] && echo OK || echo FAIL)"
exit "$status"
