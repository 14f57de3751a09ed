package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.base.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintNumberTest {

    @Test
    void a_number_names_the_branch_the_day_and_the_running_number() {
        assertThat(ComplaintNumber.of("CIBINONG", LocalDate.of(2026, 11, 25), 7).value())
                .isEqualTo("ADU-CIBINONG-20261125-0007");
    }

    @Test
    void what_a_citizen_types_is_read_in_any_case_and_with_spaces() {
        assertThat(ComplaintNumber.parse(" adu-pusat-20261125-0012 ")).isEqualTo(new ComplaintNumber("ADU-PUSAT-20261125-0012"));
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> ComplaintNumber.parse("ADU-PUSAT-2026112-0012")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ComplaintNumber.parse("<script>")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ComplaintNumber.parse(null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ComplaintNumber.of("PUSAT", LocalDate.of(2026, 11, 25), 10000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_board_next_status_follows_the_routing() {
        assertThat(ComplaintStatus.ASSIGNED.next()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(ComplaintStatus.IN_PROGRESS.next()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(ComplaintStatus.WAITING_CITIZEN.next()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(ComplaintStatus.ESCALATED.next()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(ComplaintStatus.RESOLVED.next()).isNull();
        assertThat(ComplaintService.actionTo(ComplaintStatus.NEW, ComplaintStatus.ESCALATED)).isNull();
        assertThat(ComplaintService.actionTo(ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CITIZEN))
                .isEqualTo(ComplaintAction.WAIT_FOR_CITIZEN);
    }
}
