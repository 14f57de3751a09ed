package id.loket.dashboard.internal;

import id.loket.LoketIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Probe (not a test of behaviour; run by name): rows/s of the rebuild's ways of writing a roll-up table. */
@LoketIntegrationTest
class RebuildWriteProbe {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    static final int ROWS = Integer.getInteger("probe.rows", 300_000);

    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        outer:
        for (int d = 0; ; d++) {
            for (String step : List.of("A", "B", "C", "D", "E", "F", "G")) {
                for (int b = 15; b <= 600; b += 15) {
                    rows.add(new Object[] {day.plusDays(d), "PROBE", step, "*", "WORK", b, 1L});
                    if (rows.size() == ROWS) {
                        break outer;
                    }
                }
            }
        }
        return rows; // in primary-key order
    }

    void write(String label, String tail, int perStatement, String session, boolean chunkCommit) {
        List<Object[]> rows = rows();
        jdbc.execute("TRUNCATE TABLE dash_duration_day");
        long t0 = System.nanoTime();
        String one = "(?,?,?,?,?,?,?)";
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Runnable all = () -> {
            if (session != null) {
                jdbc.execute(session);
            }
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                Object[] args = new Object[chunk.size() * 7];
                int i = 0;
                for (Object[] r : chunk) {
                    for (Object v : r) {
                        args[i++] = v;
                    }
                }
                jdbc.update("INSERT INTO dash_duration_day (day, branch_code, step_code, type_code, kind, upper_s, n) "
                        + "VALUES " + String.join(",", Collections.nCopies(chunk.size(), one)) + tail, args);
            }
        };
        if (chunkCommit) {
            all.run();
        } else {
            tx.executeWithoutResult(s -> all.run());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PROBE %-50s %,d rows in %.1f s: %,.0f rows/s%n", label, rows.size(), s, rows.size() / s);
        jdbc.execute("TRUNCATE TABLE dash_duration_day");
    }

    @Test
    void probe() {
        String odku = " ON DUPLICATE KEY UPDATE n = n + VALUES(n)";
        write("warm-up", odku, 1000, null, false);
        write("ODKU, 1000 rows/stmt, one tx", odku, 1000, null, false);
        write("INSERT, 1000 rows/stmt, one tx", "", 1000, null, false);
        write("INSERT, 1000 rows/stmt, autocommit", "", 1000, null, true);
        write("INSERT, 5000 rows/stmt, one tx", "", 5000, null, false);
        write("INSERT, 1000 rows/stmt, one tx, unique_checks=0", "", 1000, "SET unique_checks = 0", false);
        jdbc.execute("SET unique_checks = 1");
    }
}
