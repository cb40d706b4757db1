package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar holds what a run needs: no build-only tool (src/build/java), nor picocli-codegen behind them. */
class JarContentsIT {
    static final Path BUILD = Path.of("src/build/java");

    @Test
    void noBuildToolIsShipped() throws Exception {
        List<String> tools;
        try (Stream<Path> walk = Files.walk(BUILD)) {
            tools = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> BUILD.relativize(p).toString().replace(".java", "")).sorted().toList();
        }
        assertThat(tools).contains("amity/cli/GenerateDocs", "amity/cli/GenerateModel");
        try (JarFile jar = new JarFile(Jdk.JAR.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("amity/cli/Main.class", "amity/cli/Train.class");
            assertThat(names).filteredOn(n -> tools.stream().anyMatch(t -> n.equals(t + ".class")
                    || n.startsWith(t + "$"))).isEmpty();
            assertThat(names).filteredOn(n -> n.startsWith("picocli/codegen/")).isEmpty();
        }
    }
}
