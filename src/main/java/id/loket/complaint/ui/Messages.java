package id.loket.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.loket.base.BusinessException;

/**
 * The same notifications as {@code id.loket.base.ui.Messages}, which this module may not use: {@code base.ui} is
 * not part of base's exposed API (ModularityTests). Same name, so I18nBundleTest checks the keys used here too.
 */
final class Messages {

    private Messages() {
    }

    static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.SUCCESS);
    }

    static void error(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.ERROR);
    }

    static void error(BusinessException e) {
        error(e.messageKey(), e.args());
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setId("loket-notification");
    }
}
