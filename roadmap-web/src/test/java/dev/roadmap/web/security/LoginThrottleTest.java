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

    /** Attempts that fail: each admitted attempt counts until it succeeds. */
    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.admit(username, address);
        }
    }

    @Test
    void aFewFailuresCostNothing() {
        fail(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAttemptThatReadTheClockJustBeforeAParallelOneIsNotHeldByIt() {
        Instant earlier = now;
        now = now.plusMillis(1);
        throttle.admit("admin", "10.0.0.1"); // the later of two parallel attempts is counted first
        now = earlier;

        assertThat(throttle.admit("admin", "10.0.0.1")).as("two attempts are within the free failures").isEmpty();
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWait() {
        fail(LoginThrottle.FREE_FAILURES, "admin", "10.0.0.1");
        assertThat(throttle.waitFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(1));

        for (int i = 0; i < 3; i++) {
            now = now.plusSeconds(60);
            throttle.admit("admin", "10.0.0.1");
        }
        assertThat(throttle.waitFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(8));
    }

    @Test
    void whileHeldAnAttemptIsNotAdmittedAndDoesNotCount() {
        fail(LoginThrottle.FREE_FAILURES, "admin", "10.0.0.1");

        assertThat(throttle.admit("admin", "10.0.0.1")).isPresent();
        assertThat(throttle.waitFor("admin", "10.0.0.1")).as("still one second").contains(Duration.ofSeconds(1));
    }

    @Test
    void theAccountIsHeldFromAnyAddressAndTheAddressForAnyAccount() {
        fail(5, "admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.2")).as("same account, other address").isPresent();
        assertThat(throttle.waitFor("editor", "10.0.0.1")).as("same address, other account").isPresent();
        assertThat(throttle.waitFor("editor", "10.0.0.2")).isEmpty();
    }

    @Test
    void anAddressWaitsAtMostFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            now = now.plus(LoginThrottle.LONGEST_WAIT);
            throttle.admit("user-" + i, "10.0.0.1");
        }
        assertThat(throttle.waitFor("someone", "10.0.0.1")).contains(LoginThrottle.LONGEST_WAIT);

        now = now.plus(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitFor("someone", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAccountWaitsAtMostAMinuteSoAStrangerCannotLockItsOwnerOut() {
        for (int i = 0; i < 40; i++) {
            now = now.plus(LoginThrottle.LONGEST_ACCOUNT_WAIT);
            throttle.admit("admin", "10.0.1." + i);
        }
        assertThat(throttle.waitFor("admin", "10.0.0.99")).contains(LoginThrottle.LONGEST_ACCOUNT_WAIT);

        now = now.plus(LoginThrottle.LONGEST_ACCOUNT_WAIT);
        assertThat(throttle.waitFor("admin", "10.0.0.99")).isEmpty();
    }

    @Test
    void aKnownDeviceIsNotHeldByTheAccountsOrTheAddresssFailures() {
        fail(20, "admin", "10.0.0.1");

        assertThat(throttle.admitKnownDevice("owners-browser")).isEmpty();
    }

    @Test
    void aKnownDeviceIsHeldByItsOwnFailures() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.admitKnownDevice("stolen-cookie");
        }

        assertThat(throttle.admitKnownDevice("stolen-cookie")).contains(Duration.ofSeconds(1));
        assertThat(throttle.admitKnownDevice("owners-browser")).isEmpty();
    }

    @Test
    void aSuccessOnAKnownDeviceClearsTheAccountAndTheDevice() {
        fail(6, "admin", "10.0.0.1");
        throttle.admitKnownDevice("owners-browser");

        throttle.succeededOnKnownDevice("admin", "owners-browser");

        assertThat(throttle.waitFor("admin", "10.0.0.2")).as("the account is free again").isEmpty();
        assertThat(throttle.waitFor("admin", "10.0.0.1")).as("the guesser's address is still held").isPresent();
    }

    @Test
    void aSuccessClearsTheAccountAndTheAddress() {
        fail(6, "admin", "10.0.0.1");

        throttle.succeeded("admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void theCountsAreForgottenADayAfterTheLastFailure() {
        fail(10, "admin", "10.0.0.1");

        now = now.plus(LoginThrottle.REMEMBERED_FOR);
        fail(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");

        assertThat(throttle.waitFor("admin", "10.0.0.1")).as("free failures again").isEmpty();
    }

    @Test
    void aFloodOfNamesAndAddressesKeepsNoMoreThanTheBound() {
        for (int i = 0; i < 3 * LoginThrottle.MOST_REMEMBERED; i++) {
            throttle.admit("guess-" + i, "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        assertThat(throttle.remembered()).isLessThanOrEqualTo(LoginThrottle.MOST_REMEMBERED);
    }

    @Test
    void aWaitIsSaidInWordsAPersonReads() {
        assertThat(LoginThrottle.inWords(Duration.ofMillis(300))).isEqualTo("a second");
        assertThat(LoginThrottle.inWords(Duration.ofSeconds(64))).isEqualTo("64 seconds");
        assertThat(LoginThrottle.inWords(LoginThrottle.LONGEST_WAIT)).isEqualTo("15 minutes");
    }
}
