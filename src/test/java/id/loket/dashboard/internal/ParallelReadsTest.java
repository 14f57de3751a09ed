package id.loket.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.base.BusinessException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ParallelReadsTest {

    final ParallelReads reads = new ParallelReads();

    @AfterEach
    void close() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        reads.destroy();
    }

    @Test
    void two_reads_run_at_the_same_time_on_the_dashboards_read_threads() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        ParallelReads.Pending<String> first = reads.start(() -> meet(both));
        ParallelReads.Pending<String> second = reads.start(() -> meet(both));
        // each waits for the other: done only if they ran side by side
        assertThat(first.get()).startsWith("dashboard-read-");
        assertThat(second.get()).startsWith("dashboard-read-").isNotEqualTo(first.get());
    }

    @Test
    void inside_a_transaction_a_read_runs_on_the_callers_thread_so_it_never_waits_for_a_second_connection() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThat(reads.start(() -> Thread.currentThread().getName()).get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void what_a_read_threw_reaches_the_caller_as_it_was() {
        ParallelReads.Pending<Object> failing = reads.start(() -> {
            throw new BusinessException("dashboard.error.period");
        });
        assertThatThrownBy(failing::get).isInstanceOf(BusinessException.class).hasMessageContaining("dashboard.error.period");
    }

    private static String meet(CountDownLatch both) {
        both.countDown();
        try {
            if (!both.await(5, TimeUnit.SECONDS)) {
                return "alone";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Thread.currentThread().getName();
    }
}
