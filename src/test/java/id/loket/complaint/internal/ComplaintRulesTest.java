package id.loket.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The routing rules of one complaint, without a database. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    private static Complaint received() {
        return new Complaint("PUSAT", "ADU-PUSAT-20261125-0001", ComplaintChannel.TELEPON, false, "Ahmad",
                "081234567890", null, "DATA_KK", "KK salah", null, null, T0);
    }

    @Test
    void the_secretariat_routes_only_to_the_sekretaris_or_a_bidang() {
        Complaint c = received();
        assertThatThrownBy(() -> c.assign(Division.KEPALA_DINAS, T0)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("complaint.error.division");
        c.assign(Division.DAFDUK, T0.plusSeconds(60));
        assertThat(c.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(c.disposedAt()).isEqualTo(T0.plusSeconds(60));
        assertThatThrownBy(() -> c.assign(Division.CAPIL, T0)).hasMessageStartingWith("complaint.error.transition");
    }

    @Test
    void the_first_follow_up_is_kept_and_later_notes_do_not_move_it() {
        Complaint c = received();
        c.assign(Division.CAPIL, T0);
        assertThat(c.followUp(T0.plusSeconds(600))).isEqualTo(ComplaintStatus.IN_PROGRESS);
        c.followUp(T0.plusSeconds(1200));
        assertThat(c.firstFollowUpAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void a_new_complaint_cannot_be_escalated_resolved_or_followed_up() {
        Complaint c = received();
        assertThatThrownBy(() -> c.escalate(T0)).hasMessageStartingWith("complaint.error.transition");
        assertThatThrownBy(() -> c.resolve("x", T0)).hasMessageStartingWith("complaint.error.transition");
        assertThatThrownBy(() -> c.followUp(T0)).hasMessageStartingWith("complaint.error.transition");
        assertThat(c.status()).isEqualTo(ComplaintStatus.NEW);
    }

    @Test
    void once_escalated_only_the_kepala_dinas_holds_it_and_it_cannot_be_reassigned_or_escalated_again() {
        Complaint c = received();
        c.assign(Division.SEKRETARIS, T0);
        c.escalate(T0.plusSeconds(60));
        assertThat(c.division()).isEqualTo(Division.KEPALA_DINAS);
        assertThat(c.firstFollowUpAt()).isEqualTo(T0.plusSeconds(60));
        assertThatThrownBy(() -> c.escalate(T0)).hasMessageStartingWith("complaint.error.transition");
        assertThatThrownBy(() -> c.reassign(Division.CAPIL)).hasMessageStartingWith("complaint.error.transition");
        c.resolve("Keputusan Kepala Dinas", T0.plusSeconds(120));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(c.heldOrOnceHeldBy(Division.SEKRETARIS)).isTrue();
        assertThat(c.heldOrOnceHeldBy(Division.DAFDUK)).isFalse();
    }

    @Test
    void waiting_on_the_citizen_comes_only_from_work_in_progress() {
        Complaint c = received();
        c.assign(Division.DAFDUK, T0);
        assertThatThrownBy(() -> c.waitForCitizen(T0)).hasMessageStartingWith("complaint.error.transition");
        c.followUp(T0);
        c.waitForCitizen(T0.plusSeconds(60));
        assertThatThrownBy(() -> c.resolve("x", T0)).hasMessageStartingWith("complaint.error.transition");
        c.citizenAnswered();
        assertThat(c.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void reopening_returns_it_to_whoever_resolved_it() {
        Complaint byDivision = received();
        byDivision.assign(Division.CAPIL, T0);
        byDivision.resolve("Selesai", T0);
        byDivision.reopen();
        assertThat(byDivision.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(byDivision.division()).isEqualTo(Division.CAPIL);
        assertThat(byDivision.resolvedAt()).isNull();

        Complaint byHead = received();
        byHead.assign(Division.DAFDUK, T0);
        byHead.escalate(T0);
        byHead.resolve("Keputusan", T0);
        byHead.reopen();
        assertThat(byHead.status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThatThrownBy(byHead::reopen).hasMessageStartingWith("complaint.error.transition");
    }
}
