package id.loket.siak.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.workflow.HolderLine;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakCodes;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakFamily;
import id.loket.siak.SiakFeed;
import id.loket.siak.SiakLookup;
import id.loket.siak.SiakMember;
import id.loket.siak.SiakService;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.Detail;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The counter officer's SIAK check of one application: what the file brought on the left, SIAK's record on the
 * right, then "Cocok" or "Tidak cocok" with a note. While SIAK does not answer it says so plainly; the answer
 * arrives live.
 */
@Route("siak")
@StyleSheet("context://styles/siak.css")
@RolesAllowed({Roles.COUNTER, Roles.OPERATOR, Roles.VERIFIER, Roles.HEAD_OF_OFFICE})
public class SiakCheckView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The board's route (workflow's BoardView). */
    static final String BOARD = "papan";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SiakService siak;
    private final WorkflowService workflow;
    private final SiakFeed feed;
    private final LoketUser user = CurrentUser.require();
    final TextField nik = new TextField();
    final Button search = new Button();
    final TextArea note = new TextArea();
    final Button match = new Button();
    final Button mismatch = new Button();
    /** Why "Cocok" cannot be chosen now, beside it (empty while it can). */
    final Span matchReason = new Span();
    final Div result = new Div();
    final SiakStatusBar status;
    private UUID applicationId;
    private HolderLine holder;
    private Detail detail;
    private String title = "";
    private Runnable deregister;
    /** The lookup whose NIK the field was last set to (its request time), so a refresh never overwrites typing. */
    private java.time.Instant shownLookup;
    private com.vaadin.flow.shared.Registration poll;
    private static final int STATUS_POLL_MILLIS = 3000;

    public SiakCheckView(SiakService siak, WorkflowService workflow, SiakFeed feed) {
        this.siak = siak;
        this.workflow = workflow;
        this.feed = feed;
        this.status = new SiakStatusBar(siak);
        setId("siak-check-view");
        // once per view: Vaadin reuses the view when the officer goes from one card's check straight to another's
        search.addClickListener(e -> lookUp());
        match.addClickListener(e -> decide(SiakDecision.MATCH));
        mismatch.addClickListener(e -> decide(SiakDecision.MISMATCH));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        // a reused view starts this card afresh: nothing of the previous card's screen or typing stays
        removeAll();
        applicationId = null;
        holder = null;
        shownLookup = null;
        nik.clear();
        note.clear();
        try {
            applicationId = UUID.fromString(id);
            detail = workflow.detail(applicationId);
        } catch (IllegalArgumentException | BusinessException e) {
            add(new Paragraph(getTranslation("siak.error.not-found")));
            return;
        }
        title = detail.card().displayNumber();
        holder = HolderLine.of(workflow, applicationId);
        add(new H2(getTranslation("siak.view.title", title)), holder, status);

        Div file = new Div(new H3(getTranslation("siak.view.file")),
                fact("siak-file-name", "siak.view.name", detail.card().applicantName()),
                fact("siak-file-nik", "siak.view.nik", detail.maskedNik()),
                fact("siak-file-type", "siak.view.type", detail.typeName().in(getLocale())));
        file.setId("siak-file");
        file.addClassName("siak-panel");

        nik.setId("siak-nik");
        nik.setLabel(getTranslation("siak.view.nik-input"));
        nik.setMaxLength(24);
        nik.setWidth("16em");
        search.setText(getTranslation("siak.view.search"));
        search.setId("siak-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout ask = new HorizontalLayout(nik, search);
        ask.setAlignItems(Alignment.BASELINE);
        file.add(ask);

        result.setId("siak-result");
        result.addClassName("siak-panel");
        HorizontalLayout sides = new HorizontalLayout(file, result);
        sides.setWidthFull();
        sides.setFlexGrow(1, file);
        sides.setFlexGrow(3, result);

        note.setId("siak-note");
        note.setLabel(getTranslation("siak.view.note"));
        note.setMaxLength(500);
        note.setWidth("30em");
        match.setText(getTranslation("siak.view.match"));
        match.setId("siak-match");
        match.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        mismatch.setText(getTranslation("siak.view.mismatch"));
        mismatch.setId("siak-mismatch");
        mismatch.addThemeVariants(ButtonVariant.LUMO_ERROR);
        matchReason.setId("siak-match-reason");
        matchReason.addClassName("siak-match-reason");
        HorizontalLayout decision = new HorizontalLayout(note, match, mismatch, matchReason);
        decision.setAlignItems(Alignment.BASELINE);
        boolean counter = user.hasRole(Roles.COUNTER) && !holder.readOnly(); // read-only for all but the holder
        decision.setVisible(counter);
        ask.setVisible(counter);

        if (counter) {
            // intake already took the applicant's NIK: start from it (a lookup made since wins, in refresh)
            workflow.applicantNik(applicationId).ifPresent(nik::setValue);
        }

        Anchor back = new Anchor(BOARD, getTranslation("siak.view.back"));
        back.setId("siak-back");
        add(sides, decision, back);
        refresh();
    }

    private Span fact(String id, String key, String value) {
        Span s = new Span(getTranslation(key) + ": " + (value == null ? "" : value));
        s.setId(id);
        s.addClassName("fact");
        return s;
    }

    void lookUp() {
        try {
            siak.requestLookup(applicationId, nik.getValue());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    void decide(SiakDecision decision) {
        try {
            siak.decide(applicationId, decision, note.getValue());
            Messages.success("siak.view.decided-ok");
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (OptimisticLockingFailureException e) {
            Messages.error("workflow.error.moved-by-other", title);
        }
        refresh();
    }

    /** Redraws the SIAK side from the stored lookup (on open, after each action, and when SIAK answers). */
    void refresh() {
        status.refresh();
        if (holder != null) {
            holder.refresh();
        }
        result.removeAll();
        result.add(new H3(getTranslation("siak.view.record")));
        Optional<SiakLookup> found = siak.lookup(applicationId);
        if (found.isEmpty()) {
            setDecisionEnabled(null);
            return;
        }
        SiakLookup l = found.get();
        if (user.hasRole(Roles.COUNTER) && !Objects.equals(shownLookup, l.requestedAt())) {
            nik.setValue(l.nik()); // the NIK this lookup asked for, once per lookup: never what he is typing
            shownLookup = l.requestedAt();
        }
        switch (l.status()) {
            case PENDING -> result.add(paragraph("siak-pending", getTranslation("siak.view.pending", l.attempts())
                    + (l.errorKey() == null ? "" : " " + getTranslation(l.errorKey()))));
            case NOT_FOUND -> result.add(paragraph("siak-not-found", getTranslation("siak.view.not-found")));
            case FAILED -> result.add(paragraph("siak-failed", getTranslation("siak.view.failed",
                    l.errorKey() == null ? "" : getTranslation(l.errorKey()))));
            case FOUND -> showFamily(l);
        }
        if (l.decision() != null) {
            result.add(paragraph("siak-decision", getTranslation("siak.view.decided." + l.decision().name(),
                    l.note() == null ? "" : l.note())));
        }
        setDecisionEnabled(l.status());
    }

    /**
     * "Cocok" only for a record SIAK found, "Tidak cocok" once SIAK has answered; beside them why "Cocok" cannot be
     * chosen (status null: nothing looked up yet).
     */
    private void setDecisionEnabled(LookupStatus lookup) {
        match.setEnabled(lookup == LookupStatus.FOUND);
        mismatch.setEnabled(lookup != null && lookup != LookupStatus.PENDING);
        String reason = lookup == null ? "siak.view.match-needs-found" : switch (lookup) {
            case FOUND -> null;
            case PENDING -> "siak.view.match-pending";
            case NOT_FOUND -> "siak.view.match-not-found";
            case FAILED -> "siak.view.match-failed";
        };
        matchReason.setText(reason == null ? "" : getTranslation(reason));
        matchReason.setVisible(reason != null);
    }

    private void showFamily(SiakLookup l) {
        SiakFamily f = l.family();
        Locale locale = getLocale();
        SiakMember person = f.members().stream().filter(m -> Objects.equals(m.nik(), l.nik())).findFirst()
                .orElse(f.members().isEmpty() ? null : f.members().getFirst());
        if (person != null) {
            String fileName = detail.card().applicantName();
            Span compare = new Span(getTranslation("siak.view.name-compare", fileName, person.fullName()));
            compare.setId("siak-name-compare");
            boolean differs = !normalized(fileName).equals(normalized(person.fullName()));
            compare.getElement().getClassList().set("siak-diff", differs);
            result.add(new Paragraph(compare));
            if (differs) {
                Span flag = new Span(getTranslation("siak.view.name-differs"));
                flag.setId("siak-name-differs");
                flag.addClassName("siak-diff");
                result.add(flag);
            }
        }
        Div family = new Div(
                fact("siak-kk", "siak.view.kk", f.kkNumber()),
                fact("siak-head", "siak.view.head", f.headName()),
                fact("siak-address", "siak.view.address", f.address()),
                fact("siak-rt-rw", "siak.view.rt-rw", (f.rt() == null ? "" : f.rt()) + "/" + (f.rw() == null ? "" : f.rw())),
                fact("siak-village", "siak.view.village", f.villageCode()),
                fact("siak-postal", "siak.view.postal", f.postalCode()));
        family.addClassName("facts");
        result.add(family);

        Grid<SiakMember> members = new Grid<>();
        members.setId("siak-members");
        members.addColumn(SiakMember::nik).setHeader(getTranslation("siak.view.nik")).setAutoWidth(true);
        members.addColumn(SiakMember::fullName).setHeader(getTranslation("siak.view.name")).setAutoWidth(true);
        members.addColumn(m -> SiakCodes.label(SiakCodes.RELATIONSHIP, m.relationshipCode(), locale))
                .setHeader(getTranslation("siak.view.relationship")).setAutoWidth(true);
        members.addColumn(m -> SiakCodes.label(SiakCodes.SEX, m.sexCode(), locale)).setHeader(getTranslation("siak.view.sex"));
        members.addColumn(m -> (m.birthPlace() == null ? "" : m.birthPlace()) + ", "
                + (m.birthDate() == null ? "" : DATE.format(m.birthDate()))).setHeader(getTranslation("siak.view.birth")).setAutoWidth(true);
        members.addColumn(m -> SiakCodes.label(SiakCodes.RELIGION, m.religionCode(), locale)).setHeader(getTranslation("siak.view.religion"));
        members.addColumn(m -> SiakCodes.label(SiakCodes.EDUCATION, m.educationCode(), locale)).setHeader(getTranslation("siak.view.education"));
        members.addColumn(m -> SiakCodes.label(SiakCodes.OCCUPATION, m.occupationCode(), locale)).setHeader(getTranslation("siak.view.occupation"));
        members.addColumn(m -> SiakCodes.label(SiakCodes.BLOOD_TYPE, m.bloodTypeCode(), locale)).setHeader(getTranslation("siak.view.blood"));
        members.addColumn(m -> SiakCodes.label(SiakCodes.MARITAL_STATUS, m.maritalStatusCode(), locale)
                + (m.marriageDate() == null ? "" : " (" + DATE.format(m.marriageDate()) + ")")).setHeader(getTranslation("siak.view.marital"));
        members.addColumn(m -> SiakCodes.label(SiakCodes.CITIZENSHIP, m.citizenshipCode(), locale)).setHeader(getTranslation("siak.view.citizenship"));
        members.addColumn(m -> m.passportNumber() == null && m.kitapNumber() == null ? ""
                : (m.passportNumber() == null ? "-" : m.passportNumber()) + " / " + (m.kitapNumber() == null ? "-" : m.kitapNumber()))
                .setHeader(getTranslation("siak.view.documents-foreign"));
        members.addColumn(m -> (m.fatherName() == null ? "-" : m.fatherName()) + " / " + (m.motherName() == null ? "-" : m.motherName()))
                .setHeader(getTranslation("siak.view.parents")).setAutoWidth(true);
        members.setPartNameGenerator(m -> Objects.equals(m.nik(), l.nik()) ? "siak-applicant" : null);
        members.setItems(f.members());
        members.setAllRowsVisible(true);
        result.add(new H3(getTranslation("siak.view.members")), members);
    }

    private static String normalized(String name) {
        return name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // live answers run on the broadcast pool: the secured service calls need this officer's context
        SecurityContext officer = SecurityContextHolder.getContext();
        deregister = feed.register(user.branchCode(), answer -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(officer);
            try {
                if (answer.applicationId().equals(applicationId)) {
                    refresh();
                } else {
                    status.refresh();
                }
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }));
        // the gateway's state changes without an answer to show (the breaker opens, closes): look now and then
        ui.setPollInterval(STATUS_POLL_MILLIS);
        poll = ui.addPollListener(e -> status.refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (deregister != null) {
            deregister.run();
        }
        if (poll != null) {
            poll.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("siak.view.title", title);
    }
}
