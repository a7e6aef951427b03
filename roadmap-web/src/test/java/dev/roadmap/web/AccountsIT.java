package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator's accounts page and the audit log, over HTTP, as the people using them see them. */
class AccountsIT extends DeployedPortal {

    private static final byte[] A_DOCUMENT = "# A\n".getBytes(StandardCharsets.UTF_8);

    private PortalClient admin;

    @BeforeEach
    void signInAsTheAdministrator() throws Exception {
        admin = administrator();
    }

    private static String freshName() {
        return "editor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String makeEditor(String name) throws Exception {
        return PortalClient.handedOverPassword(admin.makeAccount(name, "EDITOR"));
    }

    /** Presses the row's button, found by its accessible name, as a person would. */
    private HttpResponse<String> press(String label) throws Exception {
        HttpResponse<String> page = admin.get("admin/users.xhtml");
        return admin.submitOn(page, "accounts", Map.of(PortalClient.button(page, "accounts", label), "x"));
    }

    /** A new editor, signed in with a password of their own. */
    private PortalClient signedInEditor(String name) throws Exception {
        PortalClient editor = visitor();
        editor.signInAndChooseAPassword(name, makeEditor(name));
        return editor;
    }

    @Test
    void aNewAccountsPasswordIsTemporaryAndOpensOnlyThePasswordPage() throws Exception {
        String name = freshName();
        String password = makeEditor(name);
        PortalClient editor = visitor();

        assertThat(editor.signIn(name, password).statusCode()).isEqualTo(302);
        for (String page : new String[] {"admin/", "admin/tokens.xhtml", "admin/edit.xhtml?roadmap=backstage"}) {
            HttpResponse<String> sent = editor.get(page);
            assertThat(sent.statusCode()).as(page).isEqualTo(302);
            assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/password.xhtml"));
        }
        assertThat(editor.get("admin/password.xhtml").body()).contains("You signed in with a temporary password");
        assertThat(admin.get("admin/users.xhtml").body()).as("the administrator sees who has not chosen one yet")
                .containsPattern("(?s)" + Pattern.quote(name) + "</th>.*?Enabled, temporary password");
    }

    @Test
    void aTemporaryPasswordOpensNoApiCall() throws Exception {
        String name = freshName();
        String password = makeEditor(name);

        HttpResponse<String> refused = visitor().put("api/roadmaps/" + SampleRoadmaps.freshSlug("temporary"),
                A_DOCUMENT, PortalClient.basic(name, password));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("temporary");
    }

    @Test
    void aSessionWithATemporaryPasswordOpensNoApiCallEvenWithSomeBearerHeader() throws Exception {
        String name = freshName();
        PortalClient editor = visitor();
        editor.signIn(name, makeEditor(name));

        HttpResponse<String> refused = editor.put("api/roadmaps/" + SampleRoadmaps.freshSlug("bearer"), A_DOCUMENT,
                "Bearer not-a-token");

        assertThat(refused.statusCode()).as("only a token proved in the request itself passes").isIn(401, 403);
    }

    @Test
    void aBasicLoginRefusedForItsTemporaryPasswordLeavesNoSessionBehind() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient script = visitor();

