#!/usr/bin/env bash
# Booking-throughput figure of PERFORMANCE.md (figure 1): bookings through our HTTP API against the database's own
# limit for the same transaction, side by side in one run, on two mixes of instant, open-to-everyone spaces
# without quotas: "spread" (up to 10,000 resources) and "hot" (10 resources, so clients queue on the row locks).
#
#   1. Recreates the PostgreSQL database gongyu_bench and starts target/gongyu.jar on it with the demo platform.
#   2. Untimed preparation: picks the resources of each mix, collects their bookable single slots for the next 14
#      days from the availability API (table bench_slot and one file per mix), logs the citizens in.
#   3. The limit: pgbench, 16 clients, bench/booking.pgbench.sql (lock the resource row, look for an overlapping
#      active booking, insert if none) into bench_reservation, a copy of reservation, once per mix.
#   4. The API: bench/BookingLoad.java, one process, 16 clients on virtual threads, POST /api/v1/reservations of
#      random slots of the mix as citizens in turn, after an unmeasured warm-up on a third set of resources.
#   5. The release-time rush (figure 2), twice on slots of its own: every logged-in citizen, each a client of
#      bench/BookingLoad.java rush, waits for one release instant and races for RUSH_SLOTS slots (default a quarter
#      of the clients) in random order, until each client has one or none is left: once with a connection each
#      (2,000 at the full scale), once through RUSH_CONNECTIONS connections (default 64). Half the slots are
#      spaces' hourly slots, 10 of one day a space (25 spaces at the full scale); then every free unit of one slot of
#      the largest car park for everyone (a pooled resource): all of them, or clients that picked the same line at
#      once would book units beyond those released.
#   6. Prints one line per figure, and checks in SQL that no two active bookings of a space overlap, that no
#      resource holds more units at once than its quantity, and that the bookings in the database are exactly the
#      201s the load tool counted; then reads every booking of the run through the API as its owner (at most
#      READ_SAMPLE of them, chosen at random). Exit status 1 if any of it fails.
#
# Usage: bench/booking-throughput.sh [seconds-per-phase]   (default 30; under 10 is the quick smoke mode: 300
#        spread resources, 100 citizens). Overrides: PORT, ACCOUNTS, SPREAD_RESOURCES, WARMUP_SECONDS,
#        JFR_DIR (records each measured HTTP phase of the server to JFR_DIR/booking-<mix>.jfr), RUSH_SLOTS, READ_SAMPLE,
#        JAR (another build to run, e.g. a copy of an earlier target/gongyu.jar for a before/after comparison),
#        RESOURCES (the demo platform's size, gongyu.demo.resources: default the seed scale, 15,600), HEAP (the
#        server's -Xmx, default the JVM's).
#        Also prints the server's heap in use after a full GC once the catalogue is loaded.
# Files of the last run (server log, pgbench output, slots): target/booking-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds="${1:-30}"
clients=16
if ((seconds < 10)); then quick=true; else quick=false; fi
accounts="${ACCOUNTS:-$($quick && echo 100 || echo 2000)}"
spread_resources="${SPREAD_RESOURCES:-$($quick && echo 300 || echo 10000)}"
hot_resources=10
warm_resources=200
rush_slots="${RUSH_SLOTS:-$((accounts / 4))}"
rush_connections="${RUSH_CONNECTIONS:-64}"
rush_space_slots=$(((rush_slots + 1) / 2))
# 10 slots of a space's first bookable day, and spare spaces for those that open fewer hours.
rush_resources=$((rush_space_slots / 10 + 4))
read_sample="${READ_SAMPLE:-5000}"
# The JIT compiles the booking path during the first few thousand requests; pgbench has nothing to warm up.
warmup_seconds="${WARMUP_SECONDS:-$seconds}"
db=gongyu_bench
# One run at a time: a second would drop this run's database under it, and two runs sharing 2 cores measure nothing.
exec 9> "${TMPDIR:-/tmp}/$db.lock"
flock -n 9 || { echo "Another benchmark run is using the database $db: run one at a time." >&2; exit 1; }
psql=(psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -X)
out=target/booking-bench
# The statuses that hold a booking's time (ReservationStatus.holdsTime and PENDING_APPROVAL): a priced booking, a
# car park's say, waits for its payment in PAYMENT_DUE.
holding="'HELD', 'PENDING_APPROVAL', 'PAYMENT_DUE', 'CONFIRMED', 'CHECKED_IN'"
rm -rf "$out" && mkdir -p "$out"

