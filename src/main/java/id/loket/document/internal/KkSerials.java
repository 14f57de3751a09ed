package id.loket.document.internal;

import id.loket.base.BusinessException;
import id.loket.base.DailySequences;
import id.loket.sync.ServerMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New KK numbers: district + issue date + a serial (identity-numbers.md). The serial counts per district and day for
 * the whole server (not per branch: the number names no branch). An enrolled branch takes it from the blocks the
 * central gave it for that district and day (issue 14.4); any other server from its configured block
 * ({@code loket.document.kk-serial-first/last}), the central itself only below the pool it hands out
 * ({@code loket.document.kk-serial-pool-first}). A number a family or a KK here already has is skipped.
 */
@Component
public class KkSerials {

    private static final DateTimeFormatter SERIAL_DATE = DateTimeFormatter.ofPattern("ddMMyy");
    /** KK serials are counted for the whole server, not per branch. */
    private static final String KK_SERIALS = "*";

    private final DailySequences sequences;
    private final SerialBlocks blocks;
    private final ServerMode mode;
    private final DocumentProperties properties;
    private final int ownLast;

    KkSerials(DailySequences sequences, SerialBlocks blocks, ServerMode mode, DocumentProperties properties,
              @Value("${loket.document.kk-serial-pool-first:1001}") int poolFirst) {
        this.sequences = sequences;
        this.blocks = blocks;
        this.mode = mode;
        this.properties = properties;
        // the central hands serials from poolFirst on to the branches: its own KKs stay below them
        this.ownLast = mode.central() ? Math.min(properties.kkSerialLast(), poolFirst - 1) : properties.kkSerialLast();
    }

    /** @param district the 6-digit district code (PPRRDD) */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String district, LocalDate issueDate, Predicate<String> inUse) {
        List<SerialBlocks.Block> held = mode.enrolledBranch()
                ? blocks.covering(mode.branchCode(), district, issueDate) : null;
        if (held != null && held.isEmpty()) {
            throw new BusinessException("document.error.serial-no-block");
        }
        while (true) {
            int nth = sequences.next(KK_SERIALS, "kk-" + district, issueDate);
            int serial = held == null ? properties.kkSerialFirst() - 1 + nth : nthSerial(held, nth);
            if (serial < 0 || (held == null && serial > ownLast)) {
                throw new BusinessException("document.error.serial-exhausted");
            }
            String number = district + SERIAL_DATE.format(issueDate) + "%04d".formatted(serial);
            if (!inUse.test(number)) {
                return number;
            }
        }
    }

    /** The n-th (from 1) serial of the day across the blocks, lowest first; -1 when they are used up. */
    private static int nthSerial(List<SerialBlocks.Block> held, int nth) {
        int left = nth;
        for (SerialBlocks.Block b : held) {
            if (left <= b.size()) {
                return b.first() + left - 1;
            }
            left -= b.size();
        }
        return -1;
    }
}
