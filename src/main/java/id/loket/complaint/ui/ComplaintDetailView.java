package id.loket.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.base.AccountService;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.ComplaintDetail;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.TimelineEntry;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** One complaint: its facts, its SLA, the actions the officer may take, and the timeline of every action. */
@Route("pengaduan/detail")
@RolesAllowed({Roles.COMPLAINT_DESK, Roles.SECRETARY, Roles.HEAD_DAFDUK, Roles.HEAD_CAPIL, Roles.HEAD_OF_OFFICE})
@StyleSheet("context://styles/complaint.css")
class ComplaintDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ComplaintService service;
    private final Map<String, CategoryRow> categories;
    private final ZoneId zone;
    private UUID id;
    private String number = "";

    private final Map<String, String> staffNames;

    ComplaintDetailView(ComplaintService service, AccountService accounts) {
        this.service = service;
        this.staffNames = accounts.staffNames();
        this.categories = ComplaintUi.categories(service.categories());
        this.zone = ComplaintUi.zone(service.zone());
        setId("complaint-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = UUID.fromString(parameter);
            show(service.detail(id));
        } catch (IllegalArgumentException | BusinessException e) {
            removeAll();
            Paragraph missing = new Paragraph(getTranslation("complaint.error.not-found"));
            missing.setId("complaint-detail-missing");
            add(missing);
        }
    }

    private void refresh() {
        show(service.detail(id));
    }

    private void show(ComplaintDetail d) {
        removeAll();
        ComplaintRow row = d.row();
        number = row.number();
        H2 title = new H2(getTranslation("complaint.detail.title", row.number(), ComplaintUi.status(row.status())));
        title.setId("complaint-detail-title");

        DescriptionList facts = new DescriptionList();
        facts.setId("complaint-detail-facts");
        facts.addClassName("complaint-facts");
        fact(facts, "complaint.field.channel", ComplaintUi.channel(row.channel()));
        fact(facts, "complaint.field.category", ComplaintUi.category(categories, row.categoryCode()));
        fact(facts, "complaint.field.name", ComplaintUi.complainant(row));
        fact(facts, "complaint.field.phone", ComplaintUi.phone(row));
        fact(facts, "complaint.field.nik", row.contactWithheld() ? ComplaintUi.t("complaint.contact.withheld") : d.nik());
        fact(facts, "complaint.field.kk-reference", d.kkRegistrationNumber());
        fact(facts, "complaint.field.lapor-id", d.laporTrackingId());
        fact(facts, "complaint.field.division", ComplaintUi.division(row.division()));
        fact(facts, "complaint.field.received", ComplaintUi.time(row.receivedAt(), zone));
        fact(facts, "complaint.field.sla-follow-up", ComplaintUi.sla(row.followUpSla())
                + (d.followUpDue() == null ? "" : " · " + getTranslation("complaint.detail.due",
                ComplaintUi.time(d.followUpDue(), zone))));
        fact(facts, "complaint.field.sla-resolution", ComplaintUi.sla(row.resolutionSla())
                + (d.resolutionDue() == null ? "" : " · " + getTranslation("complaint.detail.due",
                ComplaintUi.time(d.resolutionDue(), zone))));
        if (row.laporDeadline() != null) {
            fact(facts, "complaint.field.lapor-deadline", ComplaintUi.time(row.laporDeadline(), zone) + " · "
                    + ComplaintUi.sla(row.laporSla()));
        }

        // the citizen's words are shown as text, never as markup
        Paragraph description = new Paragraph();
        description.setText(d.description());
        description.setId("complaint-detail-description");
        description.addClassName("complaint-text");
        add(title, facts, new H3(getTranslation("complaint.field.description")), description);
        if (d.answer() != null) {
            Paragraph answer = new Paragraph();
            answer.setText(d.answer());
            answer.setId("complaint-detail-answer");
            answer.addClassName("complaint-text");
            add(new H3(getTranslation("complaint.field.answer")), answer);
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("complaint-detail-actions");
        for (ComplaintAction action : ComplaintAction.values()) {
            if (d.actions().contains(action)) {
                Button b = new Button(ComplaintUi.action(action), e -> new ActionDialog(row.number(), action,
                        row.division(), d.suggestedDivision(), (division, text) -> run(action, row, division, text),
                        this::refresh).open());
                b.setId("complaint-action-" + action.name());
                actions.add(b);
            }
        }
        add(actions);

        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("complaint-timeline");
        timeline.addColumn(e -> ComplaintUi.time(e.occurredAt(), zone)).setHeader(getTranslation("complaint.timeline.when"))
                .setAutoWidth(true);
        timeline.addColumn(e -> actor(e.actor())).setHeader(getTranslation("complaint.timeline.who")).setAutoWidth(true);
        timeline.addColumn(e -> ComplaintUi.timelineAction(e.action())).setHeader(getTranslation("complaint.timeline.what"))
                .setAutoWidth(true);
        timeline.addColumn(e -> ComplaintUi.status(e.toStatus())).setHeader(getTranslation("complaint.field.status"));
        timeline.addColumn(e -> ComplaintUi.division(e.division())).setHeader(getTranslation("complaint.field.division"))
                .setAutoWidth(true);
        timeline.addColumn(TimelineEntry::note).setHeader(getTranslation("complaint.timeline.note")).setFlexGrow(3);
        timeline.setItems(d.timeline());
        timeline.setAllRowsVisible(true);
        add(new H3(getTranslation("complaint.timeline.title")), timeline);
    }

    /** Officers by name; the public form acts without a login, recorded as "system". */
    private String actor(String username) {
        if ("system".equals(username)) {
            return getTranslation("complaint.timeline.public-actor");
        }
        String name = staffNames.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    private void run(ComplaintAction action, ComplaintRow row, id.loket.complaint.Division division, String text) {
        UUID complaint = row.id();
        long version = row.version();
        switch (action) {
            case ASSIGN -> service.assign(complaint, version, division, text);
            case REASSIGN -> service.reassign(complaint, version, division, text);
            case FOLLOW_UP -> service.followUp(complaint, version, text);
            case WAIT_FOR_CITIZEN -> service.waitForCitizen(complaint, version, text);
            case CITIZEN_ANSWERED -> service.citizenAnswered(complaint, version, text);
            case ESCALATE -> service.escalate(complaint, version, text);
            case RESOLVE -> service.resolve(complaint, version, text);
            case REOPEN -> service.reopen(complaint, version, text);
        }
    }

    /** Only what is known: an empty optional field is left out. */
    private void fact(DescriptionList list, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.detail.page-title", number);
    }
}
