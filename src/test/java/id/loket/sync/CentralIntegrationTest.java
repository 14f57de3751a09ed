package id.loket.sync;

import id.loket.CurrentContextSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test of a central server ({@code loket.mode=central}) on a real port against a real MariaDB. Its own branch
 * stays the default PUSAT: the tests of one JVM share one database, and the demo accounts it seeds (at its own
 * branch) must be the ones the branch tests expect. One context shared by the central's tests; the test branch {@code ASAL} stands for a branch server's own
 * work (its kiosk runs here) so a test can compare what the branch computes with what the central computes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "loket.mode=central", "loket.queue.branches=ASAL"})
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(CentralFixtures.class)
@TestExecutionListeners(listeners = CurrentContextSecurity.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public @interface CentralIntegrationTest {
}
