package dev.roadmap.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoveFocusTest {

    private final MoveFocus focus = new MoveFocus();

    @Test
    void afterAMoveTheFocusReturnsToTheButtonPressed() {
        focus.moved("item:telemetry", -1);

        assertThat(focus.autofocus("item:telemetry", -1, false, false)).isEqualTo("autofocus");
        assertThat(focus.autofocus("item:telemetry", 1, false, false)).isNull();
    }

    @Test
    void aThingMovedToAnEndHasTheFocusOnItsOtherButton() {
        focus.moved("horizon:future-work", -1);

        assertThat(focus.autofocus("horizon:future-work", -1, true, false)).as("↑ is disabled at the top").isNull();
        assertThat(focus.autofocus("horizon:future-work", 1, true, false)).isEqualTo("autofocus");
    }

    @Test
    void otherThingsGetNoFocus() {
        focus.moved("item:telemetry", 1);

        assertThat(focus.autofocus("item:graphql", 1, false, false)).isNull();
    }

    @Test
    void nothingHasTheFocusOnceTheMoveIsForgotten() {
        focus.moved("item:telemetry", 1);
        focus.forget();

        assertThat(focus.autofocus("item:telemetry", 1, false, false)).isNull();
    }
}