echo "load_average_at_start $(load_average) (2 cores, shared)"

jar="${JAR:-target/gongyu.jar}"
[ -n "${JAR:-}" ] || build_jar
port=$(free_port "${PORT:-18080}")
base="http://127.0.0.1:$port"

psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -X \
    -c "drop database if exists $db with (force)" -c "create database $db"

# The server, a separate process; killed by its pid whatever happens.
trap stop_server EXIT
# When profiling, deep enough stacks to reach from a JDBC call down to the servlet (Spring's are 100+ frames).
jvm_options=()
[ -n "${JFR_DIR:-}" ] && jvm_options+=(-XX:FlightRecorderOptions:stackdepth=256)
[ -n "${HEAP:-}" ] && jvm_options+=(-Xmx"$HEAP")
resources="${RESOURCES:-15600}"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres GONGYU_DEMO=true \
    start_server "$out/server.log" "${jvm_options[@]}" -jar "$jar" --server.port="$port" \
    --gongyu.security.token-requests-per-minute=1000000 --gongyu.demo.resources="$resources"

# Who had the CPU in a phase: the machine is shared, and the server competes with PostgreSQL, the load tool and
# other work for 2 cores. Jiffies from /proc: the machine's busy time, the server's, and PostgreSQL's (its live
# processes, plus the backends that ended, which the postmaster's reaped-children times hold).
hz=$(getconf CLK_TCK)
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
process_cpu() { # user and system time, its own and its reaped children's; 0 once the process is gone
    local stat
    stat=$(cat "/proc/$1/stat" 2> /dev/null) || stat=
    awk '{ print $12 + $13 + $14 + $15 }' <<< "${stat##*") "}"
}
postgres_cpu() {
    local sum=0 pid
    for pid in $(pgrep -u postgres -x postgres); do sum=$((sum + $(process_cpu "$pid"))); done
    echo "$sum"
}
cpu_mark() { echo "$(date +%s%N) $(machine_busy) $(process_cpu "$server_pid") $(postgres_cpu)"; }
cpu_report() { # phase, the marks at its start and end, the load tool's CPU seconds if it ran (else pgbench ran)
    local t0 busy0 server0 pg0 t1 busy1 server1 pg1
    read -r t0 busy0 server0 pg0 <<< "$2"
    read -r t1 busy1 server1 pg1 <<< "$3"
    awk -v phase="$1" -v ms="$(((t1 - t0) / 1000000))" -v hz="$hz" -v busy="$((busy1 - busy0))" \
        -v server="$((server1 - server0))" -v pg="$((pg1 - pg0))" -v client="${4:-}" 'BEGIN {
            s = ms / 1000; c = s * hz; rest = (busy - server - pg) / c
            if (client != "") { tool = client / s; rest -= tool; who = sprintf("load tool %.2f, ", tool) }
            else who = "(pgbench and "
            printf "cpu_cores %s: machine %.2f of 2 busy; server %.2f, postgres %.2f, %sother work %.2f%s\n",
                phase, busy / c, server / c, pg / c, who, rest, client == "" ? ")" : "" }'
}

# Up is not enough: the demo loader fills the catalogue on its own thread after the schema is migrated.
catalogue() { curl -sf "$base/api/v1/resources?size=1" 2> /dev/null | grep -o '"total":[0-9]*' | cut -d: -f2; }
demo_loaded() { (($(catalogue || echo 0) >= resources)); }
started=$SECONDS
wait_until_up "$port" "$out/server.log" demo_loaded
echo "server_up_with_demo_catalogue_s $((SECONDS - started)) ($resources resources, port $port)"
echo "heap_used_after_full_gc_mb $(heap_used_mb) ($resources resources)"

