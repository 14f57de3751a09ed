package id.loket.base.ui;

import com.vaadin.flow.component.UI;

/** The browser's address as the server sees it: the key public pages limit request rates by. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        UI ui = UI.getCurrent();
        String address = ui == null ? null : ui.getSession().getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}
