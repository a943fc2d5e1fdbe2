// The HTTP side of the booking-throughput figure (PERFORMANCE.md, figure 1), run by bench/booking-throughput.sh.
// A single-file program for the JDK's source launcher (java bench/BookingLoad.java …): JDK only, no dependencies,
// so that the load process needs nothing the project builds.
//
//   slots BASE FROM TO IDS OUT   the bookable single slots (remaining >= 1) of each resource id in IDS, from
//                                GET /api/v1/resources/{id}/availability, written to OUT as "resource,start,end"
//   login BASE COUNT OUT         tokens of citizen0001 … citizenCOUNT (POST /api/v1/auth/token), one a line
//   run BASE TOKENS CLIENTS LABEL:SLOTS:SECONDS…
//                                phases one after the other in this process: CLIENTS virtual threads book random
//                                slots of the file SLOTS for SECONDS, the accounts taken round-robin; one line
//                                per phase of counts, rates, latency percentiles and the tool's own CPU seconds.
//                                The bash command $BOOKING_LOAD_HOOK, if set, runs before and after each phase.
//   get BASE URLS CLIENTS SECONDS LABEL
//                                CLIENTS virtual threads GET random paths of the file URLS (one a line) for
//                                SECONDS; one line of counts, rate, latency percentiles and, when $SERVER_PID
//                                names the server's process, its CPU milliseconds per request (bench/search.sh)
//   rush BASE TOKENS SLOTS CLIENTS LABEL [CONNECTIONS]
//                                the release-time rush (figure 2): CLIENTS virtual threads, each a citizen already
//                                logged in (the first CLIENTS tokens), wait for one release instant, then each
//                                books one slot of the file SLOTS, trying them in its own random order and
//                                skipping the ones it has seen taken, until it has one or none is left; one line
//                                of counts, slots left unsold while clients still wanted one, the time from the
//                                release to the last sale, and latency percentiles. With CONNECTIONS, at most that
//                                many requests are in flight at once (a gateway's pool of connections), and a
//                                latency counts from when the request got its connection. A line repeated N times
//                                in SLOTS is N units of one pooled resource's slot.
//   read BASE TOKENS BOOKINGS    GETs /api/v1/reservations/{id} of every "id,citizen number" line of BOOKINGS
//                                with its owner's token; one line of counts, exit status 1 if any is not readable
//
// A 201 is a booking; a 409 is a slot already taken: a completed booking transaction all the same, like
// pgbench's check that finds a clash. Anything else is an error, and the first few are printed with their bodies.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

// HTTP/1.1 as a browser or a gateway would speak it to Tomcat; one client, so connections are kept alive
// and shared by the load threads.
static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
static final Duration TIMEOUT = Duration.ofSeconds(30);
static final int PREPARE_CONCURRENCY = 16;

void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
        case "slots" -> slots(args[1], args[2], args[3], Path.of(args[4]), Path.of(args[5]));
        case "login" -> login(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
        case "run" -> run(args[1], Path.of(args[2]), Integer.parseInt(args[3]),
                Arrays.asList(args).subList(4, args.length));
        case "get" -> get(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
        case "rush" -> rush(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]), args[5],
                args.length > 6 ? Integer.parseInt(args[6]) : Integer.MAX_VALUE);
        case "read" -> read(args[1], Path.of(args[2]), Path.of(args[3]));
        default -> {
            System.err.println("usage: slots BASE FROM TO IDS OUT | login BASE COUNT OUT"
                    + " | run BASE TOKENS CLIENTS LABEL:SLOTS:SECONDS... | get BASE URLS CLIENTS SECONDS LABEL"
                    + " | rush BASE TOKENS SLOTS CLIENTS LABEL [CONNECTIONS] | read BASE TOKENS BOOKINGS");
            System.exit(2);
        }
    }
}

// The API writes a slot as {"start":"…","end":"…","remaining":N}; a regular expression is enough to read it
// and keeps the tool free of a JSON library.
static final Pattern SLOT = Pattern.compile(
        "\\{\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\",\"remaining\":(\\d+)\\}");

void slots(String base, String from, String to, Path ids, Path out) throws Exception {
    var resources = Files.readAllLines(ids).stream().filter(line -> !line.isBlank()).toList();
    var lines = new ConcurrentLinkedQueue<String>();
    var failures = new AtomicInteger();
    forEachConcurrently(resources, id -> {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/resources/" + id + "/availability?from=" + from
                                + "&to=" + to))
                        .timeout(TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            if (failures.incrementAndGet() <= 3) {
                System.err.println("availability of " + id + ": " + response.statusCode() + " " + response.body());
            }
            return;
        }
        var slot = SLOT.matcher(response.body());
        while (slot.find()) {
            if (Integer.parseInt(slot.group(3)) >= 1) {
                lines.add(id + "," + slot.group(1) + "," + slot.group(2));
            }
        }
    });
    Files.write(out, lines);
    System.out.printf("slots: %d bookable slots of %d resources (%s … %s)%n", lines.size(), resources.size(), from, to);
    if (failures.get() > 0) {
        throw new IllegalStateException(failures.get() + " availability requests failed");
    }
}

