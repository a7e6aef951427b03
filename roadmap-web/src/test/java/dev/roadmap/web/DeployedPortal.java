package dev.roadmap.web;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where an integration test that talks to the portal over HTTP starts: the one portal of the test run (see
 * {@link SharedPortal}), and the address it answers on. Each test keeps to its own roadmaps and accounts.
 */
@ExtendWith(SharedPortal.class)
abstract class DeployedPortal {

    /** The portal's root address, ending in a slash: what test paths resolve against. Set by {@link SharedPortal}. */
    URI root;

    /** A visitor who has not signed in. */
    PortalClient visitor() {
        return new PortalClient(root);
    }

    /** A new session, signed in as the first administrator. */
    PortalClient administrator() throws Exception {
        return visitor().signInAsTheAdministrator();
    }
}
