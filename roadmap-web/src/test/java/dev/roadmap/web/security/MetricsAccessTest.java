package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    @Test
    void theMachineItselfIsLoopbackInEitherSpelling() {
        assertThat(MetricsAccess.isLoopback("127.0.0.1")).isTrue();
        assertThat(MetricsAccess.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
    }

    @Test
    void anyOtherAddressOrNameIsNot() {
        assertThat(MetricsAccess.isLoopback("203.0.113.7")).isFalse();
        assertThat(MetricsAccess.isLoopback("localhost")).as("a name, never looked up").isFalse();
    }
}
