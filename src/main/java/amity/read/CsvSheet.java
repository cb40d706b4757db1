package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CSV and TSV through Jackson CSV: UTF-8 (a BOM skipped), every cell with its line and column. */
final class CsvSheet {
    private static final CsvFactory FACTORY = new CsvFactory();
    /** The separators a header is sniffed for, most likely first on a tie. */
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};

    private CsvSheet() {
    }

    static Sheet.Read read(String name, byte[] bytes, Optional<Character> delimiter) {
        List<Problem> problems = new ArrayList<>();
        String text = YamlReader.decode(name, bytes, problems);
        String[] lines = text.split("\r\n|\r|\n", -1);
        char separator = delimiter.orElseGet(() -> sniff(lines[0]));
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        if (separator == '\t') {
            schema = schema.withoutQuoteChar();
        }
        List<Sheet.Row> rows = new ArrayList<>();
        try (CsvParser p = FACTORY.createParser(text)) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.nextToken();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                int line = 0;
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    line = line == 0 ? at.getLineNr() : line;
                    cells.add(p.getText());
                    columns.add(at.getColumnNr());
                }
                boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
                if (line > 0 && !blank) {
                    rows.add(new Sheet.Row(line, lines[line - 1], List.copyOf(cells), List.copyOf(columns)));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            problems.add(new Problem(new Origin(name, line, Math.max(1, at == null ? 1 : at.getColumnNr()),
                    line <= lines.length ? lines[line - 1] : ""), 1, "this is not valid CSV: "
                    + e.getOriginalMessage().split("\n")[0].replaceAll("[.]$", "") + "."));
        } catch (IOException e) {
            problems.add(new Problem(new Origin(name, 0, 0, ""), 1, "could not read the file: " + e.getMessage() + "."));
        }
        if (rows.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(new Origin(name, 1, 1, lines[0]), 1,
                        "the file has no header row; the first row names the columns."));
            }
            return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
        }
        Sheet.Row header = rows.get(0);
        return new Sheet.Read(new Sheet(name, header.cells().stream().map(String::strip).toList(),
                List.copyOf(rows.subList(1, rows.size()))), problems);
    }

    /** The separator the header row uses most, outside quotes; ',' when it has none. */
    static char sniff(String header) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            quoted ^= c == '"';
            for (int i = 0; i < SEPARATORS.length && !quoted; i++) {
                counts[i] += c == SEPARATORS[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < SEPARATORS.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return SEPARATORS[best];
    }
}
