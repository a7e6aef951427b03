package dev.roadmap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged command line runs with {@code java -jar} and nothing else on the class path. */
class CommandLineJarIT {

    @Test
    void theJarParsesTheSeedOnItsOwn() throws IOException, InterruptedException {
        Path seed = Path.of("src/test/resources/corpus/backstage_2022-q2.md").toAbsolutePath();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/roadmap-importer-cli.jar").toAbsolutePath().toString(), "parse", seed.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"quarter\": \"2022-Q2\"").contains("\"anchor\": \"search-1.0\"");
    }
}
