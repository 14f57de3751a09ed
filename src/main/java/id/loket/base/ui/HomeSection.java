package id.loket.base.ui;

import com.vaadin.flow.component.Component;
import id.loket.base.LoketUser;
import java.util.Optional;

/**
 * A feature's part of the home page for the signed-in officer (e.g. his own figures). Beans of this type are asked
 * in their {@code @Order}; an empty answer adds nothing, so base needs to know no feature.
 */
public interface HomeSection {

    /** Called on the UI thread while the home page is built; the component may live-update itself while attached. */
    Optional<Component> create(LoketUser user);
}
