package id.loket.sync;

import id.loket.LoketApplication;
import id.loket.base.db.EmbeddedMariaDb;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Whole Loket servers for tests of the office as a whole (issue 14): a central and branches in one JVM, each a full
 * Spring context on its own loopback port and its own MariaDB database ({@code loket_test_<name>}) on the test
 * server (CI's, or the embedded one). A server can be stopped and started again on the same database, as a cut
 * link or a restarted branch.
 */
final class OfficeServers {

    private static final String USER = env("SPRING_DATASOURCE_USERNAME", "root");
    private static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

    private OfficeServers() {
    }

    /** A fresh, empty database for one server. */
    static String freshDatabase(String name) {
        String server = serverUrl();
        String database = "loket_test_" + name;
        try (var connection = DriverManager.getConnection(server, USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create " + database + " on " + server, e);
        }
        return server + database;
    }

    /** Starts Loket (test profile) on a random port against {@code databaseUrl}. */
    static ConfigurableApplicationContext start(String databaseUrl, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("spring.datasource.url", databaseUrl);
        all.put("spring.datasource.username", USER);
        all.put("spring.datasource.password", PASSWORD);
        all.put("server.port", 0);
        all.putAll(properties);
        // as arguments: builder properties are defaults, below application.yml
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LoketApplication.class).profiles("test").run(args);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The test MariaDB server's JDBC URL without a database: CI's server, else the JVM's embedded one. */
    private static String serverUrl() {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured == null || configured.isBlank()) {
            StandardEnvironment env = new StandardEnvironment();
            env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    "loket.embedded-db.data-dir", "target/test-mariadb",
                    "loket.embedded-db.port", 0,
                    "loket.embedded-db.fresh", true,
                    "loket.embedded-db.database", "loket_test")));
            new EmbeddedMariaDb().postProcessEnvironment(env, null);
            configured = env.getProperty("spring.datasource.url");
        }
        return configured.substring(0, configured.lastIndexOf('/') + 1);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
