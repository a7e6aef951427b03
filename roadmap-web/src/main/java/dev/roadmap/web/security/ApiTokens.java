package dev.roadmap.web.security;

import dev.roadmap.domain.model.token.ApiToken;
import dev.roadmap.domain.model.token.ApiTokenRepository;
import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Makes, lists, checks and revokes the API tokens of an account. The secret exists only in the answer to {@link #create}. */
@ApplicationScoped
public class ApiTokens {

    /** A token just made: its record and the secret, which is not kept and cannot be shown again. */
    public record Created(ApiToken token, String secret) {
    }

    private static final String PREFIX = "rp_";
    private final SecureRandom random = new SecureRandom();

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private AuditTrail audit;

    @Transactional
    public Created create(String username, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(username, name, hash(secret), Instant.now());
        tokens.add(token);
        audit.add(AuditEntry.now(username, Action.TOKEN_CREATED, null, token.name()));
        return new Created(token, secret);
    }

    @Transactional
    public List<ApiToken> of(String username) {
        return tokens.findAllOf(username);
    }

    /** Revokes one of the account's own tokens. */
    @Transactional
    public void revoke(String username, long id) {
        ApiToken token = tokens.find(id).filter(t -> t.username().equals(username))
                .orElseThrow(() -> new RoadmapRuleViolation("You have no such token."));
        token.revoke(Instant.now());
        audit.add(AuditEntry.now(username, Action.TOKEN_REVOKED, null, token.name()));
    }

    /** The token a secret stands for, unless unknown or revoked. */
    @Transactional
    public Optional<ApiToken> valid(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(secret)).filter(token -> !token.isRevoked());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
