package dev.roadmap.domain.model.account;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A maintainer who can sign in: a user name, a password kept only as a salted PBKDF2 hash (temporary when
 * someone else chose it), a role, and whether the account may sign in at all. An account is disabled
 * rather than deleted, so the audit trail keeps naming someone real.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account extends PersistentEntity {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final int MAX_USERNAME_LENGTH = 40;
    public static final String USERNAME_REGEX = "[a-z0-9][a-z0-9._-]{1," + (MAX_USERNAME_LENGTH - 1) + "}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_REGEX);

    @Column(name = "username", nullable = false, length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    /** A new, enabled account; the password arrives already hashed. */
    public Account(String username, String passwordHash, Role role, Instant at) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RoadmapRuleViolation("A user name is 2 to 40 lower-case letters, digits, dots, dashes or "
                    + "underscores, starting with a letter or digit.");
        }
        this.username = username;
        this.passwordHash = requireHash(passwordHash);
        this.role = Objects.requireNonNull(role, "An account needs a role.");
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(at, "An account needs its creation time.");
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new RoadmapRuleViolation("An account's password is kept as a hash, and the hash is missing.");
        }
        return hash;
    }

    /** A password the owner chose: it replaces a temporary one for good. */
    public void changePassword(String newHash) {
        this.passwordHash = requireHash(newHash);
        this.passwordTemporary = false;
    }

    /**
     * A password someone else chose and handed over (a new account's, or a reset): it lets the owner sign in
     * once more, to choose their own.
     */
    public void giveTemporaryPassword(String temporaryHash) {
        this.passwordHash = requireHash(temporaryHash);
        this.passwordTemporary = true;
    }

    /** Whether the owner must choose a password of their own before doing anything else. */
    public boolean mustChangePassword() {
        return passwordTemporary;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
