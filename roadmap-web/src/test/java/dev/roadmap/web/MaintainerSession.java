package dev.roadmap.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A maintainer's browser as far as HTTP goes: keeps its cookies and posts Faces forms the way a page does,
 * with the view state the page carried. For tests of the login and of what a session may do.
 */
final class MaintainerSession {

    static final String ADMIN_PASSWORD = System.getProperty("roadmap.it.admin.password", "it-maintainer-passphrase");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI root;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    MaintainerSession(URI root) {
        this.root = root;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request of one's own making with this session's cookies, as a script sharing the browser's would. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in the login form and submits it, as a person at the login page would. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "Sign in");
        return submit("login.xhtml", "login", fields);
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

    /** Posts the named form of the page at {@code path}, with its view state and the given fields. */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields) throws Exception {
        return post(path, formFields(get(path), formId, fields));
    }

    /** What a browser sends for a form of the page: its id, the fields, and the page's view state. */
    private static Map<String, String> formFields(HttpResponse<String> page, String formId, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No Faces form on the page (" + page.statusCode() + "): " + page.body());
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        return all;
    }

    /**
     * Posts a form of a page already received, with that page's view state: how a person submits the
     * second step of a page whose state matters (a preview to confirm, a diff to publish).
     */
    HttpResponse<String> submitOn(HttpResponse<String> page, String formId, Map<String, String> fields) throws Exception {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No form '" + formId + "' on the page: " + page.body());
        }
        return post(form.group(1).replace("&amp;", "&").substring(1), formFields(page, formId, fields));
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
        return http.send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
