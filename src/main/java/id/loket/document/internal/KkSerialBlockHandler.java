package id.loket.document.internal;

import id.loket.base.AuditService;
import id.loket.sync.DownstreamHandler;
import id.loket.sync.Envelope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At an enrolled branch: a block of KK serials from the central, kept for new families of its district. */
@Component
class KkSerialBlockHandler implements DownstreamHandler {

    private final SerialBlocks blocks;
    private final AuditService audit;
    private final Clock clock;
    private final String branchCode;

    KkSerialBlockHandler(SerialBlocks blocks, AuditService audit, Clock clock,
                         @Value("${loket.branch.code:PUSAT}") String branchCode) {
        this.blocks = blocks;
        this.audit = audit;
        this.clock = clock;
        this.branchCode = branchCode;
    }

    @Override
    public String type() {
        return SerialBlockGranter.TYPE;
    }

    @Override
    public void apply(Envelope event) {
        if (event.schema() != SerialBlockGranter.SCHEMA) {
            throw new IllegalStateException("kk_serial_block schema " + event.schema() + " is newer than this branch");
        }
        Map<String, Object> d = event.data();
        SerialBlocks.Block block = new SerialBlocks.Block(UUID.fromString((String) d.get("blockId")), branchCode,
                (String) d.get("district"), ((Number) d.get("serialFirst")).intValue(),
                ((Number) d.get("serialLast")).intValue(), LocalDate.parse((String) d.get("validFrom")),
                LocalDate.parse((String) d.get("validUntil")));
        if (blocks.insertIfAbsent(block, clock.instant())) {
            audit.record(branchCode, "kk-serial-block", block.id().toString(), "received-from-central",
                    "district=" + block.district() + ", serials=" + block.first() + "-" + block.last() + ", days="
                            + block.validFrom() + ".." + block.validUntil());
        }
    }
}
