package amity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages run one way, text beneath them all: no class names a package above its own. */
class PackageDirectionTest {
    static final List<String> ORDER = List.of("text", "model", "read", "check", "query", "solve", "report", "render", "cli");
    static final Pattern REFERENCE = Pattern.compile("\\bamity\\.(\\w+)\\.[A-Z]");

    @Test
    void everyReferenceToAnotherPackageGoesDown() throws IOException {
        List<String> upward = new ArrayList<>();
        Path main = Path.of("src/main/java/amity");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(main)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path p : sources) {
            String own = main.relativize(p).getName(0).toString();
            assertThat(ORDER).as("the package of %s has a place in the direction", p).contains(own);
            Matcher m = REFERENCE.matcher(Files.readString(p));
            while (m.find()) {
                String other = m.group(1);
                if (ORDER.indexOf(other) > ORDER.indexOf(own)) {
                    upward.add(p + " -> amity." + other);
                }
            }
        }
        assertThat(sources).hasSizeGreaterThan(50);
        assertThat(upward).isEmpty();
    }
}
