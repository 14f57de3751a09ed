package id.loket.notification.internal;

import id.loket.notification.internal.NotificationGateway.OutgoingMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages. Each attempt is first claimed in the database (a conditional update on the attempt
 * count, so two rounds or two servers never try the same attempt), the gateway is called outside any transaction, and
 * the message is marked SENT only after the gateway took it. A failure schedules the next attempt with exponential
 * backoff; a crash between the gateway's yes and the mark leaves the message pending until its lease ends, and the
 * retry carries the same idempotency key, which the gateway de-duplicates: at least once to the gateway, exactly
 * once to the phone.
 */
@Component
public class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private final NotificationMessageRepository messages;
    private final NotificationGateway gateway;
    private final NotificationProperties.Sender properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-sender").daemon(true).factory());
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    Sender(NotificationMessageRepository messages, NotificationGateway gateway, NotificationProperties properties,
           PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.gateway = gateway;
        this.properties = properties.sender();
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Rounds run on the sender's own thread: a hanging gateway (up to its timeouts per message) must not hold the
     * application's one scheduler thread, which the SIAK retrier and the dashboard's breach check share.
     */
    @Scheduled(fixedDelayString = "${loket.notification.sender.interval:5s}",
            initialDelayString = "${loket.notification.sender.interval:5s}")
    void scheduled() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still at work
        }
        try {
            worker.execute(() -> {
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    // the database may be briefly away; the next round tries again
                    log.warn("Notification sender round failed: {}", e.toString());
                } finally {
                    running.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            running.set(false);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One round: every message due now, each claimed and sent on its own. @return how many the gateway took */
    public int sendDue() {
        List<NotificationMessage> due = tx.execute(s -> messages.findDue(Instant.now(clock),
                PageRequest.of(0, properties.batchSize())));
        int sent = 0;
        for (NotificationMessage m : due) {
            if (attempt(m)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(NotificationMessage m) {
        Instant now = Instant.now(clock);
        Integer claimed = tx.execute(s -> messages.claim(m.id(), m.attempts(), now.plus(properties.lease())));
        if (claimed == null || claimed == 0) {
            return false; // another round took this attempt, or it was sent meanwhile
        }
        try {
            gateway.send(new OutgoingMessage(m.idempotencyKey(), m.phone(), m.text()));
        } catch (RuntimeException e) { // GatewayFailure, and any bug of an adapter: never lose the message
            int attempts = m.attempts() + 1;
            Instant next = Instant.now(clock).plus(properties.backoff(attempts));
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tx.executeWithoutResult(s -> messages.retryAt(m.id(), next, error.length() > 200 ? error.substring(0, 200)
                    : error));
            log.info("Notification {} not taken by the gateway (attempt {}), next at {}: {}", m.id(), attempts, next,
                    error);
            return false;
        }
        tx.executeWithoutResult(s -> messages.markSent(m.id(), Instant.now(clock)));
        return true;
    }
}
