package dev.roadmap.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;

/**
 * Every address the views link to, public and maintainers' alike, as {@code #{links.item(slug, anchor)}}: one place
 * that knows the portal's addresses, below the application's context path, with each name percent-encoded where it
 * goes into a path or a query (an anchor may be any letter).
 */
@Named
@ApplicationScoped
public class Links {

    private String root;

    @Inject
    private ServletContext servletContext;

    public Links() {
    }

    /** Addresses below the given context path, without a container. */
    Links(String contextPath) {
        this.root = contextPath;
    }

    /** The home page: every published roadmap. */
    public String home() {
        return root() + "/";
    }

    public String search() {
        return root() + "/search";
    }

    /** A roadmap's newest edition. */
    public String roadmap(String slug) {
        return root() + "/roadmaps/" + encoded(slug);
    }

    /** A place in a roadmap's newest edition, such as a horizon. */
    public String roadmap(String slug, String fragment) {
        return roadmap(slug) + "#" + encoded(fragment);
    }

    public String board(String slug) {
        return roadmap(slug) + "/board";
    }

    public String item(String slug, String anchor) {
        return roadmap(slug) + "/items/" + encoded(anchor);
    }

    public String editions(String slug) {
        return roadmap(slug) + "/editions";
    }

    public String edition(String slug, int number) {
        return editions(slug) + "/" + number;
    }

    /** What changed from one edition to another. */
    public String diff(String slug, int from, int to) {
        return roadmap(slug) + "/diff?from=" + from + "&to=" + to;
    }

    /** The newest edition as canonical Markdown. */
    public String markdown(String slug) {
        return roadmap(slug) + ".md";
    }

    /** The Atom feed of a roadmap's editions. */
    public String feed(String slug) {
        return roadmap(slug) + "/feed.atom";
    }

    /** The maintainers' dashboard. */
    public String dashboard() {
        return root() + "/admin/";
    }

    public String importer() {
        return admin("import");
    }

    /** The draft's horizons and items. */
    public String editor(String slug) {
        return admin("edit", slug);
    }

    public String itemEditor(String slug, String anchor) {
        return admin("item", slug) + "&anchor=" + encoded(anchor);
    }

    /** The draft's prose around the horizons. */
    public String sections(String slug) {
        return admin("sections", slug);
    }

    public String publish(String slug) {
        return admin("publish", slug);
    }

    public String audit() {
        return admin("audit");
    }

    public String tokens() {
        return admin("tokens");
    }

    public String users() {
        return admin("users");
    }

    /** Where a maintainer changes their own password. */
    public String password() {
        return admin("password");
    }

    /** The API that renders an item's Markdown as its public page will, for the editor's live preview. */
    public String preview() {
        return root() + "/api/preview";
    }

    private String admin(String page) {
        return root() + "/admin/" + page + ".xhtml";
    }

    /** A maintainer's page about one roadmap's draft. */
    private String admin(String page, String slug) {
        return admin(page) + "?roadmap=" + encoded(slug);
    }

    private String root() {
        if (root == null) {
            root = servletContext.getContextPath();
        }
        return root;
    }

    /** A name as one path segment or query value: letters, digits and {@code -._~} as they are, the rest as UTF-8 %XX. */
    static String encoded(String name) {
        StringBuilder out = null;
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean kept = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                    || b == '-' || b == '.' || b == '_' || b == '~';
            if (out == null && !kept) {
                out = new StringBuilder(bytes.length * 3).append(name, 0, i);
            }
            if (out != null) {
                if (kept) {
                    out.append((char) b);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
                }
            }
        }
        return out == null ? name : out.toString();
    }
}
