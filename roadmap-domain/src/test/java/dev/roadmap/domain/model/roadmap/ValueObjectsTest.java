package dev.roadmap.domain.model.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.domain.model.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"backstage", "platform-2024", "a"})
    void aSlugIsLowerCaseWordsJoinedByHyphens(String value) {
        assertThat(Slug.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Backstage", "two words", "dot.ted", "-lead", "trail-", "double--hyphen", "a/b"})
    void aSlugThatIsNotUrlSafeIsRefused(String value) {
        assertThatThrownBy(() -> Slug.of(value)).isInstanceOf(RoadmapRuleViolation.class)
                .hasMessageContaining("not a valid slug");
    }

    @Test
    void slugsWithTheSameValueAreEqual() {
        assertThat(Slug.of("backstage")).isEqualTo(Slug.of("backstage")).hasSameHashCodeAs(Slug.of("backstage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"search-1.0", "ease-of-onboarding", "v1_2", "über-uns"})
    void anAnchorMayHoldDotsUnderscoresAndLetters(String value) {
        assertThat(Anchor.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "#hash", "a/b"})
    void anAnchorWithSpacesOrUrlSyntaxIsRefused(String value) {
        assertThatThrownBy(() -> Anchor.of(value)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Backstage Search 1.0|backstage-search-10",
        "What's next|whats-next",
        "Ease of onboarding|ease-of-onboarding",
        "🚀 Launch plans|-launch-plans",
        "GraphQL support|graphql-support"
    })
    void anAnchorFromAHeadingFollowsGithubsSlugger(String heading, String anchor) {
        assertThat(Anchor.fromHeading(heading).value()).isEqualTo(anchor);
    }

    @Test
    void aQuarterKeepsTheTextItWasReadFrom() {
        PlanningPeriod period = PlanningPeriod.quarter(2022, 2, "the ongoing quarter from April through June 2022");
        assertThat(period.quarterLabel()).contains("2022-Q2");
        assertThat(period.text()).isEqualTo("the ongoing quarter from April through June 2022");
    }

    @Test
    void theCanonicalQuarterFormIsRead() {
        assertThat(PlanningPeriod.parse("2023-Q4").quarterLabel()).contains("2023-Q4");
    }

    @Test
    void aPeriodThatIsNotAQuarterIsKeptAsWritten() {
        PlanningPeriod period = PlanningPeriod.parse("after the 2.0 release");
        assertThat(period.quarterLabel()).isEmpty();
        assertThat(period.text()).isEqualTo("after the 2.0 release");
    }

    @Test
    void aQuarterOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> PlanningPeriod.quarter(2022, 5, null)).isInstanceOf(RoadmapRuleViolation.class)
                .hasMessageContaining("not 5");
    }
}
