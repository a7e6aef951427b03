package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import dev.roadmap.web.site.SiteCaches.Share;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SiteCachesTest {

    private final Cache<String, byte[]> cache = SiteCaches.bounded(100, (key, value) -> value.length);

    @Test
    void anEntryOverTheBoundEvictsTheOlderOnes() {
        cache.put("first", new byte[40]);
        cache.put("second", new byte[40]);
        cache.put("third", new byte[40]);
        cache.cleanUp();

        assertThat(cache.asMap()).containsOnlyKeys("second", "third");
    }

    @Test
    void aHeavyEntryEvictsAsManyOlderOnesAsItNeeds() {
        for (int i = 0; i < 5; i++) {
            cache.put("small-" + i, new byte[20]);
        }
        cache.put("large", new byte[60]);
        cache.cleanUp();

        assertThat(cache.asMap()).containsOnlyKeys("small-3", "small-4", "large");
    }

    @Test
    void anEntryHeavierThanTheWholeBoundIsNotKept() {
        cache.put("kept", new byte[10]);
        cache.put("too-large", new byte[101]);
        cache.cleanUp();

        assertThat(cache.asMap()).containsOnlyKeys("kept");
    }

    @Test
    void theSharesTogetherStayWithinTheBound() {
        long bound = 64L << 20;

        assertThat(Arrays.stream(Share.values()).mapToLong(share -> share.of(bound)).sum()).isLessThanOrEqualTo(bound);
        assertThat(Share.PAGES.of(bound)).isEqualTo(32L << 20);
    }

    @Test
    void aPageWeighsBothItsBodies() {
        byte[] html = "<p>hello</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        CachedPage page = CachedPage.of("text/html", html, 0);

        assertThat(PageCache.bytes("backstage@1/document", page))
                .isGreaterThan(html.length + page.gzipped().length);
    }
}
