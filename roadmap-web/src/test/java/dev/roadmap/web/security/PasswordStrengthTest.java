package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void twelveOfTheSameLetterIsTooEasyToGuess() {
        assertThat(PasswordStrength.refusal("aaaaaaaaaaaa".toCharArray()))
                .hasValueSatisfying(why -> assertThat(why).startsWith("This password is too easy to guess.").contains("Repeats"));
    }

    @Test
    void aPasswordFromTheCommonListIsRefused() {
        assertThat(PasswordStrength.refusal("correcthorsebatterystaple".toCharArray()))
                .hasValue("That is one of the most common passwords; choose another.");
    }

    @Test
    void aShortPasswordIsRefusedForItsLength() {
        assertThat(PasswordStrength.refusal("Xk3!pQ9z".toCharArray())).hasValue("Choose at least 12 characters.");
    }

    @Test
    void aPassphraseOfUncommonWordsIsAccepted() {
        assertThat(PasswordStrength.refusal("lengthy-quokka-harbour".toCharArray())).isEmpty();
    }

    @Test
    void theTestSuitesAdministratorPasswordIsAccepted() {
        assertThat(PasswordStrength.refusal(System.getProperty("roadmap.it.admin.password", "it-maintainer-passphrase")
                .toCharArray())).isEmpty();
    }
}
