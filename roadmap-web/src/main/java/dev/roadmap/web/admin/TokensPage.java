package dev.roadmap.web.admin;

import dev.roadmap.domain.model.token.ApiToken;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.web.security.ApiTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/tokens.xhtml}: the signed-in maintainer's API tokens, made (shown once) and revoked. */
@Named
@RequestScoped
public class TokensPage {

    @Inject
    private ApiTokens tokens;

    @Inject
    private SecurityContext security;

    @NotBlank(message = "Name the token, such as 'docs CI'.")
    @Size(max = ApiToken.MAX_NAME_LENGTH, message = "A token's name is at most 80 characters.")
    private String name;

    private String createdSecret;
    private List<ApiToken> mine;

    public void create() {
        createdSecret = tokens.create(username(), name).secret();
        name = null;
        mine = null;
    }

    public void revoke(long id) {
        try {
            tokens.revoke(username(), id);
        } catch (RoadmapRuleViolation notYours) {
            Messages.addGlobalError(notYours.getMessage());
        }
        mine = null;
    }

    public List<ApiToken> getTokens() {
        if (mine == null) {
            mine = tokens.of(username());
        }
        return mine;
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }

    /** When a token was made, as the page shows it. */
    public String made(ApiToken token) {
        return AdminTime.format(token.createdAt());
    }

    /** The secret of the token just made: shown in this one answer, never again. */
    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
