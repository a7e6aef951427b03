package dev.roadmap.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.ToLongBiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the public site's caches, each bounded by the bytes its entries weigh. Together they stay within
 * {@value #MAX_BYTES} ({@code ROADMAP_CACHE_MAX_BYTES}, 64 MiB by default), however many roadmaps, editions
 * and pages are asked for: unbounded, the portal grew to 2.3 GiB resident.
 */
@ApplicationScoped
public class SiteCaches {

    public static final String MAX_BYTES = "roadmap.cache.max-bytes";

    /** Each cache's part of the bound, in eighths: the pages are what most requests are served from. */
    public enum Share {
        /** The rendered pages, as bytes ({@link PageCache}). */
        PAGES(4),
        /** The rendered documents of editions ({@link PublishedRoadmaps}); the pages made from them are kept above. */
        DOCUMENTS(1),
        /** The API's JSON of editions, as bytes (the API's {@code RoadmapJsonCache}). */
        API(1),
        /**
         * The read models of editions with the models they are made from (an item's history reads those), kept by the
         * importer's {@code PublishedRoadmapService} (same key, same share).
         */
        MODELS(1),
        /** The search index ({@link PublishedSearch}). */
        SEARCH(1);

        private final int eighths;

        Share(int eighths) {
            this.eighths = eighths;
        }

        long of(long maxBytes) {
            return maxBytes / 8 * eighths;
        }
    }

    @Inject
    @ConfigProperty(name = MAX_BYTES, defaultValue = "67108864")
    long maxBytes;

    /** A cache for one part of the site, within that part's share of the bound. */
    public <K, V> Cache<K, V> cache(Share share, ToLongBiFunction<? super K, ? super V> bytes) {
        return bounded(share.of(maxBytes), bytes);
    }

    /**
     * A cache whose entries weigh at most {@code maxBytes} together, as {@code bytes} weighs them; the entries least
     * likely to be asked for again go first, and one heavier than the whole bound is not kept. The upkeep runs on
     * the calling thread, so the cache starts no thread of its own in the container.
     */
    static <K, V> Cache<K, V> bounded(long maxBytes, ToLongBiFunction<? super K, ? super V> bytes) {
        return Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .<K, V>weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, bytes.applyAsLong(key, value)))
                .build();
    }

    /** About what a string of this length takes on the heap, counting two bytes a character to be safe. */
    public static long bytesOf(CharSequence text) {
        return 40 + 2L * text.length();
    }
}
