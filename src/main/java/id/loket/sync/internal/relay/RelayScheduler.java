package id.loket.sync.internal.relay;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on one daemon thread of its own: every poll interval it sends what the outbox holds. Without a
 * relay (the branch is not enrolled) it does nothing.
 */
class RelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayScheduler.class);

    private final Relay relay;
    private final RelayProperties properties;
    private ScheduledExecutorService executor;

    RelayScheduler(Relay relay, RelayProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (relay == null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loket-sync-relay");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, properties.pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        log.info("Relay to the central at {} started (batches of {})", properties.centralUrl(), properties.batchSize());
    }

    private void tick() {
        try {
            relay.drain();
        } catch (RuntimeException e) {
            // the database itself failed (e.g. a restart of MariaDB): try again next tick
            log.warn("Relay step failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
