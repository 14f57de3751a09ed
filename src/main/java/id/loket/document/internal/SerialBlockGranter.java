package id.loket.document.internal;

import id.loket.base.RunAs;
import id.loket.population.ReferenceData;
import id.loket.sync.BranchDeliveries;
import id.loket.sync.DownstreamLog;
import id.loket.sync.ServerMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The central hands KK serial blocks to the enrolled branches ahead of need (issue 14.4), on its own initiative: it
 * knows what it granted, so it needs no request from a branch that may be offline. Each branch gets, per district,
 * a slot of {@code kk-serial-block-size} serials (the same slot on every day, disjoint from every other branch's slot
 * in that district) for the days up to {@code kk-serial-grant-days} ahead, topped up when fewer than half of those
 * days remain. A branch offline for days keeps issuing from the days it already holds.
 */
@Component
public class SerialBlockGranter {

    /** The downstream event's type and layout (docs/events.md). */
    public static final String TYPE = "kk_serial_block";
    public static final int SCHEMA = 1;

    private static final Logger LOG = LoggerFactory.getLogger(SerialBlockGranter.class);

    private final SerialBlocks blocks;
    private final DownstreamLog downstream;
    private final ServerMode mode;
    private final ObjectProvider<BranchDeliveries> branches;
    private final ReferenceData references;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;
    private final int grantDays;
    private final int blockSize;
    private final int poolFirst;
    private final int poolLast;
    private final List<String> configuredDistricts;
    private final String regency;
    private final RunAs runAs;
    private volatile List<String> districts;

    SerialBlockGranter(SerialBlocks blocks, DownstreamLog downstream, ServerMode mode,
                       ObjectProvider<BranchDeliveries> branches, ReferenceData references,
                       PlatformTransactionManager transactions, Clock clock,
                       RunAs runAs,
                       @Value("${loket.branch.time-zone:WIB}") id.loket.base.BranchTimeZone zone,
                       @Value("${loket.document.kk-serial-grant-days:30}") int grantDays,
                       @Value("${loket.document.kk-serial-block-size:100}") int blockSize,
                       @Value("${loket.document.kk-serial-pool-first:1001}") int poolFirst,
                       @Value("${loket.document.kk-serial-pool-last:9999}") int poolLast,
                       @Value("${loket.document.kk-serial-districts:}") List<String> districts,
                       @Value("${loket.document.kk-serial-regency:32.01}") String regency) {
        this.blocks = blocks;
        this.downstream = downstream;
        this.mode = mode;
        this.branches = branches;
        this.references = references;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone.zoneId();
        this.grantDays = Math.max(2, grantDays);
        this.blockSize = Math.clamp(blockSize, 1, 9999);
        this.poolFirst = Math.clamp(poolFirst, 1, 9999);
        this.poolLast = Math.clamp(poolLast, this.poolFirst, 9999);
        this.configuredDistricts = districts.stream().map(d -> d.replace(".", "").trim()).filter(d -> !d.isEmpty())
                .toList();
        this.regency = regency;
        this.runAs = runAs;
    }

    @Scheduled(fixedDelayString = "${loket.document.kk-serial-grant-interval:1h}",
            initialDelayString = "${loket.document.kk-serial-grant-initial-delay:1m}")
    void scheduled() {
        if (mode.central()) {
            try {
                grantAll();
            } catch (RuntimeException e) {
                LOG.warn("Granting KK serial blocks failed; next run retries: {}", e.getMessage());
            }
        }
    }

    /** Tops up every enrolled branch in every district; returns the blocks granted now. */
    public List<SerialBlocks.Block> grantAll() {
        BranchDeliveries enrolled = branches.getIfAvailable();
        if (!mode.central() || enrolled == null) {
            return List.of();
        }
        List<SerialBlocks.Block> granted = new ArrayList<>();
        for (String branch : enrolled.lastDeliveries().keySet()) {
            // one transaction per branch: its blocks and their downstream events commit together
            granted.addAll(tx.execute(status -> grant(branch)));
        }
        return granted;
    }

    private List<SerialBlocks.Block> grant(String branch) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate horizon = today.plusDays(grantDays);
        LocalDate topUpBelow = today.plusDays(grantDays / 2);
        List<SerialBlocks.Block> granted = new ArrayList<>();
        for (String district : districts()) {
            Optional<SerialBlocks.Block> latest = blocks.latest(branch, district);
            if (latest.isPresent() && !latest.get().validUntil().isBefore(topUpBelow)) {
                continue;
            }
            LocalDate from = latest.map(b -> b.validUntil().plusDays(1)).filter(d -> d.isAfter(today)).orElse(today);
            Optional<int[]> slot = latest.map(b -> new int[] {b.first(), b.last()})
                    .or(() -> freeSlot(branch, district, from));
            if (slot.isEmpty()) {
                LOG.warn("No free KK serial slot of {} in district {} for branch {}", blockSize, district, branch);
                continue;
            }
            SerialBlocks.Block block = new SerialBlocks.Block(UUID.randomUUID(), branch, district, slot.get()[0],
                    slot.get()[1], from, horizon);
            blocks.insertIfAbsent(block, clock.instant());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("blockId", block.id().toString());
            data.put("district", district);
            data.put("serialFirst", block.first());
            data.put("serialLast", block.last());
            data.put("validFrom", block.validFrom().toString());
            data.put("validUntil", block.validUntil().toString());
            downstream.append(TYPE, SCHEMA, branch, block.id().toString(), data);
            granted.add(block);
        }
        return granted;
    }

    /** The lowest slot of the pool that no other branch holds in the district from {@code from} on. */
    private Optional<int[]> freeSlot(String branch, String district, LocalDate from) {
        List<SerialBlocks.Block> others = blocks.othersFrom(branch, district, from);
        for (int first = poolFirst; first + blockSize - 1 <= poolLast; first += blockSize) {
            int last = first + blockSize - 1;
            int f = first;
            if (others.stream().noneMatch(o -> o.first() <= last && f <= o.last())) {
                return Optional.of(new int[] {first, last});
            }
        }
        return Optional.empty();
    }

    /** The configured districts, or every district of the office's regency (from the official region list). */
    List<String> districts() {
        List<String> known = districts;
        if (known != null) {
            return known;
        }
        if (!configuredDistricts.isEmpty()) {
            known = configuredDistricts;
        } else {
            // a background job: signed in as no officer (root tenant), authenticated for the region search
            known = runAs.call(UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()),
                    () -> references.search(regency, null, 0, 1000).stream()
                            .map(r -> r.code().replace(".", "")).toList());
        }
        districts = known;
        return known;
    }
}
