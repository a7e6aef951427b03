package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    @Test
    void itsLastModifiedIsAnHttpDateToTheSecondWithATwoDigitDay() {
        CachedPage page = CachedPage.of("text/html;charset=UTF-8", "<p>x</p>".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-12-02T09:05:07.891Z").toEpochMilli());

        assertThat(page.lastModifiedDate()).isEqualTo("Wed, 02 Dec 2026 09:05:07 GMT");
        assertThat(page.lastModified()).isEqualTo(Instant.parse("2026-12-02T09:05:07Z").toEpochMilli());
    }
}
