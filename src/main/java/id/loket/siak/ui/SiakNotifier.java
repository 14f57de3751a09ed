package id.loket.siak.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.ui.Messages;
import id.loket.siak.SiakFeed;
import org.springframework.stereotype.Component;

/**
 * Tells the officer who asked SIAK, on whatever screen he is, that a late answer arrived: he may have moved on
 * to other cards while SIAK was down. (An answer that came while he waited is already on his screen.)
 */
@Component
class SiakNotifier implements VaadinServiceInitListener {

    private final SiakFeed feed;

    SiakNotifier(SiakFeed feed) {
        this.feed = feed;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            LoketUser user = CurrentUser.get().orElse(null);
            if (user == null) {
                return;
            }
            Runnable deregister = feed.register(user.branchCode(), answer -> {
                if (answer.late() && user.getUsername().equals(answer.requestedBy())) {
                    ui.access(() -> Messages.success("siak.notify.completed", answer.reference()));
                }
            });
            ui.addDetachListener(e -> deregister.run());
        });
    }
}
