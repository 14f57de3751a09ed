package id.loket.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void five_per_ten_minutes_per_address_then_the_window_slides_on() {
        MovableClock clock = new MovableClock();
        RateLimiter limiter = new RateLimiter(clock, 5, Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(limiter.allows("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
        // ten minutes after the first hit, one slot frees up
        clock.now = Instant.parse("2026-11-25T02:10:00Z");
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void addresses_without_recent_hits_are_forgotten() {
        MovableClock clock = new MovableClock();
        RateLimiter limiter = new RateLimiter(clock, 5, Duration.ofMinutes(10));
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.2");
        clock.now = clock.now.plusSeconds(300);
        limiter.tryAcquire("10.0.0.3");
        clock.now = clock.now.plusSeconds(301);
        limiter.sweep();
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }
}
