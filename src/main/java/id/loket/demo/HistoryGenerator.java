package id.loket.demo;

import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.AppType;
import id.loket.catalog.CatalogService.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills a database with years of realistic KK service history (issue 13.7) for the dashboards and their benchmark:
 * queue tickets, applications, their documents and the step history, written as raw rows with multi-row inserts
 * (walking 1.5 million applications through the services would take days). Deterministic for a seed.
 *
 * <p>What it models: arrivals per branch and working day (Monday busiest, Friday short, July and January busier,
 * a few % growth a year, no arrivals on weekends and holidays), arrivals by half hour (morning peak, lunch dip);
 * the front-office queue as counters calling in ticket order (a supervisor opens another counter when the wait passes
 * 20 minutes), so peaks make the queue wait; working and waiting minutes log-normal around the catalogue's standards,
 * by step and application type; rework (verification back to data entry or the SIAK check, with reasons); outliers
 * (a visit 3-12x its usual time, a KK picked up days later) and cards left at closing time that wait overnight.
 * Standards, steps, roles and document lists come from the catalogue, never from here.
 */
public class HistoryGenerator {

    /** Branches of the generated office: the demo's PUSAT and CIBINONG and three more UPTs of Kabupaten Bogor. */
    public static final List<String> DEFAULT_BRANCHES = List.of("PUSAT", "CIBINONG", "CILEUNGSI", "LEUWILIANG", "PARUNG");
    private static final Map<String, String> BRANCH_NAMES = Map.of(
            "CIBINONG", "UPT Dukcapil Cibinong", "CILEUNGSI", "UPT Dukcapil Cileungsi",
            "LEUWILIANG", "UPT Dukcapil Leuwiliang", "PARUNG", "UPT Dukcapil Parung");

    /**
     * @param until last generated day (branch-local); {@code now}: anything after it is not generated (a card still in
     *              a step at that moment stays ACTIVE there)
     */
    public record Settings(long seed, List<String> branches, LocalDate from, LocalDate until, long applications,
                           ZoneId zone, Instant now) {

        public static Settings years(int years, long applications, long seed, Instant now) {
            ZoneId zone = ZoneId.of("Asia/Jakarta");
            LocalDate until = LocalDate.ofInstant(now, zone).minusDays(1);
            return new Settings(seed, DEFAULT_BRANCHES, until.minusYears(years).plusDays(1), until, applications, zone, now);
        }

        public Settings withBranches(List<String> codes) {
            return new Settings(seed, codes, from, until, applications, zone, now);
        }

        public Settings withDays(LocalDate first, LocalDate last) {
            return new Settings(seed, branches, first, last, applications, zone, now);
        }
    }

    public record Result(long tickets, long applications, long done, long returnedAtIntake, long active, long stepRows,
                         long documentRows, long reworks, int workingDays, long millis) {
    }

