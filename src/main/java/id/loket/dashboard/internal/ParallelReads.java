package id.loket.dashboard.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a dashboard's independent roll-up reads side by side (ADR 008): MariaDB answers each query on one core, so
 * the first viewer of a long period waits for the slowest read instead of the sum. Two threads, one per core of the
 * branch server; more only queue up. The reads are plain JDBC outside any transaction and need no signed-in user.
 * A caller must not wait for them while holding a connection (a full pool would then wait on itself): the dashboard
 * methods that use this are not transactional, and a caller inside a transaction (an export that audits) gets its
 * reads run inline, one after another, as before.
 */
@Component
public class ParallelReads implements DisposableBean {

    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("dashboard-read-", 1).daemon(true).factory());

    /** Starts {@code read} on a pool thread. */
    public <T> Pending<T> start(Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return new Pending<>(CompletableFuture.completedFuture(read.get()));
        }
        return new Pending<>(CompletableFuture.supplyAsync(read, pool));
    }

    /** A read under way; {@link #get} waits for it and rethrows what it threw. */
    public record Pending<T>(CompletableFuture<T> future) {

        public T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