        HttpResponse<String> refused = script.put("api/roadmaps/" + SampleRoadmaps.freshSlug("basic"), A_DOCUMENT,
                PortalClient.basic(name, temporary));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(script.get("admin/").headers().firstValue("Location")).as("signed out again")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
    }

    @Test
    void choosingAPasswordOfOnesOwnOpensTheMaintainerPagesAndRetiresTheTemporaryOne() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient editor = visitor();
        editor.signIn(name, temporary);

        HttpResponse<String> changed = editor.changePassword(temporary, "a-password-of-my-own", "a-password-of-my-own");

        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("passwordChanged"));
        assertThat(editor.get("admin/?passwordChanged=true").body()).contains("Your password is changed.");
        assertThat(visitor().signIn(name, temporary).statusCode()).isEqualTo(200);
        assertThat(visitor().signIn(name, "a-password-of-my-own").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordTheEstimatorRatesWeakIsRefusedWithTheReason() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient editor = visitor();
        editor.signIn(name, temporary);

        HttpResponse<String> refused = editor.changePassword(temporary, "aaaaaaaaaaaa", "aaaaaaaaaaaa");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("This password is too easy to guess.", "Repeats like");
        assertThat(editor.get("admin/").statusCode()).as("still temporary").isEqualTo(302);
    }

    @Test
    void aCommonPasswordIsRefused() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient editor = visitor();
        editor.signIn(name, temporary);

        assertThat(editor.changePassword(temporary, "password1234", "password1234").body())
                .contains("This password is too easy to guess.", "common password");
    }

    @Test
    void aNewPasswordIsLongTypedTwiceTheSameAndNeedsTheCurrentOne() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient editor = visitor();
        editor.signIn(name, temporary);

        assertThat(editor.changePassword(temporary, "short", "short").body()).contains("Choose at least 12 characters.");
        assertThat(editor.changePassword(temporary, "lengthy-quokka-harbour", "lengthy-quokka-harbours").body()).contains("The two new passwords differ");
        assertThat(editor.changePassword("not-it-at-all", "lengthy-quokka-harbour", "lengthy-quokka-harbour").body())
                .contains("That is not your current password.");
        assertThat(editor.get("admin/").statusCode()).as("still temporary").isEqualTo(302);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() throws Exception {
        String name = freshName();
        String temporary = makeEditor(name);
        PortalClient editor = visitor();
        editor.signIn(name, temporary);

        boolean held = false;
        for (int attempt = 0; attempt < 8 && !held; attempt++) {
            held = editor.changePassword("guess-" + attempt, "lengthy-quokka-harbour", "lengthy-quokka-harbour").body()
                    .contains("Too many wrong passwords.");
        }

        assertThat(held).as("guesses are held after a few").isTrue();
        // The right password, once the wait is over, clears the throttle for this address and the other tests.
        for (int second = 0; second < 60; second++) {
            if (editor.changePassword(temporary, "lengthy-quokka-harbour", "lengthy-quokka-harbour").statusCode() == 302) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The throttle never let the right password through.");
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsButNotThisOne() throws Exception {
        String name = freshName();
        PortalClient here = visitor();
        String own = here.signInAndChooseAPassword(name, makeEditor(name));
        PortalClient elsewhere = visitor();
        elsewhere.signIn(name, own); // signed in, but no maintainer page asked for yet

        here.changePassword(own, "newer-kestrel-over-moss", "newer-kestrel-over-moss");

        assertThat(here.get("admin/").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void anEditorMadeByTheAdministratorSignsInButMayNotManageAccounts() throws Exception {
        PortalClient editor = signedInEditor(freshName());

        assertThat(editor.get("admin/").statusCode()).isEqualTo(200);
        assertThat(editor.get("admin/").body()).as("no link to accounts").doesNotContain("admin/users.xhtml");
        assertThat(editor.get("admin/users.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        String name = freshName();
        String first = makeEditor(name);

        String second = PortalClient.handedOverPassword(press("Reset the password of " + name));

        assertThat(second).isNotEqualTo(first);
        assertThat(visitor().signIn(name, first).statusCode()).isEqualTo(200);
        assertThat(visitor().signIn(name, second).statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        String name = freshName();
        String password = makeEditor(name);

        press("Disable " + name);
        assertThat(visitor().signIn(name, password).body()).contains("Wrong user name or password.");

        press("Enable " + name);
        assertThat(visitor().signIn(name, password).statusCode()).isEqualTo(302);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtItsNextRequest() throws Exception {
        String name = freshName();
        PortalClient editor = signedInEditor(name);
        assertThat(editor.get("admin/").statusCode()).isEqualTo(200);

        press("Disable " + name);

        assertThat(editor.get("admin/").statusCode()).isEqualTo(302);
        assertThat(editor.get("admin/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void aPasswordResetEndsTheAccountsOpenSessions() throws Exception {
        String name = freshName();
        PortalClient editor = signedInEditor(name);
        assertThat(editor.get("admin/").statusCode()).isEqualTo(200);

        press("Reset the password of " + name);

        assertThat(editor.get("admin/").statusCode()).isEqualTo(302);
    }

    @Test
    void aTakenUserNameIsRefusedInPlainWords() throws Exception {
        String name = freshName();
        makeEditor(name);

        HttpResponse<String> again = admin.makeAccount(name, "EDITOR");

        assertThat(again.body()).contains("The user name ", name, " is taken.");
    }

    @Test
    void theAuditLogSaysWhoChangedWhichAccountAndFilters() throws Exception {
        String name = freshName();
        makeEditor(name);
        press("Disable " + name);

        String all = admin.get("admin/audit.xhtml").body();
        String disabledPage = admin.get("admin/audit.xhtml?action=ACCOUNT_DISABLED&actor=admin").body();
        String disabledOnly = disabledPage.substring(disabledPage.indexOf("<tbody>"));
        // The newest entries are shown: the demo's first publication, older than every other test's, is found by its roadmap.
        String demoPage = admin.get("admin/audit.xhtml?roadmap=backstage").body();
        String demoOnly = demoPage.substring(demoPage.indexOf("<tbody>"));

        assertThat(all).contains("account created", name + " (editor)", "account disabled");
        assertThat(disabledOnly).contains("account disabled", name).doesNotContain("account created");
        assertThat(demoOnly).contains("edition published", "backstage").doesNotContain("account created", name);
    }
}
