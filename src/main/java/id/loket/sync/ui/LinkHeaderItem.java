package id.loket.sync.ui;

import com.vaadin.flow.component.Component;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.base.ui.HeaderItem;
import id.loket.sync.BranchLink;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** Shows admins the branch's link to the central in the header (on a branch; a central has no BranchLink). */
@org.springframework.stereotype.Component
class LinkHeaderItem implements HeaderItem {

    private final ObjectProvider<BranchLink> link;
    private final BranchLinkFeed feed;

    LinkHeaderItem(ObjectProvider<BranchLink> link, BranchLinkFeed feed) {
        this.link = link;
        this.feed = feed;
    }

    @Override
    public Optional<Component> create(LoketUser user) {
        BranchLink branchLink = link.getIfAvailable();
        if (branchLink == null || !user.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new BranchLinkIndicator(branchLink, user.timeZone(), feed));
    }
}
