package id.loket.skm;

import com.vaadin.flow.i18n.I18NProvider;
import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.RateLimiter;
import id.loket.skm.internal.HandoverInvites;
import id.loket.skm.internal.SkmProperties;
import id.loket.skm.internal.SkmReportPdf;
import id.loket.skm.internal.SkmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey (issue 15.4): the public page's two calls (what state a link is in, submit once), the handover screen's
 * invite, and the index and its PDF report for the Kepala Dinas's dashboard.
 */
@Service
public class SkmService {

    /** The public page's address: {@code survei/<token>}. */
    public static final String ROUTE = "survei";

    /** What a survey link is now. */
    public enum LinkState {
        OPEN, USED, EXPIRED, UNKNOWN
    }

    /** What the officer shows the citizen after a handover: the page's address (relative) and the configured base. */
    public record Invite(String path, String publicUrl) {
    }

    /** A file for the browser. */
    public record File(String name, String contentType, byte[] content) {
    }

    private final SkmStore store;
    private final HandoverInvites invites;
    private final AccountService accounts;
    private final AuditService audit;
    private final SkmProperties properties;
    private final Clock clock;
    private final RateLimiter submissions;
    private final SkmReportPdf pdf;

    SkmService(SkmStore store, HandoverInvites invites, AccountService accounts, AuditService audit,
               SkmProperties properties, Clock clock, I18NProvider i18n) {
        this.store = store;
        this.invites = invites;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.submissions = new RateLimiter(clock, properties.submissionsPerHour(), Duration.ofHours(1));
        this.pdf = new SkmReportPdf(i18n);
    }

    // ---- public page ----

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public LinkState state(String token) {
        return clean(token).flatMap(store::token).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /**
     * One answer per link: all nine ratings 1-4, or nothing is stored. A used, expired or unknown link is refused
     * with its own plain message ({@code skm.survey.USED} ...). Every attempt counts against the address's limit.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void submit(String token, Map<SkmElement, Integer> ratings, String clientAddress) {
        if (!submissions.tryAcquire(clientAddress == null ? "?" : clientAddress)) {
            throw new BusinessException("skm.error.rate-limit");
        }
        Map<SkmElement, Integer> answers = new EnumMap<>(SkmElement.class);
        for (SkmElement e : SkmElement.values()) {
            Integer r = ratings == null ? null : ratings.get(e);
            if (r == null || r < 1 || r > 4) {
                throw new BusinessException("skm.error.incomplete");
            }
            answers.put(e, r);
        }
        SkmStore.Token t = clean(token).flatMap(store::token)
                .orElseThrow(() -> new BusinessException("skm.survey.UNKNOWN"));
        LinkState s = state(t);
        if (s != LinkState.OPEN || !store.use(t.token())) {
            throw new BusinessException("skm.survey." + (s == LinkState.OPEN ? LinkState.USED : s).name());
        }
        store.insertResponse(t.branchCode(), t.typeCode(), t.serviceDay(), answers);
    }

    private LinkState state(SkmStore.Token t) {
        if (t.used()) {
            return LinkState.USED;
        }
        BranchTimeZone zone = accounts.branch(t.branchCode()).map(AccountService.BranchRow::timeZone)
                .orElse(BranchTimeZone.WIB);
        LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
        return today.isAfter(t.serviceDay().plusDays(properties.tokenValidDays())) ? LinkState.EXPIRED : LinkState.OPEN;
    }

    private static Optional<String> clean(String token) {
        String t = token == null ? "" : token.trim();
        return t.matches("[A-Za-z0-9_-]{22}") ? Optional.of(t) : Optional.empty();
    }

    // ---- handover screen ----

    /** The survey link of an application just handed over in the officer's branch, while it is still open. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PICKUP','HEAD_OF_OFFICE')")
    public Optional<Invite> invite(UUID applicationId) {
        LoketUser user = CurrentUser.require();
        return invites.invite(applicationId).filter(i -> i.branchCode().equals(user.branchCode()))
                .filter(i -> state(i.token()) == LinkState.OPEN)
                .map(i -> new Invite(ROUTE + "/" + i.token(), properties.publicUrl()));
    }

    // ---- index and report ----

    /**
     * The index of the answers whose service day is in [from, to], of one branch or (null) every branch this server
     * holds, one application type or (null) all.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public SkmIndex index(LocalDate from, LocalDate to, String branchCode, String typeCode) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("skm.error.period");
        }
        SkmStore.Sums s = store.sums(from, to, blank(branchCode), blank(typeCode));
        return SkmCalculator.index(from, to, blank(branchCode), blank(typeCode), s.respondents(), s.sums(), s.counts());
    }

    /**
     * The report the office publishes, as PDF, in the user's language. Labels of office, branch and type come from
     * the caller (the dashboard knows them). Audited: who took which figures out.
     */
    @Transactional
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public File report(LocalDate from, LocalDate to, String branchCode, String typeCode, String officeName,
                       String branchLabel, String typeLabel, Locale locale) {
        SkmIndex index = index(from, to, branchCode, typeCode);
        LoketUser user = CurrentUser.require();
        byte[] content = pdf.render(index, new SkmReportPdf.Header(officeName, branchLabel, typeLabel,
                Instant.now(clock), user.timeZone().zoneId()), locale);
        audit.record(user.branchCode(), "skm", "report", "exported-pdf", "period " + from + ".." + to + ", branch "
                + (index.branchCode() == null ? "all" : index.branchCode()) + ", type "
                + (index.typeCode() == null ? "all" : index.typeCode()) + ", respondents " + index.respondents());
        String branch = index.branchCode() == null ? "" : "-" + index.branchCode();
        return new File("laporan-skm" + branch + "-" + from + (to.equals(from) ? "" : "_" + to) + ".pdf",
                "application/pdf", content);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