    // shares of the application types (codes the catalogue does not know are skipped, unknown types get 1 %)
    private static final Map<String, Double> TYPE_SHARE = Map.of(
            "BIRTH", 0.30, "DATA_CHANGE", 0.17, "NEW_FAMILY", 0.15, "MOVE_IN", 0.12, "LOST_DAMAGED", 0.09,
            "ADD_MEMBER", 0.08, "DEATH", 0.07, "ARRIVAL_ABROAD", 0.015, "FOREIGNER_KITAP", 0.005);
    /** Types with more to type in (a whole new family, several members arriving): data entry takes longer. */
    private static final Set<String> LONG_ENTRY = Set.of("NEW_FAMILY", "MOVE_IN", "ARRIVAL_ABROAD", "FOREIGNER_KITAP");
    // median waiting minutes before an officer of the step takes the card; working = standard x factor
    private static final Map<String, Double> WAIT_MEDIAN = Map.of(
            "SIAK_CHECK", 3.0, "DATA_ENTRY", 4.0, "VERIFICATION", 6.5, "SIGNING", 4.0, "HANDOVER", 3.0);
    private static final Map<String, Double> WORK_FACTOR = Map.of(
            "INTAKE", 0.85, "SIAK_CHECK", 0.8, "DATA_ENTRY", 1.0, "VERIFICATION", 0.75, "SIGNING", 0.65, "HANDOVER", 0.9);
    private static final Map<String, Double> WORK_SIGMA = Map.of(
            "INTAKE", 0.35, "SIAK_CHECK", 0.45, "DATA_ENTRY", 0.40, "VERIFICATION", 0.50, "SIGNING", 0.35, "HANDOVER", 0.35);
    private static final double NO_SHOW = 0.03;
    private static final double INCOMPLETE_AT_INTAKE = 0.04;
    // weekday (Mon..Fri) and month factors of the arrivals
    private static final double[] WEEKDAY = {1.30, 1.05, 1.0, 0.95, 0.70};
    private static final double[] MONTH = {1.10, 1.0, 1.0, 0.95, 1.0, 1.05, 1.15, 1.0, 0.95, 1.0, 0.95, 0.85};
    // arrivals per half hour from 07:30 (the kiosk opens before the counters); Friday closes 11:30-13:30 for prayers
    private static final double[] HALF_HOURS = {0.5, 1.3, 1.6, 1.7, 1.6, 1.4, 1.2, 1.0, 0.8, 0.4, 0.5, 0.8, 0.7, 0.4};
    private static final double[] HALF_HOURS_FRIDAY = {0.5, 1.4, 1.7, 1.7, 1.5, 1.2, 0.8, 0.3, 0, 0, 0, 0, 0.4, 0.2};
    private static final LocalTime FIRST_ARRIVAL = LocalTime.of(7, 30);
    private static final LocalTime COUNTERS_OPEN = LocalTime.of(8, 0);
    private static final LocalTime FRIDAY_BREAK = LocalTime.of(11, 30);
    private static final LocalTime FRIDAY_BACK = LocalTime.of(13, 30);
    /** Back-office steps stop taking cards at closing; a card left then waits until the next working morning. */
    private static final LocalTime CLOSING = LocalTime.of(16, 0);

    private static final List<String> SENT_BACK_TO_DATA_ENTRY = List.of(
            "Nama ibu kandung anggota tidak sesuai akta kelahiran", "Tanggal lahir kepala keluarga salah ketik",
            "RT/RW alamat tidak sesuai surat pindah", "Status hubungan dalam keluarga tertukar",
            "Pekerjaan belum diisi sesuai dokumen", "Ejaan nama tidak sesuai akta");
    private static final List<String> SENT_BACK_TO_SIAK = List.of(
            "NIK anggota tidak ditemukan di SIAK, mohon cek ulang", "Data SIAK berbeda dengan KK lama, perlu konfirmasi",
            "NIK kepala keluarga berbeda dengan berkas");
    private static final List<String> SENT_BACK_FROM_SIGNING = List.of(
            "Pratinjau KK: nama desa salah, mohon verifikasi ulang", "Pratinjau KK: urutan anggota keliru");
    private static final String[] FIRST = {"Siti", "Budi", "Agus", "Dewi", "Ahmad", "Rina", "Joko", "Nur", "Andi", "Wulan",
            "Rudi", "Maya", "Hendra", "Yusuf", "Ayu", "Dedi", "Sri", "Eko", "Lina", "Fajar", "Putri", "Rizki", "Indah",
            "Bambang", "Asep", "Euis", "Ujang", "Neneng", "Iwan", "Ratna"};
    private static final String[] LAST = {"Santoso", "Rahmawati", "Setiawan", "Lestari", "Fauzi", "Marlina", "Prasetyo",
            "Aini", "Saputra", "Anggraini", "Hartono", "Sari", "Gunawan", "Hidayat", "Wijaya", "Kurniawan", "Suryani",
            "Nugraha", "Permana", "Hakim", "Maulana", "Rosita", "Sulastri", "Firmansyah", "Supriatna"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DataSource dataSource;
    private final CatalogService.Snapshot catalog;
    private final Consumer<String> progress;

    public HistoryGenerator(DataSource dataSource, CatalogService.Snapshot catalog, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.progress = progress;
    }

    // ---------------------------------------------------------------- calendar

    /** Holidays (libur and cuti bersama) from {@code generator/holidays.csv}, a copy of shared/domain/holidays.csv. */
    public static Set<LocalDate> holidays(LocalDate from, LocalDate until) {
        Set<LocalDate> days = new HashSet<>();
        Set<Integer> yearsInFile = new HashSet<>();
        try (var in = HistoryGenerator.class.getResourceAsStream("/generator/holidays.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
                LocalDate day = LocalDate.parse(line.substring(0, line.indexOf(',')));
                days.add(day);
                yearsInFile.add(day.getYear());
            });
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("generator/holidays.csv is missing", e);
        }
        // the file has only the years the SKB lists were found for: other years get the fixed-date national holidays
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            if (!yearsInFile.contains(year)) {
                for (int[] md : new int[][]{{1, 1}, {5, 1}, {6, 1}, {8, 17}, {12, 25}}) {
                    days.add(LocalDate.of(year, md[0], md[1]));
                }
            }
        }
        days.removeIf(d -> d.isBefore(from) || d.isAfter(until));
        return days;
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    // ---------------------------------------------------------------- generation

