package id.loket.dashboard;

import id.loket.queue.TicketCalled;
import id.loket.workflow.ApplicationMoved;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live figures for open dashboards (issue 13.4) without each dashboard re-querying per move: dashboards that show
 * the same thing subscribe under the same {@code key}; after committed moves in one of {@code branchCodes}
 * (coalesced), {@code compute} runs once per key, with the security context of a subscriber, and every subscriber
 * of that key receives the same result on a pool thread (the view does its own {@code ui.access}).
 *
 * <p>The key must hold everything the result depends on, the user's scope included (e.g. the filter after
 * {@code DashboardScope} narrowed it, or the officer's username for his own figures): subscribers of one key share
 * one result. Moves are gathered per branch for a short window ({@code loket.dashboard.feed.coalesce}, 400 ms), so a
 * burst of moves costs one computation per key. Server time per burst is recorded in {@link DashboardTimings}.
 */
@Component
public class DashboardFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

    private final ExecutorService executor;
    private final SecurityContextHolderStrategy security;
    private final DashboardTimings timings;
    private final long windowMillis;
    /** Only waits out the coalescing window; the work runs on the shared broadcast pool. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dashboard-feed-timer").daemon(true).factory());

    private final Map<Object, Topic<?>> topics = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();

    DashboardFeed(ExecutorService broadcastExecutor, SecurityContextHolderStrategy security, DashboardTimings timings,
                  @Value("${loket.dashboard.feed.coalesce:400ms}") Duration window) {
        this.executor = broadcastExecutor;
        this.security = security;
        this.timings = timings;
        this.windowMillis = window.toMillis();
    }

    private record Subscriber<T>(Supplier<T> compute, Consumer<T> onChange, Authentication authentication) {
    }

    private static final class Topic<T> {
        final Set<String> branches;
        final List<Subscriber<T>> subscribers = new CopyOnWriteArrayList<>();

        Topic(Set<String> branches) {
            this.branches = Set.copyOf(branches);
        }
    }

    /** @return call on detach to stop receiving */
    @SuppressWarnings("unchecked")
    public <T> Runnable subscribe(Object key, Set<String> branchCodes, Supplier<T> compute, Consumer<T> onChange) {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null) {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        }
        Subscriber<T> subscriber = new Subscriber<>(compute, onChange, authentication);
        // add inside compute(): a topic being removed by its last subscriber's detach is never joined
        topics.compute(key, (k, existing) -> {
            Topic<T> topic = existing != null ? (Topic<T>) existing : new Topic<>(branchCodes);
            topic.subscribers.add(subscriber);
            return topic;
        });
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                topics.computeIfPresent(key, (k, existing) -> {
                    existing.subscribers.remove(subscriber);
                    return existing.subscribers.isEmpty() ? null : existing;
                });
            }
        };
    }

    /** Keys with at least one subscriber (tests and the benchmark check that detached screens leak nothing). */
    public int keyCount() {
        return topics.size();
    }

    /** Subscribers of all keys. */
    public int subscriberCount() {
        return topics.values().stream().mapToInt(t -> t.subscribers.size()).sum();
    }

    /** Figures of a branch changed (a committed move, a breach raised): refresh its open dashboards, coalesced. */
    public void changed(String branchCode) {
        if (branchCode == null) {
            return;
        }
        pending.add(branchCode);
        if (flushScheduled.compareAndSet(false, true)) {
            timer.schedule(this::flush, windowMillis, TimeUnit.MILLISECONDS);
        }
    }

    @TransactionalEventListener
    void on(ApplicationMoved event) {
        changed(event.branchCode());
    }

    /** Step 1 (the queue) changes when a number is called. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketCalled event) {
        changed(event.branchCode());
    }

    private void flush() {
        flushScheduled.set(false);
        Set<String> branches = new HashSet<>();
        for (String b : List.copyOf(pending)) {
            if (pending.remove(b)) {
                branches.add(b);
            }
        }
        // moves that arrive while this burst is computed schedule the next one
        List<Topic<?>> due = topics.values().stream()
                .filter(t -> t.branches.stream().anyMatch(branches::contains)).toList();
        if (due.isEmpty()) {
            return;
        }
        Burst burst = new Burst(due.size());
        for (Topic<?> topic : due) {
            executor.execute(() -> refresh(topic, burst));
        }
    }

    /** Sums the server time of one burst over all its keys and subscribers; records it when the last one is done. */
    private final class Burst {
        final AtomicInteger open;
        final AtomicLong nanos = new AtomicLong();
        final AtomicLong cpuNanos = new AtomicLong();
        final long began = System.nanoTime();

        Burst(int tasks) {
            open = new AtomicInteger(tasks);
        }

        void add(int tasks) {
            open.addAndGet(tasks);
        }

        /** @param started wall and CPU clock of the task's start ({@link #clocks()}) */
        void done(long[] started) {
            long[] now = clocks();
            nanos.addAndGet(now[0] - started[0]);
            cpuNanos.addAndGet(now[1] - started[1]);
            if (open.decrementAndGet() == 0) {
                timings.recordFanOut(nanos.get());
                timings.recordFanOutCpu(cpuNanos.get());
                timings.recordElapsed(System.nanoTime() - began);
            }
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall clock and this thread's CPU time: on a busy machine the wall time of parallel tasks counts waiting too. */
    private static long[] clocks() {
        return new long[] {System.nanoTime(), THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0};
    }

    private <T> void refresh(Topic<T> topic, Burst burst) {
        long[] started = clocks();
        List<Subscriber<T>> subscribers = List.copyOf(topic.subscribers);
        if (subscribers.isEmpty()) {
            burst.done(started);
            return;
        }
        T result;
        try {
            result = as(subscribers.getFirst().authentication(), subscribers.getFirst().compute());
        } catch (RuntimeException e) {
            log.warn("Dashboard figures could not be recomputed: {}", e.toString());
            burst.done(started);
            return;
        }
        timings.recordCompute(System.nanoTime() - started[0]);
        burst.add(subscribers.size());
        burst.done(started);
        for (Subscriber<T> subscriber : subscribers) {
            executor.execute(() -> {
                long[] t0 = clocks();
                try {
                    subscriber.onChange().accept(result);
                } catch (RuntimeException e) {
                    log.warn("A dashboard could not take an update: {}", e.toString());
                } finally {
                    burst.done(t0);
                }
            });
        }
    }

    /** Runs as the subscriber who opened the dashboard: the service checks his role and limits his branches. */
    private <T> T as(Authentication authentication, Supplier<T> compute) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(authentication);
        security.setContext(context);
        global.setContext(context);
        try {
            return compute.get();
        } finally {
            // a pool thread carries no one's identity between tasks
            security.clearContext();
            global.clearContext();
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
