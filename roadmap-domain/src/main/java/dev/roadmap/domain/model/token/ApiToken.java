package dev.roadmap.domain.model.token;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A named secret a maintainer gives a CI job instead of a password. Only a SHA-256 hash of the token is
 * kept (the token itself is long and random, so a slow hash adds nothing); the token is shown once, when
 * made. A revoked token stays, so the audit trail keeps its name.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_ACCOUNT, query = "select t from ApiToken t where t.username = :username order by t.createdAt desc")
public class ApiToken extends PersistentEntity {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final int MAX_NAME_LENGTH = 80;

    @Column(name = "username", nullable = false, length = 40)
    private String username;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(String username, String name, String tokenHash, Instant at) {
        this.username = Objects.requireNonNull(username, "A token belongs to an account.");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new RoadmapRuleViolation("A token needs a name of at most " + MAX_NAME_LENGTH
                    + " characters, such as 'docs CI'.");
        }
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash, "A token is kept as its hash.");
        this.createdAt = Objects.requireNonNull(at, "A token needs its creation time.");
    }

    /** Revokes the token for good; revoking it again changes nothing. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
