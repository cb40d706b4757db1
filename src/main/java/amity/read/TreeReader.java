package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.read.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses YAML text into {@link YNode} trees from SnakeYAML's parser events (no YAML typing of
 * scalars: each keeps the text as written). Safe on hostile input: tags never instantiate anything
 * (they are refused), aliases are refused (so nothing expands), nesting depth is bounded, and large
 * files load (SnakeYAML's 3 MB code-point limit is lifted). A data file's top-level lists can be
 * handed over item by item ({@link Documents}), so no whole file's tree is ever held.
 */
final class TreeReader {
    static final int MAX_DEPTH = 64;
    /**
     * The longest value and the longest line read (64 KB of characters): SnakeYAML reads a long
     * scalar in quadratic time (a 4 MB line takes 19 s), so a longer line is refused before it is
     * parsed; long text is written as a block scalar (|) over several lines.
     */
    static final int MAX_SCALAR = 65_536;

    private static final LoaderOptions OPTIONS = options();

    private final String file;
    private final String[] lines;
    private final Origin nowhere;
    private final List<Problem> problems;
    private ParserImpl parser;
    private Documents documents;
    /** The last event read: an error the parser gives no place for is placed at its end. */
    private Event last;

    /** What a reader does with each document, and with the items of top-level lists as they are read. */
    interface Documents {
        /** Whether the items of the list under this top-level key go to {@link #item} rather than into the tree. */
        boolean streams(String key);

        /** One item of a streamed top-level list, read whole. */
        void item(String key, YNode item);

        /** A document read to its end; a streamed list stands in it as an empty list. */
        void document(YNode root);
    }

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

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** The documents of the text as whole trees; a syntax error ends reading the file with one problem. */
    List<YNode> read(String text) {
        List<YNode> docs = new ArrayList<>();
        read(text, new Documents() {
            @Override
            public boolean streams(String key) {
                return false;
            }

            @Override
            public void item(String key, YNode item) {
                throw new IllegalStateException("nothing is streamed");
            }

            @Override
            public void document(YNode root) {
                docs.add(root);
            }
        });
        return docs;
    }

    /**
     * Reads the text's documents into {@code documents}; a syntax error ends reading the file with
     * one problem, and the document it is in never reaches {@link Documents#document}.
     */
    void read(String text, Documents documents) {
        if (forbiddenCharacter(text) || longLine(text)) {
            return;
        }
        this.documents = documents;
        this.parser = new ParserImpl(new StreamReader(text), OPTIONS);
        try {
            Event e;
            while (!(e = next()).is(Event.ID.StreamEnd)) {
                if (!e.is(Event.ID.StreamStart) && !e.is(Event.ID.DocumentStart) && !e.is(Event.ID.DocumentEnd)) {
                    documents.document(node(e, 0));
                }
            }
        } catch (Stop stop) {
            // the problem is already recorded
        } catch (NotAKey k) {
            problems.add(new Problem(at(k.event.getEndMark()), 1,
                    "this is not valid YAML: a key must be plain text, not a list or a mapping."));
        } catch (MarkedYAMLException m) {
            problems.add(m.getProblemMark() != null ? syntax(m) : unplaced(m.getMessage()));
        } catch (YAMLException e) {
            problems.add(unplaced(e.getMessage()));
        } finally {
            this.parser = null;
            this.documents = null;
        }
    }

    private Event next() {
        try {
            last = parser.getEvent();
        } catch (NumberFormatException e) {
            // SnakeYAML reads an escape such as \UFFFFFFFF as a number that does not fit.
            throw new YAMLException("Malformed Number token: failed to tokenize due to (" + e.getClass().getName()
                    + "): " + e.getMessage());
        }
        return last;
    }

    /** An error that makes the rest of the file unreadable. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** A list or a mapping (or an alias) where a mapping's key belongs. */
    private static final class NotAKey extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Event event;

        NotAKey(Event event) {
            super(null, null, false, false);
            this.event = event;
        }
    }

    private YNode node(Event e, int depth) {
        Origin at = admit(e, depth);
        switch (e.getEventId()) {
            case MappingStart -> {
                LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
                Event k;
                while (!(k = next()).is(Event.ID.MappingEnd)) {
                    if (!(k instanceof ScalarEvent key)) {
                        throw new NotAKey(k);
                    }
                    String name = key.getValue();
                    Origin keyAt = at(key.getStartMark());
                    Entry first = entries.get(name);
                    Event v = next();
                    YNode value = depth == 0 && first == null && v.is(Event.ID.SequenceStart) && documents.streams(name)
                            ? streamed(name, v) : node(v, depth + 1);
                    if (first != null) {
                        problems.add(new Problem(keyAt, width(name), "the key '" + name
                                + "' appears twice in this mapping; the first is on line " + first.keyAt().line() + ".",
                                first.keyAt()));
                    } else {
                        entries.put(name, new Entry(name, keyAt, value));
                    }
                }
                return new YMap(at, entries);
            }
            case SequenceStart -> {
                List<YNode> items = new ArrayList<>();
                Event i;
                while (!(i = next()).is(Event.ID.SequenceEnd)) {
                    items.add(node(i, depth + 1));
                }
                return new YList(at, items);
            }
            case Scalar -> {
                // Every scalar keeps the text as written: "NO" stays NO, 1979-03-14 stays a text.
                ScalarEvent s = (ScalarEvent) e;
                if (s.getValue().length() > MAX_SCALAR) {
                    problems.add(new Problem(at, 1, tooLong("this value", s.getValue().length())));
                    throw new Stop();
                }
                return new YScalar(at, s.getValue(), isNull(s));
            }
            default -> throw new IllegalStateException("unexpected " + e);
        }
    }

    /** A top-level list whose items go to the documents one by one: it stands in the tree empty. */
    private YNode streamed(String key, Event start) {
        Origin at = admit(start, 1);
        Event i;
        while (!(i = next()).is(Event.ID.SequenceEnd)) {
            documents.item(key, node(i, 2));
        }
        return new YList(at, List.of());
    }

    /** Where a node starts, once it is known not too deep, not tagged and not an alias (each ends the file). */
    private Origin admit(Event e, int depth) {
        Origin at = at(e.getStartMark());
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(at, 1, "values are nested more than " + MAX_DEPTH + " levels deep."));
            throw new Stop();
        }
        String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            String written = tag.replaceFirst("^!+", "").replaceFirst("^tag:yaml.org,2002:", "!!");
            written = written.startsWith("!") ? written : "!" + written;
            problems.add(new Problem(at, written.length(), "YAML tags such as '" + written
                    + "' are not accepted; write plain values."));
            throw new Stop();
        }
        if (e instanceof AliasEvent a) {
            problems.add(new Problem(at, a.getAnchor().length() + 1, "YAML aliases such as '*" + a.getAnchor()
                    + "' are not accepted; write the value out."));
            throw new Stop();
        }
        return at;
    }

    /** A plain ~ or null; a quoted "null" is a text, and so is an empty value ('' in messages). */
    private static boolean isNull(ScalarEvent s) {
        if (!s.getImplicit().canOmitTagInPlainScalar()) {
            return false;
        }
        return switch (s.getValue()) {
            case "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
    }

    /** The first line longer than {@link #MAX_SCALAR}, as a problem at its first character past the limit. */
    private boolean longLine(String text) {
        int line = 1;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 0 : 1;
                length = 0;
            } else if (++length > MAX_SCALAR) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                problems.add(new Problem(origin(line, MAX_SCALAR + 1), 1, tooLong("this line", end - i + MAX_SCALAR)));
                return true;
            }
        }
        return false;
    }

    private static String tooLong(String what, int length) {
        return String.format(java.util.Locale.ROOT, "%s is %,d characters long; amity reads at most %,d (64 KB) in "
                + "one line or value: write long text as a block scalar (|) over several lines.", what, length,
                MAX_SCALAR);
    }

    /**
     * YAML allows no control characters but tab and line ends (NUL, ESC, DEL...); SnakeYAML would
     * reject them without a position, so they are found here, with one.
     */
    private boolean forbiddenCharacter(String text) {
        if (printable(text)) {
            return false;
        }
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

    /** The quick look first: most text is printable ASCII, and a surrogate pair is always allowed. */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c <= 0x7e) || c == '\n' || c == '\r' || c == '\t' || c == 0x85
                    || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private Origin at(Mark m) {
        return lines == null ? nowhere : origin(m.getLine() + 1, m.getColumn() + 1);
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

    /** An error the parser gives no place for: at the end of the last event read. */
    private Problem unplaced(String message) {
        Origin where = last == null ? origin(1, 1) : at(last.getEndMark());
        return new Problem(where, 1, "this is not valid YAML: " + plain(message) + ".");
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
