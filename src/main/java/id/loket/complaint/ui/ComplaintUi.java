package id.loket.complaint.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.loket.base.BusinessException;
import id.loket.base.ui.Messages;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import id.loket.complaint.SlaState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Labels and formats shared by the complaint views: all text from the bundle, times in the branch's zone. */
final class ComplaintUi {

    private ComplaintUi() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String status(ComplaintStatus s) {
        return s == null ? "" : t("complaint.status." + s.name());
    }

    static String channel(ComplaintChannel c) {
        return c == null ? "" : t("complaint.channel." + c.name());
    }

    static String division(Division d) {
        return d == null ? "" : t("complaint.division." + d.name());
    }

    static String action(ComplaintAction a) {
        return t("complaint.action." + a.name());
    }

    static String timelineAction(String action) {
        return t("complaint.timeline.action." + action);
    }

    static String sla(SlaState s) {
        return s == null ? "" : t("complaint.sla." + s.name());
    }

    /** The worst of a row's targets, for one highlight. */
    static SlaState worst(ComplaintRow row) {
        if (row.overdue()) {
            return SlaState.OVERDUE;
        }
        return row.needsAttention() ? SlaState.NEAR : SlaState.ON_TIME;
    }

    /** Part name for a highlighted grid row (styles/complaint.css). */
    static String part(ComplaintRow row) {
        return row.overdue() ? "complaint-overdue" : row.needsAttention() ? "complaint-near" : null;
    }

    static String complainant(ComplaintRow row) {
        return row.anonymous() ? t("complaint.anonymous") : row.complainantName();
    }

    /** An anonymous complaint's contact is withheld from this reader: said so, never shown (issue 11.9). */
    static String phone(ComplaintRow row) {
        return row.contactWithheld() ? t("complaint.contact.withheld") : row.phone();
    }

    /**
     * A long text with its limit in view (issue 12.7): no maxlength that would silently cut a paste, a counter
     * under the field while typing, and the field marked as soon as it is over; the service refuses it too.
     */
    static void limited(TextArea area, int max) {
        area.setManualValidation(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable count = () -> {
            int length = area.getValue().strip().length();
            area.setHelperText(t("complaint.field.counter", length, max));
            if (length > max) {
                area.setErrorMessage(t("complaint.error.description-too-long", length, max));
                area.setInvalid(true);
            } else {
                area.setInvalid(false);
            }
        };
        area.addValueChangeListener(e -> count.run());
        count.run();
    }

    /**
     * The service's refusal shown on the field it is about (and as a notification); a refusal about no field
     * of the form only as the notification.
     */
    static void showError(BusinessException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        HasValidation field = fields.get(e.messageKey());
        if (field != null) {
            field.setErrorMessage(t(e.messageKey(), e.args()));
            field.setInvalid(true);
        }
        Messages.error(e);
    }

    /** Which field each intake refusal is about, for {@link #showError}. */
    static Map<String, HasValidation> intakeFields(HasValidation name, HasValidation phone, HasValidation nik,
                                                   HasValidation category, TextArea description,
                                                   HasValidation kkReference, HasValidation laporId) {
        Map<String, HasValidation> fields = new java.util.HashMap<>();
        fields.put("complaint.error.name", name);
        fields.put("complaint.error.phone", phone);
        fields.put("complaint.error.nik", nik);
        fields.put("complaint.error.category", category);
        fields.put("complaint.error.description", description);
        fields.put("complaint.error.description-too-long", description);
        fields.put("complaint.error.kk-reference", kkReference);
        if (laporId != null) {
            fields.put("complaint.error.lapor-id", laporId);
        }
        return fields;
    }

    static Map<String, CategoryRow> categories(List<CategoryRow> rows) {
        return rows.stream().collect(Collectors.toMap(CategoryRow::code, Function.identity()));
    }

    static String category(Map<String, CategoryRow> categories, String code) {
        CategoryRow row = categories.get(code);
        return row == null ? code : row.name(UI.getCurrent().getLocale());
    }

    static ZoneId zone(ZoneId fallback) {
        return CurrentUser.get().map(LoketUser::timeZone).map(z -> z.zoneId()).orElse(fallback);
    }

    static String time(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", UI.getCurrent().getLocale())
                .format(instant.atZone(zone));
    }
}
