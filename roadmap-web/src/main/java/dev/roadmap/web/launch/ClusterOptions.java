package dev.roadmap.web.launch;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Payara Micro options that make a node of a cluster out of {@code ROADMAP_CLUSTER_MEMBERS}
 * ({@code 10.0.0.1:6900,10.0.0.2:6900}): Payara's own tcpip discovery of those members, and, unless the command
 * line already says otherwise, the data grid bound to the member address that is this machine's, starting at that
 * member's port (Payara counts up from it when the port is taken, so a second node on one machine finds the next),
 * and partitions grouped by member rather than by host when every member is on one host (Payara groups them by host
 * by default, and one host's members then keep no backups of each other's data: a session would die with its node).
 */
final class ClusterOptions {

    /** The members as written, each {@code host:port}. */
    private final List<String> members;
    private final Predicate<InetAddress> isLocal;

    ClusterOptions(String members, Predicate<InetAddress> isLocal) {
        this.members = new ArrayList<>();
        for (String member : members.split(",")) {
            if (!member.isBlank()) {
                this.members.add(member.strip());
            }
        }
        if (this.members.isEmpty()) {
            throw new IllegalArgumentException("ROADMAP_CLUSTER_MEMBERS names no member: give host:port,host:port");
        }
        this.isLocal = isLocal;
    }

    /** The options to add to the command line {@code given}, which wins where it says the same thing. */
    List<String> optionsBeside(List<String> given) {
        List<String> options = new ArrayList<>();
        if (!given.contains("--clustermode")) {
            options.addAll(List.of("--clustermode", "tcpip:" + String.join(",", members)));
        }
        Optional<Member> local = localMember();
        if (local.isPresent() && !given.contains("--interfaces")) {
            options.addAll(List.of("--interfaces", local.get().address().getHostAddress()));
        }
        if (local.isPresent() && local.get().port() > 0 && !given.contains("--startport")) {
            options.addAll(List.of("--startport", String.valueOf(local.get().port())));
        }
        if (onOneHost() && !given.contains("--hostaware") && !given.contains("--nohostaware")) {
            options.add("--nohostaware");
        }
        return options;
    }

    /** The first member that is this machine: where its data grid listens. */
    private Optional<Member> localMember() {
        return members.stream().map(Member::of).filter(m -> isLocal.test(m.address())).findFirst();
    }

    private boolean onOneHost() {
        Set<InetAddress> hosts = new LinkedHashSet<>();
        members.stream().map(Member::of).forEach(m -> hosts.add(m.address()));
        return hosts.size() == 1;
    }

    /** Whether the address is one of this machine's own. */
    static boolean isThisMachine(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException unknown) {
            return false;
        }
    }

    private record Member(InetAddress address, int port) {

        static Member of(String written) {
            int colon = written.lastIndexOf(':');
            String host = colon < 0 ? written : written.substring(0, colon);
            int port = 0;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(written.substring(colon + 1));
                } catch (NumberFormatException notAPort) {
                    throw new IllegalArgumentException("ROADMAP_CLUSTER_MEMBERS: '" + written + "' is not host:port");
                }
            }
            try {
                return new Member(InetAddress.getByName(host), port);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("ROADMAP_CLUSTER_MEMBERS: the host '" + host + "' is unknown");
            }
        }
    }
}
