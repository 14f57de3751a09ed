package id.loket.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Each officer's start page: for every role he holds, what that role does next and where to do it. */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** The view where each role's work starts; a link is shown only when the user may open it. */
    private static final Map<String, String> START_PATH = Map.ofEntries(
            Map.entry(Roles.FRONT_OFFICE, "/antrian/panggil"),
            Map.entry(Roles.COUNTER, "/papan"),
            Map.entry(Roles.OPERATOR, "/papan"),
            Map.entry(Roles.VERIFIER, "/papan"),
            Map.entry(Roles.SIGNER, "/papan"),
            Map.entry(Roles.PICKUP, "/papan"),
            Map.entry(Roles.COMPLAINT_DESK, "/pengaduan"),
            Map.entry(Roles.SECRETARY, "/pengaduan"),
            Map.entry(Roles.HEAD_DAFDUK, "/pengaduan"),
            Map.entry(Roles.HEAD_CAPIL, "/pengaduan"),
            Map.entry(Roles.HEAD_OF_OFFICE, "/dasbor"),
            Map.entry(Roles.ADMIN, "/admin/pengguna"));

    public HomeView(org.springframework.beans.factory.ObjectProvider<HomeSection> sections) {
        setId("home-view");
        LoketUser user = CurrentUser.require();
        add(new H2(getTranslation("home.welcome", user.fullName())));
        Set<String> openable = MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path)
                .map(p -> p.startsWith("/") ? p : "/" + p).collect(Collectors.toSet());
        Div cards = new Div();
        cards.addClassName("home-cards");
        List<String> roles = Roles.ALL.stream().filter(user::hasRole).toList();
        for (String role : roles) {
            Div card = new Div();
            card.addClassName("home-card");
            card.setId("home-card-" + role);
            card.add(new H3(getTranslation("role." + role)), new Paragraph(getTranslation("home.next." + role)));
            String path = START_PATH.get(role);
            if (path != null && openable.contains(path)) {
                card.add(new Anchor(path.substring(1), getTranslation("home.open")));
            }
            cards.add(card);
        }
        add(cards);
        // what other features add for this officer (his own figures, ...), after the role cards
        sections.orderedStream().forEach(section -> section.create(user).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
