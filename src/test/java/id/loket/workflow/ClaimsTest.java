package id.loket.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.AuditService;
import id.loket.base.AuditService.AuditRecord;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.document.DocumentService;
import id.loket.population.Families;
import id.loket.population.FamilyService;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11.7 (a supervisor releases or reassigns a held card; a disabled officer's cards are released) and 12.4
 * (only the holder changes a card's work: every changing work method refuses a non-holder of the same role).
 */
@LoketIntegrationTest
class ClaimsTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired SiakService siak;
    @Autowired FamilyService families;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AuditService audit;
    @Autowired BoardFeed feed;

    /** A second officer with the same role and branch as a demo officer (made once per database). */
    private String colleague(String username, String role, String branch) {
        if (!officers.as("admin", () -> accounts.staffNames()).containsKey(username)) {
            officers.run("admin", () -> accounts.createUser(new UserForm(username, "Rekan " + username, branch,
                    Set.of(role), true), "rahasia123"));
        }
        return username;
    }

    private void claim(UUID id, String officer) {
        officers.run(officer, () -> workflow.claim(id, applications.card(id).version()));
    }

    private List<String> actions(UUID id) {
        return officers.as("kadis", () -> audit.history("application", id.toString())).stream()
                .map(AuditRecord::action).toList();
    }

    // ---------------------------------------------------------------- 12.4: the holder rule

    private void refusedForNonHolder(UUID id, String nonHolder, Runnable change) {
        CardRow before = applications.card(id);
        assertThatThrownBy(() -> officers.run(nonHolder, change))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("workflow.error.held-by-other");
        CardRow after = applications.card(id);
        assertThat(after.holder()).isEqualTo(before.holder());
        assertThat(after.stepCode()).isEqualTo(before.stepCode());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void every_changing_work_method_refuses_an_officer_of_the_same_role_who_does_not_hold_the_card() {
        String loket2 = "loket2";
        String operator2 = colleague("operator.rekan", Roles.OPERATOR, "PUSAT");
        String kasi2 = colleague("kasi.rekan", Roles.VERIFIER, "PUSAT");
        String tte2 = colleague("tte.rekan", Roles.SIGNER, "PUSAT");
        String ambil2 = colleague("ambil.rekan", Roles.PICKUP, "PUSAT");

        UUID id = applications.registered();
        claim(id, "loket");
        refusedForNonHolder(id, loket2, () -> siak.requestLookup(id, Applications.NIK));
        applications.siakVerified(id);
        refusedForNonHolder(id, loket2, () -> siak.decide(id, SiakDecision.MATCH, null));
        applications.next(id, "loket");

        claim(id, "operator");
        long draft = officers.as("operator", () -> families.open(id)).version();
        refusedForNonHolder(id, operator2, () -> families.save(id, draft, Families.family()));
        refusedForNonHolder(id, operator2, () -> families.submit(id, draft, Families.family()));
        applications.next(id, "operator");

        claim(id, "kasi");
        refusedForNonHolder(id, kasi2, () -> families.approve(id));
        refusedForNonHolder(id, kasi2, () -> families.returnToEntry(id, "Nama ibu salah"));
        applications.next(id, "kasi");

        claim(id, "tte");
        refusedForNonHolder(id, tte2, () -> Applications.fromSignersBrowser(() -> documents.sign(id, "preview-not-seen")));
        applications.next(id, "tte");

        claim(id, "ambil");
        UUID document = officers.as("ambil", () -> documents.current(id)).orElseThrow().id();
        refusedForNonHolder(id, ambil2, () -> documents.print(document));
        refusedForNonHolder(id, ambil2, () -> documents.handOver(id, "Ahmad Fauzi", Families.head().nik()));
        applications.next(id, "ambil");
        assertThat(applications.card(id).status()).isEqualTo(ApplicationStatus.DONE);
    }

    @Test
    void the_first_change_on_a_free_card_claims_it_and_then_the_colleague_is_refused() {
        UUID id = applications.registered();
        assertThat(applications.card(id).holder()).isNull();
        officers.run("loket", () -> siak.requestLookup(id, Applications.NIK));
        assertThat(applications.card(id).holder()).isEqualTo("loket");
        refusedForNonHolder(id, "loket2", () -> siak.decide(id, SiakDecision.MATCH, null));
        assertThat(officers.as("loket2", () -> workflow.workState(id)))
                .extracting(WorkflowService.WorkState::mayChange, WorkflowService.WorkState::holder)
                .containsExactly(false, "loket");
        assertThat(officers.as("loket", () -> workflow.workState(id)).mayChange()).isTrue();
    }

    // ---------------------------------------------------------------- 11.7: release and reassign

    @Test
    void a_release_needs_a_reason_and_changes_nothing_without_one() {
        UUID id = applications.registered();
        claim(id, "loket");
        for (String reason : new String[] {null, "", "   ", "x".repeat(501)}) {
            assertThatThrownBy(() -> officers.run("kasi", () -> workflow.release(id, applications.card(id).version(), reason)))
                    .hasMessageStartingWith("workflow.error.override-reason");
            assertThatThrownBy(() -> officers.run("kasi", () -> workflow.reassign(id, applications.card(id).version(),
                    "loket2", reason))).hasMessageStartingWith("workflow.error.override-reason");
        }
        assertThat(applications.card(id).holder()).isEqualTo("loket");
    }

    @Test
    void only_the_roles_the_claim_rules_name_may_release_or_reassign() {
        Map<String, Boolean> mayOverride = Map.of("fo", false, "loket2", false, "operator", false, "tte", false,
                "ambil", false, "kasi", true, "kadis", true);
        mayOverride.forEach((officer, allowed) -> {
            UUID id = applications.registered();
            claim(id, "loket");
            assertThat(officers.as(officer, () -> workflow.mayOverrideClaims())).as(officer).isEqualTo(allowed);
            Runnable release = () -> workflow.release(id, applications.card(id).version(), "Petugas cuti");
            Runnable reassign = () -> workflow.reassign(id, applications.card(id).version(), "loket2", "Petugas cuti");
            if (allowed) {
                officers.run(officer, reassign);
                assertThat(applications.card(id).holder()).as(officer).isEqualTo("loket2");
                officers.run(officer, release);
                assertThat(applications.card(id).holder()).as(officer).isNull();
                assertThat(actions(id)).contains("claim-reassigned", "claim-released");
            } else {
                assertThatThrownBy(() -> officers.run(officer, release)).as(officer)
                        .hasMessageStartingWith("workflow.error.claim-override-denied");
                assertThatThrownBy(() -> officers.run(officer, reassign)).as(officer)
                        .hasMessageStartingWith("workflow.error.claim-override-denied");
                assertThat(applications.card(id).holder()).as(officer).isEqualTo("loket");
            }
        });
    }

    @Test
    void a_card_is_only_reassigned_to_an_active_officer_of_the_branch_who_works_its_step() {
        UUID id = applications.registered();
        claim(id, "loket");
        colleague("loket.cabang", Roles.COUNTER, "CIBINONG");
        for (String target : new String[] {"operator", "loket.cabang", "loket", "nobody", ""}) {
            assertThatThrownBy(() -> officers.run("kasi", () -> workflow.reassign(id, applications.card(id).version(),
                    target, "Petugas cuti"))).as(target).hasMessageStartingWith("workflow.error.reassign-target");
        }
        assertThat(officers.as("kasi", () -> workflow.reassignCandidates(id))).containsKey("loket2")
                .doesNotContainKeys("loket", "operator", "loket.cabang");
        assertThat(applications.card(id).holder()).isEqualTo("loket");
    }

    @Test
    void a_supervisor_of_another_branch_cannot_touch_the_card() {
        String otherKasi = colleague("kasi.cibinong", Roles.VERIFIER, "CIBINONG");
        UUID id = applications.registered();
        claim(id, "loket");
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run(otherKasi, () -> workflow.release(id, version, "Petugas cuti")))
                .hasMessageStartingWith("workflow.error.not-found");
        assertThat(applications.card(id).holder()).isEqualTo("loket");
    }

    @Test
    void a_release_reaches_every_open_board_of_the_branch_live() throws Exception {
        UUID id = applications.registered();
        claim(id, "loket");
        BlockingQueue<BoardFeed.CardUpdate> seen = new LinkedBlockingQueue<>();
        Runnable deregister = feed.register("PUSAT", u -> {
            if (u.move().applicationId().equals(id)) {
                seen.add(u);
            }
        });
        try {
            officers.run("kasi", () -> workflow.release(id, applications.card(id).version(), "Petugas sakit"));
            // the claim's own update may still be on its way (events go out after commit): wait for the release's
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            BoardFeed.CardUpdate update;
            do {
                update = seen.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (update != null && update.card().orElseThrow().holder() != null);
            assertThat(update).as("a board update showing the card released").isNotNull();
            assertThat(update.card().orElseThrow().holder()).isNull();
        } finally {
            deregister.run();
        }
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString())))
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo("claim-released");
                    assertThat(r.actor()).isEqualTo("kasi");
                    assertThat(r.details()).contains("loket").contains("Petugas sakit");
                });
    }

    @Test
    void disabling_an_officer_releases_the_cards_he_held() {
        String leaving = colleague("loket.pensiun", Roles.COUNTER, "PUSAT");
        UUID id = applications.registered();
        UUID other = applications.registered();
        claim(id, leaving);
        claim(other, "loket");
        UUID userId = officers.as("admin", () -> accounts.listUsers()).stream()
                .filter(u -> u.username().equals(leaving)).findFirst().orElseThrow().id();
        long seen = officers.as("admin", () -> accounts.listUsers()).stream()
                .filter(u -> u.username().equals(leaving)).findFirst().orElseThrow().version();
        officers.run("admin", () -> accounts.updateUser(userId, seen, new UserForm(leaving, "Rekan " + leaving, "PUSAT",
                Set.of(Roles.COUNTER), false)));

        assertThat(applications.card(id).holder()).isNull();
        assertThat(applications.card(other).holder()).isEqualTo("loket");
        assertThat(actions(id)).contains("claim-released");
        // anyone of the step may now take it
        claim(id, "loket2");
        assertThat(applications.card(id).holder()).isEqualTo("loket2");
    }
}
