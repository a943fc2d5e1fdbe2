# Shell functions the bench scripts share; sourced (". bench/lib.sh" from the project directory), never run.
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
server_pid=

# The jar, rebuilt only when the sources are newer, as run.sh does.
build_jar() {
    if [ ! -f target/gongyu.jar ] || [ -n "$(find src pom.xml -newer target/gongyu.jar -print -quit)" ]; then
        ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
    fi
}

# The machine is shared: every figure is printed with the load it ran under.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# A free port from the given one up: other worktrees on this machine run their own servers.
free_port() {
    local port=$1
    while (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((port + 1)); done
    echo "$port"
}

# The jar's extracted layout (as run.sh runs it): a launcher jar with its libraries beside it, loaded by the JDK's
# own class loader. The executable jar's nested-jar loader locks its jar file while reading a class; the JVM loads
# classes with the virtual thread pinned to its carrier, so a burst of first requests could block both carriers of
# this 2-core machine behind a thread that held that lock unmounted: the whole server hung (bench/search.sh's results
# page, 2026-12-05; spring-boot#51379 and #51463). Extracted once per build of the jar.
extracted_jar() { # jar
    local jar=$1
    local dir
    dir="$(dirname "$jar")/extracted-$(basename "$jar" .jar)-$(stat -c %Y "$jar")"
    if [ ! -f "$dir/$(basename "$jar")" ]; then
        rm -rf "$(dirname "$jar")/extracted-$(basename "$jar" .jar)-"*
        "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
    fi
    echo "$dir/$(basename "$jar")"
}

# Starts the jar (-jar JAR among the arguments, run from its extracted layout) in the background with the given
# arguments, its output to LOG; the caller's EXIT trap calls stop_server, which kills it by its pid whatever happens.
start_server() { # log jvm-and-application-arguments…
    local log=$1
    shift
    local arguments=()
    while (($#)); do
        if [ "$1" = -jar ]; then
            arguments+=(-jar "$(extracted_jar "$2")")
            shift 2
        else
            arguments+=("$1")
            shift
        fi
    done
    "$java" "${arguments[@]}" > "$log" 2>&1 &
    server_pid=$!
}
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
}

# The server's heap in use after a full GC, in MB (G1's "garbage-first heap total …K, used …K").
heap_used_mb() {
    "$JAVA_HOME/bin/jcmd" "$server_pid" GC.run > /dev/null
    "$JAVA_HOME/bin/jcmd" "$server_pid" GC.heap_info | sed -n 's/.*heap .*used \([0-9]*\)K.*/\1/p' | head -1 \
        | awk '{ printf "%.0f", $1 / 1024 }'
}

# The embedded default (H2 and the Lucene index) in a throwaway directory.
embedded_database() { # directory
    echo "--spring.datasource.url=jdbc:h2:file:$1/gongyu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
    echo "--spring.jpa.properties.hibernate.search.backend.directory.root=$1/index"
}

# Waits until the server at the port is UP and the command given, if any, succeeds; fails with the end of the log
# if the server dies or takes more than 10 minutes.
wait_until_up() { # port log [command…]
    local port=$1 log=$2 started=$SECONDS
    shift 2
    until curl -sf "127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q '"UP"' && "${@:-true}"; do
        if ! kill -0 "$server_pid" 2> /dev/null || ((SECONDS - started > 600)); then
            echo "the server did not come up; the end of $log:" >&2
            tail -30 "$log" >&2
            return 1
        fi
        sleep 1
    done
}

# JMH benchmarks of src/test/java matching the regex, in process, on the test classpath; sample mode gives the
# percentiles. One fork, 5 × 1 s warm-up, 5 × 2 s measured, one thread.
jmh() { # benchmark-regex
    ./mvnw -q -B -Dspotless.check.skip=true test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
    echo "load_average_at_start $(load_average) (2 cores, shared)"
    "$java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
        org.openjdk.jmh.Main "$1" -f 1 -wi 5 -w 1s -i 5 -r 2s -t 1
}

# A JFR recording (JFR's profile settings) of a measured phase of the server, if JFR_DIR asks for one: begun and
# ended by the load tool's hook with the phase; the warm-up is not recorded.
jfr_phase() { # start|end name pid
    if [ -n "${JFR_DIR:-}" ] && [[ $2 != *warm-up ]]; then
        case $1 in
            start) "$JAVA_HOME/bin/jcmd" "$3" JFR.start name="$2" settings=profile > /dev/null ;;
            end) "$JAVA_HOME/bin/jcmd" "$3" JFR.stop name="$2" filename="$(realpath "$JFR_DIR")/$2.jfr" > /dev/null ;;
        esac
    fi
}