static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

void login(String base, int count, Path out) throws Exception {
    var usernames = new ArrayList<String>();
    for (int n = 1; n <= count; n++) {
        usernames.add("citizen%04d".formatted(n));
    }
    var tokens = new String[count];
    forEachConcurrently(usernames, username -> {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"gongyu-demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(username + ": " + response.statusCode() + " " + response.body());
        }
        tokens[Integer.parseInt(username.substring("citizen".length())) - 1] = token.group(1);
    });
    Files.write(out, Arrays.asList(tokens));
    System.out.printf("login: %d citizens%n", count);
}

/**
 * Runs the phases one after the other in this one process, so that its JIT warms up with the server's in the
 * first (unmeasured) phase rather than in each measured one. Each phase is LABEL:SLOTS-FILE:SECONDS.
 */
void run(String base, Path tokenFile, int clients, List<String> phases) throws Exception {
    var tokens = bearerTokens(tokenFile);
    var nextAccount = new AtomicLong();
    for (var phase : phases) {
        var part = phase.split(":", 3);
        phase(base, tokens, nextAccount, Path.of(part[1]), Integer.parseInt(part[2]), clients, part[0]);
    }
}

void phase(String base, String[] tokens, AtomicLong nextAccount, Path slotFile, int seconds, int clients, String label)
        throws Exception {
    // The request bodies, made before the clock starts: the load loop should spend its time waiting on the server.
    var bodies = bookingBodies(slotFile);
    var uri = URI.create(base + "/api/v1/reservations");
    var booked = new AtomicLong();
    var taken = new AtomicLong();
    var errors = new Errors();

    hook("start", label);
    var cpuBefore = cpuSeconds();
    var loop = closedLoop(
            clients,
            seconds,
            // Round-robin over the accounts, so that every request is a different citizen's.
            () -> booking(
                    uri,
                    tokens[(int) (nextAccount.getAndIncrement() % tokens.length)],
                    bodies[ThreadLocalRandom.current().nextInt(bodies.length)]),
            answer -> switch (answer.status()) {
                case 201 -> booked.incrementAndGet() > 0;
                case 409 -> taken.incrementAndGet() > 0;
                default -> errors.add(answer.status() + " " + answer.body());
            });
    // The load tool's own CPU in the phase, so that the script can tell what the server had of the machine.
    var cpu = cpuSeconds() - cpuBefore;
    hook("end", label);

    var requests = booked.get() + taken.get();
    errors.print(label);
    System.out.printf(
            Locale.ROOT,
            "%s requests=%d booked=%d taken=%d errors=%d seconds=%.2f requests_per_s=%.1f bookings_per_s=%.1f"
                    + " p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f client_cpu_s=%.1f%n",
            label, requests, booked.get(), taken.get(), errors.count(), loop.seconds(), requests / loop.seconds(),
            booked.get() / loop.seconds(), percentile(loop.latencies(), 0.50), percentile(loop.latencies(), 0.95), percentile(loop.latencies(), 0.99), cpu);
    System.out.flush();
}

/** An answer of the server: its status (-1 when the request failed) and body (or the failure). */
record Answer(URI uri, int status, String body) {}

/** The latencies of a closed loop's counted answers, sorted, and how long it ran. */
record Loop(long[] latencies, double seconds) {}

/**
 * Closed-loop load: each of the clients, a virtual thread, sends the next request as soon as its last one is
 * answered, until the seconds are up. {@code counted} sorts each answer: a completed transaction (true), whose
 * latency is kept, or an error (false), whose latency is not.
 */
static Loop closedLoop(int clients, int seconds, Supplier<HttpRequest> next, Predicate<Answer> counted) {
    var latencies = new ConcurrentLinkedQueue<long[]>();
    var start = System.nanoTime();
    var deadline = start + Duration.ofSeconds(seconds).toNanos();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < clients; c++) {
            threads.submit(() -> {
                var mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    var request = next.get();
                    var sent = System.nanoTime();
                    Answer answer;
                    try {
                        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        answer = new Answer(request.uri(), response.statusCode(), response.body());
                    } catch (IOException failed) {
                        answer = new Answer(request.uri(), -1, failed.toString());
                    }
                    var took = System.nanoTime() - sent;
                    if (!counted.test(answer)) {
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                latencies.add(Arrays.copyOf(mine, n));
                return null;
            });
        }
    }
    var elapsed = (System.nanoTime() - start) / 1e9;
    return new Loop(latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray(), elapsed);
}

