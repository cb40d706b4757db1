package amity.read;

import amity.model.Origin;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.read.YNode.YScalar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into {@link YNode} trees with Jackson's streaming parser. Safe on hostile input:
 * tags never instantiate anything (they are refused), aliases are refused (so nothing expands),
 * nesting depth is bounded, and large files load (SnakeYAML's 3 MB code-point limit is lifted).
 */
final class TreeReader {
    static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = buildFactory();

    private final String file;
    private final String[] lines;
    private final Origin nowhere;
    private final List<Problem> problems;

    TreeReader(String file, String text, List<Problem> problems) {
        this(file, text, problems, true);
    }

    /** Without {@code positions} every node shares one origin (the file): fast, for data read again on errors. */
    TreeReader(String file, String text, List<Problem> problems, boolean positions) {
        this.file = file;
        this.lines = positions ? text.split("\r\n|\r|\n", -1) : null;
        this.nowhere = new Origin(file, 0, 0, "");
        this.problems = problems;
    }

    private static YAMLFactory buildFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(MAX_DEPTH + 8).build());
        return factory;
    }

    /** The documents of the text; a syntax error ends reading the file with one problem. */
    List<YNode> read(String text) {
        List<YNode> docs = new ArrayList<>();
        if (forbiddenCharacter(text)) {
            return docs;
        }
        try (YAMLParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                YNode node = node(p, t, 0);
                if (node != null) {
                    docs.add(node);
                }
            }
        } catch (Stop stop) {
            // the problem is already recorded
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                problems.add(syntax(m));
                return docs;
            }
            JsonLocation loc = e.getLocation();
            Origin at = loc == null ? origin(1, 1) : origin(loc.getLineNr(), loc.getColumnNr());
            String message = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a field name")
                    ? "a key must be plain text, not a list or a mapping" : plain(e.getOriginalMessage());
            problems.add(new Problem(at, 1, "this is not valid YAML: " + message + "."));
        } catch (IOException e) {
            problems.add(new Problem(origin(1, 1), 1, "could not read the file: " + e.getMessage() + "."));
        }
        return docs;
    }

    /** An error that makes the rest of the file unreadable. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private YNode node(YAMLParser p, JsonToken t, int depth) throws IOException {
        Origin at = here(p);
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(at, 1, "values are nested more than " + MAX_DEPTH + " levels deep."));
            throw new Stop();
        }
        String tag = p.getTypeId();
        if (tag != null) {
            String written = tag.replaceFirst("^tag:yaml.org,2002:", "!!");
            written = written.startsWith("!") ? written : "!" + written;
            problems.add(new Problem(at, written.length(), "YAML tags such as '" + written
                    + "' are not accepted; write plain values."));
            throw new Stop();
        }
        if (p.isCurrentAlias()) {
            problems.add(new Problem(at, p.getText().length() + 1, "YAML aliases such as '*" + p.getText()
                    + "' are not accepted; write the value out."));
            throw new Stop();
        }
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Origin keyAt = here(p);
                    YNode value = node(p, p.nextToken(), depth + 1);
                    Entry first = entries.get(key);
                    if (first != null) {
                        problems.add(new Problem(keyAt, width(key), "the key '" + key
                                + "' appears twice in this mapping; the first is on line " + first.keyAt().line() + ".",
                                first.keyAt()));
                    } else {
                        entries.put(key, new Entry(key, keyAt, value));
                    }
                }
                if (k != JsonToken.END_OBJECT) {
                    throw new IllegalStateException("unexpected " + k);
                }
                return new YMap(at, entries);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, i, depth + 1));
                }
                return new YList(at, items);
            }
            case VALUE_NULL -> {
                return new YScalar(at, "", true);
            }
            default -> {
                // Every scalar keeps the text as written: "NO" stays NO, 1979-03-14 stays a text.
                return new YScalar(at, p.getText(), false);
            }
        }
    }

    /**
     * YAML allows no control characters but tab and line ends (NUL, ESC, DEL...); SnakeYAML would
     * reject them without a position, so they are found here, with one.
     */
    private boolean forbiddenCharacter(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean allowed = cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0x7e) || cp == 0x85
                    || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
            if (!allowed) {
                problems.add(new Problem(origin(line, column), 1, String.format(java.util.Locale.ROOT,
                        "the control character U+%04X is not allowed in YAML; remove it.", cp)));
                return true;
            }
            if (cp == '\n' || (cp == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private Origin here(YAMLParser p) {
        if (lines == null) {
            return nowhere;
        }
        JsonLocation loc = p.currentTokenLocation();
        return origin(loc.getLineNr(), loc.getColumnNr());
    }

    Origin origin(int line, int column) {
        if (lines == null) {
            return nowhere;
        }
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        return new Origin(file, line, column, text);
    }

    private static int width(String s) {
        return Math.max(1, s.codePointCount(0, s.length()));
    }

    /**
     * A syntax error in plain words, at the place a reader should look: the opening quote or bracket
     * when the file ends inside one, else where the parser stopped (with the line it was reading).
     */
    private Problem syntax(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "" : m.getProblem();
        Mark found = m.getProblemMark();
        Mark context = m.getContextMark();
        boolean unclosed = problem.contains("end of stream") || problem.contains("<stream end>");
        Mark mark = unclosed && context != null ? context : found;
        String what;
        if (problem.contains("(TAB)")) {
            what = "a tab indents this line; YAML indents with spaces only";
        } else if (problem.startsWith("mapping values are not allowed")) {
            what = "a ': ' inside a value; put the value in quotes";
        } else if (problem.startsWith("expected <block end>")) {
            what = "this line is indented differently from the lines above it";
        } else if (unclosed && context != null) {
            String opener = m.getContext() == null ? "" : m.getContext();
            what = opener.contains("quoted scalar") ? "this quote is never closed"
                    : opener.contains("flow sequence") ? "this '[' is never closed with ']'"
                    : opener.contains("flow mapping") ? "this '{' is never closed with '}'"
                    : "the file ends inside this value";
        } else {
            what = plain(problem);
        }
        String where = !unclosed && context != null && context.getLine() != found.getLine()
                ? " (in the value that starts on line " + (context.getLine() + 1) + ")" : "";
        return new Problem(origin(mark.getLine() + 1, mark.getColumn() + 1), 1,
                "this is not valid YAML: " + what + where + ".");
    }

    /** SnakeYAML's message without its own position lines. */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String first = message.strip().split("\n")[0].strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
