package id.loket.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the browser kept comes back into the right fields, in order, and nothing else is touched. */
class TypingKeeperTest {

    final TextField name = field(new TextField(), "name");
    final TextArea text = field(new TextArea(), "text");
    final Checkbox anonymous = field(new Checkbox(), "anonymous");
    final Select<String> type = field(new Select<>(), "type");
    final CheckboxGroup<String> documents = field(new CheckboxGroup<>(), "documents");
    final DatePicker born = field(new DatePicker(), "born");
    final PasswordField password = field(new PasswordField(), "password");
    final TextField honeypot = field(new TextField(), "website");
    final ComboBox<String> region = field(new ComboBox<>(), "region");
    final Div form = new Div(name, text, anonymous, type, documents, born, password, honeypot, region);

    static <T extends com.vaadin.flow.component.Component> T field(T c, String id) {
        c.setId(id);
        return c;
    }

    TypingKeeperTest() {
        type.setItems("NEW_FAMILY", "CHANGE");
        // the documents depend on the type, as on the intake form
        type.addValueChangeListener(e -> documents.setItems("CHANGE".equals(e.getValue())
                ? List.of("KK lama", "Surat pindah", "Akta") : List.of("Akta nikah")));
        honeypot.addClassName(KeepsTyping.SKIP);
        // a lazy list searched on the server, as the region pickers are
        region.setItems(q -> java.util.stream.Stream.of("Cibinong").skip(q.getOffset()).limit(q.getLimit()));
    }

    @Test
    void kept_values_come_back_and_a_list_filled_by_an_earlier_choice_takes_its_own() {
        assertThat(TypingKeeper.fields(form)).extracting(c -> c.getId().orElseThrow())
                .containsExactly("name", "text", "anonymous", "type", "documents", "born", "region");
        int restored = TypingKeeper.restore(TypingKeeper.fields(form), """
                {"name":{"s":"Siti Aminah"},"text":{"s":"baris 1\\nbaris 2"},"anonymous":{"b":true},
                 "documents":{"i":[0,2]},"type":{"i":[1]},"born":{"s":"1990-01-25"},"password":{"s":"x"},
                 "website":{"s":"spam"}}""");
        assertThat(name.getValue()).isEqualTo("Siti Aminah");
        assertThat(text.getValue()).isEqualTo("baris 1\nbaris 2");
        assertThat(anonymous.getValue()).isTrue();
        assertThat(type.getValue()).isEqualTo("CHANGE");
        assertThat(documents.getValue()).isEqualTo(Set.of("KK lama", "Akta"));
        assertThat(born.getValue()).isEqualTo(LocalDate.of(1990, 1, 25));
        assertThat(password.getValue()).isEmpty();
        assertThat(restored).isEqualTo(6);
    }

    @Test
    void nothing_kept_or_something_broken_changes_nothing() {
        name.setValue("as typed");
        assertThat(TypingKeeper.restore(TypingKeeper.fields(form), null)).isZero();
        assertThat(TypingKeeper.restore(TypingKeeper.fields(form), "{not json")).isZero();
        assertThat(TypingKeeper.restore(TypingKeeper.fields(form), "{\"type\":{\"i\":[7]},\"born\":{\"s\":\"x\"}}"))
                .isZero();
        assertThat(name.getValue()).isEqualTo("as typed");
        assertThat(born.getValue()).isNull();
    }

    @Test
    void vaadin_says_an_expired_session_in_the_users_language() {
        var messages = TypingKeeper.systemMessages(id.loket.base.i18n.LoketI18NProvider.INDONESIAN);
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Sesi Anda telah berakhir");
        assertThat(TypingKeeper.systemMessages(java.util.Locale.ENGLISH).getSessionExpiredMessage())
                .startsWith("What you typed is kept in this tab");
    }
}
