package dev.roadmap.web.security;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a user name and password against the stored accounts, for the login form and for HTTP Basic
 * alike. An unknown name costs as long as a wrong password, a disabled account never signs in, and an
 * account or address the throttle holds is refused without looking at the password, unless the browser signed in
 * as that account before ({@link KnownDevices}): then only its own failures hold it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private KnownDevices knownDevices;

    @Inject
    private FirstAccountInTheMaking firstAccount;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        firstAccount.awaitMade();
        String username = credential.getCaller();
        String address = clientAddress.of(request);
        Optional<Account> account = accounts.findByUsername(username);
        Optional<String> device = account.flatMap(known -> knownDevices.recognised(request, known));
        Optional<Duration> held = device.isPresent() ? throttle.admitKnownDevice(device.get())
                : throttle.admit(username, address);
        if (held.isPresent()) {
            LoginThrottle.heldIn(request, held.get());
            return CredentialValidationResult.INVALID_RESULT;
        }
        char[] password = credential.getPassword().getValue();
        boolean valid;
        if (account.isEmpty()) {
            passwords.checkAgainstDecoy(password);
            valid = false;
        } else {
            valid = passwords.matches(password, account.get().passwordHash()) && account.get().isEnabled();
        }
        if (!valid) {
            return CredentialValidationResult.INVALID_RESULT; // admitted attempts count as failures already
        }
        if (device.isPresent()) {
            throttle.succeededOnKnownDevice(username, device.get());
        } else {
            throttle.succeeded(username, address);
        }
        knownDevices.signedIn(request, account.get());
        return new CredentialValidationResult(username, Set.of(account.get().role().securityName()));
    }
}
