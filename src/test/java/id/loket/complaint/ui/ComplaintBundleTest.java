package id.loket.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import id.loket.complaint.SlaState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The labels built from enum names (which I18nBundleTest cannot see in the code) exist in both languages. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintBundleTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ComplaintBundleTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<String> generatedKeys() {
        List<String> keys = new ArrayList<>();
        Stream.of(ComplaintStatus.values()).forEach(s -> {
            keys.add("complaint.status." + s.name());
            keys.add("complaint.public.status." + s.name());
        });
        Stream.of(ComplaintChannel.values()).forEach(c -> keys.add("complaint.channel." + c.name()));
        Stream.of(Division.values()).forEach(d -> keys.add("complaint.division." + d.name()));
        Stream.of(SlaState.values()).forEach(s -> keys.add("complaint.sla." + s.name()));
        Stream.of(ComplaintAction.values()).forEach(a -> {
            keys.add("complaint.action." + a.name());
            keys.add("complaint.action.text." + a.name());
        });
        Stream.of("RECEIVED", "ASSIGNED", "REASSIGNED", "FOLLOWED_UP", "WAITING", "RESUMED", "ESCALATED", "RESOLVED",
                "REOPENED").forEach(a -> keys.add("complaint.timeline.action." + a));
        Stream.of("libur", "cuti_bersama", "lokal").forEach(k -> keys.add("complaint.holiday.kind." + k));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaint.properties", "complaint_en.properties"})
    void every_label_built_from_an_enum_has_a_text(String bundle) throws IOException {
        Properties p = load(bundle);
        assertThat(generatedKeys()).allSatisfy(key -> assertThat(p).containsKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaint.properties", "complaint_en.properties"})
    void every_key_is_prefixed_with_complaint(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).allMatch(k -> k.startsWith("complaint."));
    }
}
