package id.loket.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.Detail;
import id.loket.workflow.WorkflowService.Visit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** An application's timeline: every visit to a step, waiting and working minutes against the standard. */
@Route("permohonan")
@RolesAllowed({Roles.FRONT_OFFICE, Roles.COUNTER, Roles.OPERATOR, Roles.VERIFIER, Roles.SIGNER, Roles.PICKUP,
        Roles.HEAD_OF_OFFICE})
public class ApplicationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM HH.mm");
    private final WorkflowService workflow;
    private final Clock clock;
    private final ZoneId zone;
    private String title = "";

    public ApplicationView(WorkflowService workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
        this.zone = CurrentUser.require().timeZone().zoneId();
        setId("application-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll(); // a view reused for another application starts afresh
        Detail detail;
        try {
            detail = workflow.detail(UUID.fromString(id));
        } catch (IllegalArgumentException | BusinessException e) {
            add(new Paragraph(getTranslation("workflow.error.not-found")));
            return;
        }
        title = detail.card().displayNumber();
        add(new H2(getTranslation("workflow.detail.title", title)));
        Div facts = new Div(
                fact("workflow.intake.name", detail.card().applicantName()),
                fact("workflow.intake.nik", detail.maskedNik()),
                fact("workflow.intake.phone", detail.maskedPhone()),
                fact("workflow.intake.type", detail.typeName().in(getLocale())),
                fact("workflow.detail.status", getTranslation("workflow.status." + detail.card().status().name())));
        facts.addClassName("facts");
        add(facts);

        Grid<Visit> grid = new Grid<>();
        grid.setId("application-timeline");
        grid.addColumn(v -> v.stepName().in(getLocale())).setHeader(getTranslation("workflow.detail.step")).setFlexGrow(3);
        grid.addColumn(v -> time(v.enteredAt())).setHeader(getTranslation("workflow.detail.entered"));
        grid.addColumn(v -> minutes(v.enteredAt(), v.claimedAt())).setHeader(getTranslation("workflow.detail.waiting"));
        grid.addColumn(v -> minutes(v.claimedAt(), v.finishedAt())).setHeader(getTranslation("workflow.detail.working"));
        grid.addColumn(v -> total(v) + " / " + v.standardMinutes()).setHeader(getTranslation("workflow.detail.total"));
        grid.addColumn(v -> v.actor() == null ? (v.claimedBy() == null ? "" : v.claimedBy()) : v.actor())
                .setHeader(getTranslation("workflow.detail.actor"));
        grid.addColumn(v -> v.outcome() == null ? getTranslation("workflow.detail.open")
                : getTranslation("workflow.outcome." + v.outcome().name()) + (v.reason() == null ? "" : ": " + v.reason()))
                .setHeader(getTranslation("workflow.detail.outcome")).setFlexGrow(3);
        grid.setPartNameGenerator(v -> total(v) > v.standardMinutes() ? "late" : null);
        grid.setItems(detail.timeline());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Span fact(String key, String value) {
        Span s = new Span(getTranslation(key) + ": " + value);
        s.addClassName("fact");
        return s;
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private String minutes(Instant from, Instant to) {
        if (from == null) {
            return "";
        }
        return String.valueOf(Duration.between(from, to == null ? Instant.now(clock) : to).toMinutes());
    }

    private long total(Visit v) {
        return Duration.between(v.enteredAt(), v.finishedAt() == null ? Instant.now(clock) : v.finishedAt()).toMinutes();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.detail.title", title);
    }
}