/** The errors of a run: counted, and the first few kept to print. */
static final class Errors {

    private final AtomicLong count = new AtomicLong();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

    /** Counts one; false, so that a loop's sorting of answers can end with it. */
    boolean add(String sample) {
        count.incrementAndGet();
        if (samples.size() < 5) {
            samples.add(sample);
        }
        return false;
    }

    long count() {
        return count.get();
    }

    void print(String label) {
        samples.forEach(sample -> System.err.println(label + " error: " + sample));
    }
}

/** One request body per line "resource,start,end" of the file: one unit of that slot. */
static String[] bookingBodies(Path slotFile) throws IOException {
    return Files.readAllLines(slotFile).stream()
            .filter(line -> !line.isBlank())
            .map(line -> {
                var field = line.split(",");
                return "{\"resourceId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"units\":1}"
                        .formatted(field[0], field[1], field[2]);
            })
            .toArray(String[]::new);
}

static HttpRequest booking(URI uri, String token, String body) {
    return HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Authorization", token)
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
}

static String[] bearerTokens(Path tokenFile) throws IOException {
    return Files.readAllLines(tokenFile).stream().map(token -> "Bearer " + token).toArray(String[]::new);
}

/**
 * The release-time rush: every client is a started virtual thread parked until the release instant, so that the
 * requests leave together as when a municipality opens next month's bookings at 09:00. A client that gets a 409
 * marks the slot taken, as a refreshed calendar would show it, and tries another; it stops at its first booking.
 */
void rush(String base, Path tokenFile, Path slotFile, int clients, String label, int connections) throws Exception {
    var tokens = bearerTokens(tokenFile);
    if (tokens.length < clients) {
        throw new IllegalArgumentException(clients + " clients but only " + tokens.length + " tokens");
    }
    var bodies = bookingBodies(slotFile);
    var uri = URI.create(base + "/api/v1/reservations");
    var taken = new AtomicIntegerArray(bodies.length);
    var booked = new AtomicLong();
    var refused = new AtomicLong();
    var errors = new Errors();
    var unserved = new AtomicLong();
    var lastSale = new AtomicLong();
    var latencies = new ConcurrentLinkedQueue<long[]>();
    var inFlight = new Semaphore(Math.min(connections, clients));
    // Far enough ahead for every thread to be started and parked on the instant: the tool's own set-up is not
    // part of the rush.
    var release = System.nanoTime() + Duration.ofSeconds(1).toNanos() + clients * 50_000L;
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < clients; c++) {
            var token = tokens[c];
            threads.submit(() -> {
                var order = new ArrayList<Integer>();
                for (int s = 0; s < bodies.length; s++) {
                    order.add(s);
                }
                Collections.shuffle(order);
                var mine = new long[bodies.length];
                int n = 0;
                for (long wait; (wait = release - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                for (var slot : order) {
                    if (taken.get(slot) == 1) {
                        continue;
                    }
                    inFlight.acquire();
                    var sent = System.nanoTime();
                    int status;
                    String answer;
                    try {
                        var response = HTTP.send(booking(uri, token, bodies[slot]), HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        answer = response.body();
                    } catch (IOException failed) {
                        status = -1;
                        answer = failed.toString();
                    } finally {
                        inFlight.release();
                    }
                    var answered = System.nanoTime();
                    mine[n++] = answered - sent;
                    switch (status) {
                        case 201 -> {
                            taken.set(slot, 1);
                            booked.incrementAndGet();
                            lastSale.accumulateAndGet(answered, Math::max);
                            latencies.add(Arrays.copyOf(mine, n));
                            return null;
                        }
                        case 409 -> {
                            taken.set(slot, 1);
                            refused.incrementAndGet();
                        }
                        default -> errors.add(status + " " + answer);
                    }
                }
                unserved.incrementAndGet();
                latencies.add(Arrays.copyOf(mine, n));
                return null;
            });
        }
    }
    var all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    var unsold = bodies.length - booked.get();
    errors.print(label);
    System.out.printf(
            Locale.ROOT,
            "%s clients=%d connections=%s slots=%d booked=%d taken=%d errors=%d unsold_while_demand=%d sell_out_ms=%s"
                    + " p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f%n",
            label, clients, connections >= clients ? "one-per-client" : String.valueOf(connections), bodies.length, booked.get(), refused.get(), errors.count(), Math.min(unsold, unserved.get()),
            unsold == 0 ? "%.0f".formatted((lastSale.get() - release) / 1e6) : "never",
            percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99));
}

