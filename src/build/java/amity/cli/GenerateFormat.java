package amity.cli;

import amity.model.Key;
import amity.model.Shape;
import amity.io.AtomicFile;
import amity.read.DataSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Build-time generator (run by Maven in process-classes): from the records' field declarations
 * ({@link Shape}), the JSON Schema of a data file and amity-data(5) with its field tables, each under
 * the folder given at the path it is committed at, for FormatFilesTest to compare with the committed
 * copies (the snapshot codec is generated before compiling: src/codegen). Usage: GenerateFormat
 * PROJECT_DIR OUT_DIR
 */
public final class GenerateFormat {
    static final String SCHEMA = "docs/amity-data.schema.json";
    static final String MANUAL = "docs/amity-data.5.adoc";
    static final String TABLES_START = "// Field tables: generated from amity.model.Shape by the build; edit the declarations.";
    static final String TABLES_END = "// End of the generated field tables.";

    private GenerateFormat() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]);
        Path out = Path.of(args[1]);
        write(out.resolve(SCHEMA), DataSchema.text());
        write(out.resolve(MANUAL), manual(Files.readString(project.resolve(MANUAL), StandardCharsets.UTF_8)));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        AtomicFile.write(p, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The manual with the text between the field tables' markers made from the declarations. */
    static String manual(String adoc) {
        int start = adoc.indexOf(TABLES_START);
        int end = adoc.indexOf(TABLES_END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(MANUAL + " has no field table markers");
        }
        return adoc.substring(0, start + TABLES_START.length()) + "\n\n" + tables() + adoc.substring(end);
    }

    /** A labelled list per shape (mandoc renders no AsciiDoc table cleanly): key, value, required, meaning. */
    static String tables() {
        StringBuilder sb = new StringBuilder();
        for (Shape s : Shape.values()) {
            sb.append('.').append(capitalized(s.what().replaceFirst("^an? ", ""))).append('\n');
            for (Key<?, ?> k : s.keys()) {
                sb.append('`').append(k.name()).append("` (").append(value(k)).append(k.required() ? ", required" : "")
                        .append(")::\n").append(k.meaning()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String capitalized(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String value(Key<?, ?> k) {
        if (k.words().closed()) {
            return "one of " + k.words().words().stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
        }
        return switch (k.kind()) {
            case TEXT -> "text";
            case TEXTS -> "list of texts";
            case DATE -> "date";
            case ENDING -> "date (an end)";
            case BOOLEAN -> "true or false";
            case NUMBER -> "number";
            case QUALIFIER -> "qualifier";
            case ATTESTATIONS -> "list of attestations";
            case PREDECESSORS -> "list of predecessors";
            case EDITIONS -> "list of editions";
            case COUNTS -> "a counts rule";
        };
    }
}
