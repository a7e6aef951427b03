package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KnownDevicesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final KnownDevices devices = new KnownDevices(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Account owner = new Account("owner", "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", Role.EDITOR, NOW);

    @Test
    void aCookieGivenAtSignInVouchesForItsAccount() {
        String voucher = devices.voucher(owner, NOW);

        assertThat(devices.verified(voucher, owner)).isPresent();
    }

    @Test
    void aCookieDoesNotVouchForAnotherAccount() {
        Account other = new Account("other", owner.passwordHash(), Role.EDITOR, NOW);

        assertThat(devices.verified(devices.voucher(owner, NOW), other)).isEmpty();
    }

    @Test
    void aNewPasswordRetiresTheCookiesGivenBeforeIt() {
        String voucher = devices.voucher(owner, NOW);

        owner.changePassword("PBKDF2WithHmacSHA512:210000:b3RoZXI=:bmV3");

        assertThat(devices.verified(voucher, owner)).isEmpty();
    }

    @Test
    void aCookieOlderThanItsLifetimeVouchesForNothing() {
        String voucher = devices.voucher(owner, NOW.minus(Duration.ofDays(KnownDevices.DAYS)).minusSeconds(1));

        assertThat(devices.verified(voucher, owner)).isEmpty();
    }

    @Test
    void anAlteredCookieVouchesForNothing() {
        String voucher = devices.voucher(owner, NOW);
        String laterDate = voucher.replaceFirst("\\.\\d+\\.", "." + NOW.plusSeconds(86_400).getEpochSecond() + ".");

        assertThat(devices.verified(laterDate, owner)).isEmpty();
        assertThat(devices.verified("garbage", owner)).isEmpty();
        assertThat(devices.verified("a.b.c", owner)).isEmpty();
    }
}
