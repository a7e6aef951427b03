package dev.roadmap.web.startup;

import dev.roadmap.domain.model.Account;
import dev.roadmap.domain.model.AccountRepository;
import dev.roadmap.domain.model.Role;
import dev.roadmap.web.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a first start, when no account exists, creates the administrator: {@code admin} (or
 * {@code ROADMAP_ADMIN_USER}) with {@code ROADMAP_ADMIN_PASSWORD}, or with a random password printed once
 * in the log. There is no default password anywhere.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    @ConfigProperty(name = "roadmap.admin.user", defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = "roadmap.admin.password")
    private Optional<String> password;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @PostConstruct
    void createWhenNoAccountExists() {
        if (!accounts.isEmpty()) {
            return;
        }
        String chosen = password.filter(p -> p.length() >= MIN_PASSWORD_LENGTH).orElse(null);
        if (password.isPresent() && chosen == null) {
            LOG.warning(() -> "ROADMAP_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters and was not used; a random password was made instead.");
        }
        String used = chosen != null ? chosen : randomPassword();
        accounts.add(new Account(username, passwords.hash(used.toCharArray()), Role.ADMIN, Instant.now()));
        if (chosen == null) {
            // Printed once: it exists nowhere else, and only its hash is stored.
            LOG.warning(() -> "Created the administrator '" + username + "' with the password " + used
                    + " . It is shown only this once: sign in at /login.xhtml and keep it somewhere safe.");
        } else {
            LOG.info(() -> "Created the administrator '" + username + "' with the password from ROADMAP_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
