package amity.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds records to a data file as text, the way a person would: each new item is inserted after the
 * last item of its list (or the list is added at the end), in the list's own indentation, and a
 * changed date replaces only its value. Every other byte of the file (comments, order, quoting,
 * blank lines) stays as it was.
 */
public final class DataFileEdit {
    /** The attestation of {@code source} with {@code quote} now says {@code date} ("" for none). */
    public record DateChange(String source, String quote, String date) {
    }

    /** A file whose shape leaves no place to add to without rewriting what the user wrote. */
    public static final class Unaddable extends Exception {
        private static final long serialVersionUID = 1L;

        Unaddable(String message) {
            super(message);
        }
    }

    private record Edit(int at, int end, String text) {
    }

    private static final List<String> SECTIONS = List.of("sources", "places", "agreements", "attestations");

    private DataFileEdit() {
    }

    /**
     * The text of a data file with {@code additions} and {@code changes} made; a new file (empty
     * {@code text}) starts with the comment {@code header}.
     */
    public static String apply(String text, DataFile additions, List<DateChange> changes, String header)
            throws Unaddable {
        Node root = text.isBlank() ? null : compose(text);
        if (root == null) {
            String start = text.isEmpty() ? "# " + header + "\n" : text.endsWith("\n") ? text : text + "\n";
            StringBuilder out = new StringBuilder(start);
            for (String s : SECTIONS) {
                section(additions, s).ifPresent(out::append);
            }
            return out.toString();
        }
        if (!(root instanceof MappingNode top)) {
            throw new Unaddable("its top level is not a mapping of lists");
        }
        List<Edit> edits = new ArrayList<>();
        dates(text, top, changes, edits);
        StringBuilder appended = new StringBuilder();
        for (String s : SECTIONS) {
            var body = section(additions, s);
            if (body.isEmpty()) {
                continue;
            }
            Node list = value(top, s);
            if (list == null) {
                appended.append(body.get());
            } else {
                edits.add(insert(text, s, list, body.get()));
            }
        }
        if (appended.length() > 0) {
            edits.add(new Edit(text.length(), text.length(), (text.endsWith("\n") ? "" : "\n") + appended));
        }
        // From the end, so offsets stay true; of two edits at one offset the later-made goes in last,
        // behind the other (the agreements inserted at the end of the file, then the list appended after them).
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> edits.get(i).at()).thenComparingInt(i -> i).reversed());
        StringBuilder out = new StringBuilder(text);
        for (int i : order) {
            Edit e = edits.get(i);
            out.replace(e.at(), e.end(), e.text());
        }
        return out.toString();
    }

    /** "places:\n  - id: ...": one list of the additions as the record writer writes it, if it has items. */
    private static java.util.Optional<String> section(DataFile add, String name) {
        DataFile only = new DataFile(name.equals("sources") ? add.sources() : List.of(),
                name.equals("places") ? add.places() : List.of(),
                name.equals("agreements") ? add.agreements() : List.of(),
                name.equals("attestations") ? add.attestations() : List.of(), List.of(), List.of(), List.of());
        if (only.sources().isEmpty() && only.places().isEmpty() && only.agreements().isEmpty()
                && only.attestations().isEmpty()) {
            return java.util.Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RecordWriter.write(only, "", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    /** The items of {@code body} (a whole section) after the last item of the file's list, in its indentation. */
    private static Edit insert(String text, String name, Node list, String body) throws Unaddable {
        String items = body.substring(body.indexOf('\n') + 1);
        if (list instanceof ScalarNode s && s.getValue().isEmpty()) {
            int at = lineEnd(text, offset(text, s.getEndMark().getIndex()));
            return new Edit(at, at, (at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "") + items);
        }
        if (!(list instanceof SequenceNode seq) || seq.getFlowStyle() == FlowStyle.FLOW || seq.getValue().isEmpty()) {
            throw new Unaddable("its '" + name + "' (line " + (list.getStartMark().getLine() + 1) + ") is not a "
                    + "block list ('- ' items) that items can be added to; write it as one");
        }
        int column = seq.getValue().get(0).getStartMark().getColumn() - 2;
        int at = lineEnd(text, offset(text, last(seq).getEndMark().getIndex()));
        String shifted = reindent(items, Math.max(0, column) - 2);
        return new Edit(at, at, (at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "") + shifted);
    }

    /** The deepest last node of a collection: where its text ends. */
    private static Node last(Node n) {
        if (n instanceof SequenceNode s && !s.getValue().isEmpty() && s.getFlowStyle() != FlowStyle.FLOW) {
            return last(s.getValue().get(s.getValue().size() - 1));
        }
        if (n instanceof MappingNode m && !m.getValue().isEmpty() && m.getFlowStyle() != FlowStyle.FLOW) {
            return last(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        return n;
    }

    /** The offset just past the line {@code at} is on (or {@code at} itself when it starts a line). */
    private static int lineEnd(String text, int at) {
        if (at > 0 && text.charAt(at - 1) == '\n') {
            return at;
        }
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static String reindent(String lines, int by) {
        if (by == 0) {
            return lines;
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(by > 0 ? " ".repeat(by) + line : line.substring(Math.min(-by, indent(line))));
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- dates changed in place

    private static void dates(String text, MappingNode top, List<DateChange> changes, List<Edit> edits) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, DateChange> byKey = new java.util.HashMap<>();
        changes.forEach(c -> byKey.put(c.source() + "\u0000" + c.quote(), c));
        List<MappingNode> statements = new ArrayList<>();
        if (value(top, "agreements") instanceof SequenceNode agreements) {
            for (Node a : agreements.getValue()) {
                if (a instanceof MappingNode am && value(am, "attested") instanceof SequenceNode att) {
                    att.getValue().forEach(n -> statements.add((MappingNode) n));
                }
            }
        }
        if (value(top, "attestations") instanceof SequenceNode loose) {
            loose.getValue().forEach(n -> statements.add((MappingNode) n));
        }
        for (MappingNode m : statements) {
            DateChange c = byKey.get(scalar(m, "source") + "\u0000" + scalar(m, "quote"));
            if (c != null) {
                edits.add(date(text, m, c.date()));
            }
        }
    }

    private static Edit date(String text, MappingNode m, String date) {
        List<NodeTuple> tuples = m.getValue();
        boolean flow = m.getFlowStyle() == FlowStyle.FLOW;
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple t = tuples.get(i);
            if (!(t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("date"))) {
                continue;
            }
            Node v = t.getValueNode();
            if (!date.isEmpty()) {
                return new Edit(offset(text, v.getStartMark().getIndex()), offset(text, v.getEndMark().getIndex()),
                        scalarText(date));
            }
            // No date any more: the key and its value go, up to the next key (or from the previous value).
            int from = i + 1 < tuples.size() || i == 0 ? k.getStartMark().getIndex()
                    : tuples.get(i - 1).getValueNode().getEndMark().getIndex();
            int to = i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode().getStartMark().getIndex()
                    : v.getEndMark().getIndex();
            return new Edit(offset(text, from), offset(text, to), "");
        }
        Node first = tuples.get(0).getKeyNode();
        int at = offset(text, first.getStartMark().getIndex());
        String line = flow ? "date: " + scalarText(date) + ", "
                : "date: " + scalarText(date) + "\n" + " ".repeat(first.getStartMark().getColumn());
        return new Edit(at, at, line);
    }

    /** A date as a YAML scalar: plain when it reads back as the same text, else double-quoted. */
    private static String scalarText(String date) {
        return date.matches("[0-9X]{4}(-[0-9X]{2}){0,2}") && !date.matches("\\d+") ? date : "\"" + date + "\"";
    }

    // ---- reading the node tree

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(options).compose(new StringReader(text));
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(MappingNode m, String key) {
        return value(m, key) instanceof ScalarNode s ? s.getValue() : "";
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private static int offset(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
