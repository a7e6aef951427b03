package dev.roadmap.domain.persistence;

import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the portal reports a database it cannot start on: one line naming the URL and the innermost
 * reason ("Connection refused"), not a page of wrapped stack traces. When
 * {@code roadmap.exit-on-startup-failure} is true, as in the runnable jar, the process then ends; a WAR on
 * a shared server leaves it false and only its deployment fails.
 */
public final class DatabaseStartupFailure {

    public static final String URL_KEY = "roadmap.db.url";
    public static final String EXIT_KEY = "roadmap.exit-on-startup-failure";

    private static final Logger LOG = Logger.getLogger(DatabaseStartupFailure.class.getName());
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final int EXIT_CODE = 3;

    private DatabaseStartupFailure() {
    }

    /** Reports the failure and ends the process, or returns the exception that fails the deployment. */
    public static IllegalStateException report(Throwable failure) {
        String line = "Roadmap Portal cannot start: the database at " + configuredUrl() + " cannot be used: "
                + reason(failure);
        LOG.severe(line);
        if (setting(EXIT_KEY).map(Boolean::parseBoolean).orElse(false)) {
            // halt, not exit: the server's shutdown hooks would bury the one line that matters.
            System.err.println(line);
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        return new IllegalStateException(line, failure);
    }

    /** The configured URL, with any password in it masked. */
    public static String configuredUrl() {
        return setting(URL_KEY).map(url -> SECRET_PARAMETER.matcher(url).replaceAll("$1***")).orElse("(no URL set)");
    }

    /** The innermost message: "Connection refused", not the five wrappers around it. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return (message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip())
                .replaceAll("\\s+", " ");
    }

    private static Optional<String> setting(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (IllegalStateException noConfigHere) {
            return Optional.ofNullable(System.getProperty(key));
        }
    }
}
