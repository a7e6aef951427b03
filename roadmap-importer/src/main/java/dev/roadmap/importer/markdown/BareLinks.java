package dev.roadmap.importer.markdown;

import java.util.EnumSet;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * The links a text holds without Markdown's brackets ("https://…", "www.…", an e-mail address): the ones
 * commonmark's autolink extension would make links of, found by the same extractor. The reader asks only where a
 * rule turns on a link; linking every text of the document in the parse cost a tenth of the reader's time.
 */
final class BareLinks {

    // The autolink extension's own choice of link types; an immutable extractor is safe for any thread.
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.EMAIL, LinkType.WWW)).build();

    private BareLinks() {
    }

    /** Whether the text holds a bare link anywhere. */
    static boolean anyIn(String text) {
        return EXTRACTOR.extractLinks(text).iterator().hasNext();
    }

    /** Whether the text is one bare link and nothing else, as a line "https://example.com/docs" is. */
    static boolean isWhole(String text) {
        var links = EXTRACTOR.extractLinks(text).iterator();
        if (!links.hasNext()) {
            return false;
        }
        LinkSpan link = links.next();
        return link.getBeginIndex() == 0 && link.getEndIndex() == text.length() && !links.hasNext();
    }
}
