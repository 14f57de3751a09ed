package id.loket.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.loket.base.BusinessException;

/** The one way views tell a user that something worked or did not. */
public final class Messages {

    private Messages() {
    }

    public static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.SUCCESS);
    }

    public static void error(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.ERROR);
    }

    public static void error(BusinessException e) {
        UI ui = UI.getCurrent();
        Object[] args = java.util.Arrays.stream(e.args())
                .map(a -> a instanceof BusinessException.Key k ? ui.getTranslation(k.key()) : a).toArray();
        error(e.messageKey(), args);
    }

    /** Bottom right: at the top a message covered the page heading and the header's buttons. */
    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        notification.setId("loket-notification");
    }
}
