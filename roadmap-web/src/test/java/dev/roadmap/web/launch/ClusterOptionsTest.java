package dev.roadmap.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {

    @Test
    void membersOnOneMachineJoinByTcpipOnTheirAddressFromTheFirstPortKeepingBackupsOnEachOther() {
        ClusterOptions options = new ClusterOptions("127.0.0.1:6900, 127.0.0.1:6901", InetAddress::isLoopbackAddress);

        assertThat(options.optionsBeside(List.of("--port", "8081"))).containsExactly(
                "--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901", "--interfaces", "127.0.0.1", "--startport", "6900",
                "--nohostaware");
    }

    @Test
    void membersOnTwoMachinesKeepPayarasHostAwarePartitionsAndListenOnThisMachinesMember() {
        ClusterOptions options = new ClusterOptions("10.0.0.1:6900,10.0.0.2:6901",
                address -> address.getHostAddress().equals("10.0.0.2"));

        assertThat(options.optionsBeside(List.of())).containsExactly(
                "--clustermode", "tcpip:10.0.0.1:6900,10.0.0.2:6901", "--interfaces", "10.0.0.2", "--startport", "6901");
    }

    @Test
    void whatTheCommandLineSaysWins() {
        ClusterOptions options = new ClusterOptions("127.0.0.1:6900", InetAddress::isLoopbackAddress);

        assertThat(options.optionsBeside(List.of("--clustermode", "tcpip:127.0.0.1:5701", "--interfaces", "127.0.0.1",
                "--startport", "5701", "--hostaware"))).isEmpty();
    }

    @Test
    void aMemberThatIsNotHostAndPortIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> new ClusterOptions("127.0.0.1:sixty-nine", a -> true).optionsBeside(List.of()))
                .hasMessage("ROADMAP_CLUSTER_MEMBERS: '127.0.0.1:sixty-nine' is not host:port");
        assertThatThrownBy(() -> new ClusterOptions(" , ", a -> true))
                .hasMessage("ROADMAP_CLUSTER_MEMBERS names no member: give host:port,host:port");
    }
}
