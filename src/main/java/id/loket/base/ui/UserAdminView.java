package id.loket.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.AccountService;
import id.loket.base.AccountService.BranchRow;
import id.loket.base.AccountService.UserForm;
import id.loket.base.AccountService.UserRow;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.stream.Collectors;

/** The admin manages staff accounts: create, change roles and branch, disable, reset a password. */
@Route("admin/pengguna")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "menu.admin.users", icon = "vaadin:users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final Grid<UserRow> grid = new Grid<>();

    public UserAdminView(AccountService accounts) {
        this.accounts = accounts;
        setId("user-admin-view");
        setSizeFull();
        Button add = new Button(getTranslation("users.add"), e -> openEditor(null));
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(UserRow::username).setHeader(getTranslation("users.username")).setSortable(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("users.full-name")).setSortable(true);
        grid.addColumn(UserRow::branchCode).setHeader(getTranslation("users.branch"));
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(3);
        grid.addColumn(u -> getTranslation(!u.enabled() ? "users.status.disabled"
                : u.locked() ? "users.status.locked" : "users.status.active")).setHeader(getTranslation("users.status"));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listUsers());
    }

    void openEditor(UserRow existing) {
        Dialog dialog = new Dialog();
        dialog.setId("user-editor");
        dialog.setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        TextField fullName = new TextField(getTranslation("users.full-name"));
        fullName.setId("user-full-name");
        Select<String> branch = new Select<>();
        branch.setId("user-branch");
        branch.setLabel(getTranslation("users.branch"));
        var branchNames = accounts.listBranches().stream()
                .collect(Collectors.toMap(BranchRow::code, b -> b.code() + " – " + b.name()));
        branch.setItems(branchNames.keySet().stream().sorted().toList());
        branch.setItemLabelGenerator(branchNames::get);
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), true);
        enabled.setId("user-enabled");
        PasswordField password = new PasswordField(getTranslation("users.initial-password"));
        password.setId("user-password");
        FormLayout form = new FormLayout(username, fullName, branch, enabled, roles);
        form.setColspan(roles, 2);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            branch.setValue(existing.branchCode());
            roles.setValue(existing.roles());
            enabled.setValue(existing.enabled());
        } else {
            form.add(password);
        }
        dialog.add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            UserForm data = new UserForm(username.getValue(), fullName.getValue(), branch.getValue(),
                    new HashSet<>(roles.getValue()), enabled.getValue());
            try {
                if (existing == null) {
                    accounts.createUser(data, password.getValue());
                } else {
                    accounts.updateUser(existing.id(), existing.version(), data);
                }
                Messages.success("users.saved");
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        if (existing != null) {
            Button reset = new Button(getTranslation("users.reset-password"), e -> openReset(existing));
            reset.setId("user-reset-password");
            dialog.getFooter().add(reset);
        }
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void openReset(UserRow user) {
        Dialog dialog = new Dialog();
        dialog.setId("reset-password-dialog");
        dialog.setHeaderTitle(getTranslation("users.reset-password-for", user.username()));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password-new");
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.resetPassword(user.id(), password.getValue());
                Messages.success("users.password-reset");
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