/** Every booking of the file must be readable by its owner: the API answers 200 with the same id. */
void read(String base, Path tokenFile, Path bookingFile) throws Exception {
    var tokens = bearerTokens(tokenFile);
    var lines = Files.readAllLines(bookingFile).stream().filter(line -> !line.isBlank()).toList();
    var unreadable = new AtomicInteger();
    forEachConcurrently(lines, line -> {
        var field = line.split(",");
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/reservations/" + field[0]))
                        .header("Authorization", tokens[Integer.parseInt(field[1]) - 1])
                        .timeout(TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"id\":\"" + field[0] + "\"")) {
            if (unreadable.incrementAndGet() <= 3) {
                System.err.println("booking " + field[0] + ": " + response.statusCode() + " " + response.body());
            }
        }
    });
    System.out.printf("read bookings=%d unreadable=%d%n", lines.size(), unreadable.get());
    if (unreadable.get() > 0) {
        System.exit(1);
    }
}

/**
 * Runs the bash command $BOOKING_LOAD_HOOK, if set, with "start LABEL" or "end LABEL", and waits for it: the
 * script's CPU accounting and JFR recording begin and end exactly with the timed phase, and what they cost
 * (attaching to the server takes a second) falls outside it.
 */
static void hook(String event, String label) throws Exception {
    var hook = System.getenv("BOOKING_LOAD_HOOK");
    if (hook != null) {
        var exit = new ProcessBuilder("bash", "-c", hook + " " + event + " " + label)
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("hook " + event + " " + label + " exited with " + exit);
        }
    }
}

static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1e3;
}

/** Reads: random paths of the file, CLIENTS at a time, for SECONDS; a 200 counts, anything else is an error. */
void get(String base, Path urlFile, int clients, int seconds, String label) throws Exception {
    var uris = Files.readAllLines(urlFile).stream()
            .filter(line -> !line.isBlank())
            .map(line -> URI.create(base + line))
            .toArray(URI[]::new);
    var ok = new AtomicLong();
    var errors = new Errors();
    hook("start", label);
    var server = serverCpuSeconds();
    var loop = closedLoop(
            clients,
            seconds,
            () -> HttpRequest.newBuilder(uris[ThreadLocalRandom.current().nextInt(uris.length)])
                    .timeout(TIMEOUT)
                    .GET()
                    .build(),
            answer -> answer.status() == 200
                    ? ok.incrementAndGet() > 0
                    : errors.add(answer.status() + " " + answer.uri() + " " + answer.body()));
    var serverCpuMs = (serverCpuSeconds() - server) * 1e3;
    hook("end", label);
    errors.print(label);
    System.out.printf(
            Locale.ROOT,
            "%s requests=%d errors=%d seconds=%.2f requests_per_s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f"
                    + " server_cpu_ms_per_request=%.3f%n",
            label, ok.get(), errors.count(), loop.seconds(), ok.get() / loop.seconds(),
            percentile(loop.latencies(), 0.50), percentile(loop.latencies(), 0.95), percentile(loop.latencies(), 0.99),
            ok.get() == 0 ? Double.NaN : serverCpuMs / ok.get());
}

/**
 * The CPU seconds (user and system) the server process named by $SERVER_PID has used so far, NaN without it: a
 * phase's difference divided by its requests is the server's CPU per request, whatever else shares the cores.
 */
static double serverCpuSeconds() {
    var pid = System.getenv("SERVER_PID");
    if (pid == null || pid.isBlank()) {
        return Double.NaN;
    }
    return ProcessHandle.of(Long.parseLong(pid))
            .flatMap(process -> process.info().totalCpuDuration())
            .map(cpu -> cpu.toNanos() / 1e9)
            .orElse(Double.NaN);
}

static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
        return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
}

interface Task {
    void run(String item) throws Exception;
}

/** Runs the task for every item on virtual threads, at most PREPARE_CONCURRENCY at once; fails if any failed. */
static void forEachConcurrently(List<String> items, Task task) throws Exception {
    var permits = new Semaphore(PREPARE_CONCURRENCY);
    var failure = new ConcurrentLinkedQueue<Exception>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
        for (var item : items) {
            permits.acquire();
            threads.submit(() -> {
                try {
                    task.run(item);
                } catch (Exception e) {
                    failure.add(e);
                } finally {
                    permits.release();
                }
            });
        }
    }
    if (!failure.isEmpty()) {
        throw failure.peek();
    }
}
