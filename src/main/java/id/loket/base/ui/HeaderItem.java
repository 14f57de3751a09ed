package id.loket.base.ui;

import com.vaadin.flow.component.Component;
import id.loket.base.LoketUser;
import java.util.Optional;

/**
 * A feature's small item in the app shell's header, left of the user menu (e.g. the link-to-central indicator for
 * admins). Beans of this type are asked in their {@code @Order} each time the shell is built; an empty answer adds
 * nothing, so base needs to know no feature.
 */
public interface HeaderItem {

    /** Called on the UI thread while the shell is built; the component may update itself while attached. */
    Optional<Component> create(LoketUser user);
}
