package dev.roadmap.web.security;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.AccountRepository;
import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.account.Role;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's work on accounts: make one, reset its password, disable or enable it. A new or reset
 * password is random, returned once to be handed over, and temporary: its owner chooses their own at the
 * next sign-in. Each change goes into the audit trail.
 */
@ApplicationScoped
public class Accounts {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;
    /** The shortest password a person may choose. */
    public static final int MIN_PASSWORD_LENGTH = PasswordStrength.MIN_LENGTH;
    private final SecureRandom random = new SecureRandom();

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private LoginThrottle throttle;

    /** An account just made or reset, with the password to hand over: it is not kept anywhere. */
    public record WithPassword(Account account, String password) {
    }

    @Transactional
    public List<Account> all() {
        return accounts.findAll();
    }

    /** Names the audit trail uses for the portal itself; no person may take them. */
    private static final Set<String> RESERVED = Set.of("startup", "import", "system");

    @Transactional
    public WithPassword create(String username, Role role, String by) {
        String password = randomPassword();
        Account account = createWithPassword(username, role, password.toCharArray(), by);
        account.giveTemporaryPassword(account.passwordHash());
        return new WithPassword(account, password);
    }

    /** Creates an account with a password chosen by whoever starts the portal (the first administrator). */
    @Transactional
    public Account createWithPassword(String username, Role role, char[] password, String by) {
        refuseReserved(username);
        Account account = new Account(username, passwords.hash(password), role, Instant.now());
        accounts.add(account);
        audit.add(AuditEntry.now(by, Action.ACCOUNT_CREATED, null, username + " (" + role.securityName() + ")"));
        return account;
    }

    @Transactional
    public WithPassword resetPassword(String username, String by) {
        Account account = existing(username);
        String password = randomPassword();
        account.giveTemporaryPassword(passwords.hash(password.toCharArray()));
        audit.add(AuditEntry.now(by, Action.PASSWORD_RESET, null, username));
        return new WithPassword(account, password);
    }

    /**
     * The owner's own password, in place of the one they signed in with; the account's other sessions end.
     * Wrong current passwords count with the login throttle, so a borrowed session is no way to guess it.
     *
     * @throws RoadmapRuleViolation when the current password is wrong, or the new one weak (see {@link PasswordStrength}) or the same
     */
    @Transactional
    public Account changeOwnPassword(String username, char[] current, char[] chosen, String address) {
        Account account = existing(username);
        Optional<Duration> held = throttle.admit(username, address);
        if (held.isPresent()) {
            throw new RoadmapRuleViolation("Too many wrong passwords. Try again in "
                    + LoginThrottle.inWords(held.get()) + ".", "current");
        }
        if (!passwords.matches(current, account.passwordHash())) {
            throw new RoadmapRuleViolation("That is not your current password.", "current");
        }
        throttle.succeeded(username, address);
        Optional<String> weak = PasswordStrength.refusal(chosen);
        if (weak.isPresent()) {
            throw new RoadmapRuleViolation(weak.get(), "chosen");
        }
        if (Arrays.equals(current, chosen)) {
            throw new RoadmapRuleViolation("Choose a password other than the one you have.", "chosen");
        }
        account.changePassword(passwords.hash(chosen));
        audit.add(AuditEntry.now(username, Action.PASSWORD_CHANGED, null, username));
        return account;
    }

    @Transactional
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username).map(Account::mustChangePassword).orElse(false);
    }

    @Transactional
    public void disable(String username, String by) {
        if (username.equals(by)) {
            throw new RoadmapRuleViolation("You cannot disable your own account.");
        }
        existing(username).disable();
        audit.add(AuditEntry.now(by, Action.ACCOUNT_DISABLED, null, username));
    }

    @Transactional
    public void enable(String username, String by) {
        existing(username).enable();
        audit.add(AuditEntry.now(by, Action.ACCOUNT_ENABLED, null, username));
    }

    private static void refuseReserved(String username) {
        if (RESERVED.contains(username)) {
            throw new RoadmapRuleViolation("The user name '" + username + "' is kept for the portal's own entries "
                    + "in the audit trail; choose another.");
        }
    }

    private Account existing(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new RoadmapRuleViolation("There is no account '" + username + "'."));
    }

    String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
