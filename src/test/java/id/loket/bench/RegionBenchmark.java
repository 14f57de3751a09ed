package id.loket.bench;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.population.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Region benchmark (issue 5), run with {@code ./mvnw -Pbench verify}: the whole schema with the 91,599 regions
 * migrated into an empty database (first start), the same migration again (every later start), and region
 * search latency as the cascading pickers use it.
 */
@LoketIntegrationTest
class RegionBenchmark {

    @Autowired Environment env;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReferenceData references;
    @Autowired Officers officers;

    private static double pct(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private long migrate(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), db);
            long t0 = System.nanoTime();
            liquibase.update(new Contexts());
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    @Test
    void region_figures() throws Exception {
        String url = env.getProperty("spring.datasource.url");
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password", "");
        String scratch = "loket_bench_regions";
        jdbc.execute("DROP DATABASE IF EXISTS " + scratch);
        jdbc.execute("CREATE DATABASE " + scratch + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String scratchUrl = url.substring(0, url.lastIndexOf('/') + 1) + scratch;
        long first = migrate(scratchUrl, user, password);
        long again = migrate(scratchUrl, user, password);
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + scratch + ".region", Integer.class);
        jdbc.execute("DROP DATABASE " + scratch);

        Random random = new Random(7);
        List<String> districts = jdbc.queryForList("SELECT code FROM region WHERE level = 3", String.class);
        List<Double> provinceMs = new ArrayList<>();
        List<Double> villageMs = new ArrayList<>();
        List<Double> typedMs = new ArrayList<>();
        String[] typed = {"a", "su", "kar", "jaya", "mekar", "sari", "indah", "baru"};
        officers.run("operator", () -> {
            for (int i = 0; i < 200; i++) {
                long t0 = System.nanoTime();
                references.search(null, typed[i % typed.length], 0, 50);
                provinceMs.add((System.nanoTime() - t0) / 1e6);
                String district = districts.get(random.nextInt(districts.size()));
                t0 = System.nanoTime();
                references.search(district, "", 0, 50);
                villageMs.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                references.search(district, typed[i % typed.length], 0, 50);
                typedMs.add((System.nanoTime() - t0) / 1e6);
            }
        });
        String report = String.join("\n",
                "BENCH regions: first migration of the whole schema incl. %d regions into an empty database: %d ms".formatted(rows, first),
                "BENCH regions: the same migration on every later start (nothing to apply, checksums only): %d ms".formatted(again),
                "BENCH region search (service call, 200 each): provinces by typed text p50 %.1f / p95 %.1f ms; villages of a district p50 %.1f / p95 %.1f ms; villages by typed text p50 %.1f / p95 %.1f ms"
                        .formatted(pct(provinceMs, 50), pct(provinceMs, 95), pct(villageMs, 50), pct(villageMs, 95),
                                pct(typedMs, 50), pct(typedMs, 95)));
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/regions.txt"), report + "\n");
    }
}
