package dev.roadmap.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationTest {

    private final Confirmation deletion = new Confirmation();

    @Test
    void askingShowsTheQuestionForThatThingOnly() {
        deletion.ask(2);

        assertThat(deletion.isAbout(2)).isTrue();
        assertThat(deletion.isAbout("2")).as("positions and keys compare as text").isTrue();
        assertThat(deletion.isAbout(3)).isFalse();
    }

    @Test
    void yesGivesTheThingOnceSoASecondClickChangesNothing() {
        deletion.ask("telemetry");

        assertThat(deletion.confirmed()).contains("telemetry");
        assertThat(deletion.confirmed()).isEmpty();
        assertThat(deletion.isAbout("telemetry")).isFalse();
    }

    @Test
    void keepingItDropsTheQuestion() {
        deletion.ask("telemetry");

        deletion.keep();

        assertThat(deletion.confirmed()).isEmpty();
    }
}
