package dev.roadmap.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Passwords as salted PBKDF2-HMAC-SHA512 hashes, by Jakarta Security's own {@link Pbkdf2PasswordHash}. The
 * stored form names its algorithm, iterations and salt, so raising the cost later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA512 (2023); about 0.2 s a login on 2 cores. */
    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /**
     * A hash of nothing anyone can type, checked when the user is unknown so both answers take as long: random bytes
     * as the hash, with the real salt size, key size and iterations, so checking it costs what a real check costs.
     * Made without hashing anything: a generated decoy was one of the two PBKDF2 runs of a first start (0.5-1 s
     * each on a cold JVM).
     */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
        decoy = String.join(":", ALGORITHM, String.valueOf(ITERATIONS), randomBase64(SALT_BYTES), randomBase64(KEY_BYTES));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    private static String randomBase64(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Spends the time a real check takes, for a user name that has no account. */
    void checkAgainstDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
