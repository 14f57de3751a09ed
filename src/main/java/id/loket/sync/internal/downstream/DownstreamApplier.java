package id.loket.sync.internal.downstream;

import id.loket.base.RunAs;
import id.loket.base.BranchTimeZone;
import id.loket.base.LoketUser;
import id.loket.sync.DownstreamHandler;
import id.loket.sync.Envelope;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one downstream event at a branch: the owning feature's {@link DownstreamHandler}, the event id recorded as
 * applied and the cursor advanced, all in one transaction. An id seen before only moves the cursor, so fetching a
 * page again (an answer lost on the way) applies nothing twice. Handlers run as the user {@value #CENTRAL_ACTOR}, so
 * the audit trail says the change came from the central.
 */
@Component
class DownstreamApplier {

    static final String CENTRAL_ACTOR = "pusat";

    /** A type or schema this build does not know: the stream waits here until the branch is upgraded. */
    static class UnknownEventException extends RuntimeException {
        UnknownEventException(String message) {
            super(message);
        }
    }

    private final Map<String, DownstreamHandler> handlers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final RunAs runAs;
    private final Clock clock;
    private final String branchCode;

    DownstreamApplier(List<DownstreamHandler> handlers, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                      RunAs runAs, Clock clock,
                      org.springframework.core.env.Environment env) {
        this.handlers = handlers.stream().collect(Collectors.toMap(DownstreamHandler::type, Function.identity()));
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.runAs = runAs;
        this.clock = clock;
        this.branchCode = env.getProperty("loket.branch.code", "PUSAT");
    }

    long cursor() {
        Long seq = jdbc.queryForObject("SELECT last_seq FROM sync_downstream_cursor WHERE id = 1", Long.class);
        return seq == null ? 0 : seq;
    }

    /** @return true when the event was applied now, false when it had been applied before */
    boolean apply(Envelope event) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            long cursor = jdbc.queryForObject("SELECT last_seq FROM sync_downstream_cursor WHERE id = 1 FOR UPDATE",
                    Long.class);
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            boolean fresh = jdbc.update("INSERT IGNORE INTO sync_downstream_applied (event_id, seq, type, applied_at) "
                    + "VALUES (?, ?, ?, ?)", event.id().toString(), event.seq(), event.type(), now) == 1;
            if (fresh) {
                DownstreamHandler handler = handlers.get(event.type());
                if (handler == null) {
                    throw new UnknownEventException("no handler for downstream type " + event.type());
                }
                asCentral(() -> handler.apply(event));
            }
            if (event.seq() > cursor) {
                jdbc.update("UPDATE sync_downstream_cursor SET last_seq = ?, updated_at = ? WHERE id = 1",
                        event.seq(), now);
            }
            return fresh;
        }));
    }

    private void asCentral(Runnable work) {
        LoketUser central = new LoketUser(new UUID(0, 0), CENTRAL_ACTOR, "", true, true, List.of(),
                "Pusat", branchCode, BranchTimeZone.WIB, 0);
        runAs.run(central, work);
    }
}
