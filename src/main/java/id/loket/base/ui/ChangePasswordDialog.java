package id.loket.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import id.loket.base.AccountService;
import id.loket.base.BusinessException;

/** An officer changes his own password; the current one is asked again. */
class ChangePasswordDialog extends Dialog {

    ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle(getTranslation("password.title"));
        setId("change-password-dialog");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        add(new FormLayout(current, next, repeat));

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                Messages.error("password.error.mismatch");
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                Messages.success("password.changed");
                close();
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
