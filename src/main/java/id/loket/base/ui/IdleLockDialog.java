package id.loket.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;

/** Covers an idle staff screen until the officer gives his password again; the screen below is kept as it was. */
class IdleLockDialog extends Dialog {

    IdleLockDialog(IdleLock lock) {
        setId("idle-lock");
        addClassName("idle-lock");
        setModal(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("idle.title"));
        String name = CurrentUser.get().map(LoketUser::fullName).orElse("");
        Paragraph text = new Paragraph(getTranslation("idle.text", lock.timeout().toMinutes(), name));
        PasswordField password = new PasswordField(getTranslation("idle.password"));
        password.setId("idle-password");
        password.setWidthFull();
        Button resume = new Button(getTranslation("idle.resume"), e -> {
            if (lock.unlock(getUI().orElseThrow(), password.getValue())) {
                close();
            } else {
                password.clear();
                password.setInvalid(true);
                password.setErrorMessage(getTranslation("idle.wrong-password"));
                password.focus();
            }
        });
        resume.setId("idle-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickShortcut(Key.ENTER);
        Button logout = new Button(getTranslation("idle.logout"), e -> lock.logout());
        logout.setId("idle-logout");
        add(text, password);
        getFooter().add(logout, resume);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
    }
}
