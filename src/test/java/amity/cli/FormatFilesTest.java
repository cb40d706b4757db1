package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the build makes from the field declarations (GenerateFormat: the data schema, amity-data(5)'s
 * field tables) is what is committed, and the schema, run through a real
 * JSON Schema validator, accepts the shipped data and every valid fixture and rejects a misspelt key.
 * {@code -Damity.update=true} refreshes the committed copies.
 */
class FormatFilesTest {
    private static final Path GENERATED = Path.of("target/generated/format");
    private static final String SCHEMA_FILE = "docs/amity-data.schema.json";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of(SCHEMA_FILE)));

    @Test
    void committedFilesMatchWhatTheBuildGenerates() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : List.of(SCHEMA_FILE, "docs/amity-data.5.adoc")) {
            Path fresh = GENERATED.resolve(name);
            assertThat(fresh).as("the build generates %s (run mvn process-classes)", name).exists();
            if (Update.requested()) {
                Files.copy(fresh, Path.of(name), StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.mismatch(fresh, Path.of(name)) != -1) {
                stale.add(name);
            }
        }
        assertThat(stale).as("stale generated files; run: mvn test -Dtest=FormatFilesTest -Damity.update=true")
                .isEmpty();
    }

    static Stream<Path> validFiles() throws IOException {
        List<Path> roots = List.of(Path.of("data"), Path.of("src/test/resources/fixtures"),
                Path.of("src/test/resources/import/data"), Path.of("src/test/resources/import/expected"));
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !invalidOnPurpose(p)).sorted()
                        .forEach(out::add);
            }
        }
        // A golden case's own data (cmd, expectations and data/ beside each other) where the case reads it cleanly.
        Path cases = Path.of("src/test/cases");
        try (Stream<Path> walk = Files.walk(cases)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getFileName().toString().equals("data"))
                    .filter(p -> cleanCase(p.getParent().getParent())).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /** Whether a golden case ends with status 0 or 1 (findings), not with a data error. */
    private static boolean cleanCase(Path dir) {
        try {
            String status = Files.readString(dir.resolve("status")).strip();
            return status.equals("0") || status.equals("1");
        } catch (IOException e) {
            return false;
        }
    }

    /** The fixtures that show amity's own errors (they break the format on purpose). */
    private static boolean invalidOnPurpose(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.contains("/fixtures/bad/") || s.contains("/fixtures/invisible-bad/") || s.contains("/fixtures/hostile/");
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void theSchemaAcceptsTheShippedDataAndTheFixtures(Path file) {
        assertThat(SCHEMA.validate(yaml(file))).as(file.toString()).isEmpty();
    }

    @Test
    void theSchemaRejectsAMisspeltKeyAndAnUnknownWord() throws IOException {
        Path dir = Path.of("src/test/resources/schema");
        List<String> messages = new ArrayList<>();
        for (Error e : SCHEMA.validate(yaml(dir.resolve("misspelt-key.yaml")))) {
            messages.add(e.toString());
        }
        messages.sort(null);
        Path expected = dir.resolve("misspelt-key.errors");
        String got = String.join("\n", messages) + "\n";
        if (Update.requested()) {
            Files.writeString(expected, got, StandardCharsets.UTF_8);
        }
        assertThat(got).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static JsonNode yaml(Path p) {
        try {
            return new YAMLMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(p.toString(), e);
        }
    }

    private static JsonNode read(Path p) {
        try {
            return new ObjectMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(p.toString(), e);
        }
    }
}
