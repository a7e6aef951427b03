package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void theWordsAreLowerCasedAndCountedOnce() throws Exception {
        assertThat(SearchQuery.of("  Search  search UX ").terms()).containsExactly("search", "ux");
    }

    @Test
    void nothingTypedIsAnEmptySearchNotAnError() throws Exception {
        assertThat(SearchQuery.of(null).isEmpty()).isTrue();
        assertThat(SearchQuery.of("   ").isEmpty()).isTrue();
    }

    @Test
    void aQueryLongerThanASearchIsRefused() {
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOf(SearchQuery.Unusable.class).hasMessageContaining("at most 200 characters");
    }

    @Test
    void aQueryOfTooManyWordsIsRefused() {
        assertThatThrownBy(() -> SearchQuery.of("a b c d e f g h i j k l m"))
                .isInstanceOf(SearchQuery.Unusable.class).hasMessageContaining("at most 12 words");
    }
}