    private record Visit(String step, int visitNo, long entered, long claimed, String claimedBy, long finished,
                         String actor, String outcome, String reason) {
    }

    /** One ticket and, unless a no-show, its application. Times are epoch seconds. */
    private static final class Arrival {
        UUID ticketId;
        UUID applicationId;
        long taken;
        long called;
        long intakeDone;
        int seq;
        String type;
        String counter;
        String frontOffice;
        boolean noShow;
        boolean incomplete;
        String registration;
        final List<Visit> visits = new ArrayList<>();
        int reworks;
    }

    private SplittableRandom random;
    /** Ids from their own stream, seeded with the branches too: the same history for other branches gets other ids. */
    private SplittableRandom ids;
    private Set<LocalDate> nonWorking;
    private ZoneId zone;
    private long now;

    public Result generate(Settings s) throws SQLException {
        long t0 = System.nanoTime();
        random = new SplittableRandom(s.seed());
        ids = new SplittableRandom(s.seed() * 31 + s.branches().hashCode());
        zone = s.zone();
        now = s.now().getEpochSecond();
        nonWorking = holidays(s.from().minusDays(1), s.until().plusYears(1));
        List<LocalDate> days = s.from().datesUntil(s.until().plusDays(1)).filter(this::working).toList();
        List<Step> steps = catalog.steps();
        List<Step> board = catalog.boardSteps();
        if (steps.size() < 3 || board.isEmpty()) {
            throw new IllegalStateException("the catalogue has no board steps");
        }
        List<AppType> types = catalog.types();
        double[] typeCumulative = new double[types.size()];
        double sum = 0;
        for (int i = 0; i < types.size(); i++) {
            sum += TYPE_SHARE.getOrDefault(types.get(i).code(), 0.01);
            typeCumulative[i] = sum;
        }
        // day weights: weekday x month x growth x the rush after a holiday
        double[] dayWeight = new double[days.size()];
        double totalWeight = 0;
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            double w = WEEKDAY[d.getDayOfWeek().getValue() - 1] * MONTH[d.getMonthValue() - 1]
                    * (1 + 0.05 * ChronoUnit.DAYS.between(s.from(), d) / 365.0);
            LocalDate before = d.minusDays(1);
            if (!working(before) && !weekend(before)) {
                w *= 1.25;
            }
            dayWeight[i] = w;
            totalWeight += w;
        }
        double[] branchShare = new double[s.branches().size()];
        double shares = 0;
        for (int b = 0; b < branchShare.length; b++) {
            branchShare[b] = b == 0 ? 1.8 : 1.0 - 0.08 * (b % 3);
            shares += branchShare[b];
        }
        long tickets = 0, apps = 0, done = 0, returned = 0, active = 0, stepRows = 0, docRows = 0, reworks = 0;
        try (Connection c = dataSource.getConnection()) {
            refuseExisting(c, s);
            ensureBranches(c, s.branches());
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // this session only, for speed: the generator writes parents first and numbers are unique by construction
                st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            Rows ticketRows = new Rows(c, "ticket", "id, branch_code, service_code, day, seq, number, type_code, status, "
                    + "counter, call_count, created_at, called_at, called_by, finished_at, version", 15);
            Rows appRows = new Rows(c, "application", "id, branch_code, registration_number, ticket_id, queue_number, "
                    + "type_code, applicant_name, applicant_nik, applicant_phone, status, current_step, visit_no, "
                    + "step_entered_at, step_claimed_at, holder, rework_count, created_at, finished_at, version", 19);
            Rows docRowsOut = new Rows(c, "application_document", "application_id, document_code, present", 3);
            Rows visitRows = new Rows(c, "step_history", "id, application_id, visit_no, branch_code, step_code, "
                    + "entered_at, claimed_at, claimed_by, finished_at, actor, outcome, reason", 12);
            Rows sequenceRows = new Rows(c, "daily_sequence", "branch_code, name, day, value", 4);
            Map<String, AppType> typeByCode = new HashMap<>();
            types.forEach(t -> typeByCode.put(t.code(), t));
            int lastMonth = -1;
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                for (int b = 0; b < s.branches().size(); b++) {
                    String branch = s.branches().get(b);
                    double expected = s.applications() * branchShare[b] / shares * dayWeight[i] / totalWeight
                            / ((1 - NO_SHOW) * 1.0);
                    List<Arrival> arrivals = arrivals(day, expected, types, typeCumulative);
                    serveQueue(arrivals, day, branch, expected, steps);
                    for (Arrival a : arrivals) {
                        if (!a.noShow && !a.incomplete) {
                            walkBoard(a, branch, board);
                        }
                    }
                    // registration numbers in the order intake completed, like the daily sequence hands them out
                    List<Arrival> registered = arrivals.stream().filter(a -> !a.noShow && !a.incomplete)
                            .sorted(Comparator.comparingLong(a -> a.intakeDone)).toList();
                    int regSeq = 0;
                    for (Arrival a : registered) {
                        a.registration = "%s-%s-%04d".formatted(branch, DAY.format(day), ++regSeq);
                    }
                    for (Arrival a : arrivals) {
                        tickets++;
                        if (a.called >= now || (!a.noShow && a.intakeDone >= now)) {
                            continue; // still in the queue or at intake at the cut: not generated
                        }
                        boolean served = !a.noShow;
                        ticketRows.add(a.ticketId, branch, CatalogService.KK, day, a.seq,
                                "%s-%03d".formatted(catalog.queuePrefix(), a.seq), a.type,
                                served ? "SERVED" : "NO_SHOW", a.counter, served ? 1 : 2, ts(a.taken), ts(a.called),
                                a.frontOffice, ts(served ? a.intakeDone : a.called + 150), 2);
                        if (a.noShow) {
                            continue;
                        }
                        apps++;
                        AppType type = typeByCode.get(a.type);
                        List<String> docs = type.documents().stream().map(CatalogService.Document::code).toList();
                        for (int d = 0; d < docs.size(); d++) {
                            docRowsOut.add(a.applicationId, docs.get(d), !(a.incomplete && d == 0));
                            docRows++;
                        }
                        Visit last = a.visits.getLast();
                        String status;
                        if (a.incomplete) {
                            status = "RETURNED";
                            returned++;
                        } else if (last.finished == 0) {
                            status = "ACTIVE";
                            active++;
                        } else {
                            status = "DONE";
                            done++;
                        }
                        reworks += a.reworks;
                        String[] person = person(a.applicationId);
                        appRows.add(a.applicationId, branch, a.registration, a.ticketId, "%s-%03d".formatted(
                                        catalog.queuePrefix(), a.seq), a.type, person[0], person[1], person[2], status,
                                last.step, last.visitNo, ts(last.entered), a.incomplete ? null : ts(last.claimed),
                                "ACTIVE".equals(status) ? last.claimedBy : null, a.reworks, ts(a.intakeDone),
                                "ACTIVE".equals(status) ? null : ts(last.finished), a.visits.size());
                        for (Visit v : a.visits) {
                            visitRows.add(uuid(v.entered), a.applicationId, v.visitNo, branch, v.step, ts(v.entered),
                                    ts(v.claimed), v.claimedBy, ts(v.finished), v.actor, v.outcome, v.reason);
                            stepRows++;
                        }
                    }
                    // the live app numbers on after these (a generated "today" must not collide with the kiosk)
                    sequenceRows.add(branch, "queue-" + CatalogService.KK, day, arrivals.size());
                    sequenceRows.add(branch, "registration", day, regSeq);
                }
                if (day.getMonthValue() != lastMonth || i == days.size() - 1) {
                    for (Rows r : List.of(ticketRows, appRows, docRowsOut, visitRows, sequenceRows)) {
                        r.flush();
                    }
                    c.commit();
                    if (day.getMonthValue() != lastMonth) {
                        progress.accept("%s: %,d applications, %,d step rows so far".formatted(
                                day.withDayOfMonth(1), apps, stepRows));
                    }
                    lastMonth = day.getMonthValue();
                }
            }
            for (Rows r : List.of(ticketRows, appRows, docRowsOut, visitRows, sequenceRows)) {
                r.flush();
                r.close();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            }
            c.setAutoCommit(autoCommit);
        }
        return new Result(tickets, apps, done, returned, active, stepRows, docRows, reworks, days.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    boolean working(LocalDate day) {
        return !weekend(day) && !nonWorking.contains(day);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private List<Arrival> arrivals(LocalDate day, double expected, List<AppType> types, double[] typeCumulative) {
        int n = (int) Math.max(0, Math.round(expected + Math.sqrt(expected) * random.nextGaussian()));
        double[] profile = day.getDayOfWeek() == DayOfWeek.FRIDAY ? HALF_HOURS_FRIDAY : HALF_HOURS;
        double[] cumulative = new double[profile.length];
        double sum = 0;
        for (int i = 0; i < profile.length; i++) {
            sum += profile[i];
            cumulative[i] = sum;
        }
        long start = day.atTime(FIRST_ARRIVAL).atZone(zone).toEpochSecond();
        long[] taken = new long[n];
        for (int i = 0; i < n; i++) {
            int slot = pick(cumulative, random.nextDouble() * sum);
            taken[i] = start + slot * 1800L + random.nextInt(1800);
        }
        Arrays.sort(taken);
        List<Arrival> out = new ArrayList<>(n);
        double typeTotal = typeCumulative[typeCumulative.length - 1];
        for (int i = 0; i < n; i++) {
            Arrival a = new Arrival();
            a.seq = i + 1;
            a.taken = taken[i];
            a.ticketId = uuid(a.taken);
            a.type = types.get(pick(typeCumulative, random.nextDouble() * typeTotal)).code();
            a.noShow = random.nextDouble() < NO_SHOW;
            a.incomplete = !a.noShow && random.nextDouble() < INCOMPLETE_AT_INTAKE;
            out.add(a);
        }
        return out;
    }

    private static int pick(double[] cumulative, double x) {
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Counters call numbers in ticket order; step 1 ends at the call, step 2 (intake) at the front office's check. */
    private void serveQueue(List<Arrival> arrivals, LocalDate day, String branch, double expected, List<Step> steps) {
        Step queueStep = steps.get(0);
        Step intake = steps.get(1);
        boolean friday = day.getDayOfWeek() == DayOfWeek.FRIDAY;
        long open = day.atTime(COUNTERS_OPEN).atZone(zone).toEpochSecond();
        long breakStart = day.atTime(FRIDAY_BREAK).atZone(zone).toEpochSecond();
        long breakEnd = day.atTime(FRIDAY_BACK).atZone(zone).toEpochSecond();
        double intakeMedian = intake.standardMinutes() * WORK_FACTOR.get("INTAKE");
        int staffed = (int) Math.max(2, Math.ceil(expected * intakeMedian / ((friday ? 240 : 390) * 0.75)));
        int most = staffed + 2;
        long[] free = new long[most];
        Arrays.fill(free, open);
        int activeCounters = staffed;
        List<String> officers = officers(branch, queueStep.role(), most);
        for (Arrival a : arrivals) {
            int k = 0;
            for (int j = 1; j < activeCounters; j++) {
                if (free[j] < free[k]) {
                    k = j;
                }
            }
            long called = Math.max(a.taken + 15 + random.nextInt(30), free[k]);
            if (called - a.taken > 20 * 60 && activeCounters < most) {
                // the queue is long: the supervisor opens another counter
                k = activeCounters++;
                free[k] = Math.max(a.taken, open) + 120;
                called = Math.max(a.taken + 60, free[k]);
            }
            if (friday && called >= breakStart && called < breakEnd) {
                called = breakEnd + random.nextInt(120);
            }
            a.called = called;
            a.counter = "Loket " + (k + 1);
            a.frontOffice = officers.get(k);
            if (a.noShow) {
                free[k] = called + 150; // recalled once, then closed as "tidak hadir"
                continue;
            }
            a.applicationId = uuid(a.taken);
            long work = minutes(intakeMedian * (LONG_ENTRY.contains(a.type) ? 1.1 : 1.0), WORK_SIGMA.get("INTAKE"),
                    0.01);
            a.intakeDone = called + work;
            free[k] = a.intakeDone + 20 + random.nextInt(40);
            a.visits.add(new Visit(queueStep.code(), 1, a.taken, called, a.frontOffice, called, a.frontOffice, "DONE", null));
            a.visits.add(new Visit(intake.code(), 2, called, called, a.frontOffice, a.intakeDone, a.frontOffice,
                    a.incomplete ? "RETURNED" : "DONE", null));
        }
    }

    /** The board steps in catalogue order; a return sends the card to an earlier step, which it walks again. */
    private void walkBoard(Arrival a, String branch, List<Step> board) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < board.size(); i++) {
            index.put(board.get(i).code(), i);
        }
        long t = a.intakeDone;
        int at = 0;
        int visitNo = 3;
        Set<String> visited = new HashSet<>();
        while (true) {
            Step step = board.get(at);
            String code = step.code();
            long entered = t;
            double waitMedian = WAIT_MEDIAN.getOrDefault(code, 4.0);
            long wait = minutes(waitMedian, 0.7, 0.005);
            if (code.equals("HANDOVER") && random.nextDouble() < 0.015) {
                // the applicant comes back for the KK another day
                wait = 0;
                LocalDate d = LocalDate.ofInstant(Instant.ofEpochSecond(entered), zone);
                for (int k = 1 + random.nextInt(5); k > 0; k--) {
                    d = nextWorkingDay(d);
                }
                long pick = d.atTime(8, 0).atZone(zone).toEpochSecond() + random.nextInt(6 * 3600);
                wait = pick - entered;
            }
            long claimed = afterHoursToMorning(entered + wait);
            List<String> people = officers(branch, step.role(), 2);
            String officer = people.get(random.nextInt(people.size()));
            double factor = WORK_FACTOR.getOrDefault(code, 0.9);
            if (code.equals("DATA_ENTRY") && LONG_ENTRY.contains(a.type)) {
                factor *= 1.3;
            }
            boolean again = !visited.add(code); // a visit after a return: only the fix is left
            if (again) {
                factor *= 0.6;
            }
            long work = minutes(step.standardMinutes() * factor, WORK_SIGMA.getOrDefault(code, 0.4), 0.01);
            long finished = claimed + work;
            // rework: fewer the second time round
            double damp = a.reworks == 0 ? 1.0 : 0.4;
            double r = random.nextDouble();
            String outcome = "DONE";
            String reason = null;
            int next = at + 1;
            if (code.equals("VERIFICATION") && index.containsKey("DATA_ENTRY") && r < 0.03 * damp) {
                reason = SENT_BACK_TO_DATA_ENTRY.get(random.nextInt(SENT_BACK_TO_DATA_ENTRY.size()));
                next = index.get("DATA_ENTRY");
            } else if (code.equals("VERIFICATION") && index.containsKey("SIAK_CHECK") && r < 0.04 * damp) {
                reason = SENT_BACK_TO_SIAK.get(random.nextInt(SENT_BACK_TO_SIAK.size()));
                next = index.get("SIAK_CHECK");
            } else if (code.equals("DATA_ENTRY") && index.containsKey("SIAK_CHECK") && r < 0.007 * damp) {
                reason = SENT_BACK_TO_SIAK.get(random.nextInt(SENT_BACK_TO_SIAK.size()));
                next = index.get("SIAK_CHECK");
            } else if (code.equals("SIGNING") && index.containsKey("VERIFICATION") && r < 0.003 * damp) {
                reason = SENT_BACK_FROM_SIGNING.get(random.nextInt(SENT_BACK_FROM_SIGNING.size()));
                next = index.get("VERIFICATION");
            }
            if (reason != null) {
                outcome = "RETURNED";
                a.reworks++;
            }
            if (entered >= now) {
                return; // not yet: the card is in the previous visit
            }
            if (claimed >= now) {
                a.visits.add(new Visit(code, visitNo, entered, 0, null, 0, null, null, null));
                return;
            }
            if (finished >= now) {
                a.visits.add(new Visit(code, visitNo, entered, claimed, officer, 0, null, null, null));
                return;
            }
            a.visits.add(new Visit(code, visitNo, entered, claimed, officer, finished, officer, outcome, reason));
            if (reason == null && at == board.size() - 1) {
                return;
            }
            t = finished;
            at = next;
            visitNo++;
        }
    }

    /** A card is taken only in working hours: after closing, on a weekend or a holiday, it waits for the next morning. */
    private long afterHoursToMorning(long epoch) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(epoch), zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (working(day) && time.isBefore(CLOSING) && !time.isBefore(COUNTERS_OPEN)) {
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && !time.isBefore(FRIDAY_BREAK) && time.isBefore(FRIDAY_BACK)) {
                return day.atTime(FRIDAY_BACK).atZone(zone).toEpochSecond() + random.nextInt(900);
            }
            return epoch;
        }
        LocalDate next = working(day) && time.isBefore(COUNTERS_OPEN) ? day : nextWorkingDay(day);
        return next.atTime(COUNTERS_OPEN).atZone(zone).toEpochSecond() + random.nextInt(45 * 60);
    }

    /** Log-normal seconds around a median in minutes; with probability {@code outliers} 3-12 times longer. */
    private long minutes(double median, double sigma, double outliers) {
        double m = median * Math.exp(sigma * random.nextGaussian());
        if (random.nextDouble() < outliers) {
            m *= 3 + 9 * random.nextDouble();
        }
        return Math.max(10, Math.round(m * 60));
    }

    /** The demo accounts work PUSAT (so "my figures" of fo, loket, kasi, ... have history); other branches get names. */
    private static final Map<String, List<String>> PUSAT_OFFICERS = Map.of(
            "FRONT_OFFICE", List.of("fo", "fo2"), "COUNTER", List.of("loket", "loket2"),
            "OPERATOR", List.of("operator", "pusat.operator2"), "VERIFIER", List.of("kasi"), "SIGNER", List.of("tte"),
            "PICKUP", List.of("ambil"));
    private final Map<String, List<String>> officerCache = new HashMap<>();

    private List<String> officers(String branch, String role, int atLeast) {
        String key = branch + "/" + role + "/" + atLeast;
        return officerCache.computeIfAbsent(key, k -> {
            List<String> names = new ArrayList<>(branch.equals("PUSAT")
                    ? PUSAT_OFFICERS.getOrDefault(role, List.of()) : List.of());
            boolean single = role.equals("VERIFIER") || role.equals("SIGNER") || role.equals("PICKUP");
            int want = role.equals("FRONT_OFFICE") ? atLeast : single ? 1 : 2;
            for (int n = names.size() + 1; names.size() < want; n++) {
                names.add(branch.toLowerCase(Locale.ROOT) + "." + role.toLowerCase(Locale.ROOT).replace('_', '-') + n);
            }
            return names;
        });
    }

    /** Name, NIK and phone drawn from the application id, so they are stable without another random draw. */
    private static String[] person(UUID id) {
        long h = id.getLeastSignificantBits() & Long.MAX_VALUE;
        boolean woman = (h & 1) == 1;
        String name = FIRST[(int) (h % FIRST.length)] + " " + LAST[(int) ((h / 31) % LAST.length)];
        int birthDay = 1 + (int) ((h / 7) % 28) + (woman ? 40 : 0);
        int birthMonth = 1 + (int) ((h / 11) % 12);
        int birthYear = (int) ((h / 13) % 50) + 50;
        String nik = "3201%02d%02d%02d%02d%04d".formatted(1 + (h / 17) % 40, birthDay, birthMonth, birthYear % 100,
                1 + (h / 19) % 9999);
        String phone = "08%010d".formatted((h / 23) % 10_000_000_000L);
        return new String[]{name, nik, phone};
    }

    /** Time-ordered ids (UUID version 7 layout): rows arrive in time order, so the primary keys append. */
    private UUID uuid(long epochSecond) {
        long ms = epochSecond * 1000 + ids.nextInt(1000);
        long high = (ms << 16) | 0x7000L | (ids.nextLong() & 0x0FFFL);
        long low = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static LocalDateTime ts(long epochSecond) {
        return epochSecond == 0 ? null : LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    private void refuseExisting(Connection c, Settings s) throws SQLException {
        String in = String.join(",", s.branches().stream().map(b -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM ticket WHERE day BETWEEN ? AND ? AND branch_code IN (" + in + ")")) {
            ps.setObject(1, s.from());
            ps.setObject(2, s.until());
            for (int i = 0; i < s.branches().size(); i++) {
                ps.setString(3 + i, s.branches().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("The database already has queue tickets of " + s.branches()
                            + " between " + s.from() + " and " + s.until() + ": generate into an empty database "
                            + "(delete ./data, or the bench's target/bench-mariadb).");
                }
            }
        }
    }

    private static void ensureBranches(Connection c, List<String> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO branch (id, code, name, time_zone, created_at) "
                + "VALUES (?, ?, ?, 'WIB', ?)")) {
            for (String code : codes) {
                ps.setString(1, UUID.nameUUIDFromBytes(("branch:" + code).getBytes(StandardCharsets.UTF_8)).toString());
                ps.setString(2, code);
                ps.setString(3, BRANCH_NAMES.getOrDefault(code, "UPT Dukcapil " + code));
                ps.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Buffered multi-row INSERTs: one statement carries {@value #CHUNK} rows. */
    private static final class Rows {
        static final int CHUNK = 500;
        private final Connection c;
        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> buffer = new ArrayList<>(CHUNK);
        private PreparedStatement full;

        Rows(Connection c, String table, String columns, int width) {
            this.c = c;
            this.table = table;
            this.columns = columns;
            this.width = width;
        }

        void add(Object... values) throws SQLException {
            buffer.add(values);
            if (buffer.size() == CHUNK) {
                if (full == null) {
                    full = c.prepareStatement(sql(CHUNK));
                }
                write(full);
            }
        }

        void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(sql(buffer.size()))) {
                    write(ps);
                }
            }
        }

        private void write(PreparedStatement ps) throws SQLException {
            int p = 1;
            for (Object[] row : buffer) {
                for (Object v : row) {
                    ps.setObject(p++, v instanceof UUID u ? u.toString() : v);
                }
            }
            ps.executeUpdate();
            buffer.clear();
        }

        private String sql(int rows) {
            String one = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
            return "INSERT INTO " + table + " (" + columns + ") VALUES "
                    + String.join(",", java.util.Collections.nCopies(rows, one));
        }

        void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
