package amity.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * picocli's model of amity's commands, read from their annotations at build time ({@code GenerateModel}
 * writes it into the jar) and rebuilt at run time through picocli's programmatic API, so that a run
 * reads no annotation: reading them makes proxy classes no start-up archive can keep, and building the
 * model that way was most of a short run's time. The annotated classes stay the one source:
 * CommandModelTest holds the rebuilt model equal to the annotations' in every attribute and in the help
 * it prints. Each write method below has its read twin right after it; keep them in step.
 */
final class CommandModel {
    static final String RESOURCE = "/amity/cli/commands.model";
    private static final int FORMAT = 1;

    /** The model as the build wrote it: each command class's name and description; null when absent. */
    private static final Map<String, Entry> ENTRIES = readResource();

    private record Entry(String name, byte[] description) {
    }

    private CommandModel() {
    }

    /** The command's name as its {@code @Command} gives it. */
    static String name(Class<?> command) {
        Entry e = ENTRIES == null ? null : ENTRIES.get(command.getName());
        return e != null ? e.name() : CommandSpec.forAnnotatedObject(command).name();
    }

    /**
     * The model of a command object, bound to its fields. From the annotations only when the build
     * wrote no model (a class compiled but not through Maven's process-classes, e.g. in an IDE).
     */
    static CommandSpec spec(Object command) {
        return read(command, true);
    }

    /**
     * A command by its name, aliases and usage message alone, without options: what a parent's help
     * lists and a suggestion names. Cheaper; never for a command that is to run.
     */
    static CommandSpec summary(Object command) {
        return read(command, false);
    }

    private static CommandSpec read(Object command, boolean full) {
        Entry e = ENTRIES == null ? null : ENTRIES.get(command.getClass().getName());
        if (e == null) {
            return CommandSpec.forAnnotatedObject(command);
        }
        try {
            return readCommand(new DataInputStream(new ByteArrayInputStream(e.description())), command, full);
        } catch (IOException | ReflectiveOperationException ex) {
            throw new IllegalStateException("the command model in the jar does not fit its classes: " + ex, ex);
        }
    }

