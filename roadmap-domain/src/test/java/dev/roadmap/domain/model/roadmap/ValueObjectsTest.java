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

    @Test
    void aTitleIsKeptStripped() {
        assertThat(Title.of("  Search 1.0 ", "An item").value()).isEqualTo("Search 1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankTitleIsRefusedNamingWhoseAndTheField(String blank) {
        assertThatThrownBy(() -> Title.of(blank, "A horizon"))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("title"))
                .hasMessage("A horizon needs a title.");
    }

    @Test
    void aTitleLongerThanItsLimitIsRefusedNamingTheField() {
        assertThat(Title.of("x".repeat(Title.MAX_LENGTH), "An item").value()).hasSize(Title.MAX_LENGTH);
        assertThatThrownBy(() -> Title.of("x".repeat(Title.MAX_LENGTH + 1), "An item"))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("title"))
                .hasMessageContaining("An item's title is " + (Title.MAX_LENGTH + 1) + " characters long");
    }

    @Test
    void aTitleThatSkipsTheRulesCannotBeMade() {
        assertThatThrownBy(() -> new Title(" padded ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOptionalHeadingLeftBlankIsEmptyAndOtherwiseATitle() {
        assertThat(Title.optional("  ", "A section")).isEmpty();
        assertThat(Title.optional(" Help ", "A section")).isEqualTo("Help");
    }

    @Test
    void tagsDropBlanksAndRepeatsStripAndKeepTheirOrder() {
        assertThat(Tags.of(java.util.Arrays.asList(" ux", null, "search", "", "ux ", "core")).values())
                .containsExactly("ux", "search", "core");
    }

    @Test
    void aTagLongerThanItsLimitIsRefusedNamingTheField() {
        assertThat(Tags.of(java.util.List.of("x".repeat(Tags.MAX_TAG_LENGTH))).values()).hasSize(1);
        assertThatThrownBy(() -> Tags.of(java.util.List.of("ok", "x".repeat(Tags.MAX_TAG_LENGTH + 1))))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("tags"));
    }

    @Test
    void anAreaIsStrippedAndABlankNameIsNoArea() {
        assertThat(Area.named(" SIG Node ")).contains(new Area("SIG Node"));
        assertThat(Area.named("  ")).isEmpty();
        assertThat(Area.named(null)).isEmpty();
    }

    @Test
    void anAreaNameLongerThanItsLimitIsRefusedNamingTheField() {
        assertThat(Area.named("x".repeat(Area.MAX_LENGTH))).isPresent();
        assertThatThrownBy(() -> Area.named("x".repeat(Area.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("area"));
    }

    @Test
    void aDescriptionIsStrippedAndNoneIsEmpty() {
        assertThat(Description.of("  Where we go. ").text()).isEqualTo("Where we go.");
        assertThat(Description.of(null).text()).isEmpty();
    }

    @Test
    void aDescriptionLongerThanItsLimitIsRefusedNamingTheField() {
        assertThat(Description.of("x".repeat(Description.MAX_LENGTH)).text()).hasSize(Description.MAX_LENGTH);
        assertThatThrownBy(() -> Description.of("x".repeat(Description.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("description"));
    }

    @Test
    void changingADocumentHeadMakesANewOneAndLeavesTheOldAsItWas() {
        DocumentHead head = DocumentHead.titled(Title.of("Roadmap", "A roadmap"));

        DocumentHead described = head.describedAs(Description.of("Where we go")).introducedBy("> Intro");

        assertThat(head.description()).isEmpty();
        assertThat(head.intro()).isEmpty();
        assertThat(described.description()).isEqualTo("Where we go");
        assertThat(described).isNotEqualTo(head).isEqualTo(head.introducedBy("> Intro").describedAs(Description.of("Where we go")));
    }
}
