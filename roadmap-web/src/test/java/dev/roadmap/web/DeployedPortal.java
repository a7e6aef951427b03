package dev.roadmap.web;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where an integration test that talks to the portal over HTTP starts: the WAR as the build made it,
 * deployed to Payara Micro once for the test class, and the address it answers on.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPortal {

    @ArquillianResource
    URL base;

    /** The portal's root address, ending in a slash: what test paths resolve against. */
    URI root;

    @Deployment(testable = false)
    static WebArchive portal() {
        return BuiltWar.withTestClasses();
    }

    @BeforeEach
    void theApplicationsAddress() throws Exception {
        root = base.toURI();
    }
}
