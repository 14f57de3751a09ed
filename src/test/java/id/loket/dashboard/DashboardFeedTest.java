package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class DashboardFeedTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final DashboardTimings timings = new DashboardTimings();
    private final DashboardFeed feed = new DashboardFeed(pool, SecurityContextHolder.getContextHolderStrategy(),
            timings, Duration.ofMillis(150));

    @AfterEach
    void stop() {
        feed.destroy();
        pool.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void subscribers_of_one_key_share_one_computation_per_burst_of_moves() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch delivered = new CountDownLatch(5);
        ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 5; i++) {
            feed.subscribe(List.of("section", "PUSAT", "today"), Set.of("PUSAT"), () -> {
                computed.incrementAndGet();
                return new Object();
            }, result -> {
                results.add(result);
                delivered.countDown();
            });
        }
        for (int i = 0; i < 20; i++) {
            feed.changed("PUSAT"); // a burst of moves within the window
        }
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(400);
        assertThat(computed).hasValue(1);
        assertThat(results).hasSize(5);
        assertThat(results.stream().distinct()).as("the same result object for every subscriber").hasSize(1);
        assertThat(timings.fanOuts()).isEqualTo(1);
        assertThat(timings.fanOutMillis()).hasSize(1);
    }

    @Test
    void each_distinct_key_is_computed_once_and_another_branch_s_move_computes_nothing() throws Exception {
        AtomicInteger today = new AtomicInteger();
        AtomicInteger week = new AtomicInteger();
        AtomicInteger cibinong = new AtomicInteger();
        CountDownLatch delivered = new CountDownLatch(4);
        for (int i = 0; i < 2; i++) {
            feed.subscribe("today", Set.of("PUSAT"), today::incrementAndGet, r -> delivered.countDown());
            feed.subscribe("week", Set.of("PUSAT"), week::incrementAndGet, r -> delivered.countDown());
        }
        feed.subscribe("cibinong", Set.of("CIBINONG"), cibinong::incrementAndGet, r -> { });
        feed.changed("PUSAT");
        feed.changed("PUSAT");
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(today).hasValue(1);
        assertThat(week).hasValue(1);
        assertThat(cibinong).hasValue(0);
    }

    @Test
    void a_detached_subscriber_gets_nothing_and_leaves_nothing_behind() throws Exception {
        AtomicInteger gone = new AtomicInteger();
        CountDownLatch stays = new CountDownLatch(1);
        Runnable detach = feed.subscribe("k", Set.of("PUSAT"), () -> "figures", r -> gone.incrementAndGet());
        Runnable other = feed.subscribe("k", Set.of("PUSAT"), () -> "figures", r -> stays.countDown());
        detach.run();
        detach.run(); // twice is harmless
        feed.changed("PUSAT");
        assertThat(stays.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(gone).hasValue(0);
        other.run();
        assertThat(feed.keyCount()).isZero();
        assertThat(feed.subscriberCount()).isZero();
        AtomicInteger computed = new AtomicInteger();
        feed.subscribe("other", Set.of("CIBINONG"), computed::incrementAndGet, r -> { }).run();
        feed.changed("PUSAT");
        Thread.sleep(400);
        assertThat(computed).hasValue(0);
        assertThat(feed.keyCount()).isZero();
    }

    @Test
    void the_computation_runs_as_the_subscriber_and_the_pool_thread_keeps_no_identity() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("kasi", null, "ROLE_VERIFIER"));
        AtomicReference<String> who = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        feed.subscribe("k", Set.of("PUSAT"), () -> {
            who.set(SecurityContextHolder.getContext().getAuthentication().getName());
            return 1;
        }, r -> delivered.countDown());
        SecurityContextHolder.clearContext();
        feed.changed("PUSAT");
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(who).hasValue("kasi");
        AtomicReference<Object> after = new AtomicReference<>("unset");
        pool.submit(() -> after.set(SecurityContextHolder.getContext().getAuthentication())).get();
        // one of four pool threads; the one that computed cleared its context, the others never had one
        assertThat(after.get()).isNull();
    }
}
