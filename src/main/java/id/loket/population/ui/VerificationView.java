package id.loket.population.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.workflow.HolderLine;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.population.FamilyDiff;
import id.loket.population.FamilyDiff.FieldDiff;
import id.loket.population.FamilyDiff.MemberDiff;
import id.loket.population.FamilyService;
import id.loket.population.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * Step 5: the Kepala Seksi sees the entered family beside the baseline (SIAK / old KK): changed fields
 * highlighted, added and removed members marked; approves, or returns it to data entry with a reason.
 */
@Route("verifikasi")
@RolesAllowed({Roles.VERIFIER, Roles.HEAD_OF_OFFICE})
public class VerificationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final FamilyService families;
    private final ReferenceData refs;
    private UUID applicationId;
    private String title = "";

    public VerificationView(FamilyService families, ReferenceData refs) {
        this.families = families;
        this.refs = refs;
        setId("verification-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll(); // a view reused for another card starts afresh
        FamilyDiff diff;
        try {
            applicationId = UUID.fromString(id);
            diff = families.diff(applicationId);
        } catch (IllegalArgumentException | BusinessException e) {
            add(new Paragraph(getTranslation("population.error.no-draft")));
            return;
        }
        title = diff.registrationNumber();
        H2 heading = new H2(getTranslation("population.verify.title-number", diff.registrationNumber()));
        heading.setId("verify-title");
        HolderLine holder = HolderLine.of(applicationId);
        add(heading, holder, new Paragraph(getTranslation("population.entry.baseline." + diff.baselineSource())));
        if (diff.siakNote() != null) {
            Paragraph note = new Paragraph(getTranslation("population.entry.siak-note", diff.siakNote()));
            note.setId("verify-siak-note");
            note.addClassName("siak-note");
            add(note);
        }
        add(new H3(getTranslation("population.verify.header")), table("diff-header", diff.header()));
        int no = 1;
        for (MemberDiff m : diff.members()) {
            // the verifier checks the very field the NIK rules guard: it is in the title of every member
            H3 member = new H3((no++) + ". " + m.name() + " – NIK " + m.nik() + " – "
                    + getTranslation("population.verify.kind." + m.kind()));
            member.addClassName("diff-" + m.kind().name().toLowerCase());
            member.setId("diff-title-" + m.nik());
            add(member, table("diff-member-" + m.nik(), m.kind() == FamilyDiff.Kind.SAME
                    ? m.fields().stream().limit(2).toList() : m.fields()));
        }
        if (CurrentUser.require().hasRole(Roles.VERIFIER) && !holder.readOnly()) { // only the holder decides
            Button approve = new Button(getTranslation("population.verify.approve"), e -> {
                try {
                    families.approve(applicationId);
                    Messages.success("population.verify.approved");
                    UI.getCurrent().navigate("papan");
                } catch (BusinessException ex) {
                    Messages.error(ex);
                }
            });
            approve.setId("verify-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button back = new Button(getTranslation("population.verify.return"), e -> returnDialog());
            back.setId("verify-return");
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(approve, back));
        }
    }

    private Grid<FieldDiff> table(String id, List<FieldDiff> fields) {
        Grid<FieldDiff> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(f -> getTranslation("population.field." + f.field())).setHeader(getTranslation("population.verify.field"));
        grid.addColumn(f -> show(f, f.before())).setHeader(getTranslation("population.verify.before"));
        grid.addColumn(f -> show(f, f.after())).setHeader(getTranslation("population.verify.after"));
        grid.setPartNameGenerator(f -> f.changed() ? "changed" : null);
        grid.setItems(fields);
        grid.setAllRowsVisible(true);
        grid.addClassName("diff-grid");
        return grid;
    }

    private String show(FieldDiff f, String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        if ("REGION".equals(f.codeList())) {
            return refs.region(value).map(ReferenceData.RegionRow::name).orElse(value);
        }
        if ("moved-out".equals(f.field())) {
            return getTranslation(Boolean.parseBoolean(value) ? "population.verify.yes" : "population.verify.no");
        }
        return f.codeList() == null ? value : refs.code(f.codeList(), value).map(c -> c.label().in(getLocale())).orElse(value);
    }

    private void returnDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("population.verify.return"));
        TextArea reason = new TextArea(getTranslation("workflow.send-back.reason"));
        reason.setId("verify-return-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button ok = new Button(getTranslation("population.verify.return"), e -> {
            try {
                families.returnToEntry(applicationId, reason.getValue());
                dialog.close();
                Messages.success("population.verify.returned");
                UI.getCurrent().navigate("papan");
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        ok.setId("verify-return-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("population.verify.title-number", title);
    }
}
