package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
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
    });

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void aFewFailuresCostNothing() {
        fail(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWait() {
        fail(LoginThrottle.FREE_FAILURES, "admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(1));

        fail(3, "admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(8));
    }

    @Test
    void theAccountIsHeldFromAnyAddressAndTheAddressForAnyAccount() {
        fail(5, "admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.2")).as("same account, other address").isPresent();
        assertThat(throttle.waitFor("editor", "10.0.0.1")).as("same address, other account").isPresent();
        assertThat(throttle.waitFor("editor", "10.0.0.2")).isEmpty();
    }

    @Test
    void theWaitEndsAndNeverExceedsFifteenMinutes() {
        fail(40, "admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).contains(LoginThrottle.LONGEST_WAIT);

        now = now.plus(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountAndTheAddress() {
        fail(6, "admin", "10.0.0.1");

        throttle.succeeded("admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEmpty();
    }
}
