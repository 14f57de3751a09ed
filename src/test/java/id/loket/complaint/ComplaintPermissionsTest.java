package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.loket.LoketIntegrationTest;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintService.Intake;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Which role may call which part of the complaint API (Y allowed, N denied), one row per demo officer. */
@LoketIntegrationTest
class ComplaintPermissionsTest {

    /** This test context's own strategy: each Spring test context has one, the global holder only the latest. */
    @org.springframework.beans.factory.annotation.Autowired
    SecurityContextHolderStrategy strategy;

    @Autowired
    ComplaintService service;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    @ParameterizedTest(name = "{0}: list={1} file={2} attention={3} figures={4} settings={5}")
    @CsvSource({
            "aduan,        Y, Y, Y, N, N",
            "sekretaris,   Y, N, Y, Y, N",
            "kabid.dafduk, Y, N, N, N, N",
            "kabid.capil,  Y, N, N, N, N",
            "kadis,        Y, N, Y, Y, N",
            "admin,        N, N, N, N, Y",
            "fo,           N, N, N, N, N",
            "kasi,         N, N, N, N, N"})
    void each_role_may_call_only_its_part_of_the_complaint_api(String username, String list, String file,
                                                              String attention, String figures, String settings) {
        UserDetails details = users.loadUserByUsername(username);
        // through this context's own strategy: each test context has its own, and the global one is the last created
        strategy.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        LocalDate today = LocalDate.now(service.zone());
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("list", () -> service.list(Filter.ALL));
        calls.put("file", () -> service.file(new Intake(ComplaintChannel.DATANG, false, "Wati", "081234500001", null,
                "LAINNYA", "Antrian tidak tertib", null, null)));
        calls.put("attention", () -> service.attention());
        calls.put("figures", () -> service.figures(today, today));
        calls.put("settings", () -> service.holidays());
        Map<String, String> expected = Map.of("list", list, "file", file, "attention", attention, "figures", figures,
                "settings", settings);

        calls.forEach((name, call) -> {
            Throwable thrown = catchThrowable(call::run);
            if (expected.get(name).equals("Y")) {
                assertThat(thrown).as(username + " may " + name).isNull();
            } else {
                assertThat(thrown).as(username + " may not " + name).isInstanceOf(AccessDeniedException.class);
            }
        });
    }
}
