package id.loket.sync.internal.relay;

import id.loket.sync.BranchLink;
import id.loket.sync.Envelope;
import id.loket.sync.internal.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to the central: the oldest unsent rows in seq order, a batch at a time, each batch stamped sent
 * only after the transport returned (the central stored it). A failed batch is tried again, the same rows in the
 * same order, after a wait that doubles per failure up to the maximum, so order is kept and a redelivery is only
 * ever of events the central dedups by id. All state is the table: a restart continues where it stopped.
 *
 * <p>{@link #runOnce()} is one step; {@link RelayScheduler} calls it on its own thread.
 */
public class Relay implements BranchLink {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);

    /** What one step did. */
    public enum Step { SENT_FULL_BATCH, SENT, NOTHING_TO_SEND, FAILED, WAITING }

    private final Outbox outbox;
    private final Transport transport;
    private final RelayProperties properties;
    private final Clock clock;

    private int failures;
    private Instant failingSince;
    private Instant nextAttempt;
    private volatile Instant lastDelivered;
    private volatile boolean lastDeliveredKnown;
    private volatile Instant disconnectedSince;
    private Instant lastPurge;

    public Relay(Outbox outbox, Transport transport, RelayProperties properties, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    /** One delivery attempt, unless a backoff wait is still running. */
    public synchronized Step runOnce() {
        Instant now = clock.instant();
        if (nextAttempt != null && now.isBefore(nextAttempt)) {
            return Step.WAITING;
        }
        purgeNowAndThen(now);
        List<Envelope> batch = outbox.unsent(properties.batchSize());
        if (batch.isEmpty()) {
            return Step.NOTHING_TO_SEND;
        }
        try {
            transport.send(batch);
        } catch (Transport.TransportException | RuntimeException e) {
            failed(now, batch, e);
            return Step.FAILED;
        }
        Instant delivered = clock.instant();
        outbox.markSent(batch, delivered);
        if (failures > 0) {
            log.info("Central reachable again after {} failed attempts since {}", failures, failingSince);
        }
        failures = 0;
        failingSince = null;
        nextAttempt = null;
        disconnectedSince = null;
        lastDelivered = delivered;
        lastDeliveredKnown = true;
        return batch.size() >= properties.batchSize() ? Step.SENT_FULL_BATCH : Step.SENT;
    }

    /** Sends until the outbox is empty, a delivery fails or a backoff wait runs. */
    public synchronized Step drain() {
        Step step;
        do {
            step = runOnce();
        } while (step == Step.SENT_FULL_BATCH);
        return step;
    }

    private void failed(Instant now, List<Envelope> batch, Exception e) {
        failures++;
        if (failingSince == null) {
            failingSince = now;
            disconnectedSince = now;
        }
        Duration wait = backoff(failures);
        nextAttempt = now.plus(wait);
        if (failures == 1 || Integer.bitCount(failures) == 1) {
            // first failure and then at 2, 4, 8, ... so a days-long outage does not flood the log
            log.warn("Delivery of {} events (seq {}..{}) to the central failed ({} in a row), next try in {}: {}",
                    batch.size(), batch.getFirst().seq(), batch.getLast().seq(), failures, wait, e.getMessage());
        }
    }

    /** initial, 2 x initial, 4 x initial, ... up to the maximum. */
    Duration backoff(int failures) {
        Duration wait = properties.initialBackoff();
        for (int i = 1; i < failures && wait.compareTo(properties.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    /** When the next attempt may run (null: now). */
    public synchronized Instant nextAttempt() {
        return nextAttempt;
    }

    private void purgeNowAndThen(Instant now) {
        if (lastPurge != null && Duration.between(lastPurge, now).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        lastPurge = now;
        int purged = outbox.purgeSentBefore(now.minus(properties.keepSent()));
        if (purged > 0) {
            log.info("Purged {} outbox rows sent more than {} ago", purged, properties.keepSent());
        }
    }

    @Override
    public Status status() {
        if (!lastDeliveredKnown) {
            // after a restart: what the table remembers (sent rows are kept loket.sync.keep-sent)
            lastDelivered = outbox.lastSent();
            lastDeliveredKnown = true;
        }
        Instant since = disconnectedSince;
        return new Status(true, since == null, since, outbox.pending(), lastDelivered);
    }
}