    /** Writes the models of the given commands (each built from its annotations alone). */
    static void write(List<CommandSpec> commands, DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(commands.size());
        for (CommandSpec c : commands) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writeCommand(c, new DataOutputStream(bytes));
            out.writeUTF(c.userObject().getClass().getName());
            out.writeUTF(c.name());
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }
    }

    private static Map<String, Entry> readResource() {
        try (InputStream in = CommandModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
            if (data.readInt() != FORMAT) {
                return null;
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int i = data.readInt(); i > 0; i--) {
                String type = data.readUTF();
                String name = data.readUTF();
                entries.put(type, new Entry(name, data.readNBytes(data.readInt())));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A command (or a mixin): its own attributes, its @Spec and @ParentCommand fields, then its
    // options, positional parameters and mixins in the order picocli added them (help lists them so).

    private static void writeCommand(CommandSpec c, DataOutputStream out) throws IOException {
        // As written, not as this machine expands them: ${XDG_STATE_HOME:-...} is expanded where amity runs.
        c.interpolateVariables(false);
        out.writeUTF(c.name());
        strings(out, c.aliases());
        out.writeBoolean(c.helpCommand());
        out.writeUTF(c.versionProvider() == null ? "" : c.versionProvider().getClass().getName());
        strings(out, c.version());
        writeUsage(c.usageMessage(), out);
        // @Spec fields get the spec; @Spec methods are called with it (reconcile's writes its checks in).
        // picocli called them already as it read the annotations, so what they wrote is in the usage
        // above and they are called again on the rebuilt spec: such a method must be idempotent.
        strings(out, c.specElements().stream().filter(e -> e.userObject() instanceof Field)
                .map(IAnnotatedElement::getName).toArray(String[]::new));
        strings(out, c.specElements().stream().filter(e -> e.userObject() instanceof Method)
                .map(e -> ((Method) e.userObject()).getName()).toArray(String[]::new));
        strings(out, c.parentCommandElements().stream().map(IAnnotatedElement::getName).toArray(String[]::new));
        Set<String> mixinsWritten = new LinkedHashSet<>();
        List<Object> parts = new ArrayList<>();
        for (ArgSpec arg : c.args()) {
            String mixin = mixinOf(c, arg);
            if (mixin == null) {
                parts.add(arg);
            } else if (mixinsWritten.add(mixin)) {
                parts.add(mixin);
            }
        }
        c.mixins().keySet().stream().filter(mixinsWritten::add).forEach(parts::add);
        out.writeInt(parts.size());
        for (Object part : parts) {
            if (part instanceof ArgSpec arg) {
                out.writeBoolean(false);
                writeArg(arg, out);
            } else {
                String name = (String) part;
                IAnnotatedElement element = c.mixinAnnotatedElements().get(name);
                out.writeBoolean(true);
                out.writeUTF(name);
                out.writeUTF(element == null ? "" : element.getName());
                out.writeUTF(c.mixins().get(name).userObject().getClass().getName());
                writeCommand(c.mixins().get(name), out);
            }
        }
    }

    private static CommandSpec readCommand(DataInputStream in, Object command, boolean full)
            throws IOException, ReflectiveOperationException {
        CommandSpec c = CommandSpec.wrapWithoutInspection(command);
        c.name(in.readUTF());
        c.aliases(strings(in));
        c.helpCommand(in.readBoolean());
        String provider = in.readUTF();
        if (!provider.isEmpty()) {
            c.versionProvider((IVersionProvider) instance(provider));
        }
        String[] version = strings(in);
        if (version.length > 0) {
            c.version(version);
        }
        readUsage(c.usageMessage(), in);
        if (!full) {
            return c;
        }
        for (String spec : strings(in)) {
            Field f = field(command.getClass(), spec);
            f.set(command, c);
            c.addSpecElement(new FieldElement(command, f, CommandLine.Spec.class));
        }
        String[] specMethods = strings(in);
        for (String parent : strings(in)) {
            c.addParentCommandElement(new FieldElement(command, field(command.getClass(), parent),
                    CommandLine.ParentCommand.class));
        }
        for (int parts = in.readInt(); parts > 0; parts--) {
            if (!in.readBoolean()) {
                c.add(readArg(in, command));
                continue;
            }
            String name = in.readUTF();
            String fieldName = in.readUTF();
            String type = in.readUTF();
            Object mixin = null;
            Field f = fieldName.isEmpty() ? null : field(command.getClass(), fieldName);
            if (f != null) {
                mixin = f.get(command);
            }
            if (mixin == null) {
                mixin = instance(type);
            }
            if (f != null) {
                f.set(command, mixin);
            }
            c.addMixin(name, readCommand(in, mixin, true));
        }
        for (String method : specMethods) {
            Method m = command.getClass().getDeclaredMethod(method, CommandSpec.class);
            m.setAccessible(true);
            m.invoke(command, c);
        }
        return c;
    }

    /** The mixin an argument came from, or null for the command's own. */
    private static String mixinOf(CommandSpec c, ArgSpec arg) {
        for (Map.Entry<String, CommandSpec> m : c.mixins().entrySet()) {
            if (m.getValue().args().contains(arg)) {
                return m.getKey();
            }
        }
        return null;
    }

    private static void writeUsage(UsageMessageSpec u, DataOutputStream out) throws IOException {
        for (String s : new String[] {u.headerHeading(), u.synopsisHeading(), u.descriptionHeading(),
            u.parameterListHeading(), u.optionListHeading(), u.commandListHeading(), u.footerHeading(),
            u.exitCodeListHeading(), u.synopsisSubcommandLabel()}) {
            out.writeUTF(s);
        }
        for (String[] s : List.of(u.header(), u.customSynopsis(), u.description(), u.footer())) {
            strings(out, s);
        }
        out.writeInt(u.exitCodeList().size());
        for (Map.Entry<String, String> e : u.exitCodeList().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        for (boolean b : new boolean[] {u.sortOptions(), u.sortSynopsis(), u.abbreviateSynopsis(),
            u.showDefaultValues(), u.hidden(), u.autoWidth(), u.showAtFileInUsageHelp(),
            u.showEndOfOptionsDelimiterInUsageHelp()}) {
            out.writeBoolean(b);
        }
        out.writeInt(u.width());
        out.writeChar(u.requiredOptionMarker());
    }

    private static void readUsage(UsageMessageSpec u, DataInputStream in) throws IOException {
        u.headerHeading(in.readUTF()).synopsisHeading(in.readUTF()).descriptionHeading(in.readUTF())
                .parameterListHeading(in.readUTF()).optionListHeading(in.readUTF())
                .commandListHeading(in.readUTF()).footerHeading(in.readUTF()).exitCodeListHeading(in.readUTF())
                .synopsisSubcommandLabel(in.readUTF());
        u.header(strings(in)).customSynopsis(strings(in)).description(strings(in)).footer(strings(in));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            exitCodes.put(in.readUTF(), in.readUTF());
        }
        u.exitCodeList(exitCodes);
        u.sortOptions(in.readBoolean()).sortSynopsis(in.readBoolean()).abbreviateSynopsis(in.readBoolean())
                .showDefaultValues(in.readBoolean()).hidden(in.readBoolean()).autoWidth(in.readBoolean())
                .showAtFileInUsageHelp(in.readBoolean()).showEndOfOptionsDelimiterInUsageHelp(in.readBoolean());
        u.width(in.readInt());
        u.requiredOptionMarker(in.readChar());
    }

    // An option or positional parameter: what picocli's builders take, and the field it is bound to.

    private static void writeArg(ArgSpec a, DataOutputStream out) throws IOException {
        out.writeBoolean(a.isOption());
        if (a instanceof OptionSpec o) {
            strings(out, o.names());
            out.writeBoolean(o.negatable());
            out.writeUTF(o.fallbackValue());
            out.writeBoolean(o.usageHelp());
            out.writeBoolean(o.versionHelp());
            out.writeBoolean(o.help());
            out.writeInt(o.order());
        } else {
            range(out, ((PositionalParamSpec) a).index());
        }
        range(out, a.arity());
        out.writeUTF(a.paramLabel());
        out.writeBoolean(a.hideParamSyntax());
        strings(out, a.description());
        optional(out, a.descriptionKey());
        out.writeBoolean(a.required()); // with no default: what the annotation says
        out.writeUTF(a.type().getName());
        strings(out, java.util.Arrays.stream(a.auxiliaryTypes()).map(Class::getName).toArray(String[]::new));
        out.writeUTF(a.splitRegex());
        out.writeUTF(a.splitRegexSynopsisLabel());
        optional(out, a.defaultValue());
        out.writeUTF(a.showDefaultValue().name());
        out.writeBoolean(a.hidden());
        out.writeBoolean(a.interactive());
        out.writeBoolean(a.echo());
        out.writeUTF(a.prompt());
        optional(out, a.scopeType() == null ? null : a.scopeType().name());
        strings(out, java.util.Arrays.stream(a.converters()).map(c -> c.getClass().getName()).toArray(String[]::new));
        Field f = (Field) a.userObject();
        out.writeUTF(completionClass(f));
        optional(out, a.mapFallbackValue());
        out.writeUTF(f.getDeclaringClass().getName());
        out.writeUTF(f.getName());
    }

    private static ArgSpec readArg(DataInputStream in, Object owner) throws IOException, ReflectiveOperationException {
        if (in.readBoolean()) {
            OptionSpec.Builder o = OptionSpec.builder(strings(in));
            o.negatable(in.readBoolean()).fallbackValue(in.readUTF()).usageHelp(in.readBoolean())
                    .versionHelp(in.readBoolean()).help(in.readBoolean()).order(in.readInt());
            Common c = readCommon(in, owner, true);
            // picocli's builders share these setters through a class it does not make public, and
            // javac resolves its overloaded ones (getter, setter, userObject) only one per statement.
            o.arity(c.arity).paramLabel(c.label).hideParamSyntax(c.hideSyntax).description(c.description)
                    .required(c.required).type(c.type).auxiliaryTypes(c.aux).splitRegex(c.split)
                    .splitRegexSynopsisLabel(c.splitLabel).defaultValue(c.defaultValue).showDefaultValue(c.show)
                    .hidden(c.hidden).interactive(c.interactive).echo(c.echo).prompt(c.prompt).scopeType(c.scope)
                    .converters(c.converters).completionCandidates(c.candidates).mapFallbackValue(c.mapFallback);
            o.getter(c.binding);
            o.setter(c.binding);
            o.userObject(c.field);
            if (c.key != null) {
                o.descriptionKey(c.key);
            }
            // No reset to initial values before parsing: picocli would read every field for it (a
            // method-handle accessor each, about 5 ms of a short run), and each run parses once into
            // new command objects (Amity.build), whose fields hold their initial values already.
            o.hasInitialValue(false);
            return o.build();
        }
        PositionalParamSpec.Builder p = PositionalParamSpec.builder().index(range(in));
        Common c = readCommon(in, owner, false);
        p.arity(c.arity).paramLabel(c.label).hideParamSyntax(c.hideSyntax).description(c.description)
                .required(c.required).type(c.type).auxiliaryTypes(c.aux).splitRegex(c.split)
                .splitRegexSynopsisLabel(c.splitLabel).defaultValue(c.defaultValue).showDefaultValue(c.show)
                .hidden(c.hidden).interactive(c.interactive).echo(c.echo).prompt(c.prompt).scopeType(c.scope)
                .converters(c.converters).completionCandidates(c.candidates).mapFallbackValue(c.mapFallback);
        p.getter(c.binding);
        p.setter(c.binding);
        p.userObject(c.field);
        if (c.key != null) {
            p.descriptionKey(c.key);
        }
        p.hasInitialValue(false); // as for options, above
        return p.build();
    }

    /** What options and positional parameters have alike, as {@link #writeArg} wrote it. */
    private record Common(Range arity, String label, boolean hideSyntax, String[] description, String key,
            boolean required, Class<?> type, Class<?>[] aux, String split, String splitLabel, String defaultValue,
            Help.Visibility show, boolean hidden, boolean interactive, boolean echo, String prompt, ScopeType scope,
            ITypeConverter<?>[] converters, Iterable<String> candidates, String mapFallback, Field field,
            FieldElement binding) {
    }

    @SuppressWarnings("unchecked")
    private static Common readCommon(DataInputStream in, Object owner, boolean option) throws IOException, ReflectiveOperationException {
        Range arity = range(in);
        String label = in.readUTF();
        boolean hideSyntax = in.readBoolean();
        String[] description = strings(in);
        String key = optional(in);
        boolean required = in.readBoolean();
        Class<?> type = type(in.readUTF());
        String[] auxNames = strings(in);
        Class<?>[] aux = new Class<?>[auxNames.length];
        for (int i = 0; i < aux.length; i++) {
            aux[i] = type(auxNames[i]);
        }
        String split = in.readUTF();
        String splitLabel = in.readUTF();
        String defaultValue = optional(in);
        Help.Visibility show = Help.Visibility.valueOf(in.readUTF());
        boolean hidden = in.readBoolean();
        boolean interactive = in.readBoolean();
        boolean echo = in.readBoolean();
        String prompt = in.readUTF();
        String scope = optional(in);
        String[] converterNames = strings(in);
        ITypeConverter<?>[] converters = new ITypeConverter<?>[converterNames.length];
        for (int i = 0; i < converters.length; i++) {
            converters[i] = (ITypeConverter<?>) instance(converterNames[i]);
        }
        String candidates = in.readUTF();
        String mapFallback = optional(in);
        Field field = field(Class.forName(in.readUTF(), false, CommandModel.class.getClassLoader()), in.readUTF());
        return new Common(arity, label, hideSyntax, description, key, required, type, aux, split, splitLabel,
                defaultValue, show, hidden, interactive, echo, prompt, scope == null ? null : ScopeType.valueOf(scope),
                converters, candidates.isEmpty() ? null : (Iterable<String>) instance(candidates), mapFallback, field,
                new FieldElement(owner, field, option ? CommandLine.Option.class : CommandLine.Parameters.class));
    }

    /** The class an option's annotation names for its completion candidates, or "" (none, or its enum's). */
    private static String completionClass(Field f) {
        Class<? extends Iterable<String>> c;
        CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
        if (o != null) {
            c = o.completionCandidates();
        } else {
            c = f.getAnnotation(CommandLine.Parameters.class).completionCandidates();
        }
        return c.getName().equals("picocli.CommandLine$NoCompletionCandidates") ? "" : c.getName();
    }

    private static void range(DataOutputStream out, Range r) throws IOException {
        out.writeInt(r.min());
        out.writeInt(r.max());
        out.writeBoolean(r.isVariable());
        out.writeBoolean(r.isUnspecified());
        optional(out, r.originalValue());
    }

    private static Range range(DataInputStream in) throws IOException {
        return new Range(in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean(), optional(in));
    }

    private static void strings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "double", double.class, "char", char.class, "byte", byte.class, "short", short.class,
            "float", float.class);

    private static Class<?> type(String name) throws ClassNotFoundException {
        Class<?> p = PRIMITIVES.get(name);
        return p != null ? p : Class.forName(name, false, CommandModel.class.getClassLoader());
    }

    private static Object instance(String type) throws ReflectiveOperationException {
        Constructor<?> c = Class.forName(type, true, CommandModel.class.getClassLoader()).getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }

    /** A field by name, declared by the class or one of its superclasses (as picocli reads them). */
    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
