package id.loket.sync.ui;

import id.loket.sync.BranchLink;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the link's status once per interval (10 s) for all open indicators together and pushes it to them: the
 * pending count is one indexed COUNT, however many admins have the app open. Runs only while one is open.
 */
@Component
public class BranchLinkFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BranchLinkFeed.class);

    private final ObjectProvider<BranchLink> link;
    private final long everyMillis;
    private final CopyOnWriteArrayList<Consumer<BranchLink.Status>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;

    BranchLinkFeed(ObjectProvider<BranchLink> link,
                   @Value("${loket.sync.indicator-refresh:10s}") java.time.Duration every) {
        this.link = link;
        this.everyMillis = Math.max(200, every.toMillis());
    }

    /** Registers a listener; the returned action removes it. */
    public synchronized Runnable register(Consumer<BranchLink.Status> listener) {
        listeners.add(listener);
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "loket-sync-indicator");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::tick, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        }
        return () -> listeners.remove(listener);
    }

    private void tick() {
        BranchLink current = link.getIfAvailable();
        if (listeners.isEmpty() || current == null) {
            return;
        }
        try {
            BranchLink.Status status = current.status();
            listeners.forEach(l -> l.accept(status));
        } catch (RuntimeException e) {
            log.debug("Link status not read: {}", e.toString());
        }
    }

    @Override
    public synchronized void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
