package id.loket.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.CardRef;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cards behind a dashboard figure ({@code /dasbor/kartu}, URL contract in {@link DrillLinks}). A card of the
 * user's own branch opens its timeline; another branch's card is shown as text only (ADR 007). The service limits
 * the list to what the user's scope allows; a bad address gives a message, not an error page.
 */
@Route("dasbor/kartu")
@RolesAllowed({Roles.VERIFIER, Roles.HEAD_OF_OFFICE, Roles.FRONT_OFFICE, Roles.COUNTER, Roles.OPERATOR,
        Roles.SIGNER, Roles.PICKUP})
public class CardListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CardListView.class);
    static final int LIMIT = 500;

    private final DashboardService dashboards;
    private final CatalogService catalog;
    private final SectionFormat format;

    final H2 title = new H2();
    final Paragraph message = new Paragraph();
    final Paragraph note = new Paragraph();
    final Grid<CardRef> grid = new Grid<>();

    CardListView(DashboardService dashboards, CatalogService catalog) {
        this.dashboards = dashboards;
        this.catalog = catalog;
        this.format = new SectionFormat(getLocale(), CurrentUser.require().timeZone().zoneId());
        setId("cards-view");
        title.setId("cards-title");
        message.setId("cards-message");
        message.setVisible(false);
        note.setId("cards-note");
        note.setVisible(false);
        grid.setId("cards-grid");
        grid.addComponentColumn(this::registration).setHeader(getTranslation("dashboard.cards.col.registration"))
                .setAutoWidth(true);
        grid.addColumn(c -> stepName(c.stepCode())).setHeader(getTranslation("dashboard.cards.col.step"))
                .setAutoWidth(true);
        grid.addColumn(CardRef::branchCode).setHeader(getTranslation("dashboard.cards.col.branch")).setAutoWidth(true);
        grid.addColumn(c -> format.dateTime(c.at())).setHeader(getTranslation("dashboard.cards.col.time"))
                .setAutoWidth(true);
        grid.addColumn(c -> format.minutes(c.seconds())).setHeader(getTranslation("dashboard.cards.col.minutes"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.detail() == null ? "" : c.detail()).setHeader(getTranslation("dashboard.cards.col.detail"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(false);
        grid.setVisible(false);
        add(title, message, note, grid);
        setSizeFull();
    }

    private com.vaadin.flow.component.Component registration(CardRef card) {
        String number = card.registrationNumber() == null ? "–" : card.registrationNumber();
        if (card.openable()) {
            Anchor link = new Anchor("permohonan/" + card.applicationId(), number);
            link.addClassName("cards-open");
            return link;
        }
        return new Span(number);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DrillLinks.Parsed parsed = DrillLinks.parse(event.getLocation().getQueryParameters().getParameters());
        if (parsed.problemKey() != null) {
            problem(getTranslation("dashboard.cards.bad", getTranslation(parsed.problemKey())));
            return;
        }
        title.setText(title(parsed.filter(), parsed.drill()));
        try {
            show(dashboards.cards(parsed.filter(), parsed.drill(), LIMIT));
        } catch (AccessDeniedException e) {
            problem(getTranslation("dashboard.cards.denied"));
        } catch (BusinessException e) {
            problem(getTranslation(e.messageKey(), e.args()));
        } catch (RuntimeException e) {
            log.warn("Cards behind a figure could not be read: {}", e.toString());
            problem(getTranslation("dashboard.section.unavailable"));
        }
    }

    /** "Kartu di atas standar: Verifikasi, 1–2 Des 2026". */
    String title(DashboardFilter filter, Drill drill) {
        String what = getTranslation("dashboard.cards.title." + drill.kind().name());
        String period = format.period(filter.from(), filter.to());
        if (drill.weekday() >= 0 && drill.hour() >= 0) {
            String day = DayOfWeek.of(drill.weekday() + 1).getDisplayName(TextStyle.FULL,
                    format.english() ? java.util.Locale.ENGLISH : SectionFormat.INDONESIAN);
            return getTranslation("dashboard.cards.title.withStep", what,
                    getTranslation("dashboard.cards.cell", day, String.format("%02d", drill.hour())), period);
        }
        if (drill.stepCode() != null) {
            return getTranslation("dashboard.cards.title.withStep", what, stepName(drill.stepCode()), period);
        }
        return getTranslation("dashboard.cards.title.plain", what, period);
    }

    void show(List<CardRef> cards) {
        message.setVisible(false);
        grid.setItems(cards);
        grid.setVisible(!cards.isEmpty());
        if (cards.isEmpty()) {
            note.setText(getTranslation("dashboard.cards.none"));
            note.setVisible(true);
        } else if (cards.size() >= LIMIT) {
            note.setText(getTranslation("dashboard.cards.limit", LIMIT));
            note.setVisible(true);
        } else {
            note.setVisible(false);
        }
    }

    private void problem(String text) {
        message.setText(text);
        message.setVisible(true);
        grid.setVisible(false);
        note.setVisible(false);
    }

    private String stepName(String code) {
        if (code == null) {
            return "";
        }
        return catalog.catalog().step(code).map(s -> s.name().in(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("dashboard.section.menu") : title.getText();
    }
}
