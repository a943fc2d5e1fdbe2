#!/usr/bin/env bash
# Two builds side by side: both jars served at once, each on its own H2 copy of a generated catalogue with its days
# computed, then bench/search.sh's phases (its queries, 16 clients) alternating A and B, so that both meet the same
# load; each phase prints the server's CPU per request, p50, p95 and p99. Two JVMs share the cores, so the figures
# compare A with B, not with bench/search.sh's.
#
# Usage: bench/search-ab.sh JAR_A JAR_B [resources, default 15605] [seconds a phase, default 10] [rounds, default 3]
# PHASES picks the phases (default "dated undated broad page health"); OPTS_A and OPTS_B add JVM options to each.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar_a=$1 jar_b=$2 resources=${3:-15605} seconds=${4:-10} rounds=${5:-3}
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2> /dev/null || true; rm -rf "$work"' EXIT
echo "load_average_at_start $(load_average) (2 cores, shared)"

start() { # name jar port jvm-options
    mkdir -p "$work/$1"
    mapfile -t database < <(embedded_database "$work/$1")
    read -ra options <<< "$4"
    start_server "$work/$1/server.log" -Xmx2g "${options[@]}" -jar "$2" --server.port="$3" \
        --gongyu.demo.resources="$resources" --gongyu.search.free-days.interval=PT1M "${database[@]}"
    pids+=("$server_pid")
    echo "$server_pid" > "$work/$1/pid"
}
port_a=$(free_port 18301)
start a "$jar_a" "$port_a" "${OPTS_A:-}"
port_b=$(free_port $((port_a + 1)))
start b "$jar_b" "$port_b" "${OPTS_B:-}"
filled() { grep -hoE "Computed [0-9]+ days" "$work/$1/server.log" | awk -v n="$resources" '$2 >= n { f = 1 } END { exit !f }'; }
started=$SECONDS
until filled a && filled b; do
    for side in a b; do
        if ! kill -0 "$(cat "$work/$side/pid")" 2> /dev/null || ((SECONDS - started > 1800)); then
            echo "server $side did not compute its days; the end of its log:" >&2
            tail -30 "$work/$side/server.log" >&2
            exit 1
        fi
    done
    sleep 3
done
echo "both_ready_s $((SECONDS - started)), load average $(load_average)"
python3 bench/search_queries.py "$work"

load() { # side port queries seconds label
    SERVER_PID=$(cat "$work/$1/pid") "$java" bench/BookingLoad.java get "http://127.0.0.1:$2" "$work/$3" 16 "$4" "$5"
}
# Warm-up: 10 s of dated searches and 10 s of pages on each.
for queries in dated.txt page.txt; do
    load a "$port_a" "$queries" 10 warm-up > /dev/null
    load b "$port_b" "$queries" 10 warm-up > /dev/null
done
for round in $(seq 1 "$rounds"); do
    for phase in ${PHASES:-dated undated broad page health}; do
        load a "$port_a" "$phase.txt" "$seconds" "A_r${round}_$phase"
        load b "$port_b" "$phase.txt" "$seconds" "B_r${round}_$phase"
    done
done
echo "load_average_at_end $(load_average)"
