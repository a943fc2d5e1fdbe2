#!/usr/bin/env bash
# Search figure of PERFORMANCE.md (figure 3): p50/p95 of GET /api/v1/resources under 16 concurrent clients,
# keyword + region + date-availability queries, over a generated catalogue of N resources on the embedded
# default (H2 and the Lucene index, in a throwaway directory).
#
#   1. Starts target/gongyu.jar with the demo platform at N resources (gongyu.demo.resources), which also
#      indexes them, and waits for health UP.
#   2. Writes 2,000 queries from a fixed seed: a word of the catalogue, a region (시·도 or 시·군·구), a date of
#      the coming week, and half of them a two-hour window.
#   3. bench/BookingLoad.java get: an unmeasured warm-up (the JIT, and the free-time cache of the days asked
#      for), then the measured phase with the date, then the same queries without it.
#
# Usage: bench/search.sh [resources, default 100000] [seconds, default 30]
# HEAP sets the server's heap (default 2g; 1,000,000 resources want 6g). Also prints the heap used after a full GC
# once the catalogue is loaded and indexed (figure 6).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
resources="${1:-100000}"
seconds="${2:-30}"
clients=16
port=$(free_port "${PORT:-18091}")
work=$(mktemp -d)
trap 'stop_server; rm -rf "$work"' EXIT

build_jar
echo "load_average_at_start $(load_average) (2 cores, shared)"

started=$SECONDS
mapfile -t database < <(embedded_database "$work")
start_server "$work/server.log" -Xmx"${HEAP:-2g}" -jar target/gongyu.jar --server.port="$port" \
    --gongyu.demo.resources="$resources" "${database[@]}"
wait_until_up "$port" "$work/server.log"
echo "server_up_s $((SECONDS - started)) ($resources resources loaded and indexed)"
grep -hoE "(Loaded the demo platform|Rebuilt the search index).*" "$work/server.log" || true
# Figure 6's footprint: what the catalogue and its index hold once the load is over and a full GC has run.
echo "heap_used_after_full_gc_mb $(heap_used_mb) ($resources resources, -Xmx${HEAP:-2g})"

python3 - "$work" <<'PY'
import datetime, random, sys, urllib.parse
random.seed(20181223)
words = ["회의실", "체육관", "주차장", "강당", "공연장", "테니스장", "강의실", "전시실", "다목적실", "텃밭",
         "수영장", "캠핑장", "주민센터", "문화", "시민", "운동장", "세미나실", "연습실"]
regions = ["11", "26", "27", "28", "29", "30", "31", "36110", "41", "42", "43", "44", "45", "46", "47", "48",
           "50", "51", "52", "41110", "11560", "43800", "47920"]
today = datetime.date.today()
with open(sys.argv[1] + "/dated.txt", "w") as dated, open(sys.argv[1] + "/undated.txt", "w") as undated:
    for _ in range(2000):
        base = "/api/v1/resources?q=%s&region=%s" % (urllib.parse.quote(random.choice(words)), random.choice(regions))
        day = today + datetime.timedelta(days=random.randint(1, 7))
        window = ""
        if random.random() >= 0.5:
            hour = random.choice([9, 10, 14, 18, 19])
            window = "&from=%02d:00&to=%02d:00" % (hour, hour + 2)
        dated.write("%s&date=%s%s\n" % (base, day, window))
        undated.write(base + "\n")
PY

load() { "$java" bench/BookingLoad.java get "http://127.0.0.1:$port" "$work/$1" "$clients" "$2" "$3"; }
load dated.txt "$((seconds * 2))" warm-up > /dev/null
load dated.txt "$seconds" "search_keyword_region_date_${resources}"
load undated.txt "$seconds" "search_keyword_region_${resources}"
echo "load_average_at_end $(load_average)"
