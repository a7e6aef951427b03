package dev.roadmap.web.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token as a request presents it: {@code Authorization: Bearer rp_…}. */
public record BearerTokenCredential(String token) implements Credential {

    /** Never the secret itself: credentials end up in logs and debuggers. */
    @Override
    public String toString() {
        return "BearerTokenCredential[token=…]";
    }
}
