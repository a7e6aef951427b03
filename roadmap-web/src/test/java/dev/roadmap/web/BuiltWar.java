package dev.roadmap.web;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the module builds it, plus the test-only classes a test deployment switches on: what is
 * tested is what ships, and the helpers are never in the shipped WAR.
 */
final class BuiltWar {

    private BuiltWar() {
    }

    /** For Arquillian to deploy. */
    static WebArchive withTestClasses(Class<?>... testClasses) {
        File war = new File(System.getProperty("roadmap.war", "target/roadmap-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package'.");
        }
        return ShrinkWrap.create(ZipImporter.class, "roadmap.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }

    /** Written to a file, for a server started by hand. */
    static Path writtenTo(Path file, Class<?>... testClasses) {
        withTestClasses(testClasses).as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
