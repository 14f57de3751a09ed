package id.loket.workflow;

import id.loket.base.AccountService;
import id.loket.base.BranchTimeZone;
import id.loket.base.Localized;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.Step;
import id.loket.workflow.internal.Application;
import id.loket.workflow.internal.ApplicationRepository;
import id.loket.workflow.internal.StepVisitRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's own lookup behind the public status page (issue 15): a reference (the registration number, or
 * the returned slip's {@code BRANCH-YYYYMMDD-QUEUENUMBER}) and the last four digits of the applicant's phone. It
 * answers only where the application stands, never a name, NIK or phone. Every lookup does the same work whether
 * the pair is right or not (both queries, the history, today's pace, a constant-time compare of the digits), so
 * neither the answer nor its time tells a guesser that a number exists.
 */
@Service
public class TrackingLookup {

    private static final Pattern RETURNED_REF = Pattern.compile("([A-Z0-9]{1,16})-(\\d{8})-([A-Z]{1,3}-\\d{1,4})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Used for the queries of a reference that cannot exist, so a malformed one costs what a real one does. */
    private static final String NO_BRANCH = "-";
    private static final byte[] NO_DIGITS = "\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8);

    private final ApplicationRepository applications;
    private final StepVisitRepository visits;
    private final CatalogService catalog;
    private final Clock clock;
    private final int minSamples;
    private final AccountService accounts;
    /** A pair that matches nothing reads this server's own branch's pace: as many rows as a real lookup reads. */
    private final String homeBranch;

    TrackingLookup(ApplicationRepository applications, StepVisitRepository visits, CatalogService catalog, Clock clock,
                   AccountService accounts, @Value("${loket.tracking.pace-min-samples:3}") int minSamples,
                   @Value("${loket.branch.code:PUSAT}") String homeBranch) {
        this.homeBranch = homeBranch;
        this.applications = applications;
        this.visits = visits;
        this.catalog = catalog;
        this.clock = clock;
        this.accounts = accounts;
        this.minSamples = minSamples;
    }

    private ZoneId zone(String branchCode) {
        return accounts.branch(branchCode).map(b -> b.timeZone()).orElse(BranchTimeZone.WIB).zoneId();
    }

    /**
     * Where an application stands, for its applicant. {@code remaining}: the expected time to the end of step 6
     * (the KK signed), from each remaining step's median time today at the branch (entered -> finished, so the
     * waiting is in it) when the step finished at least {@code loket.tracking.pace-min-samples} cards today, else
     * its standard minutes from the catalogue; the current step counts what is left of it.
     */
    public record Tracked(UUID applicationId, String branchCode, String reference, ApplicationStatus status,
                          String stepCode, Localized stepName, int stepSeq, int stepCount, Instant since,
                          Duration remaining, List<Localized> missingDocuments, boolean atLastStep) {
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Tracked> find(String reference, String phoneLastFour) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        if (ref.length() > 40) {
            ref = "";
        }
        // both ways to find an application, always: which one matched must not show in the time taken
        Optional<Application> registered = applications.findByRegistrationNumber(ref.isEmpty() ? NO_BRANCH : ref);
        Matcher m = RETURNED_REF.matcher(ref);
        String branch = NO_BRANCH;
        String queueNumber = NO_BRANCH;
        LocalDate day = LocalDate.of(2000, 1, 1);
        if (m.matches()) {
            try {
                day = LocalDate.parse(m.group(2), DAY);
                branch = m.group(1);
                queueNumber = m.group(3);
            } catch (DateTimeParseException e) {
                // stays a reference that matches nothing
            }
        }
        ZoneId zone = zone(branch);
        Optional<Application> returned = applications.findReturned(branch, queueNumber,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst();
        Optional<Application> found = registered.or(() -> returned);
        Application app = found.orElse(null);

        // the history and today's pace are read for a pair that matches nothing too (same queries, same size)
        UUID id = app == null ? new UUID(0, 0) : app.id();
        String branchCode = app == null ? homeBranch : app.branchCode();
        visits.findByApplicationIdOrderByVisitNoAsc(id);
        Map<String, Boolean> checklist = new HashMap<>();
        for (Object[] row : applications.checklist(id)) {
            checklist.put((String) row[0], row[1] instanceof Boolean b ? b : row[1] instanceof Number n && n.intValue() != 0);
        }
        Map<String, Duration> pace = todaysPace(branchCode);

        byte[] expected = app == null ? NO_DIGITS : lastFour(app.applicantPhone());
        String givenDigits = phoneLastFour == null ? "" : phoneLastFour.replaceAll("\\D", "");
        byte[] given = (givenDigits.length() == 4 ? givenDigits : "????").getBytes(StandardCharsets.UTF_8);
        boolean digitsMatch = MessageDigest.isEqual(expected, given);
        Tracked tracked = describe(app, ref, checklist, pace);
        return app != null && digitsMatch ? Optional.of(tracked) : Optional.empty();
    }

    private Tracked describe(Application app, String ref, Map<String, Boolean> checklist, Map<String, Duration> pace) {
        CatalogService.Snapshot snapshot = catalog.catalog();
        List<Step> steps = snapshot.steps();
        if (app == null) {
            // the same computation on the first step, for a pair that matches nothing
            remaining(steps, steps.getFirst(), Instant.now(clock), pace);
            return null;
        }
        Step current = snapshot.step(app.currentStep()).orElse(steps.getFirst());
        List<Localized> missing = new ArrayList<>();
        if (app.status() == ApplicationStatus.RETURNED) {
            snapshot.type(app.typeCode()).ifPresent(t -> t.documents().stream()
                    .filter(d -> !checklist.getOrDefault(d.code(), false))
                    .forEach(d -> missing.add(d.name())));
        }
        Duration remaining = app.status() == ApplicationStatus.ACTIVE
                ? remaining(steps, current, app.stepEnteredAt(), pace) : Duration.ZERO;
        return new Tracked(app.id(), app.branchCode(), app.registrationNumber() != null ? app.registrationNumber() : ref,
                app.status(), current.code(), current.name(), current.seq(), steps.size(),
                app.status() == ApplicationStatus.ACTIVE ? app.stepEnteredAt() : app.finishedAt(), remaining,
                List.copyOf(missing), current.seq() == steps.getLast().seq());
    }

    /** What is left of the current step plus the remaining steps before the last (the handover is the citizen's). */
    private Duration remaining(List<Step> steps, Step current, Instant enteredAt, Map<String, Duration> pace) {
        Duration total = Duration.ZERO;
        int last = steps.getLast().seq();
        for (Step s : steps) {
            if (s.seq() < current.seq() || s.seq() >= last) {
                continue;
            }
            Duration expected = pace.getOrDefault(s.code(), Duration.ofMinutes(s.standardMinutes()));
            if (s.seq() == current.seq()) {
                Duration spent = Duration.between(enteredAt, Instant.now(clock));
                expected = expected.minus(spent).isNegative() ? Duration.ZERO : expected.minus(spent);
            }
            total = total.plus(expected);
        }
        return total;
    }

    /** Today's median time per step at the branch (entered -> finished), for steps with enough finished cards. */
    private Map<String, Duration> todaysPace(String branchCode) {
        ZoneId zone = zone(branchCode);
        Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        Map<String, List<Long>> seconds = new HashMap<>();
        for (Object[] row : visits.finishedSince(branchCode, startOfDay)) {
            Instant entered = (Instant) row[1];
            Instant finished = (Instant) row[2];
            seconds.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(Duration.between(entered, finished).toSeconds());
        }
        Map<String, Duration> medians = new HashMap<>();
        seconds.forEach((step, list) -> {
            if (list.size() >= minSamples) {
                List<Long> sorted = list.stream().sorted().toList();
                int n = sorted.size();
                long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
                medians.put(step, Duration.ofSeconds(median));
            }
        });
        return medians;
    }

    private static byte[] lastFour(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.substring(Math.max(0, digits.length() - 4)).getBytes(StandardCharsets.UTF_8);
    }
}
