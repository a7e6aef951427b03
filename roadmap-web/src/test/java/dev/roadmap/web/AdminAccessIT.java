package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who gets into the maintainer UI, over HTTP: the login, its refusals and throttle, and the headers. */
class AdminAccessIT extends DeployedPortal {

    /** Every address of the maintainer UI: each must refuse a visitor who has not signed in. */
    private static final List<String> ADMIN_ADDRESSES = List.of("admin/", "admin/index.xhtml", "admin/import.xhtml",
            "admin/publish.xhtml?roadmap=backstage", "admin/edit.xhtml?roadmap=backstage",
            "admin/item.xhtml?roadmap=backstage&anchor=telemetry", "admin/sections.xhtml?roadmap=backstage",
            "admin/audit.xhtml", "admin/tokens.xhtml", "admin/users.xhtml", "admin/password.xhtml",
            "admin/no-such-page.xhtml");

    @Test
    void theListOfAdminAddressesHasEveryAdminPage() throws Exception {
        try (Stream<Path> pages = Files.list(Path.of("src/main/webapp/admin"))) {
            List<String> listed = ADMIN_ADDRESSES.stream().map(address -> address.replaceFirst("\\?.*", "")).toList();
            assertThat(pages.map(page -> "admin/" + page.getFileName())).as("a new page must be added to the list above")
                    .allMatch(listed::contains);
        }
    }

    static List<String> adminAddresses() {
        return ADMIN_ADDRESSES;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("adminAddresses")
    void anAdminAddressSendsAnAnonymousVisitorToTheLoginPage(String address) throws Exception {
        HttpResponse<String> response = visitor().get(address);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(response.body()).doesNotContain("Roadmaps", "Sign out");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("even the container's redirect")
                .isPresent();
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordInANewSession() throws Exception {
        PortalClient maintainer = visitor();
        maintainer.get("login.xhtml");
        String before = maintainer.sessionId().orElseThrow();

        HttpResponse<String> signedIn = maintainer.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        HttpResponse<String> dashboard = maintainer.get("admin/");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(maintainer.sessionId()).as("the session id changes at sign-in").isPresent().get().isNotEqualTo(before);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Roadmaps</h1>", "Roadmap", "backstage", "Published", "Sign out");
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessageAndNoSignIn() throws Exception {
        PortalClient maintainer = visitor();

        HttpResponse<String> refused = maintainer.signIn(PortalClient.ADMIN, "not-the-password");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Wrong user name or password.");
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(302);
        maintainer.waitOutTheThrottle();
    }

    @Test
    void anEmptyFormIsAskedForEachField() throws Exception {
        HttpResponse<String> refused = visitor().signIn("", "");

        assertThat(refused.body()).contains("Enter your user name.", "Enter your password.");
    }

    @Test
    void repeatedFailuresHoldTheAddressEvenAgainstTheRightPasswordUntilTheWaitIsOver() throws Exception {
        PortalClient guesser = visitor();
        for (int i = 0; i < 4; i++) {
            guesser.signIn("mallory", "guess-" + i);
        }

        HttpResponse<String> held = guesser.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);

        assertThat(held.body()).contains("Too many failed sign-ins. Try again in");
        assertThat(guesser.get("admin/").statusCode()).isEqualTo(302);
        guesser.waitOutTheThrottle();
        assertThat(guesser.get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnersOwnBrowserSignsInWhileAStrangersFailuresHoldTheAccount() throws Exception {
        PortalClient owner = visitor().signInAsTheAdministrator(); // this browser is now known to the account
        owner.submit("admin/", "signOut", Map.of("signOut:button", "Sign out"));
        PortalClient stranger = visitor();
        for (int i = 0; i < 5; i++) {
            stranger.signIn(PortalClient.ADMIN, "guess-" + i);
        }
        assertThat(stranger.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD).body())
                .as("the stranger is held, even with the right password").contains("Too many failed sign-ins.");

        HttpResponse<String> signedIn = owner.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(owner.get("admin/").statusCode()).isEqualTo(200);
        stranger.waitOutTheThrottle();
    }

    @Test
    void theKnownDeviceCookieGoesOnlyToTheLoginPageAndIsHiddenFromScripts() throws Exception {
        HttpResponse<String> signedIn = visitor().signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);

        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("roadmap-device=").containsPattern("Path=[^;]*/login\\.xhtml;").contains("HttpOnly", "SameSite=Strict"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        PortalClient maintainer = administrator();

        HttpResponse<String> signedOut = maintainer.submit("admin/", "signOut", Map.of("signOut:button", "Sign out"));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        PortalClient maintainer = administrator();

        HttpResponse<String> forged = maintainer.post("admin/", Map.of("signOut", "signOut", "signOut:button", "Sign out",
                "jakarta.faces.ViewState", "1:2"));

        assertThat(forged.statusCode()).as("a forged post does not sign out").isNotEqualTo(302);
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndFromOtherSites() throws Exception {
        HttpResponse<String> login = visitor().get("login.xhtml");

        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "roadmaps/backstage", "roadmaps/backstage/board", "roadmaps/backstage/items/telemetry"})
    void aWrongCredentialIsRefusedOnAPublicPageToo(String address) throws Exception {
        // The public fast path is only for requests without credentials: a header always meets the mechanism.
        // (A token, not a password: wrong passwords would hold the administrator's account in the login throttle.)
        PortalClient script = visitor();
        HttpResponse<String> response = script.send(script.request(address).header("Authorization", "Bearer rp_not-a-token").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aSignedInMaintainerBrowsingThePublicSiteKeepsTheSession() throws Exception {
        PortalClient maintainer = administrator();
        String session = maintainer.sessionId().orElseThrow();

        for (String address : List.of("", "roadmaps/backstage", "roadmaps/backstage/board", "search?q=search")) {
            HttpResponse<String> page = maintainer.get(address);
            assertThat(page.statusCode()).as(address).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(address).isEmpty();
        }

        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(200);
        assertThat(maintainer.sessionId()).contains(session);
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "roadmaps/backstage", "roadmaps/backstage/board", "search?q=search", "login.xhtml",
            "api/roadmaps", "roadmaps/no-such-roadmap"})
    void aResponseCarriesTheSecurityHeaders(String address) throws Exception {
        HttpResponse<String> response = visitor().get(address);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }
}
