package id.loket.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.sync.internal.central.EnrollmentService;
import id.loket.sync.internal.central.EnrollmentService.EnrolledBranch;
import id.loket.sync.internal.central.EnrollmentService.IssuedKey;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The central admin's enrolled branches ({@code /admin/cabang-terdaftar}, central only: registered by
 * {@link CentralRoutes}). Enrolling a branch or re-issuing its key shows the key once, for the branch's admin to put
 * in {@code LOKET_SYNC_BRANCH_KEY}; the central keeps only its hash.
 */
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "sync.enroll.menu", icon = "vaadin:connect")
public class EnrolledBranchesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "admin/cabang-terdaftar";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

    private final EnrollmentService enrollment;
    private final ZoneId zone;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<BranchTimeZone> timeZone = new Select<>();
    final Div issued = new Div();
    final Grid<EnrolledBranch> grid = new Grid<>();

    public EnrolledBranchesView(EnrollmentService enrollment) {
        this.enrollment = enrollment;
        this.zone = CurrentUser.require().timeZone().zoneId();
        setId("sync-enroll-view");
        add(new H2(getTranslation("sync.enroll.title")), new Paragraph(getTranslation("sync.enroll.help")));

        code.setId("sync-enroll-code");
        code.setLabel(getTranslation("sync.enroll.code"));
        code.setMaxLength(16);
        name.setId("sync-enroll-name");
        name.setLabel(getTranslation("sync.enroll.name"));
        name.setMaxLength(120);
        timeZone.setId("sync-enroll-zone");
        timeZone.setLabel(getTranslation("sync.enroll.zone"));
        timeZone.setItems(BranchTimeZone.values());
        timeZone.setValue(BranchTimeZone.WIB);
        Button enroll = new Button(getTranslation("sync.enroll.action"), e -> enroll());
        enroll.setId("sync-enroll-save");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, name, timeZone, enroll);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        issued.setId("sync-issued-key");
        issued.setVisible(false);

        grid.setId("sync-branches-grid");
        grid.addColumn(EnrolledBranch::code).setHeader(getTranslation("sync.enroll.code"));
        grid.addColumn(EnrolledBranch::name).setHeader(getTranslation("sync.enroll.name")).setFlexGrow(3);
        grid.addColumn(EnrolledBranch::timeZone).setHeader(getTranslation("sync.enroll.zone"));
        grid.addColumn(b -> time(b.keyIssuedAt())).setHeader(getTranslation("sync.enroll.key-issued"));
        grid.addColumn(b -> b.lastDeliveryAt() == null ? getTranslation("sync.enroll.never") : time(b.lastDeliveryAt()))
                .setHeader(getTranslation("sync.enroll.last-delivery"));
        grid.addColumn(b -> getTranslation(b.active() ? "sync.enroll.active" : "sync.enroll.revoked"))
                .setHeader(getTranslation("sync.enroll.status"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(form, issued, grid);
        refresh();
    }

    private HorizontalLayout actions(EnrolledBranch branch) {
        Button reissue = new Button(getTranslation("sync.enroll.reissue"), e -> {
            try {
                show(enrollment.reissue(branch.code()));
                Messages.success("sync.enroll.reissued", branch.code());
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
            refresh();
        });
        reissue.setId("sync-reissue-" + branch.code());
        reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(getTranslation("sync.enroll.revoke"), e -> {
            try {
                enrollment.revoke(branch.code());
                issued.setVisible(false);
                Messages.success("sync.enroll.revoked-done", branch.code());
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
            refresh();
        });
        revoke.setId("sync-revoke-" + branch.code());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(branch.active());
        return new HorizontalLayout(reissue, revoke);
    }

    private void enroll() {
        code.setInvalid(false);
        name.setInvalid(false);
        try {
            IssuedKey key = enrollment.enroll(code.getValue(), name.getValue(), timeZone.getValue());
            show(key);
            Messages.success("sync.enroll.done", key.branchCode());
            code.clear();
            name.clear();
            refresh();
        } catch (BusinessException e) {
            // the message goes on the field it is about; what the admin typed stays for him to correct
            switch (e.messageKey()) {
                case "sync.error.code", "sync.error.enrolled" -> {
                    code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                    code.setInvalid(true);
                }
                case "sync.error.name" -> {
                    name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                    name.setInvalid(true);
                }
                default -> {
                }
            }
            Messages.error(e);
        }
    }

    /** The key once: it is in no list and no log, and gone when the admin leaves this page. */
    private void show(IssuedKey key) {
        issued.removeAll();
        Paragraph what = new Paragraph(getTranslation("sync.enroll.key-once", key.branchCode()));
        TextField value = new TextField();
        value.setId("sync-issued-key-value");
        value.setValue(key.key());
        value.setReadOnly(true);
        value.setWidth("36rem");
        issued.add(what, value);
        issued.setVisible(true);
    }

    /** Every visit starts without a key on the screen, also when Vaadin reuses this view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        issued.removeAll();
        issued.setVisible(false);
        refresh();
    }

    private void refresh() {
        grid.setItems(enrollment.list());
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sync.enroll.title");
    }
}
