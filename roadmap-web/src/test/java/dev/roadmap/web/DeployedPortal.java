package dev.roadmap.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

    /** One check of {@code /health}, by name, as its JSON reports it (status and data). */
    JsonObject healthCheck(String name) throws Exception {
        return PortalClient.json(visitor().get("/health")).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("/health has no check named " + name));
    }

    /** A count in a health check's data, which Payara writes as a JSON string. */
    static int count(JsonObject check, String key) {
        JsonValue value = check.getJsonObject("data").get(key);
        return Integer.parseInt(value instanceof JsonString text ? text.getString() : value.toString());
    }
}
