package dev.roadmap.web.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds the beans that use Payara's own API ({@link OtherNodes}, {@link DataGridFailureCounts}) when, and only when,
 * Payara runs the application. They carry no bean-defining annotation, so no other server's container ever loads
 * them (their Payara and Hazelcast types would not be found there); the same WAR deploys on WildFly and Open Liberty
 * as a portal of one node.
 */
public class PayaraOnly implements Extension {

    static final String PAYARA_API = "fish.payara.micro.cdi.Outbound";

    void addPayaraBeans(@Observes BeforeBeanDiscovery discovery) {
        if (!onPayara()) {
            return;
        }
        for (Class<?> bean : new Class<?>[] {OtherNodes.class, DataGridFailureCounts.class}) {
            discovery.addAnnotatedType(bean, bean.getName()).add(ApplicationScoped.Literal.INSTANCE);
        }
    }

    private static boolean onPayara() {
        try {
            Class.forName(PAYARA_API, false, PayaraOnly.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError elsewhere) {
            return false;
        }
    }
}
