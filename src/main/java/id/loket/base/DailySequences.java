package id.loket.base;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free daily counters per branch (KK-001, KK-002, ... restarting each day). The row lock taken by the
 * upsert serialises concurrent takers; the number commits or rolls back with the caller's transaction.
 */
@Component
public class DailySequences {

    private final JdbcTemplate jdbc;

    DailySequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String branchCode, String name, LocalDate day) {
        jdbc.update("INSERT INTO daily_sequence (branch_code, name, day, value) VALUES (?, ?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE value = value + 1", branchCode, name, day);
        Integer value = jdbc.queryForObject(
                "SELECT value FROM daily_sequence WHERE branch_code = ? AND name = ? AND day = ?",
                Integer.class, branchCode, name, day);
        return value == null ? 1 : value;
    }

    /**
     * Makes sure one day's counter row exists (at 0 if new) without taking a number: work that {@link #hold}s the row
     * as a mutex then has it to lock even before the first number of the day (a booked ticket before any walk-in).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ensure(String branchCode, String name, LocalDate day) {
        jdbc.update("INSERT IGNORE INTO daily_sequence (branch_code, name, day, value) VALUES (?, ?, ?, 0)",
                branchCode, name, day);
    }

    /**
     * Locks one day's counter row until the caller's transaction ends, as a mutex for work that must not
     * interleave (calling queue numbers). A day without the row has nothing to guard: nothing was numbered.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(String branchCode, String name, LocalDate day) {
        jdbc.queryForList("SELECT value FROM daily_sequence WHERE branch_code = ? AND name = ? AND day = ? FOR UPDATE",
                branchCode, name, day);
    }
}