# --- Untimed preparation ------------------------------------------------------------------------------------
# The mixes: spaces that book at once (INSTANT), for everyone, without per-person quotas, so that a booking's
# only outcomes are "booked" and "taken", as in the pgbench script. A fixed pseudo-random order (md5 of the id)
# gives the same resources every run; the four sets are disjoint, so no phase sees another's bookings.
"${psql[@]}" -At > "$out/candidates" <<'SQL'
select r.id from resource r
 where r.published and r.kind = 'SPACE' and r.confirmation = 'INSTANT' and r.eligibility = 'EVERYONE'
   and not exists (select 1 from booking_policy p where p.resource_id = r.id
                      and (p.max_active_per_user is not null or p.max_per_user_per_month is not null))
 order by md5(r.id::text)
SQL
candidates=$(wc -l < "$out/candidates")
head -n "$hot_resources" "$out/candidates" > "$out/hot.ids"
sed -n "$((hot_resources + 1)),$((hot_resources + warm_resources))p" "$out/candidates" > "$out/warm.ids"
rush_first=$((hot_resources + warm_resources + 1))
sed -n "${rush_first},$((rush_first + rush_resources - 1))p" "$out/candidates" > "$out/rush.ids"
sed -n "$((rush_first + rush_resources)),$((rush_first + 2 * rush_resources - 1))p" "$out/candidates" > "$out/rush64.ids"
spread_first=$((rush_first + 2 * rush_resources))
sed -n "${spread_first},$((spread_first + spread_resources - 1))p" "$out/candidates" > "$out/spread.ids"
echo "resources: $candidates instant spaces for everyone without quotas; spread $(wc -l < "$out/spread.ids")," \
    "hot $(wc -l < "$out/hot.ids"), warm-up $(wc -l < "$out/warm.ids"), rush $(wc -l < "$out/rush.ids") and" \
    "$(wc -l < "$out/rush64.ids")"
# The rushes' car parks: the two largest that book at once, for everyone, without quotas.
"${psql[@]}" -At > "$out/park.ids" <<'SQL'
select r.id from resource r
 where r.published and r.kind = 'POOLED' and r.category = 'PARKING' and r.confirmation = 'INSTANT'
   and r.eligibility = 'EVERYONE'
   and not exists (select 1 from booking_policy p where p.resource_id = r.id
                      and (p.max_active_per_user is not null or p.max_per_user_per_month is not null))
 order by r.quantity desc, md5(r.id::text) limit 2
SQL
if (($(grep -c . "$out/park.ids") < 2)); then
    echo "fewer than 2 car parks for the rushes" >&2
    exit 1
fi

# Slots from tomorrow on (Seoul), so that none closes for booking while the run lasts.
from=$(TZ=Asia/Seoul date -d tomorrow +%F)
to=$(TZ=Asia/Seoul date -d "$from +13 days" +%F)
load=("$java" bench/BookingLoad.java)
"${psql[@]}" <<'SQL'
create table bench_slot (n serial primary key, resource_id bigint not null, starts_at timestamptz not null,
                         ends_at timestamptz not null, mix varchar(10) not null);
-- pgbench's bookings, apart from the application's. LIKE copies the columns, checks, indexes and the exclusion
-- constraint but never the foreign keys, which the application's insert checks too: they are added by hand.
create table bench_reservation (like reservation including all);
alter table bench_reservation add foreign key (resource_id) references resource (id),
                              add foreign key (account_id) references account (id),
                              add foreign key (organization_id) references organization (id);
SQL
for mix in spread hot warm rush rush64 park; do
    "${load[@]}" slots "$base" "$from" "$to" "$out/$mix.ids" "$out/$mix.slots"
    sed "s/\$/,$mix/" "$out/$mix.slots" \
        | "${psql[@]}" -c "\copy bench_slot (resource_id, starts_at, ends_at, mix) from pstdin with (format csv)"
