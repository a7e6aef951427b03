package dev.roadmap.web.admin;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.web.security.Accounts;
import dev.roadmap.web.security.ClientAddress;
import dev.roadmap.web.security.KnownDevices;
import dev.roadmap.web.security.SignedInAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backs {@code /admin/password.xhtml}: the signed-in maintainer chooses their own password. An account
 * whose password is temporary (new, or reset by an administrator) is sent here until it has.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    private Accounts accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private KnownDevices knownDevices;

    private String current;
    private String chosen;
    private String repeated;

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (chosen == null || !chosen.equals(repeated)) {
            faces.addMessage("password:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two new passwords differ; type the same one twice.", null));
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Account changed;
        try {
            changed = accounts.changeOwnPassword(security.getCallerPrincipal().getName(), chars(current),
                    chosen.toCharArray(), clientAddress.of(request));
        } catch (RoadmapRuleViolation refused) {
            faces.addMessage(refused.field().map(field -> "password:" + field).orElse(null),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            return null;
        }
        request.changeSessionId(); // whoever knew the old session's id is left behind with the old password
        SignedInAccounts.passwordChangedIn(request.getSession(), changed);
        knownDevices.passwordChanged(request, (HttpServletResponse) faces.getExternalContext().getResponse(), changed);
        return "/admin/index.xhtml?faces-redirect=true&passwordChanged=true";
    }

    /** Whether the maintainer is here because their password is temporary. */
    public boolean isRequired() {
        return accounts.mustChangePassword(security.getCallerPrincipal().getName());
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
