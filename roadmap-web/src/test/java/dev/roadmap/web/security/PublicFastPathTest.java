package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.web.security.PublicFastPath.Asked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicFastPathTest {

    private static Asked anonymous(String method, String path) {
        return new Asked(method, path, false, false, false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/roadmaps/backstage", "/roadmaps/backstage/board", "/roadmaps/backstage/items/telemetry",
            "/roadmaps/backstage.md", "/search", "/jakarta.faces.resource/site.css.xhtml", "/health", "/metrics",
            "/openapi"})
    void anAnonymousReadOfAPublicAddressNeedsNoMechanism(String path) {
        assertThat(PublicFastPath.needsNoMechanism(anonymous("GET", path))).isTrue();
        assertThat(PublicFastPath.needsNoMechanism(anonymous("HEAD", path))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/", "/admin/index.xhtml", "/ADMIN/index.xhtml", "/api/roadmaps", "/Api/roadmaps",
            "/login.xhtml", "/j_security_check", "/roadmaps/j_security_check", "/%61dmin/index.xhtml",
            "/roadmaps/backstage;jsessionid=x", "/admin;x=y/index.xhtml"})
    void theMaintainersTheSignInsAndDisguisedAddressesGoToTheMechanism(String path) {
        assertThat(PublicFastPath.needsNoMechanism(anonymous("GET", path))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "get"})
    void anythingButAReadGoesToTheMechanism(String method) {
        assertThat(PublicFastPath.needsNoMechanism(anonymous(method, "/roadmaps/backstage"))).isFalse();
    }

    @ParameterizedTest(name = "credential header {0}, session cookie {1}, mandatory {2}")
    @CsvSource({"true,false,false", "false,true,false", "false,false,true"})
    void aCredentialASessionOrAConstraintGoesToTheMechanism(boolean header, boolean session, boolean mandatory) {
        assertThat(PublicFastPath.needsNoMechanism(new Asked("GET", "/roadmaps/backstage", header, session, mandatory)))
                .as("a signed-in maintainer's session cookie, a script's header, a protected address or authenticate()")
                .isFalse();
    }
}
