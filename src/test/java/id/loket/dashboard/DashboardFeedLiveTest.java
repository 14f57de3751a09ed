package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.workflow.Applications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The feed in the running application: one committed move, twenty open dashboards of three distinct filters. */
@LoketIntegrationTest
class DashboardFeedLiveTest {

    @Autowired DashboardFeed feed;
    @Autowired DashboardTimings timings;
    @Autowired DashboardService dashboards;
    @Autowired Applications applications;
    @Autowired Officers officers;

    @Test
    void one_move_recomputes_each_open_filter_once_as_its_subscriber_and_reaches_every_dashboard() throws Exception {
        UUID id = applications.registered();
        applications.siakVerified(id);
        Thread.sleep(800); // let the feed settle after the set-up's own moves
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        List<DashboardFilter> filters = List.of(new DashboardFilter(today, today, "PUSAT", null),
                new DashboardFilter(today.minusDays(6), today, "PUSAT", null),
                new DashboardFilter(today.withDayOfMonth(1), today, "PUSAT", "BIRTH"));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch delivered = new CountDownLatch(20);
        List<SectionDashboard> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> detach = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DashboardFilter f = filters.get(i % 3);
            detach.add(officers.as("kasi", () -> feed.subscribe(List.of("section", f), Set.of("PUSAT"), () -> {
                computed.incrementAndGet();
                return dashboards.section(f);
            }, r -> {
                results.add(r);
                delivered.countDown();
            })));
        }
        timings.clear();
        applications.next(id, "loket");
        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(computed).hasValue(3);
        assertThat(results).hasSize(20).allSatisfy(r -> assertThat(r.steps()).isNotEmpty());
        assertThat(timings.fanOutMillis()).hasSize(1);
        String cold = Arrays.toString(timings.fanOutMillis());

        // a second move, the code warm: what an office sees all day
        timings.clear();
        applications.next(id, "operator");
        Thread.sleep(1500);
        assertThat(computed).hasValue(6);
        long[] alone = new long[20];
        for (int i = 0; i < alone.length; i++) {
            long t0 = System.nanoTime();
            officers.as("kasi", () -> dashboards.section(filters.getFirst()));
            alone[i] = System.nanoTime() - t0;
        }
        Arrays.sort(alone);
        System.out.printf("dashboard feed: section() alone, warm, sequential: median %.1f ms (machine load %s)%n",
                alone[10] / 1e6, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("dashboard feed: one move, 20 dashboards, 3 filters: server time in all %s ms cold, "
                + "%s ms warm (CPU %s ms); computations warm %s ms%n", cold, Arrays.toString(timings.fanOutMillis()),
                Arrays.toString(timings.fanOutCpuMillis()),
                Arrays.toString(timings.computeMillis()));
        detach.forEach(Runnable::run);
        assertThat(feed.subscriberCount()).as("only what other screens may have open").isLessThan(20);
    }
}
