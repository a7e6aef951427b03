package dev.roadmap.web.startup;

import dev.roadmap.domain.model.account.AccountRepository;
import dev.roadmap.domain.model.account.Role;
import dev.roadmap.web.security.Accounts;
import dev.roadmap.web.security.FirstAccountInTheMaking;
import dev.roadmap.web.security.PasswordStrength;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a first start, when no account exists, creates the administrator: {@code admin} (or
 * {@code ROADMAP_ADMIN_USER}) with {@code ROADMAP_ADMIN_PASSWORD} when {@link PasswordStrength} accepts it, or
 * with a random password printed once in the log. There is no default password anywhere.
 * <p>
 * The account is made on a managed thread while the start goes on: its password's hash is deliberately slow (a core
 * for one to two seconds on a cold JVM with the quick compiler only), and neither the import nor the public pages
 * need it. A sign-in waits for it ({@link FirstAccountInTheMaking}). The start does not: Open Liberty runs a managed
 * task only once the application has started, so a start that waited for it would never end there.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "roadmap.admin.user", defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = "roadmap.admin.password")
    private Optional<String> password;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Accounts administration;

    @Inject
    private FirstAccountInTheMaking inTheMaking;

    @Resource
    private ManagedExecutorService executor;

    void beginWhenNoAccountExists(@Observes @Priority(StartupOrder.FIRST_ADMINISTRATOR)
            @Initialized(ApplicationScoped.class) Object start) {
        if (accounts.isEmpty()) {
            inTheMaking.begun(executor.runAsync(this::createWhenNoneExists));
        }
    }

    private void createWhenNoneExists() {
        try {
            create();
        } catch (RuntimeException failed) {
            // Two nodes of a cluster started on an empty database at once: the other one's administrator stands.
            if (!accounts.isEmpty()) {
                LOG.info(() -> "The first administrator was created by another node starting at the same time.");
                return;
            }
            LOG.log(Level.SEVERE, "The first administrator could not be created; the portal has no account to sign"
                    + " in with until it is started again.", failed);
            throw failed;
        }
    }

    private void create() {
        // A weak configured password is refused, not a reason to stay down: the portal starts with a random
        // temporary password, printed below, and this line says why the configured one was not used.
        Optional<String> refusal = password.flatMap(p -> PasswordStrength.refusal(p.toCharArray()));
        String chosen = refusal.isPresent() ? null : password.orElse(null);
        refusal.ifPresent(why -> LOG.warning(() -> "ROADMAP_ADMIN_PASSWORD was not used: " + why
                + " A random password was made instead."));
        if (chosen != null) {
            administration.createWithPassword(username, Role.ADMIN, chosen.toCharArray(), "startup");
            LOG.info(() -> "Created the administrator '" + username + "' with the password from ROADMAP_ADMIN_PASSWORD.");
            return;
        }
        String made = administration.create(username, Role.ADMIN, "startup").password();
        // Printed once: it exists nowhere else, and only its hash is stored.
        LOG.warning(() -> "Created the administrator '" + username + "' with the password " + made
                + " . It is shown only this once and is temporary: sign in at /login.xhtml and choose your own.");
    }
}
