package id.loket.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.data.selection.MultiSelect;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.i18n.LoketI18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what was typed into a {@link KeepsTyping} view in the browser tab (sessionStorage, frontend/
 * loket-keep-typing.js) and restores it when the same address opens again for the same user: after a language
 * switch (which reloads the page, so every label is re-translated) and after an expired session and a new login
 * (a server-side copy would have died with the session). One mechanism for every form; views only opt in.
 * Kept per tab, user and address; a field's entry goes when the field leaves the page (form sent or left).
 */
@org.springframework.stereotype.Component
class TypingKeeper implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(TypingKeeper.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCRIPT = "context://frontend-static/loket-keep-typing.js";
    private static final String INSTALLED = TypingKeeper.class.getName() + ".installed";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(this::afterNavigation));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /**
     * Vaadin's own messages (sent to the page when it loads, so in the page's language). An expired session is
     * said, not silently reloaded, and each message tells that the typing is kept in the tab.
     */
    static CustomizedSystemMessages systemMessages(Locale locale) {
        LoketI18NProvider i18n = new LoketI18NProvider();
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(true);
        m.setSessionExpiredCaption(i18n.getTranslation("system.session-expired.caption", locale));
        m.setSessionExpiredMessage(i18n.getTranslation("system.session-expired.message", locale));
        m.setInternalErrorCaption(i18n.getTranslation("system.internal-error.caption", locale));
        m.setInternalErrorMessage(i18n.getTranslation("system.internal-error.message", locale));
        return m;
    }

    private void afterNavigation(AfterNavigationEvent event) {
        event.getActiveChain().stream().filter(KeepsTyping.class::isInstance).map(c -> (Component) c).findFirst()
                .ifPresent(view -> install(view, key(event)));
    }

    static String key(AfterNavigationEvent event) {
        String user = CurrentUser.get().map(LoketUser::getUsername).orElse("-");
        // the path only: after a new login Spring Security returns with "?continue" added
        return "loket.typing:" + user + ":/" + event.getLocation().getPath();
    }

    private void install(Component view, String key) {
        if (key.equals(ComponentUtil.getData(view, INSTALLED))) {
            return;
        }
        ComponentUtil.setData(view, INSTALLED, key);
        UI ui = view.getUI().orElse(UI.getCurrent());
        // a list searched on the server (e.g. the region pickers) has no positions to keep: left out
        List<Component> fields = fields(view).stream().filter(f -> clientKept(f) || inMemory(f)).toList();
        for (Component field : fields) {
            String id = field.getId().orElseThrow();
            if (!clientKept(field)) {
                // list choices: the browser only knows an internal key, so the server writes the item's position
                ((HasValue<?, ?>) field).addValueChangeListener(e -> ui.getPage().executeJs(
                        "window.loketKeepTyping && window.loketKeepTyping.put($0, $1, JSON.parse($2))", key, id,
                        encode(field)));
            }
            field.addDetachListener(e -> {
                if (!ui.isClosing()) {
                    ui.getPage().executeJs("window.loketKeepTyping && window.loketKeepTyping.drop($0, $1)", key, id);
                }
            });
        }
        ui.getPage().addJavaScript(SCRIPT);
        ui.getPage().executeJs("return window.loketKeepTyping ? window.loketKeepTyping.start($0, $1) : null",
                view.getElement(), key).then(String.class, json -> {
                    int restored = restore(fields, json);
                    if (restored > 0) {
                        Notification.show(ui.getTranslation("layout.typing-restored"), 4000,
                                Notification.Position.BOTTOM_START).setId("typing-restored");
                    }
                    ui.getPage().executeJs("window.loketKeepTyping && window.loketKeepTyping.arm($0)",
                            view.getElement());
                }, error -> log.debug("typing not restored: {}", error));
    }

    /** The view's fields with an id, in page order (a choice that fills another list comes first). */
    static List<Component> fields(Component root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Component c, List<Component> found) {
        if (c instanceof HasValue<?, ?> && c.getId().isPresent() && !(c instanceof PasswordField)
                && !(c instanceof HasStyle s && s.hasClassName(KeepsTyping.SKIP))) {
            found.add(c);
        }
        c.getChildren().forEach(child -> collect(child, found));
    }

    /** Text-like fields and checkboxes the browser keeps itself, also while the server is unreachable. */
    private static boolean clientKept(Component field) {
        return !(field instanceof HasListDataView<?, ?>) && !(field instanceof MultiSelect<?, ?>);
    }

    /** A list choice as the positions of the chosen items. */
    private static String encode(Component field) {
        List<?> items = items(field);
        Object value = ((HasValue<?, ?>) field).getValue();
        Collection<?> chosen = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        List<Integer> positions = chosen.stream().map(items::indexOf).filter(i -> i >= 0).toList();
        return "{\"i\":" + positions + "}";
    }

    private static boolean inMemory(Component field) {
        try {
            ((HasListDataView<?, ?>) field).getListDataView();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<?> items(Component field) {
        try {
            return ((HasListDataView<?, ?>) field).getListDataView().getItems().toList();
        } catch (RuntimeException e) {
            return List.of(); // a lazy list (e.g. a region search): not kept
        }
    }

    /** Puts kept values back; two passes, so a list filled by an earlier choice can take its own. */
    static int restore(List<Component> fields, String json) {
        if (json == null || json.isBlank()) {
            return 0;
        }
        JsonNode snapshot;
        try {
            snapshot = JSON.readTree(json);
        } catch (RuntimeException e) {
            return 0;
        }
        Set<Component> done = new LinkedHashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Component field : fields) {
                JsonNode entry = snapshot.get(field.getId().orElseThrow());
                if (entry != null && !done.contains(field)) {
                    try {
                        if (apply(field, entry)) {
                            done.add(field);
                        }
                    } catch (RuntimeException e) {
                        // a value the field no longer takes (a list changed meanwhile): left as it is
                    }
                }
            }
        }
        return (int) done.stream().filter(f -> !isEmpty(f)).count();
    }

    private static boolean isEmpty(Component field) {
        return ((HasValue<?, ?>) field).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean apply(Component field, JsonNode entry) {
        HasValue f = (HasValue) field;
        if (entry.has("s")) {
            String s = entry.get("s").asString();
            Object value = switch (field) {
                case DatePicker d -> s.isBlank() ? null : LocalDate.parse(s);
                case TimePicker t -> s.isBlank() ? null : LocalTime.parse(s);
                case IntegerField i -> s.isBlank() ? null : Integer.valueOf(s);
                case NumberField n -> s.isBlank() ? null : Double.valueOf(s);
                case BigDecimalField b -> s.isBlank() ? null : new BigDecimal(s);
                default -> {
                    if (!(f.getEmptyValue() instanceof String)) {
                        yield Boolean.FALSE; // not a text field after all: left alone
                    }
                    yield s;
                }
            };
            if (value == Boolean.FALSE) {
                return false;
            }
            f.setValue(value == null ? f.getEmptyValue() : value);
            return true;
        }
        if (entry.has("b") && f.getEmptyValue() instanceof Boolean) {
            f.setValue(entry.get("b").asBoolean());
            return true;
        }
        if (entry.has("i")) {
            List<?> items = items(field);
            List<Object> chosen = new ArrayList<>();
            entry.get("i").forEach(i -> {
                if (i.asInt() < items.size()) {
                    chosen.add(items.get(i.asInt()));
                }
            });
            if (field instanceof MultiSelect<?, ?>) {
                f.setValue(new LinkedHashSet<>(chosen));
                return true;
            }
            if (chosen.isEmpty()) {
                if (!entry.get("i").isEmpty()) {
                    return false; // the list changed meanwhile: maybe the second pass
                }
                f.clear();
                return true;
            }
            f.setValue(chosen.getFirst());
            return true;
        }
        return false;
    }
}
