package id.loket.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import id.loket.base.LoketUser;
import id.loket.base.ui.HomeSection;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.DashboardFeed;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import id.loket.dashboard.MyFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/**
 * The officer's own figures on his home page (issue 13.1), for every step his roles work: cards waiting in his
 * columns now and the oldest, what he finished today, his median working time against the standard, cards over the
 * standard now. Follows the cards live through the feed (one computation per officer, whatever tabs he has open).
 */
@org.springframework.stereotype.Component
@Order(100)
class MyFiguresSection implements HomeSection {

    private static final Logger log = LoggerFactory.getLogger(MyFiguresSection.class);

    private final DashboardService dashboards;
    private final DashboardFeed feed;
    private final CatalogService catalog;
    private final Clock clock;

    MyFiguresSection(DashboardService dashboards, DashboardFeed feed, CatalogService catalog, Clock clock) {
        this.dashboards = dashboards;
        this.feed = feed;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(LoketUser user) {
        Set<String> stepRoles = new java.util.HashSet<>();
        catalog.catalog().steps().forEach(s -> stepRoles.add(s.role()));
        if (user.roles().stream().noneMatch(stepRoles::contains)) {
            return Optional.empty();
        }
        MyFigures figures;
        try {
            figures = dashboards.mine();
        } catch (RuntimeException e) {
            // the home page must open even when the figures cannot be computed
            log.warn("Officer's figures could not be computed: {}", e.toString());
            return Optional.empty();
        }
        Panel panel = new Panel(user, figures);
        return Optional.of(panel);
    }

    /** The figures' panel; follows the feed while attached. */
    final class Panel extends Div {

        private final LoketUser user;
        private final SectionFormat format;
        final FigureTable table;
        private Runnable unsubscribe;

        Panel(LoketUser user, MyFigures figures) {
            this.user = user;
            this.format = new SectionFormat(getLocale(), user.timeZone().zoneId());
            setId("home-mine");
            addClassName("home-mine");
            table = new FigureTable("home-mine-steps", getTranslation("dashboard.mine.col.step"),
                    getTranslation("dashboard.mine.col.waiting"), getTranslation("dashboard.mine.col.oldest"),
                    getTranslation("dashboard.mine.col.finished"), getTranslation("dashboard.mine.col.median"),
                    getTranslation("dashboard.mine.col.over"));
            add(new H3(getTranslation("dashboard.mine.title")), table);
            show(figures);
            addAttachListener(e -> follow(e.getUI()));
            addDetachListener(e -> stop());
        }

        void show(MyFigures figures) {
            table.clear();
            LocalDate today = LocalDate.now(clock.withZone(format.zone()));
            DashboardFilter day = new DashboardFilter(today, today, user.branchCode(), null);
            java.time.Instant now = clock.instant();
            for (MyFigures.MyStep s : figures.steps()) {
                String code = s.stepCode();
                String oldest = s.oldestEnteredAt() == null ? "–"
                        : getTranslation("dashboard.mine.oldest", format.age(s.oldestEnteredAt(), now),
                        format.time(s.oldestEnteredAt()));
                table.row(code, s.name().in(getLocale()),
                        link(day, Drill.Kind.IN_STEP_NOW, code, format.count(s.waitingNow())),
                        link(day, Drill.Kind.IN_STEP_NOW, code, oldest),
                        link(day, Drill.Kind.FINISHED, code, format.count(s.finishedToday())),
                        link(day, Drill.Kind.FINISHED, code, getTranslation("dashboard.mine.median",
                                format.minutes(s.myWorking().p50Seconds()), format.count(s.standardMinutes()))),
                        link(day, Drill.Kind.OVER_STANDARD_NOW, code, format.count(s.overStandardNow())));
            }
        }

        private com.vaadin.flow.component.html.Anchor link(DashboardFilter f, Drill.Kind kind, String step, String text) {
            return FigureTable.link(DrillLinks.href(f, Drill.of(kind, step)), text);
        }

        private void follow(UI ui) {
            stop();
            unsubscribe = feed.subscribe(List.of("mine", user.getUsername()), Set.of(user.branchCode()),
                    dashboards::mine, figures -> ui.access(() -> show(figures)));
        }

        void stop() {
            if (unsubscribe != null) {
                unsubscribe.run();
                unsubscribe = null;
            }
        }
    }
}
