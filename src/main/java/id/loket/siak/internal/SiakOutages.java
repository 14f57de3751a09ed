package id.loket.siak.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code siak_outage}: a row opens when the gateway's circuit breaker leaves CLOSED and ends when it closes
 * again. Written in its own transaction (the breaker changes state in the middle of someone's lookup), and a
 * failure to write is logged, never passed to the officer's call.
 */
@Component
class SiakOutages {

    private static final Logger log = LoggerFactory.getLogger(SiakOutages.class);

    private final SiakOutageRepository outages;
    private final TransactionTemplate tx;
    private final String branch;

    SiakOutages(SiakOutageRepository outages, PlatformTransactionManager transactions, HttpSiakGateway gateway,
                @Value("${loket.branch.code:PUSAT}") String branch) {
        this.outages = outages;
        this.branch = branch;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        gateway.onConnectionChange(this::changed);
    }

    /**
     * An outage still open from before a restart ends at the start: the breaker starts closed, and what SIAK did
     * while this server was down is not known.
     */
    @EventListener(ApplicationReadyEvent.class)
    void closeLeftOpen(ApplicationReadyEvent ready) {
        changed(true, Instant.ofEpochMilli(ready.getTimestamp()));
    }

    void changed(boolean connected, Instant at) {
        try {
            tx.executeWithoutResult(s -> {
                var open = outages.findByEndedAtIsNull();
                if (connected) {
                    open.forEach(o -> o.end(at));
                } else if (open.isEmpty()) {
                    outages.save(new SiakOutage(branch, at));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not record the SIAK outage change (connected={}): {}", connected, e.toString());
        }
    }
}
