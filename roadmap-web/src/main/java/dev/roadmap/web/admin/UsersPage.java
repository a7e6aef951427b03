package dev.roadmap.web.admin;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.Role;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.web.security.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.function.Consumer;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/users.xhtml} (administrators only): accounts made, reset, disabled and enabled. */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    private Accounts accounts;

    @Inject
    private SecurityContext security;

    @NotNull(message = "Enter a user name.")
    @Pattern(regexp = Account.USERNAME_REGEX,
            message = "A user name is 2 to 40 lower-case letters, digits, dots, dashes or underscores.")
    private String username;

    private Role role = Role.EDITOR;

    /** Whose new password to show in this one answer, and the password. */
    private String handedOverTo;
    private String handedOverPassword;
    private List<Account> all;

    public void create() {
        act(me -> {
            Accounts.WithPassword made = accounts.create(username, role, me);
            handOver(made);
            username = null;
        });
    }

    public void resetPassword(String who) {
        act(me -> handOver(accounts.resetPassword(who, me)));
    }

    public void disable(String who) {
        act(me -> accounts.disable(who, me));
    }

    public void enable(String who) {
        act(me -> accounts.enable(who, me));
    }

    private void act(Consumer<String> change) {
        try {
            change.accept(security.getCallerPrincipal().getName());
        } catch (RoadmapRuleViolation refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        all = null;
    }

    private void handOver(Accounts.WithPassword made) {
        handedOverTo = made.account().username();
        handedOverPassword = made.password();
    }

    public List<Account> getAccounts() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public String made(Account account) {
        return AdminTime.format(account.createdAt());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }

    public String getHandedOverPassword() {
        return handedOverPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
