#!/usr/bin/env bash
# Search figure of PERFORMANCE.md (figure 3): p50/p95 of GET /api/v1/resources under 16 concurrent clients,
# keyword + region + date-availability queries, over a generated catalogue of N resources on the embedded
# default (H2 and the Lucene index, in a throwaway directory).
#
#   1. Starts target/gongyu.jar with the demo platform at N resources (gongyu.demo.resources), which also
#      indexes them, and waits for health UP.
#   2. Writes 2,000 queries from a fixed seed: a word of the catalogue, a region (시·도 or 시·군·구), a date of
#      the coming week, and half of them a two-hour window.
#   3. bench/BookingLoad.java get: a 10 s unmeasured warm-up, then the measured phases: with the date, the same
#      queries without it, a whole 시·도 with a date (thousands of matches), the results page (HTML with the map's
#      markers), and /actuator/health; each with the
#      server's CPU per request. Then the first search of 20 dates nobody asked for yet, one at a time.
#
# Usage: bench/search.sh [resources, default 100000] [seconds, default 30]
# JAR runs another jar (e.g. main's, for the figures before a change) instead of building target/gongyu.jar.
# JFR_DIR records each measured phase of the server to JFR_DIR/search-<phase>.jfr (JFR's profile settings);
# JVM_OPTS adds options to the server's JVM (e.g. -Xlog:gc:file=/tmp/gc.log).
# HEAP sets the server's heap (default 2g; 1,000,000 resources want 6g). Also prints the heap used after a full GC
# once the catalogue is loaded and indexed (figure 6).
# FREE_DAYS_AHEAD sets how many days ahead the job computes before the phases (gongyu.search.free-days.ahead,
# default 60): at 1,000,000 resources the default is 61 million days, hours of the job; 7 covers the phases' dates,
# and the cold dates (8 to 60 days ahead) are then computed by the searches that ask, as they would be.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
resources="${1:-100000}"
seconds="${2:-30}"
clients=16
port=$(free_port "${PORT:-18091}")
work=$(mktemp -d)
trap 'stop_server; rm -rf "$work"' EXIT

jar="${JAR:-target/gongyu.jar}"
[ -n "${JAR:-}" ] || build_jar
echo "jar $jar"
echo "load_average_at_start $(load_average) (2 cores, shared)"

started=$SECONDS
mapfile -t database < <(embedded_database "$work")
# The job that computes the coming days' free time ahead of search looks every minute (5 by default), so that its
# first full pass starts soon after the catalogue is loaded.
read -ra jvm_options <<< "${JVM_OPTS:-}"
start_server "$work/server.log" -Xmx"${HEAP:-2g}" "${jvm_options[@]}" -jar "$jar" --server.port="$port" \
    --gongyu.demo.resources="$resources" --gongyu.search.free-days.interval=PT1M \
    --gongyu.search.free-days.ahead="${FREE_DAYS_AHEAD:-60}" "${database[@]}"
wait_until_up "$port" "$work/server.log"
echo "server_up_s $((SECONDS - started)) ($resources resources loaded and indexed)"
grep -hoE "(Loaded the demo platform|Rebuilt the search index).*" "$work/server.log" || true
# A server put behind the balancer finds its days already stored (they outlive restarts, and other nodes store
# them): wait for the job's first pass over the catalogue, and say how long it took.
filled() { grep -hoE "Computed [0-9]+ days" "$work/server.log" | awk -v n="$resources" '$2 >= n { f = 1 } END { exit !f }'; }
until filled; do
    if ! kill -0 "$server_pid" 2> /dev/null || ((SECONDS - started > 1800)); then
        echo "the free days were not computed; the end of the log:" >&2
        tail -30 "$work/server.log" >&2
        exit 1
    fi
    sleep 2
done
echo "free_days_ready_s $((SECONDS - started)) ($(grep -hoE "Computed [0-9]+ days.*" "$work/server.log" | tail -1))"
# Figure 6's footprint: what the catalogue and its index hold once the load is over and a full GC has run.
echo "heap_used_after_full_gc_mb $(heap_used_mb) ($resources resources, -Xmx${HEAP:-2g})"

python3 bench/search_queries.py "$work"

# Each phase prints the server's CPU milliseconds per request (its process's CPU over the phase, divided by the
# requests answered), p50, p95 and p99. Warm-up: 10 s, as a server just started and put behind the balancer.
export SERVER_PID=$server_pid
# The load tool calls this before and after each phase and waits for it: a JFR recording of the phase if asked.
phase_hook() { jfr_phase "$1" "search-$2" "$SERVER_PID"; }
export -f phase_hook jfr_phase
export JFR_DIR="${JFR_DIR:-}" BOOKING_LOAD_HOOK=phase_hook
load() { "$java" bench/BookingLoad.java get "http://127.0.0.1:$port" "$work/$1" "$clients" "$2" "$3"; }
load dated.txt 10 warm-up > /dev/null
load dated.txt "$seconds" "search_keyword_region_date_${resources}"
load undated.txt "$seconds" "search_keyword_region_${resources}"
load broad.txt "$seconds" "search_province_date_${resources}"
load page.txt "$seconds" "search_results_page_${resources}"
load health.txt "$((seconds < 10 ? seconds : 10))" "health_${resources}"
# Cold dates: one client, each date's first search, in milliseconds.
cold=()
while read -r path; do
    cold+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$port$path" \
        | awk '$1 != 200 { exit 1 } { printf "%.1f", $2 * 1000 }')") || { echo "cold search failed: $path" >&2; exit 1; }
done < "$work/cold.txt"
printf '%s\n' "${cold[@]}" | sort -n | awk -v n="${#cold[@]}" -v label="search_cold_date_${resources}" '
    { v[NR] = $1 } END { printf "%s first_searches=%d p50_ms=%s max_ms=%s\n", label, n, v[int((n + 1) / 2)], v[n] }'
# What the node keeps after the phases (LocalDays: the days searched, at most gongyu.search.free-days.kept).
echo "heap_used_after_phases_mb $(heap_used_mb) (after a full GC)"
echo "load_average_at_end $(load_average)"
