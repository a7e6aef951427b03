package dev.roadmap.web.security;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/** Checks a bearer token: valid while it is not revoked and its account may sign in; it acts with the account's role. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    private ApiTokens tokens;

    @Inject
    private AccountRepository accounts;

    public CredentialValidationResult validate(BearerTokenCredential credential) {
        Optional<Account> account = tokens.valid(credential.token())
                .flatMap(token -> accounts.findByUsername(token.username())).filter(Account::isEnabled);
        return account.map(a -> new CredentialValidationResult(a.username(), Set.of(a.role().securityName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
