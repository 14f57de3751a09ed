package id.loket.siak.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in SIAK for demos and tests (never in production): the CALL_NIK web service on its own port, with the
 * seeded {@link SimulatedPopulation}, SIAK's latency, RESPON error strings and daily quota. It can be told to go
 * down (connections are cut without an answer), be slow, answer an error, or have used up its quota: through
 * this class or {@code POST /simulator/{down|up|slow?ms=N|errors?respon=...|quota-exhausted|normal}}.
 */
public class SiakSimulator {

    private static final Logger log = LoggerFactory.getLogger(SiakSimulator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiakProperties properties;
    private final Clock clock;
    private HttpServer server;
    private ExecutorService executor;
    private volatile boolean down;
    private volatile long slowMillis;
    private volatile String errorRespon;
    private volatile boolean quotaExhausted;
    private final AtomicInteger callsToday = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile LocalDate quotaDay;

    private static SiakSimulator shared;
    private static int users;

    public SiakSimulator(SiakProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The simulator of this JVM, started by the first Loket context that wants one. There is one SIAK for the
     * whole country: every context in a JVM (tests keep several alive, the outage test starts a second Loket)
     * talks to the same one, so "SIAK is down" means down for all of them.
     */
    public static synchronized SiakSimulator acquire(SiakProperties properties, Clock clock) throws IOException {
        if (shared == null) {
            SiakSimulator simulator = new SiakSimulator(properties, clock);
            simulator.start();
            shared = simulator;
        }
        users++;
        return shared;
    }

    /** A context is done with it; the last one stops it. */
    public void release() {
        synchronized (SiakSimulator.class) {
            if (--users <= 0 && shared == this) {
                shared = null;
                users = 0;
                stop();
            }
        }
    }

    public synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", properties.simulator().port()), 50);
        executor = Executors.newFixedThreadPool(8, Thread.ofPlatform().name("siak-sim-", 0).daemon(true).factory());
        server.setExecutor(executor);
        server.createContext("/dukcapil/get_json/", this::lookup);
        server.createContext("/simulator/", this::admin);
        server.start();
        log.info("SIAK simulator listening on {}", baseUrl());
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ------------------------------------------------------------------ switches

    /** SIAK goes away: every call is cut off without an answer. */
    public void down() {
        down = true;
    }

    /** Back to normal answers (clears every switch). */
    public void up() {
        down = false;
        slowMillis = 0;
        errorRespon = null;
        quotaExhausted = false;
    }

    public void slow(long millis) {
        slowMillis = millis;
    }

    /** Answer every call with this RESPON string (e.g. "Login Gagal", "IP Address Tidak Sesuai"). */
    public void errors(String respon) {
        errorRespon = respon;
    }

    public void quotaExhausted(boolean exhausted) {
        quotaExhausted = exhausted;
    }

    /** CALL_NIK requests received (answered or cut), for tests. */
    public int calls() {
        return calls.get();
    }

    // ------------------------------------------------------------------ handlers

    private void lookup(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            if (down) {
                // the connection dies: no status line, no body
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())
                    || !exchange.getRequestURI().getPath().toUpperCase(Locale.ROOT).endsWith("/CALL_NIK")) {
                send(exchange, 404, "{}");
                return;
            }
            sleep(latency() + slowMillis);
            if (down) {
                return;
            }
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = JSON.readTree(in);
            } catch (RuntimeException e) {
                send(exchange, 200, respon("Data Tidak Ditemukan"));
                return;
            }
            String nik = field(request, "nik", "NIK");
            String user = field(request, "user_id", "USER_ID");
            String password = field(request, "password", "PASSWORD");
            if (errorRespon != null) {
                send(exchange, 200, respon(errorRespon));
            } else if (!properties.userId().equals(user) || !properties.password().equals(password)) {
                send(exchange, 200, respon("Login Gagal"));
            } else if (quotaExhausted || !withinQuota()) {
                send(exchange, 200, respon("Kuota Akses Hari ini telah Habis"));
            } else {
                send(exchange, 200, answer(nik));
            }
        } catch (IOException e) {
            log.debug("simulator client went away: {}", e.toString());
        }
    }

    private void admin(HttpExchange exchange) throws IOException {
        try (exchange) {
            String action = exchange.getRequestURI().getPath().substring("/simulator/".length());
            Map<String, String> query = new LinkedHashMap<>();
            String q = exchange.getRequestURI().getQuery();
            if (q != null) {
                for (String pair : q.split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            switch (action) {
                case "down" -> down();
                case "up", "normal" -> up();
                case "slow" -> slow(Long.parseLong(query.getOrDefault("ms", "20000")));
                case "errors" -> errors(query.getOrDefault("respon", "IP Address Tidak Sesuai"));
                case "quota-exhausted" -> quotaExhausted(true);
                case "status" -> { }
                default -> {
                    send(exchange, 404, "{}");
                    return;
                }
            }
            send(exchange, 200, JSON.writeValueAsString(Map.of("down", down, "slowMillis", slowMillis,
                    "errors", errorRespon == null ? "" : errorRespon, "quotaExhausted", quotaExhausted, "calls", calls.get())));
        } catch (NumberFormatException e) {
            send(exchange, 400, "{}");
        }
    }

    private synchronized boolean withinQuota() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(quotaDay)) {
            quotaDay = today;
            callsToday.set(0);
        }
        return callsToday.incrementAndGet() <= properties.simulator().dailyQuota();
    }

    /** The person first (content[0], what every client reads), then the rest of the family with the same NO_KK. */
    private static String answer(String nik) {
        Map<String, String> person = SimulatedPopulation.PEOPLE.stream().filter(p -> p.get("NIK").equals(nik))
                .findFirst().orElse(null);
        if (person == null) {
            return respon("Data Tidak Ditemukan");
        }
        List<Map<String, String>> content = new ArrayList<>();
        content.add(person);
        SimulatedPopulation.PEOPLE.stream().filter(p -> p != person && p.get("NO_KK").equals(person.get("NO_KK")))
                .forEach(content::add);
        return envelope(content);
    }

    private static String respon(String text) {
        return envelope(List.of(Map.of("RESPON", text)));
    }

    private static String envelope(List<? extends Map<String, ?>> content) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("content", content);
        page.put("lastPage", true);
        page.put("numberOfElements", content.size());
        page.put("sort", null);
        page.put("totalElements", content.size());
        page.put("firstPage", true);
        page.put("number", 0);
        page.put("size", content.size());
        return JSON.writeValueAsString(page);
    }

    private long latency() {
        long min = properties.simulator().minLatency().toMillis();
        long max = Math.max(min, properties.simulator().maxLatency().toMillis());
        return min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Duration.ofMillis(Math.max(0, millis)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node == null ? null : node.get(name);
            if (v != null && v.isValueNode()) {
                return v.asString();
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
