package dev.roadmap.web.site;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.web.security.PublicOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code /roadmaps/{slug}/feed.atom}: an Atom feed of a roadmap's editions, newest first (ROME). Its ids and links
 * are absolute, on the {@link PublicOrigin}, never on the request's {@code Host}.
 */
@WebServlet(urlPatterns = "*.atom")
public class EditionFeedServlet extends HttpServlet {

    private static final PublicAddress ADDRESS = PublicAddress.endingWith("/feed.atom");

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private PublicOrigin publicOrigin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> slug = ADDRESS.slugOf(request);
        List<Edition> editions = slug.map(published::editions).orElse(List.of());
        if (editions.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String site = publicOrigin.siteOf(request) + "/";
        response.setContentType("application/atom+xml;charset=UTF-8");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try {
            new SyndFeedOutput().output(feed(slug.get(), site, editions), out);
        } catch (FeedException e) {
            throw new IOException("The feed of " + slug.get() + " could not be written", e);
        }
        out.flush();
    }

    private SyndFeed feed(String slug, String site, List<Edition> editions) {
        String title = published.latest(slug).map(RoadmapDocument::title).orElse(slug);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title + ": editions");
        feed.setUri(site + "roadmaps/" + slug + "/feed.atom");
        feed.setLink(site + "roadmaps/" + slug);
        feed.setPublishedDate(Date.from(editions.get(0).publishedAt()));
        String maintainers = title + " maintainers";
        feed.setEntries(editions.stream().map(e -> entry(slug, site, title, maintainers, e)).toList());
        return feed;
    }

    /** The author is the roadmap's maintainers as a group: the account that published is no business of the public's. */
    private static SyndEntry entry(String slug, String site, String title, String maintainers, Edition edition) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(title + ", edition " + edition.number() + ": " + edition.label());
        entry.setUri(site + "api/roadmaps/" + slug + "/editions/" + edition.number());
        SyndLinkImpl page = new SyndLinkImpl();
        page.setHref(site + "roadmaps/" + slug);
        page.setRel("alternate");
        SyndLinkImpl json = new SyndLinkImpl();
        json.setHref(site + "api/roadmaps/" + slug + "/editions/" + edition.number());
        json.setRel("related");
        json.setType("application/json");
        entry.setLinks(List.of(page, json));
        entry.setPublishedDate(Date.from(edition.publishedAt()));
        entry.setUpdatedDate(Date.from(edition.publishedAt()));
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName(maintainers);
        entry.setAuthors(List.of(author));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(edition.note().isEmpty() ? "Edition " + edition.number() + " was published." : edition.note());
        entry.setDescription(summary);
        return entry;
    }
}
