package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintService.ComplaintDetail;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintService.Intake;
import id.loket.complaint.ComplaintService.PublicStatus;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 11.9 as a matrix: an anonymous complaint held by the division it may be about. Every role x every screen
 * (list, board, detail, timeline, public status; there is no export): only the desk sees phone and NIK, and
 * only on the complaint's page; nobody sees them in a list or on the board.
 */
@LoketIntegrationTest
class ComplaintAnonymityTest {

    static final String PHONE = "081299887766";
    static final String NIK = "3201019876540001";
    static final List<String> STAFF = List.of("aduan", "sekretaris", "kabid.dafduk", "kabid.capil", "kadis");

    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    ComplaintService service;
    @Autowired
    AuditService audit;
    @Autowired
    Officers officers;

    ComplaintNumber number;
    UUID id;

    @BeforeEach
    void anonymousComplaintAboutDafdukHeldByDafduk() {
        number = officers.as("aduan", () -> service.file(new Intake(ComplaintChannel.TELEPON, true, "ignored", PHONE, NIK,
                "PUNGLI", "Petugas meminta uang untuk mempercepat KK.", null, null)));
        id = officers.as("aduan", () -> service.list(new Filter(null, null, null, null, false, number.value())).getFirst().id());
        long version = officers.as("aduan", () -> service.detail(id)).row().version();
        officers.run("aduan", () -> service.assign(id, version, Division.DAFDUK, "Mohon ditindaklanjuti"));
    }

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    Optional<ComplaintRow> inList(String user) {
        return officers.as(user, () -> service.list(Filter.ALL)).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Optional<ComplaintRow> onBoard(String user) {
        return officers.as(user, () -> service.board()).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static void noIdentity(ComplaintRow row) {
        assertThat(row.complainantName()).isNull();
        assertThat(row.phone()).isNull();
        assertThat(row.contactWithheld()).isTrue();
        assertThat(row.toString()).doesNotContain(PHONE, NIK.substring(0, 6));
    }

    @Test
    void lists_and_boards_show_no_identity_to_any_role() {
        for (String user : STAFF) {
            if (user.equals("kabid.capil")) {
                // not its complaint at all
                assertThat(inList(user)).as(user).isEmpty();
                assertThat(onBoard(user)).as(user).isEmpty();
                continue;
            }
            noIdentity(inList(user).orElseThrow(() -> new AssertionError(user + ": not in the list")));
            noIdentity(onBoard(user).orElseThrow(() -> new AssertionError(user + ": not on the board")));
        }
        officers.as("sekretaris", () -> service.attention()).stream().filter(r -> r.id().equals(id))
                .forEach(ComplaintAnonymityTest::noIdentity);
    }

    @Test
    void only_the_desk_sees_the_contact_on_the_complaint_page_and_that_view_is_audited() {
        for (String user : STAFF) {
            if (user.equals("kabid.capil")) {
                assertThatThrownBy(() -> officers.as(user, () -> service.detail(id))).isInstanceOf(BusinessException.class);
                continue;
            }
            ComplaintDetail d = officers.as(user, () -> service.detail(id));
            assertThat(d.row().complainantName()).as(user).isNull();
            if (user.equals("aduan")) {
                assertThat(d.row().phone()).as(user).isEqualTo(PHONE);
                assertThat(d.nik()).as(user).isEqualTo(NIK);
                assertThat(d.row().contactWithheld()).isFalse();
            } else {
                assertThat(d.row().phone()).as(user).isNull();
                assertThat(d.nik()).as(user).isNull();
                assertThat(d.row().contactWithheld()).as(user).isTrue();
            }
            // the timeline (who did what, notes) never carries the citizen's identity
            assertThat(d.timeline()).as(user).allSatisfy(e -> assertThat(e.toString()).doesNotContain(PHONE, NIK));
        }
        assertThat(officers.as("kadis", () -> audit.history("complaint-contact", id.toString())))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.action()).isEqualTo("viewed");
                    assertThat(r.actor()).isEqualTo("aduan");
                });
    }

    @Test
    void the_public_status_page_shows_only_number_status_and_answer() {
        PublicStatus status = officers.as("aduan", () -> service.publicStatus(number.value(), PHONE, "198.51.100.77"))
                .orElseThrow();
        assertThat(Arrays.stream(PublicStatus.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("number", "status", "answer");
        assertThat(status.toString()).doesNotContain(PHONE, NIK);
    }

    /** A new method that hands out complaints must join this matrix: the test names every one of them. */
    @Test
    void every_reading_method_is_in_the_matrix() {
        Set<String> readers = Arrays.stream(ComplaintService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getReturnType() == ComplaintDetail.class || m.getReturnType() == ComplaintRow.class
                        || m.getGenericReturnType().getTypeName().contains("ComplaintRow")
                        || m.getGenericReturnType().getTypeName().contains("PublicStatus"))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(readers).containsExactlyInAnyOrder("list", "board", "attention", "detail", "publicStatus");
    }
}
