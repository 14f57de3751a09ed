package id.loket.base;

import java.util.List;

/**
 * Side navigation groups. A view's {@code @Menu(order = ...)} falls into the group whose range holds it, so a
 * feature places its views without the layout knowing the feature.
 */
public final class MenuGroups {

    public static final double HOME = 0;
    public static final double QUEUE = 10;
    public static final double SERVICE = 20;
    public static final double COMPLAINT = 40;
    public static final double MANAGEMENT = 60;
    public static final double ADMIN = 90;

    /** Group start and its bundle key, ascending. */
    public static final List<Group> ALL = List.of(
            new Group(HOME, "menu.group.home"),
            new Group(QUEUE, "menu.group.queue"),
            new Group(SERVICE, "menu.group.service"),
            new Group(COMPLAINT, "menu.group.complaint"),
            new Group(MANAGEMENT, "menu.group.management"),
            new Group(ADMIN, "menu.group.admin"));

    public record Group(double start, String titleKey) {
    }

    public static Group of(double order) {
        Group found = ALL.getFirst();
        for (Group g : ALL) {
            if (order >= g.start()) {
                found = g;
            }
        }
        return found;
    }

    private MenuGroups() {
    }
}
