package id.loket.demo;

import id.loket.catalog.CatalogService;
import id.loket.dashboard.DashboardService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The data generator's command (README, "Data generator"): {@code --loket.generate.run=true} fills the database with
 * {@code loket.generate.years} (5) of history of {@code loket.generate.applications} (1,500,000) applications in
 * {@code loket.generate.branches} (PUSAT,CIBINONG,CILEUNGSI,LEUWILIANG,PARUNG) up to yesterday, seed
 * {@code loket.generate.seed} (13), rebuilds the dashboard roll-ups from it, and stops the application
 * ({@code loket.generate.exit=false} keeps it running to look at the dashboards).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "loket.generate.run", havingValue = "true")
class HistoryGeneratorRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryGeneratorRunner.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final CatalogService catalog;
    private final Environment env;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final DashboardService dashboards;

    HistoryGeneratorRunner(DataSource dataSource, JdbcTemplate jdbc, CatalogService catalog, Environment env,
                           Clock clock, ConfigurableApplicationContext context, DashboardService dashboards) {
        this.dashboards = dashboards;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.env = env;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int years = env.getProperty("loket.generate.years", Integer.class, 5);
        long applications = env.getProperty("loket.generate.applications", Long.class, 1_500_000L);
        long seed = env.getProperty("loket.generate.seed", Long.class, 13L);
        List<String> branches = Arrays.stream(env.getProperty("loket.generate.branches",
                String.join(",", HistoryGenerator.DEFAULT_BRANCHES)).split(",")).map(String::trim).toList();
        int bufferPoolMb = env.getProperty("loket.generate.buffer-pool-mb", Integer.class, 2048);
        HistoryGenerator.Settings settings = HistoryGenerator.Settings.years(years, applications, seed, clock.instant())
                .withBranches(branches);
        String until = env.getProperty("loket.generate.until");
        if (until != null && !until.isBlank()) {
            LocalDate last = LocalDate.parse(until);
            settings = settings.withDays(last.minusYears(years).plusDays(1), last);
        }
        raiseBufferPool(jdbc, bufferPoolMb);
        LOG.info("Generating {} applications in {} from {} to {} (seed {})", applications, branches, settings.from(),
                settings.until(), seed);
        // the catalogue is public (the kiosk reads it signed out): an anonymous caller is enough
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("generator", "generator",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        CatalogService.Snapshot snapshot;
        try {
            snapshot = catalog.catalog();
        } finally {
            SecurityContextHolder.clearContext();
        }
        HistoryGenerator.Result result = new HistoryGenerator(dataSource, snapshot, LOG::info).generate(settings);
        LOG.info("Generated in {} s: {}", result.millis() / 1000, result);
        long t0 = System.nanoTime();
        long replayed = dashboards.rebuildRollups();
        LOG.info("Dashboard roll-ups rebuilt from {} finished visits in {} s", replayed,
                (System.nanoTime() - t0) / 1_000_000_000);
        if (env.getProperty("loket.generate.exit", Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /**
     * A larger InnoDB buffer pool while the server runs (not written anywhere: a restart returns to the configured
     * size). MariaDB resizes it online; without the privilege (an external server) the configured size stays.
     */
    static void raiseBufferPool(JdbcTemplate jdbc, int megabytes) {
        if (megabytes <= 0) {
            return;
        }
        try {
            long current = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
            long wanted = megabytes * 1024L * 1024L;
            if (current < wanted) {
                jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + wanted);
                for (int i = 0; i < 120 && jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) < wanted; i++) {
                    Thread.sleep(500); // the resize runs in the background
                }
                LOG.info("InnoDB buffer pool raised from {} MB to {} MB (until the server restarts)",
                        current / 1024 / 1024, megabytes);
            }
        } catch (RuntimeException | InterruptedException e) {
            LOG.info("InnoDB buffer pool left as configured: {}", e.getMessage());
        }
    }
}
