package dev.roadmap.web.site;

import dev.roadmap.web.site.PublishedSearch.Results;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** Backs {@code /search?q=…}: published items across roadmaps, matches marked; 400 for a query that is not one. */
@Named
@RequestScoped
public class SearchPage {

    static final int SHOWN = 50;

    @Inject
    private PublishedSearch search;

    private SearchQuery query;
    private Results results = new Results(List.of(), 0);

    public void load() throws IOException {
        try {
            query = SearchQuery.of(SiteRequest.parameter("q").orElse(""));
        } catch (SearchQuery.Unusable unusable) {
            SiteRequest.refuse(400, unusable.getMessage());
            return;
        }
        results = search.search(query, SHOWN);
    }

    public SearchQuery getQuery() {
        return query;
    }

    public Results getResults() {
        return results;
    }
}