done
"${psql[@]}" -c "vacuum analyze"
# The slots released at the instant (sorted, so the same ones every run): 10 of each rush space's first day, and a
# line per free unit of its car park's first slot (every one: the car park sells them all). sed, not head, reads to the end: under pipefail, sort killed
# by the closed pipe would end the script.
release() { # rush, its car park
    sort "$out/$1.slots" \
        | awk -F, '!($1 in day) { day[$1] = substr($2, 1, 10) } substr($2, 1, 10) == day[$1] && n[$1]++ < 10' \
        | sed -n "1,${rush_space_slots}p" > "$out/$1.released"
    local slot units
    slot=$(grep "^$2," "$out/park.slots" | sort | sed -n 1p)
    IFS=, read -r _ park_start park_end <<< "$slot"
    units=$("${psql[@]}" -At -c "
        select r.quantity - coalesce((select sum(b.units) from reservation b
            where b.resource_id = r.id and b.status in ($holding)
              and b.starts_at < '$park_end' and b.ends_at > '$park_start'), 0)
          from resource r where r.id = $2")
    for ((u = 0; u < units; u++)); do echo "$slot"; done >> "$out/$1.released"
    echo "$1 releases $(grep -c . "$out/$1.released") slots: $(($(grep -c . "$out/$1.released") - units)) of spaces," \
        "$units units of car park $2"
    if (($(grep -c . "$out/$1.released") < rush_slots / 2)); then
        echo "only $(grep -c . "$out/$1.released") $1 slots, $rush_slots wanted" >&2
        exit 1
    fi
}
release rush "$(sed -n 1p "$out/park.ids")"
release rush64 "$(sed -n 2p "$out/park.ids")"

"${load[@]}" login "$base" "$accounts" "$out/tokens"
# pgbench books as random citizens among the same accounts: their ids are consecutive in the demo data.
read -r first_account last_account < <("${psql[@]}" -At -F' ' -c "
    select min(id), max(id) from account
     where username between 'citizen0001' and 'citizen$(printf %04d "$accounts")'")
if (($(grep -c . "$out/tokens") != last_account - first_account + 1)); then
    echo "the citizens' account ids are not consecutive; bench/booking.pgbench.sql assumes they are" >&2
    exit 1
fi

# --- The database's limit -------------------------------------------------------------------------------------
declare -A pg_tps pg_booked cpu_pgbench cpu_http
for mix in spread hot; do
    read -r lo hi < <("${psql[@]}" -At -F' ' -c "select min(n), max(n) from bench_slot where mix = '$mix'")
    before=$("${psql[@]}" -At -c "select count(*) from bench_reservation")
    mark=$(cpu_mark)
    pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j 2 -T "$seconds" \
        -f bench/booking.pgbench.sql -D lo="$lo" -D hi="$hi" \
        -D first_account="$first_account" -D last_account="$last_account" "$db" > "$out/pgbench-$mix.txt" 2>&1 \
        || { cat "$out/pgbench-$mix.txt" >&2; exit 1; }
    cpu_pgbench[$mix]=$(cpu_report "pgbench $mix" "$mark" "$(cpu_mark)")
    after=$("${psql[@]}" -At -c "select count(*) from bench_reservation")
    pg_tps[$mix]=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$out/pgbench-$mix.txt" | xargs printf %.1f)
    pg_booked[$mix]=$((after - before))
    echo "pgbench $mix: $(grep -E '^(number of transactions actually|number of failed|latency average)' \
        "$out/pgbench-$mix.txt" | tr '\n' ';' | sed 's/;$//')"
done

# --- The API --------------------------------------------------------------------------------------------------
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< "$1"; } # a "key=value" of the load tool's line

# The load tool calls this before and after each phase and waits for it: CPU marks, and a JFR recording of the
# server if asked, that begin and end with the timed phase.
phase_hook() { # start|end label
    cpu_mark > "$out/cpu-$2.$1"
    jfr_phase "$1" "booking-$2" "$server_pid"
}
export -f phase_hook jfr_phase cpu_mark machine_busy process_cpu postgres_cpu
export out server_pid JFR_DIR="${JFR_DIR:-}"

# One load process for the three phases: the warm-up (unmeasured, on resources of its own) warms the JIT of the
# server and of the load tool alike.
read -r booked_before booked_id_before < <("${psql[@]}" -At -F' ' -c "select count(*), coalesce(max(id), 0) from reservation")
BOOKING_LOAD_HOOK=phase_hook "${load[@]}" run "$base" "$out/tokens" "$clients" \
    "warm-up:$out/warm.slots:$warmup_seconds" "spread:$out/spread.slots:$seconds" "hot:$out/hot.slots:$seconds" \
    | tee "$out/http.txt"
declare -A http
http_201=0 http_errors=0
for phase in warm-up spread hot; do
    http[$phase]=$(grep "^$phase " "$out/http.txt")
    http_201=$((http_201 + $(field "${http[$phase]}" booked)))
    http_errors=$((http_errors + $(field "${http[$phase]}" errors)))
done

# The rushes, after the throughput phases (so that the JIT is warm, as a server's is at 09:00), each on its own slots:
# a connection per client, then RUSH_CONNECTIONS connections.
declare -A rushes
for label in rush rush64; do
    connections=()
    [ "$label" = rush64 ] && connections=("$rush_connections")
    "${load[@]}" rush "$base" "$out/tokens" "$out/$label.released" "$(grep -c . "$out/tokens")" "$label" \
        "${connections[@]}" | tee "$out/$label.txt"
    rushes[$label]=$(grep "^$label " "$out/$label.txt")
    http_201=$((http_201 + $(field "${rushes[$label]}" booked)))
    http_errors=$((http_errors + $(field "${rushes[$label]}" errors)))
done

for mix in spread hot; do
    cpu_http[$mix]=$(cpu_report "http $mix" "$(cat "$out/cpu-$mix.start")" "$(cat "$out/cpu-$mix.end")" \
        "$(field "${http[$mix]}" client_cpu_s)")
done

# --- Figures --------------------------------------------------------------------------------------------------
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
s=spread h=hot
echo "---"
echo "booking_pgbench_tps spread=${pg_tps[$s]} hot=${pg_tps[$h]} ($clients clients, $(wc -l < "$out/spread.ids")" \
    "and $(wc -l < "$out/hot.ids") resources)"
echo "booking_pgbench_bookings_per_s spread=$(rate "${pg_booked[$s]}" "$seconds")" \
    "hot=$(rate "${pg_booked[$h]}" "$seconds")"
echo "booking_http_requests_per_s spread=$(field "${http[$s]}" requests_per_s)" \
    "hot=$(field "${http[$h]}" requests_per_s) (201 booked + 409 taken)"
echo "booking_http_bookings_per_s spread=$(field "${http[$s]}" bookings_per_s)" \
    "hot=$(field "${http[$h]}" bookings_per_s)"
echo "booking_ratio_http_over_pgbench spread=$(ratio "$(field "${http[$s]}" requests_per_s)" "${pg_tps[$s]}")" \
    "hot=$(ratio "$(field "${http[$h]}" requests_per_s)" "${pg_tps[$h]}") (goal >= 0.6)"
for mix in spread hot; do
    echo "booking_http_latency_ms $mix p50=$(field "${http[$mix]}" p50_ms) p95=$(field "${http[$mix]}" p95_ms)" \
        "p99=$(field "${http[$mix]}" p99_ms)" \
        "(pgbench $(sed -n 's/^latency average = //p' "$out/pgbench-$mix.txt") average)"
done

for label in rush rush64; do
    rush=${rushes[$label]}
    echo "booking_rush $label clients=$(field "$rush" clients) connections=$(field "$rush" connections)" \
        "slots=$(field "$rush" slots) sold=$(field "$rush" booked)" \
        "unsold_while_demand=$(field "$rush" unsold_while_demand) (goal 0) sell_out_ms=$(field "$rush" sell_out_ms)" \
        "p50=$(field "$rush" p50_ms) p95=$(field "$rush" p95_ms) p99=$(field "$rush" p99_ms) ms" \
        "taken_409=$(field "$rush" taken) errors=$(field "$rush" errors)"
done
for mix in spread hot; do echo "${cpu_pgbench[$mix]}"; done
for mix in spread hot; do echo "${cpu_http[$mix]}"; done

# --- Correctness ----------------------------------------------------------------------------------------------
overlaps() { # pairs of active bookings of one space that overlap, in the given table
    "${psql[@]}" -At -c "
        select count(*) from $1 a
          join $1 b on b.resource_id = a.resource_id and b.id > a.id
                   and a.starts_at < b.ends_at and b.starts_at < a.ends_at
          join resource r on r.id = a.resource_id and r.kind = 'SPACE'
         where a.status in ($holding)
           and b.status in ($holding)"
}
# Active bookings at whose start their resource holds more units than its quantity: the peak of what a resource
# holds is always at some booking's start.
oversold() {
    "${psql[@]}" -At -c "
        select count(*) from (
            select a.id from reservation a
              join reservation b on b.resource_id = a.resource_id
                                and b.starts_at <= a.starts_at and a.starts_at < b.ends_at
              join resource r on r.id = a.resource_id
             where a.status in ($holding)
               and b.status in ($holding)
             group by a.id, r.quantity
            having sum(b.units) > r.quantity) held"
}
pairs=$(overlaps reservation)
over=$(oversold)
# Each rush must sell what it released: its bookings in the database, counted apart from the API's answers; every
# released slot sold, unless there were fewer clients than slots.
rush_sold=0 rush_expected=0 rush_unsold=0
park=1
for label in rush rush64; do
    rush_sold=$((rush_sold + $("${psql[@]}" -At -c "
        select count(*) from reservation
         where id > $booked_id_before and status in ($holding)
           and resource_id in ($(paste -sd, "$out/$label.ids"), $(sed -n "${park}p" "$out/park.ids"))")))
    park=2
    demand=$(field "${rushes[$label]}" clients)
    released=$(field "${rushes[$label]}" slots)
    rush_expected=$((rush_expected + (demand < released ? demand : released)))
    rush_unsold=$((rush_unsold + $(field "${rushes[$label]}" unsold_while_demand)))
done
booked=$(($("${psql[@]}" -At -c "select count(*) from reservation") - booked_before))
# And the load itself worked: bookings were made, and no answer was other than 201 or 409.
if ((pairs == 0 && over == 0 && booked == http_201 && rush_sold == rush_expected && http_201 > 0 && http_errors == 0)) \
    && ((rush_unsold == 0)); then verdict=OK; else verdict=FAIL; fi
echo "booking_correctness overlapping_active_pairs=$pairs oversold_bookings=$over bookings_made=$booked" \
    "http_201=$http_201 http_errors=$http_errors rush_sold_in_db=$rush_sold/$rush_expected" \
    "pgbench_overlapping_pairs=$(overlaps bench_reservation) -> $verdict"

# Every booking of the run readable by its owner: "id,citizen number" lines for the load tool.
"${psql[@]}" -At -F, -c "
    select b.id, substr(a.username, 8)::int from reservation b join account a on a.id = b.account_id
     where b.id > $booked_id_before order by random() limit $read_sample" > "$out/bookings"
if read_line=$("${load[@]}" read "$base" "$out/tokens" "$out/bookings"); then readable=OK; else readable=FAIL; fi
echo "booking_readable ${read_line#read } -> $readable"
echo "load_average_at_end $(load_average)"
[ "$verdict" = OK ] && [ "$readable" = OK ]
