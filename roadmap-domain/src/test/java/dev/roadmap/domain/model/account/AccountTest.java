package dev.roadmap.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void aNewAccountMaySignIn() {
        Account account = new Account("ada", "PBKDF2WithHmacSHA256:210000:salt:hash", Role.EDITOR, NOW);

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.role().securityName()).isEqualTo("editor");
    }

    @Test
    void aUserNameIsShortLowerCaseAndPlain() {
        for (String bad : new String[] {"", "a", "Ada", "ada lovelace", "-ada", "x".repeat(41), "<script>"}) {
            assertThatThrownBy(() -> new Account(bad, "hash", Role.EDITOR, NOW)).as(bad)
                    .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("user name");
        }
    }

    @Test
    void anAccountIsNeverWithoutAPasswordHash() {
        assertThatThrownBy(() -> new Account("ada", " ", Role.EDITOR, NOW)).isInstanceOf(RoadmapRuleViolation.class);
        Account account = new Account("ada", "hash", Role.EDITOR, NOW);
        assertThatThrownBy(() -> account.changePassword(null)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() {
        Account account = new Account("ada", "hash", Role.ADMIN, NOW);

        account.disable();
        assertThat(account.isEnabled()).isFalse();
        account.enable();
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void aPasswordSomeoneElseChoseIsTemporaryUntilTheOwnerChoosesTheirs() {
        Account account = new Account("ada", "hash", Role.EDITOR, NOW);
        assertThat(account.mustChangePassword()).isFalse();

        account.giveTemporaryPassword("handed-over");
        assertThat(account.mustChangePassword()).isTrue();

        account.changePassword("her-own");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.passwordHash()).isEqualTo("her-own");
    }
}
