package dev.roadmap.web.admin;

import dev.roadmap.web.security.LoginThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.util.Messages;

/** Backs {@code /login.xhtml}: signs a maintainer in through Jakarta Security, or says why not. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @NotBlank(message = "Enter your user name.")
    @Size(max = 40, message = "A user name is at most 40 characters.")
    private String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = 200, message = "A password is at most 200 characters.")
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session fixed before sign-in is not the one signed in
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/admin/");
            default -> {
                // Soteria keeps the failed dialog in the session and then answers every protected address with
                // an empty 200: a fresh session sends the next anonymous request to the login page again.
                external.invalidateSession();
                Optional<Duration> held = LoginThrottle.heldFor(request);
                Messages.addGlobalError(held.isPresent()
                        ? "Too many failed sign-ins. Try again in " + LoginThrottle.inWords(held.get()) + "."
                        : "Wrong user name or password.");
            }
        }
    }


    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
