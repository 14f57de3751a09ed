package id.loket.sync.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.loket.base.ui.MainLayout;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The central's own screens exist only on a central ({@code loket.mode=central}): registered here at start instead
 * of by {@code @Route}, so a branch server has no such address and its admin no such menu entry.
 */
@Component
@ConditionalOnProperty(name = "loket.mode", havingValue = "central")
class CentralRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isPathAvailable(EnrolledBranchesView.PATH)) {
            routes.setRoute(EnrolledBranchesView.PATH, EnrolledBranchesView.class, MainLayout.class);
        }
    }
}
