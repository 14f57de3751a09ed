package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.queue.QueueService;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which dashboard figures (DashboardScope), every role against every method, each asking for branch PUSAT:
 * '-' refused, 'P' / 'C' limited to PUSAT / CIBINONG, '*' every branch, '+' allowed (his own figures).
 */
@LoketIntegrationTest
class DashboardScopeTest {

    static final String MATRIX = """
            user           office section mine trend cards branches types breaches
            fo             -      -       +    -     -     P        +     -
            loket          -      -       +    -     P     P        +     -
            operator       -      -       +    -     -     P        +     -
            kasi           -      P       +    -     P     P        +     P
            kasi.cibinong  -      C       +    -     C     C        +     C
            tte            -      -       +    -     -     P        +     -
            ambil          -      -       +    -     -     P        +     -
            cabang.fo      -      -       +    -     C     C        +     -
            aduan          -      -       -    -     -     -        -     -
            sekretaris     -      -       -    -     -     -        -     -
            kabid.dafduk   -      -       -    -     -     -        -     -
            admin          -      -       -    -     -     -        -     -
            kadis          P      P       -    P     P     *        +     *
            """;

    @Autowired DashboardService dashboards;
    @Autowired Officers officers;
    @Autowired AccountService accounts;
    @Autowired Applications applications;
    @Autowired QueueService queue;
    @Autowired WorkflowService workflow;
    @Autowired CatalogService catalog;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        String[] methods = lines.getFirst().trim().split("\\s+");
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            for (int m = 1; m < methods.length; m++) {
                cases.add(Arguments.of(cells[0], methods[m], cells[m]));
            }
        }
        return cases.stream();
    }

    /**
     * A Kepala Seksi of CIBINONG, and a card in SIAK_CHECK in each branch (this test server's kiosk serves PUSAT only:
     * the CIBINONG card is written as its row, without history).
     */
    @BeforeEach
    void branches() {
        if (accounts.loadForLogin("kasi.cibinong").isEmpty()) {
            officers.run("admin", () -> accounts.createUser(new AccountService.UserForm("kasi.cibinong",
                    "Made Kasi Cibinong", "CIBINONG", Set.of(Roles.VERIFIER), true), "Loket-12345!"));
        }
        if (!prepared) {
            applications.registered();
            jdbc.update("""
                    INSERT INTO application (id, branch_code, registration_number, ticket_id, queue_number, type_code,
                        applicant_name, applicant_nik, applicant_phone, status, current_step, visit_no, step_entered_at,
                        rework_count, created_at, version)
                    VALUES (?, 'CIBINONG', ?, NULL, 'KK-901', 'BIRTH', 'Wayan Sudarma', ?, '081234567890', 'ACTIVE',
                        'SIAK_CHECK', 3, UTC_TIMESTAMP(6), 0, UTC_TIMESTAMP(6), 0)""",
                    java.util.UUID.randomUUID().toString(), "CIBINONG-SCOPE-" + System.nanoTime(), Applications.NIK);
            prepared = true;
        }
    }

    static boolean prepared;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void each_role_sees_only_its_scope(String user, String method, String expected) {
        LocalDate today = LocalDate.now();
        DashboardFilter pusat = new DashboardFilter(today.minusDays(1), today.plusDays(1), "PUSAT", null);
        Supplier<Object> call = switch (method) {
            case "office" -> () -> dashboards.office(pusat);
            case "section" -> () -> dashboards.section(pusat);
            case "mine" -> dashboards::mine;
            case "trend" -> () -> dashboards.trend(pusat, Granularity.DAY);
            case "cards" -> () -> dashboards.cards(pusat, Drill.of(Drill.Kind.IN_STEP_NOW, "SIAK_CHECK"), 1000);
            case "branches" -> dashboards::branches;
            case "types" -> () -> dashboards.types(Locale.ENGLISH);
            case "breaches" -> dashboards::openBreaches;
            default -> throw new IllegalArgumentException(method);
        };
        if (expected.equals("-")) {
            assertThatThrownBy(() -> officers.as(user, call::get)).isInstanceOf(AccessDeniedException.class);
            return;
        }
        Object result = officers.as(user, call::get);
        assertThat(result).isNotNull();
        Set<String> branches = switch (expected) {
            case "P" -> Set.of("PUSAT");
            case "C" -> Set.of("CIBINONG");
            // every branch this server holds (other test classes in the same database add their own)
            case "*" -> officers.as("kadis", () -> accounts.listBranches()).stream().map(AccountService.BranchRow::code)
                    .collect(Collectors.toSet());
            default -> null;
        };
        if (branches == null) {
            return;
        }
        switch (method) {
            case "cards" -> {
                @SuppressWarnings("unchecked") List<CardRef> cards = (List<CardRef>) result;
                assertThat(cards).isNotEmpty();
                Set<String> cardBranches = cards.stream().map(CardRef::branchCode).collect(Collectors.toSet());
                assertThat(cardBranches).isSubsetOf(branches);
                assertThat(cardBranches).containsAll(branches.stream()
                        .filter(b -> b.equals("PUSAT") || b.equals("CIBINONG")).toList());
                String own = officers.as(user, () -> accounts.loadForLogin(user).orElseThrow().branchCode());
                assertThat(cards).allMatch(c -> c.openable() == c.branchCode().equals(own));
            }
            case "branches" -> assertThat(((java.util.Map<?, ?>) result).keySet()).isEqualTo(branches);
            case "section" -> {
                // the same figures the Kepala Dinas sees for that branch
                String branch = branches.iterator().next();
                SectionDashboard section = (SectionDashboard) result;
                SectionDashboard expectedSection = officers.as("kadis", () -> dashboards.section(pusat.withBranch(branch)));
                assertThat(section.steps()).isEqualTo(expectedSection.steps());
                // the filter it answers is the one it applied: a Kepala Seksi of CIBINONG asking for PUSAT gets CIBINONG
                assertThat(section.filter().branchCode()).isEqualTo(branch);
            }
            case "breaches" -> assertThat((List<?>) result).allMatch(b -> branches.contains(((Breach) b).branchCode()));
            default -> { }
        }
    }
}
