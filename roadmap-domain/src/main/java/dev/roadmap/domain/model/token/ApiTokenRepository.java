package dev.roadmap.domain.model.token;

import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, by the hash of their secret. */
public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> find(long id);

    /** An account's tokens, newest first, revoked ones included. */
    List<ApiToken> findAllOf(String username);
}
