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

/**
 * The packages run one way, text beneath them all: no class names a package above its own, no
 * import hides which classes it takes with a wildcard, and every package says what it holds.
 */
class PackageDirectionTest {
    /** Bottom to top; a package may name only those before it. The report subpackages are one report each. */
    static final List<String> ORDER = List.of("text", "io", "model", "table", "problem", "read", "check", "query",
            "solve", "report", "report.reconcile", "report.aggregate", "report.listing", "report.importing", "render",
            "cli");
    /** A reference to a class of another package: amity, its lower-case package names, then a class name. */
    static final Pattern REFERENCE = Pattern.compile("\\bamity\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    static final Pattern WILDCARD = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]+\\.\\*\\s*;", Pattern.MULTILINE);
    static final Path MAIN = Path.of("src/main/java/amity");
    /** The build-only tools (generators), held to the same order as the code a run needs. */
    static final Path BUILD = Path.of("src/build/java/amity");

    static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(MAIN, BUILD)) {
            try (Stream<Path> walk = Files.walk(root)) {
                out.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        return out;
    }

    static String packageOf(Path source) {
        Path root = source.startsWith(BUILD) ? BUILD : MAIN;
        return root.relativize(source.getParent()).toString().replace('/', '.');
    }

    @Test
    void everyReferenceToAnotherPackageGoesDown() throws IOException {
        List<String> upward = new ArrayList<>();
        List<Path> sources = sources();
        for (Path p : sources) {
            String own = packageOf(p);
            assertThat(ORDER).as("the package of %s has a place in the direction", p).contains(own);
            Matcher m = REFERENCE.matcher(Files.readString(p));
            while (m.find()) {
                String other = m.group(1);
                assertThat(ORDER).as("%s names amity.%s, which has a place in the direction", p, other).contains(other);
                if (ORDER.indexOf(other) > ORDER.indexOf(own)) {
                    upward.add(p + " -> amity." + other);
                }
            }
        }
        assertThat(sources).hasSizeGreaterThan(50);
        assertThat(upward).isEmpty();
    }

    @Test
    void noImportIsAWildcard() throws IOException {
        List<String> wildcards = new ArrayList<>();
        for (Path p : sources()) {
            Matcher m = WILDCARD.matcher(Files.readString(p));
            while (m.find()) {
                wildcards.add(p + ": " + m.group());
            }
        }
        assertThat(wildcards).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItHolds() {
        for (String pkg : ORDER) {
            assertThat(MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java")).isRegularFile();
        }
    }

    @Test
    void theCheckSeesAnUpwardReferenceAndAWildcard() {
        Matcher up = REFERENCE.matcher("import amity.report.reconcile.Finding;");
        assertThat(up.find()).isTrue();
        assertThat(up.group(1)).isEqualTo("report.reconcile");
        assertThat(WILDCARD.matcher("package amity.check;\n\nimport amity.report.*;\n").find()).isTrue();
        assertThat(WILDCARD.matcher("import static amity.text.Plural.*;").find()).isTrue();
        assertThat(WILDCARD.matcher("import amity.report.Query;").find()).isFalse();
    }
}
