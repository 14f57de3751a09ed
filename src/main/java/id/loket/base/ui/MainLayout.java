package id.loket.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.loket.base.AccountService;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.MenuGroups;
import id.loket.base.i18n.LoketI18NProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The staff shell: side navigation built from the views the user may open (grouped by work area), and the user
 * menu with language, password change and logout. Public pages (kiosk, TV display) opt out with autoLayout.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String LOCALE_APPLIED = "loket.localeApplied";

    private final AuthenticationContext authenticationContext;
    private final AccountService accounts;
    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext authenticationContext, AccountService accounts,
                      ObjectProvider<HeaderItem> headerItems) {
        this.authenticationContext = authenticationContext;
        this.accounts = accounts;
        applyPreferredLocale();
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        CurrentUser.get().ifPresent(user -> {
            Div spacer = new Div();
            navbar.add(spacer);
            navbar.setFlexGrow(1, spacer);
            headerItems.orderedStream().forEach(item -> item.create(user).ifPresent(navbar::add));
            navbar.add(userMenu(user));
        });
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        CurrentUser.get().ifPresent(u -> {
            Span branch = new Span(getTranslation("layout.branch", u.branchCode()));
            branch.addClassName("brand-branch");
            brand.add(branch);
        });
        addToDrawer(brand, new Scroller(navigation()));
    }

    /** The first UI after login takes the officer's saved language. */
    private void applyPreferredLocale() {
        UI ui = UI.getCurrent();
        if (ui == null || ui.getSession().getAttribute(LOCALE_APPLIED) != null) {
            return;
        }
        CurrentUser.get().flatMap(u -> accounts.preferredLocale(u.getUsername())).ifPresent(tag -> {
            Locale locale = LoketI18NProvider.supported(tag);
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        });
        ui.getSession().setAttribute(LOCALE_APPLIED, Boolean.TRUE);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        Map<MenuGroups.Group, SideNavItem> groups = new LinkedHashMap<>();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            MenuGroups.Group group = MenuGroups.of(entry.order() == null ? 0 : entry.order());
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            item.setId("nav-" + entry.path().replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", ""));
            if (group.start() == MenuGroups.HOME) {
                nav.addItem(item);
            } else {
                groups.computeIfAbsent(group, g -> {
                    SideNavItem header = new SideNavItem(getTranslation(g.titleKey()));
                    header.setExpanded(true);
                    header.addClassName("nav-group");
                    nav.addItem(header);
                    return header;
                }).addItem(item);
            }
        }
        return nav;
    }

    private MenuBar userMenu(LoketUser user) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.fullName());
        avatar.setThemeName("xsmall");
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.fullName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = bar.addItem(label);
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("layout.language"));
        SubMenu languages = language.getSubMenu();
        languages.addItem("Bahasa Indonesia", e -> switchLocale(LoketI18NProvider.INDONESIAN)).setId("lang-id");
        languages.addItem("English", e -> switchLocale(LoketI18NProvider.ENGLISH)).setId("lang-en");
        sub.addItem(getTranslation("layout.change-password"), e -> new ChangePasswordDialog(accounts).open())
                .setId("menu-change-password");
        sub.addItem(getTranslation("layout.logout"), e -> authenticationContext.logout()).setId("menu-logout");
        return bar;
    }

    private void switchLocale(Locale locale) {
        accounts.setOwnLocale(locale.toLanguageTag());
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
