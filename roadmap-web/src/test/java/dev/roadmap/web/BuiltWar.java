package dev.roadmap.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the module builds it, for Arquillian to deploy: what is tested is what ships. */
final class BuiltWar {

    private BuiltWar() {
    }

    static WebArchive withTestClasses(Class<?>... testClasses) {
        File war = new File(System.getProperty("roadmap.war", "target/roadmap-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package'.");
        }
        return ShrinkWrap.create(ZipImporter.class, "roadmap.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
