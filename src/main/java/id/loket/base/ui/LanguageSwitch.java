package id.loket.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.loket.base.i18n.LoketI18NProvider;
import java.util.Locale;

/** Language buttons for pages without the user menu (login, kiosk); each language is named in itself. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        add(button("Bahasa Indonesia", "lang-switch-id", LoketI18NProvider.INDONESIAN),
                button("English", "lang-switch-en", LoketI18NProvider.ENGLISH));
        addClassName("no-print");
    }

    private static Button button(String label, String id, Locale locale) {
        Button b = new Button(label, e -> {
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
