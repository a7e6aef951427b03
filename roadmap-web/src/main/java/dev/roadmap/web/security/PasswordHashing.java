package dev.roadmap.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords as salted PBKDF2-HMAC-SHA512 hashes, by Jakarta Security's own {@link Pbkdf2PasswordHash}. The
 * stored form names its algorithm, iterations and salt, so raising the cost later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA512 (2023); about 0.2 s a login on 2 cores. */
    static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of nothing anyone can type, checked when the user is unknown so both answers take as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("\u0000 not a password \u0000".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time a real check takes, for a user name that has no account. */
    void checkAgainstDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
