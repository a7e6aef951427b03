package dev.roadmap.web.launch;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The runnable jar's main class: Payara Micro's own, unless the node is to join a cluster. An environment
 * variable cannot change Payara Micro's command line, and the jar is built single-node (clustering off, the data
 * grid not even started, which saves seconds of start-up), so with {@code ROADMAP_CLUSTER_MEMBERS} set, or Payara's
 * own {@code --clustermode} given, this turns the data grid back on and adds Payara's cluster options before
 * handing over. A cluster on the embedded H2 database is refused here, in one line: each node would have a
 * database of its own.
 */
public final class PortalLauncher {

    static final String MEMBERS = "roadmap.cluster.members";
    /** Set for the application: the node runs in a cluster (the key of dev.roadmap.web.DataGrid.CLUSTERED). */
    static final String CLUSTERED = "roadmap.cluster.enabled";
    static final String REFUSED = "Roadmap Portal cannot start: a cluster needs PostgreSQL (a jdbc:postgresql: ROADMAP_DB_URL): "
            + "an embedded H2 database cannot be shared between nodes.";
    private static final int EXIT_CODE = 3;

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        String members = setting(MEMBERS);
        List<String> given = Arrays.asList(args);
        if (members == null && !given.contains("--clustermode")) {
            boot(args);
            return;
        }
        if (!setting("roadmap.db.url", "").startsWith("jdbc:postgresql:")) {
            System.err.println(REFUSED);
            System.exit(EXIT_CODE);
        }
        List<String> options = new ArrayList<>(given);
        try {
            if (members != null) {
                options.addAll(new ClusterOptions(members, ClusterOptions::isThisMachine).optionsBeside(given));
            }
        } catch (IllegalArgumentException unreadable) {
            System.err.println("Roadmap Portal cannot start: " + unreadable.getMessage());
            System.exit(EXIT_CODE);
        }
        dataGridOn(options);
        System.setProperty(CLUSTERED, "true");
        boot(options.toArray(String[]::new));
    }

    /**
     * Undoes the jar's single-node build: its {@code payaramicro.noCluster=true} (a system properties file given on
     * the command line outranks the jar's), and its pre-boot command that turns the data grid off (a later command
     * wins; a pre-boot file of the user's own is kept, with these lines added), and sessions kept in the grid, whole.
     */
    private static void dataGridOn(List<String> options) throws IOException {
        Path properties = temporary("roadmap-cluster", ".properties",
                "payaramicro.noCluster=false\n"
                        // the data grid listens on the member address only, not on every interface
                        + "hazelcast.socket.bind.any=false\n");
        options.addAll(List.of("--systemproperties", properties.toString()));
        String preBoot = "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=true\n"
                + "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true\n"
                // the whole session is stored after each request, not only attributes set again: Faces changes its
                // view state in place, and a form open on a node that dies must still post on another
                + "set configs.config.server-config.availability-service.web-container-availability.persistence-scope=session\n";
        int own = options.indexOf("--prebootcommandfile");
        if (own >= 0 && own + 1 < options.size()) {
            String theirs = Files.readString(Path.of(options.get(own + 1)), StandardCharsets.UTF_8);
            options.set(own + 1, temporary("roadmap-cluster-pre-boot", ".txt", theirs + "\n" + preBoot).toString());
        } else {
            options.addAll(List.of("--prebootcommandfile", temporary("roadmap-cluster-pre-boot", ".txt", preBoot).toString()));
        }
    }

    private static Path temporary(String prefix, String suffix, String content) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        file.toFile().deleteOnExit();
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Payara Micro's own main class, as the jar's manifest named it before; it returns once the portal is deployed. */
    private static void boot(String[] args) throws Throwable {
        try {
            Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (ClassArchiveWarmUp.requested()) {
            try {
                new ClassArchiveWarmUp(ClassArchiveWarmUp.portIn(args)).askForTheFirstPages();
            } catch (IOException | RuntimeException unanswered) {
                // The archive still holds what the start loaded; a page that did not answer only leaves its classes out.
                System.err.println("The warm-up's pages did not all answer: " + unanswered);
            } finally {
                System.exit(0); // Payara Micro's threads would keep the JVM, and so the archive, from ending
            }
        }
    }

    /** A system property, or its environment form (MicroProfile Config's mapping: upper case, underscores). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String setting(String name, String fallback) {
        String value = setting(name);
        return value == null ? fallback : value;
    }
}
