package id.loket.tracking;

import id.loket.base.AccountService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.Localized;
import id.loket.base.RateLimiter;
import id.loket.document.DocumentService;
import id.loket.workflow.TrackingLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The public status page's one question. Rate-limited per address ({@code loket.tracking.lookups-per-hour}); a
 * wrong pair gets an empty answer after the same work as a right one (see {@link TrackingLookup}), the document
 * check included. The answer holds no personal data: a step, times, document names, the pickup hours.
 */
@Service
public class TrackingService {

    public enum State {
        /** In the steps; {@code remaining} is the expected time until the KK is signed. */
        IN_PROGRESS,
        /** Returned at intake: bring {@code missingDocuments} and hand the file in again. */
        RETURNED,
        /** At the pickup counter with a signed KK in force. */
        READY,
        /** Handed over. */
        DONE
    }

    public record PublicStatus(String reference, State state, Localized stepName, int stepSeq, int stepCount,
                               Instant since, BranchTimeZone timeZone, Duration remaining,
                               List<Localized> missingDocuments, String pickupHours) {
    }

    private final TrackingLookup lookup;
    private final DocumentService documents;
    private final AccountService accounts;
    private final RateLimiter limiter;
    private final Map<String, String> pickupHours;
    private final String defaultPickupHours;

    TrackingService(TrackingLookup lookup, DocumentService documents, AccountService accounts, Clock clock,
                    Environment environment,
                    @Value("${loket.tracking.lookups-per-hour:30}") int lookupsPerHour,
                    @Value("${loket.tracking.default-pickup-hours:Senin-Kamis 08.00-15.00, Jumat 08.00-11.00}")
                    String defaultPickupHours) {
        this.lookup = lookup;
        this.documents = documents;
        this.accounts = accounts;
        this.limiter = new RateLimiter(clock, lookupsPerHour, Duration.ofHours(1));
        this.pickupHours = Binder.get(environment)
                .bind("loket.tracking.pickup-hours", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        this.defaultPickupHours = defaultPickupHours;
    }

    /** Empty for a pair that matches nothing (the page says only "tidak ditemukan"). */
    @PreAuthorize("permitAll()")
    public Optional<PublicStatus> status(String reference, String phoneLastFour, String clientAddress) {
        if (!limiter.tryAcquire(clientAddress == null ? "?" : clientAddress)) {
            throw new BusinessException("tracking.error.rate-limit");
        }
        Optional<TrackingLookup.Tracked> found = lookup.find(reference, phoneLastFour);
        // asked for a pair that matches nothing too: the time taken must not tell the two apart
        boolean signed = documents.hasKkInForce(found.map(TrackingLookup.Tracked::applicationId).orElse(new UUID(0, 0)));
        BranchTimeZone zone = accounts.branch(found.map(TrackingLookup.Tracked::branchCode).orElse("-"))
                .map(AccountService.BranchRow::timeZone).orElse(BranchTimeZone.WIB);
        return found.map(t -> {
            State state = switch (t.status()) {
                case RETURNED -> State.RETURNED;
                case DONE -> State.DONE;
                case ACTIVE -> t.atLastStep() && signed ? State.READY : State.IN_PROGRESS;
            };
            return new PublicStatus(t.reference(), state, t.stepName(), t.stepSeq(), t.stepCount(), t.since(), zone,
                    state == State.IN_PROGRESS ? t.remaining() : Duration.ZERO, t.missingDocuments(),
                    state == State.READY ? pickupHours.getOrDefault(t.branchCode(), defaultPickupHours) : null);
        });
    }
}
