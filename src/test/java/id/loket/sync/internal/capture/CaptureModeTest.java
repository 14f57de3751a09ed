package id.loket.sync.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A central applies rows it received and must not emit them again: the capture is installed on branches only. */
class CaptureModeTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC).withUserConfiguration(CaptureConfig.class);

    @Test
    void a_branch_captures_by_default_and_a_central_does_not() {
        runner.run(context -> assertThat(context).hasSingleBean(CaptureConfig.class));
        runner.withPropertyValues("loket.mode=branch")
                .run(context -> assertThat(context).hasSingleBean(CaptureConfig.class));
        runner.withPropertyValues("loket.mode=central")
                .run(context -> assertThat(context).doesNotHaveBean(CaptureConfig.class));
    }
}
