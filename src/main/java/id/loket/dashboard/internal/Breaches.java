package id.loket.dashboard.internal;

import id.loket.catalog.CatalogService;
import id.loket.dashboard.Breach;
import id.loket.dashboard.BreachRaised;
import id.loket.workflow.ActiveCards;
import id.loket.workflow.ActiveCards.ActiveCard;
import id.loket.workflow.ApplicationMoved;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Breaches of twice a step's standard (issue 13.2): raised once per card and visit, open until the card leaves the
 * step. A scheduled check compares every active card's time in its step (since it entered) with the standard read
 * from the catalogue at that moment, so an admin's change counts at the next check. The unique key on
 * (application, visit) makes "once" hold even when two checks overlap.
 */
@Component
public class Breaches {

    private static final String COLUMNS = "application_id, visit_no, branch_code, registration_number, step_code, "
            + "standard_minutes, entered_at, raised_at, closed_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ActiveCards activeCards;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate newTransaction;

    Breaches(JdbcTemplate jdbc, ActiveCards activeCards, CatalogService catalog, ApplicationEventPublisher events,
             Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // after the mover's commit: its finished transaction must not be joined
        this.newTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.activeCards = activeCards;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Open breaches in these branches, oldest first. */
    public List<Breach> open(Set<String> branchCodes) {
        if (branchCodes.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT " + COLUMNS + " FROM dashboard_breach WHERE branch_code IN (:branches) "
                        + "AND closed_at IS NULL ORDER BY entered_at",
                new MapSqlParameterSource("branches", branchCodes), Breaches::breach);
    }

    @Scheduled(fixedDelayString = "${loket.dashboard.breach.interval:30s}",
            initialDelayString = "${loket.dashboard.breach.interval:30s}")
    @Transactional
    public void scheduledCheck() {
        check(clock.instant());
    }

    /**
     * Raises a breach for every card now over twice its step's standard that has none for this visit, and closes
     * the open breaches of cards that left their step. Runs without a signed-in officer (every branch, ADR 007).
     *
     * @return the breaches raised by this check
     */
    @Transactional
    public List<Breach> check(Instant now) {
        CatalogService.Snapshot snapshot = catalog.catalog();
        List<ActiveCard> cards = activeCards.all();
        List<Breach> raised = new ArrayList<>();
        Map<UUID, Integer> visitNow = new HashMap<>();
        for (ActiveCard card : cards) {
            visitNow.put(card.applicationId(), card.visitNo());
            int standard = snapshot.step(card.stepCode()).map(CatalogService.Step::standardMinutes).orElse(0);
            if (standard <= 0 || card.enteredAt() == null) {
                continue;
            }
            if (Duration.between(card.enteredAt(), now).compareTo(Duration.ofMinutes(2L * standard)) > 0) {
                int inserted = jdbc.update("INSERT IGNORE INTO dashboard_breach (" + COLUMNS + ") "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)", card.applicationId().toString(),
                        card.visitNo(), card.branchCode(), card.registrationNumber(), card.stepCode(), standard,
                        utc(card.enteredAt()), utc(now));
                if (inserted == 1) {
                    Breach breach = new Breach(card.applicationId(), card.registrationNumber(), card.branchCode(),
                            card.stepCode(), standard, card.enteredAt(), now, null);
                    raised.add(breach);
                    events.publishEvent(new BreachRaised(breach));
                }
            }
        }
        // every branch's open breaches: a card no longer on the visit it was raised for has left the step
        List<Object[]> open = jdbc.query("SELECT application_id, visit_no FROM dashboard_breach WHERE closed_at IS NULL",
                (rs, i) -> new Object[] {UUID.fromString(rs.getString(1)), rs.getInt(2)});
        for (Object[] row : open) {
            Integer visit = visitNow.get((UUID) row[0]);
            if (visit == null || visit != (int) row[1]) {
                close((UUID) row[0], (int) row[1], now);
            }
        }
        return raised;
    }

    /** A moved card's breach closes at once (the check would close it within its interval anyway). */
    @TransactionalEventListener
    void on(ApplicationMoved event) {
        if (java.util.Objects.equals(event.fromStep(), event.toStep())) {
            return; // a claim or a badge: the card stays in its step
        }
        newTransaction.executeWithoutResult(tx -> closeLeft(event));
    }

    private void closeLeft(ApplicationMoved event) {
        Integer visit = activeCards.active(event.applicationId()).map(ActiveCard::visitNo).orElse(null);
        jdbc.update("UPDATE dashboard_breach SET closed_at = ? WHERE application_id = ? AND closed_at IS NULL "
                        + "AND branch_code = ? AND (? IS NULL OR visit_no <> ?)", utc(clock.instant()),
                event.applicationId().toString(), event.branchCode(), visit, visit);
    }

    private void close(UUID applicationId, int visitNo, Instant at) {
        jdbc.update("UPDATE dashboard_breach SET closed_at = ? WHERE application_id = ? AND visit_no = ? "
                + "AND closed_at IS NULL", utc(at), applicationId.toString(), visitNo);
    }

    /** Instants are stored as UTC wall time, as Hibernate stores them (hibernate.jdbc.time_zone = UTC). */
    private static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.LocalDateTime value = rs.getObject(column, java.time.LocalDateTime.class);
        return value == null ? null : value.toInstant(java.time.ZoneOffset.UTC);
    }

    private static Breach breach(ResultSet rs, int row) throws SQLException {
        return new Breach(UUID.fromString(rs.getString("application_id")), rs.getString("registration_number"),
                rs.getString("branch_code"), rs.getString("step_code"), rs.getInt("standard_minutes"),
                instant(rs, "entered_at"), instant(rs, "raised_at"), instant(rs, "closed_at"));
    }
}
