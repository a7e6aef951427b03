package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    @Test
    void everyAdminAddressSendsAnAnonymousVisitorToTheLoginPage() throws Exception {
        MaintainerSession anonymous = new MaintainerSession(root);
        for (String address : ADMIN_ADDRESSES) {
            HttpResponse<String> response = anonymous.get(address);

            assertThat(response.statusCode()).as(address).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(address).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login.xhtml"));
            assertThat(response.body()).as(address).doesNotContain("Roadmaps", "Sign out");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as("even the container's redirect")
                    .isPresent();
        }
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordInANewSession() throws Exception {
        MaintainerSession maintainer = new MaintainerSession(root);
        maintainer.get("login.xhtml");
        String before = maintainer.sessionId().orElseThrow();

        HttpResponse<String> signedIn = maintainer.signIn("admin", MaintainerSession.ADMIN_PASSWORD);
        HttpResponse<String> dashboard = maintainer.get("admin/");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(maintainer.sessionId()).as("the session id changes at sign-in").isPresent().get().isNotEqualTo(before);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Roadmaps</h1>", "Roadmap", "backstage", "Published", "Sign out");
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessageAndNoSignIn() throws Exception {
        MaintainerSession maintainer = new MaintainerSession(root);

        HttpResponse<String> refused = maintainer.signIn("admin", "not-the-password");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Wrong user name or password.");
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(302);
        waitOutTheThrottle(maintainer);
    }

    @Test
    void anEmptyFormIsAskedForEachField() throws Exception {
        HttpResponse<String> refused = new MaintainerSession(root).signIn("", "");

        assertThat(refused.body()).contains("Enter your user name.", "Enter your password.");
    }

    @Test
    void repeatedFailuresHoldTheAddressEvenAgainstTheRightPasswordUntilTheWaitIsOver() throws Exception {
        MaintainerSession guesser = new MaintainerSession(root);
        for (int i = 0; i < 4; i++) {
            guesser.signIn("mallory", "guess-" + i);
        }

        HttpResponse<String> held = guesser.signIn("admin", MaintainerSession.ADMIN_PASSWORD);

        assertThat(held.body()).contains("Too many failed sign-ins. Try again in");
        assertThat(guesser.get("admin/").statusCode()).isEqualTo(302);
        waitOutTheThrottle(guesser);
        assertThat(guesser.get("admin/").statusCode()).isEqualTo(200);
    }

    /** Signs in as soon as the throttle lets the address try again, which also clears it for the other tests. */
    private static void waitOutTheThrottle(MaintainerSession session) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            HttpResponse<String> response = session.signIn("admin", MaintainerSession.ADMIN_PASSWORD);
            if (response.statusCode() == 302) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The throttle never let the right password in again.");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MaintainerSession maintainer = new MaintainerSession(root);
        maintainer.signIn("admin", MaintainerSession.ADMIN_PASSWORD);

        HttpResponse<String> signedOut = maintainer.submit("admin/", "signOut", Map.of("signOut:button", "Sign out"));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        MaintainerSession maintainer = new MaintainerSession(root);
        maintainer.signIn("admin", MaintainerSession.ADMIN_PASSWORD);

        HttpResponse<String> forged = maintainer.post("admin/", Map.of("signOut", "signOut", "signOut:button", "Sign out",
                "jakarta.faces.ViewState", "1:2"));

        assertThat(forged.statusCode()).as("a forged post does not sign out").isNotEqualTo(302);
        assertThat(maintainer.get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndFromOtherSites() throws Exception {
        HttpResponse<String> login = new MaintainerSession(root).get("login.xhtml");

        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        MaintainerSession visitor = new MaintainerSession(root);
        for (String address : List.of("", "roadmaps/backstage", "roadmaps/backstage/board", "search?q=search",
                "login.xhtml", "api/roadmaps", "roadmaps/no-such-roadmap")) {
            HttpResponse<String> response = visitor.get(address);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(address)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(address).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(address).isPresent();
        }
    }
}
