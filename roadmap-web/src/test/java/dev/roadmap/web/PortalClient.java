package dev.roadmap.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tests' one HTTP client for the portal: a browser as far as HTTP goes. It keeps its cookies, follows no
 * redirect, signs in, posts Faces forms the way a page does (with the view state the page carried), and calls
 * the API with whatever credentials a test gives it.
 */
final class PortalClient {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = System.getProperty("roadmap.it.admin.password", "it-maintainer-passphrase");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HANDED_OVER = Pattern.compile("id=\"handed-over-password\"[^>]*>([A-Za-z0-9]+)<");

    private final URI root;
    private final CookieManager cookies;
    private final HttpClient http;

    PortalClient(URI root) {
        this(root, new CookieManager());
    }

    private PortalClient(URI root, CookieManager cookies) {
        this.root = root;
        this.cookies = cookies;
        this.http = httpClient().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Java's HTTP client as every test builds it: HTTP/1.1, as a browser speaks it without TLS. Java's default asks to
     * upgrade to cleartext HTTP/2 (h2c), and Payara drops 1 to 3 in 100 of those answers (EOF after 30 s; a bare
     * one-servlet Payara Micro does too).
     */
    static HttpClient.Builder httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    /** The same browser, its cookies and all, sent to another address: as a proxy in front sends it to another node. */
    PortalClient at(URI otherRoot) {
        return new PortalClient(otherRoot, cookies);
    }

    /** The {@code Authorization} header of HTTP Basic. */
    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The first administrator's {@code Authorization} header, as a CI job sends it. */
    static String administratorsBasic() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A request to an address of the portal, for a test to add headers and a method to. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(root.resolve(path));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    /** Sends a request of one's own making with this client's cookies, as a script sharing the browser's would. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request.build(), body);
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Puts a Markdown document, as a CI job does; {@code authorization} may be null for none. */
    HttpResponse<String> put(String path, byte[] markdown, String authorization) throws Exception {
        return send(authorized(request(path), authorization).header("Content-Type", "text/markdown")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(markdown)));
    }

    HttpResponse<String> delete(String path, String authorization) throws Exception {
        return send(authorized(request(path), authorization).DELETE());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String authorization) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** Puts the demo document into a new roadmap's draft through the API, as the administrator. */
    void putTheDemoAsDraft(String slug) throws Exception {
        HttpResponse<String> put = put("api/roadmaps/" + slug, SampleRoadmaps.backstageMarkdown(), administratorsBasic());
        if (put.statusCode() != 201) {
            throw new IllegalStateException("The demo was not put as " + slug + ": " + put.statusCode() + " " + put.body());
        }
    }

    /** Fills in the login form and submits it, as a person at the login page would. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "Sign in");
        return submit("login.xhtml", "login", fields);
    }

    /** Signs in as the first administrator; this client, for chaining. */
    PortalClient signInAsTheAdministrator() throws Exception {
        HttpResponse<String> signedIn = signIn(ADMIN, ADMIN_PASSWORD);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("The administrator could not sign in (" + signedIn.statusCode() + "): " + signedIn.body());
        }
        return this;
    }

    /**
     * Signs in as the administrator as soon as the login throttle lets this address try again, which also clears
     * the throttle for the tests that follow.
     */
    void waitOutTheThrottle() throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (signIn(ADMIN, ADMIN_PASSWORD).statusCode() == 302) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The throttle never let the right password in again.");
    }

    /** Fills in the password form: the current password, and the new one twice. */
    HttpResponse<String> changePassword(String current, String chosen, String repeated) throws Exception {
        return submit("admin/password.xhtml", "password", Map.of("password:current", current,
                "password:chosen", chosen, "password:repeated", repeated, "password:change", "Change the password"));
    }

    /**
     * Signs in with a password someone else chose, and chooses one's own, as the portal asks before anything
     * else; the password chosen.
     */
    String signInAndChooseAPassword(String username, String temporary) throws Exception {
        signIn(username, temporary);
        String chosen = "own-" + temporary;
        HttpResponse<String> changed = changePassword(temporary, chosen, chosen);
        if (changed.statusCode() != 302) {
            throw new IllegalStateException("The password was not changed: " + changed.body());
        }
        return chosen;
    }

    /** Makes an account on the accounts page, as a signed-in administrator; the page that shows its password. */
    HttpResponse<String> makeAccount(String username, String role) throws Exception {
        return submit("admin/users.xhtml", "create",
                Map.of("create:username", username, "create:role", role, "create:make", "Make an account"));
    }

    /** The password the accounts page hands over for a new account or a reset, shown once. */
    static String handedOverPassword(HttpResponse<String> page) {
        return find(HANDED_OVER, page, "a handed-over password");
    }

    /** Posts the named form of the page at {@code path}, with its view state and the given fields. */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields) throws Exception {
        return post(path, formFields(get(path), formId, fields));
    }

    /**
     * Posts a form of a page already received, with that page's view state: how a person submits the
     * second step of a page whose state matters (a preview to confirm, a diff to publish).
     */
    HttpResponse<String> submitOn(HttpResponse<String> page, String formId, Map<String, String> fields) throws Exception {
        String action = find(Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\""), page,
                "the form '" + formId + "'");
        return post(action.replace("&amp;", "&").substring(1), formFields(page, formId, fields));
    }

    /** Like {@link #submit}, for a form that uploads files ({@code multipart/form-data}); no file is sent. */
    HttpResponse<String> submitMultipart(String path, String formId, Map<String, String> fields) throws Exception {
        Map<String, String> all = formFields(get(path), formId, fields);
        String boundary = "----roadmap-test-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The name of a button of a form, found by its accessible name, as a person finds it. */
    static String button(HttpResponse<String> page, String formId, String label) {
        return find(Pattern.compile("name=\"(" + Pattern.quote(formId) + ":[^\"]+)\"[^>]*aria-label=\"" + Pattern.quote(label) + "\""),
                page, "a button '" + label + "'");
    }

    /** The name of a button of a form, found by the words on it. */
    static String buttonSaying(HttpResponse<String> page, String formId, String words) {
        return find(Pattern.compile("name=\"(" + Pattern.quote(formId) + ":[^\"]+)\" value=\"" + Pattern.quote(words) + "\""),
                page, "a button saying '" + words + "'");
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** What a browser sends for a form of the page: its id, the fields, and the page's view state. */
    private static Map<String, String> formFields(HttpResponse<String> page, String formId, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", find(VIEW_STATE, page, "a Faces form"));
        return all;
    }

    private static String find(Pattern pattern, HttpResponse<String> page, String what) {
        Matcher found = pattern.matcher(page.body());
        if (!found.find()) {
            throw new AssertionError("No " + what + " on the page (" + page.statusCode() + "): " + page.body());
        }
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
