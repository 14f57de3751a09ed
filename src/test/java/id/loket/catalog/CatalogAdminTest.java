package id.loket.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.BusinessException;
import id.loket.catalog.CatalogService.AppType;
import id.loket.catalog.CatalogService.Step;
import id.loket.catalog.CatalogService.StepChange;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two admins at once, and guards chosen from those the features register, against the real database. */
@LoketIntegrationTest
class CatalogAdminTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    Officers officers;

    private Step step(String code) {
        return catalog.catalog().step(code).orElseThrow();
    }

    private static StepChange same(Step s, int minutes, String guard, boolean confirmRemoval) {
        return new StepChange(s.name().id(), s.name().en(), minutes, s.wipLimit(), guard, confirmRemoval);
    }

    @Test
    void the_guard_list_holds_what_the_features_register() {
        assertThat(officers.as("admin", catalog::guardCodes)).contains("siak-verified", "family-complete",
                "family-verified", "document-signed", "document-handed-over");
    }

    @Test
    void a_step_saved_from_a_stale_editor_is_refused_and_changes_nothing() {
        Step seen = step("VERIFICATION");
        officers.run("admin", () -> catalog.changeStep("VERIFICATION", seen.version(),
                same(seen, seen.standardMinutes() + 1, seen.guardCode(), false)));
        try {
            assertThatThrownBy(() -> officers.run("admin", () -> catalog.changeStep("VERIFICATION", seen.version(),
                    same(seen, 7, seen.guardCode(), false))))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith("catalog.error.stale");
            assertThat(step("VERIFICATION").standardMinutes()).isEqualTo(seen.standardMinutes() + 1);
        } finally {
            Step now = step("VERIFICATION");
            officers.run("admin", () -> catalog.changeStep("VERIFICATION", now.version(),
                    same(now, seen.standardMinutes(), seen.guardCode(), false)));
        }
    }

    @Test
    void required_documents_saved_from_a_stale_editor_are_refused_and_change_nothing() {
        AppType seen = catalog.catalog().type("BIRTH").orElseThrow();
        Set<String> original = new HashSet<>(seen.documentCodes());
        Set<String> fewer = new HashSet<>(original);
        String dropped = fewer.iterator().next();
        fewer.remove(dropped);
        officers.run("admin", () -> catalog.changeRequiredDocuments("BIRTH", seen.version(), fewer));
        try {
            assertThatThrownBy(() -> officers.run("admin", () -> catalog.changeRequiredDocuments("BIRTH", seen.version(), original)))
                    .hasMessageStartingWith("catalog.error.stale");
            assertThat(catalog.catalog().type("BIRTH").orElseThrow().documentCodes()).isEqualTo(fewer);
        } finally {
            AppType now = catalog.catalog().type("BIRTH").orElseThrow();
            officers.run("admin", () -> catalog.changeRequiredDocuments("BIRTH", now.version(), original));
        }
    }

    @Test
    void a_mistyped_guard_is_refused_and_a_guard_is_only_removed_when_confirmed() {
        Step seen = step("SIAK_CHECK");
        assertThat(seen.guardCode()).isEqualTo("siak-verified");
        assertThatThrownBy(() -> officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", seen.version(),
                same(seen, seen.standardMinutes(), "siak-verifed", false))))
                .hasMessageStartingWith("catalog.error.guard-unknown");
        assertThatThrownBy(() -> officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", seen.version(),
                same(seen, seen.standardMinutes(), null, false))))
                .hasMessageStartingWith("catalog.error.guard-removal");
        assertThat(step("SIAK_CHECK").guardCode()).isEqualTo("siak-verified");

        officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", seen.version(),
                same(seen, seen.standardMinutes(), null, true)));
        try {
            assertThat(step("SIAK_CHECK").guardCode()).isNull();
        } finally {
            Step now = step("SIAK_CHECK");
            officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", now.version(),
                    same(now, now.standardMinutes(), "siak-verified", false)));
        }
        assertThat(step("SIAK_CHECK").guardCode()).isEqualTo("siak-verified");
    }
}
