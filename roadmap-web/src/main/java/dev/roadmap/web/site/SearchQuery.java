package dev.roadmap.web.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a reader typed into search: the words every hit must contain, whatever their case. */
public record SearchQuery(String text, List<String> terms) {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_TERMS = 12;

    /** A query too long or with too many words to be a search: the address is not right. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    static SearchQuery of(String typed) throws Unusable {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Unusable("A search is at most " + MAX_LENGTH + " characters long.");
        }
        List<String> terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("(?U)\\s+"))
                .filter(term -> !term.isEmpty()).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw new Unusable("A search has at most " + MAX_TERMS + " words.");
        }
        return new SearchQuery(text, terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
