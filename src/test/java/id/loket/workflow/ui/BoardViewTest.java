package id.loket.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import id.loket.LoketIntegrationTest;
import id.loket.workflow.Applications;
import id.loket.workflow.CardRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class BoardViewTest extends SpringBrowserlessTest {

    @Autowired Applications applications;

    @SuppressWarnings("unchecked")
    private List<CardRow> visible(String column) {
        Grid<CardRow> grid = find(Grid.class).id("board-column-" + column);
        return grid.getListDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("operator")
    void the_officers_own_column_comes_first_and_every_column_shows_its_count_against_the_limit() {
        UUID id = applications.registered("NEW_FAMILY", "Komang Suarsana");
        BoardView board = navigate(BoardView.class);
        assertThat(board.columns.keySet()).containsExactly("DATA_ENTRY", "SIAK_CHECK", "VERIFICATION", "SIGNING",
                "HANDOVER", "DONE", "RETURNED");
        assertThat(visible("SIAK_CHECK")).extracting(CardRow::id).contains(id);
        Span count = find(Span.class).id("board-count-SIAK_CHECK");
        assertThat(count.getText()).matches("\\d+ / 10");
    }

    @Test
    @WithUserDetails("loket")
    void search_and_type_filters_narrow_the_cards() {
        UUID wanted = applications.registered("MOVE_IN", "Wayan Sudirta");
        UUID other = applications.registered("NEW_FAMILY", "Ketut Arya");
        BoardView board = navigate(BoardView.class);
        test(board.search).setValue("sudirta");
        assertThat(visible("SIAK_CHECK")).extracting(CardRow::id).contains(wanted).doesNotContain(other);
        test(board.search).setValue("");
        board.type.setValue("NEW_FAMILY");
        assertThat(visible("SIAK_CHECK")).extracting(CardRow::id).contains(other).doesNotContain(wanted);
    }

    @Test
    @WithUserDetails("kasi")
    void a_move_made_elsewhere_lands_in_the_new_column_without_reloading() {
        UUID id = applications.registered("BIRTH", "Gusti Ayu Rai");
        BoardView board = navigate(BoardView.class);
        assertThat(visible("SIAK_CHECK")).extracting(CardRow::id).contains(id);
        applications.siakVerified(id);
        applications.next(id, "loket");
        // what the live feed hands to each open board
        board.apply(id, java.util.Optional.of(applications.card(id)));
        assertThat(visible("SIAK_CHECK")).extracting(CardRow::id).doesNotContain(id);
        assertThat(visible("DATA_ENTRY")).extracting(CardRow::id).contains(id);
    }
}
