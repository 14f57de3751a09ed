package id.loket.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Every new UI starts in the session's chosen language, or the office default (Indonesian). */
@Component
class LocaleInitListener implements VaadinServiceInitListener {

    private final Locale defaultLocale;

    LocaleInitListener(@Value("${loket.default-locale:id}") String defaultLocale) {
        this.defaultLocale = LoketI18NProvider.supported(defaultLocale);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(defaultLocale));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            e.getUI().setLocale(session.getLocale() != null ? session.getLocale() : defaultLocale);
        });
    }
}
