package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The model a run rebuilds from the build's description (CommandModel) is the one picocli reads from
 * the annotations: every attribute of every command, option and positional parameter, and the help
 * each command prints. A change to an annotation that the description does not carry fails here.
 */
class CommandModelTest {
    private static final Env ENV = new Env(Map.of(), java.io.InputStream.nullInputStream(), false);

    @Test
    void theJarCarriesTheModelOfEveryCommand() {
        assertThat(CommandModel.class.getResource(CommandModel.RESOURCE)).isNotNull();
        for (Class<?> c : Amity.COMMANDS) {
            assertThat(CommandModel.name(c)).isEqualTo(CommandSpec.forAnnotatedObject(instance(c)).name());
        }
    }

    @Test
    void everyCommandIsRebuiltWithEveryAttributeTheAnnotationsGive() {
        assertThat(describe(CommandModel.spec(new Amity(ENV))).lines()).containsExactlyElementsOf(describe(
                CommandSpec.forAnnotatedObject(new Amity(ENV))).lines().toList());
        for (Class<?> c : Amity.COMMANDS) {
            String rebuilt = describe(CommandModel.spec(instance(c)));
            assertThat(rebuilt.lines()).as(c.getName())
                    .containsExactlyElementsOf(describe(CommandSpec.forAnnotatedObject(instance(c))).lines().toList());
        }
    }

    @Test
    void everyCommandPrintsTheSameHelpAsFromItsAnnotations() {
        CommandLine fromAnnotations = new CommandLine(new Amity(ENV));
        CommandLine rebuilt = new CommandLine(CommandModel.spec(new Amity(ENV)));
        for (Class<?> c : Amity.COMMANDS) {
            fromAnnotations.addSubcommand(c);
            rebuilt.addSubcommand(new CommandLine(CommandModel.spec(instance(c))));
        }
        assertThat(help(rebuilt)).isEqualTo(help(fromAnnotations));
        for (String name : fromAnnotations.getSubcommands().keySet()) {
            assertThat(help(rebuilt.getSubcommands().get(name))).as(name)
                    .isEqualTo(help(fromAnnotations.getSubcommands().get(name)));
            // Inherited from the root when added (--debug): the same on both.
            assertThat(describe(rebuilt.getSubcommands().get(name).getCommandSpec()).lines()).as(name)
                    .containsExactlyElementsOf(describe(fromAnnotations.getSubcommands().get(name).getCommandSpec())
                            .lines().toList());
        }
    }

    /** A run builds only the models its arguments need; what it prints is what the full model prints. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--help", "-h", "help", "help list", "help reconcile",
        "help nonsense", "lst", "", "--version", "list --help", "reconcile -h", "--debug --help"})
    void aRunPrintsWhatTheFullModelPrints(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        java.io.StringWriter partOut = new java.io.StringWriter();
        java.io.StringWriter partErr = new java.io.StringWriter();
        int partStatus = Amity.commandLineFor(args, ENV, new java.io.PrintWriter(partOut),
                new java.io.PrintWriter(partErr)).execute(args);
        java.io.StringWriter fullOut = new java.io.StringWriter();
        java.io.StringWriter fullErr = new java.io.StringWriter();
        int fullStatus = Amity.commandLine(ENV, new java.io.PrintWriter(fullOut), new java.io.PrintWriter(fullErr))
                .execute(args);
        assertThat(partOut.toString()).isEqualTo(fullOut.toString());
        assertThat(partErr.toString()).isEqualTo(fullErr.toString());
        assertThat(partStatus).isEqualTo(fullStatus);
        assertThat(partOut.toString() + partErr.toString()).isNotEmpty();
    }

    @Test
    void optionsWriteTheFieldsOfTheirCommandAndMixins() {
        ListCommand list = new ListCommand();
        Amity amity = new Amity(ENV);
        CommandLine cl = new CommandLine(CommandModel.spec(amity));
        cl.addSubcommand(new CommandLine(CommandModel.spec(list)));
        cl.parseArgs("list", "agreements", "--of", "beijing", "--data", "x", "--debug");
        assertThat(list.data.paths).containsExactly("x");
        assertThat(list.amity).isSameAs(amity);
        assertThat(list.spec).isSameAs(cl.getSubcommands().get("list").getCommandSpec());
        assertThat(amity.debug).isTrue();
        assertThat(cl.getSubcommands().get("list").getCommandSpec().findOption("--of").getValue()
                .toString()).isEqualTo("beijing");
    }

    private static String help(CommandLine cl) {
        cl.getCommandSpec().usageMessage().autoWidth(false).width(80);
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static Object instance(Class<?> c) {
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Everything picocli's model says of a command, one line per attribute. */
    static String describe(CommandSpec c) {
        List<String> lines = new ArrayList<>();
        lines.add("command " + c.name() + " aliases=" + Arrays.toString(c.aliases()) + " help=" + c.helpCommand()
                + " version=" + Arrays.toString(c.version()) + " provider="
                + (c.versionProvider() == null ? null : c.versionProvider().getClass().getName())
                + " user=" + c.userObject().getClass().getName());
        UsageMessageSpec u = c.usageMessage();
        lines.add("usage headings=" + List.of(u.headerHeading(), u.synopsisHeading(), u.descriptionHeading(),
                u.parameterListHeading(), u.optionListHeading(), u.commandListHeading(), u.footerHeading(),
                u.exitCodeListHeading(), u.synopsisSubcommandLabel()));
        lines.add("usage header=" + Arrays.toString(u.header()) + " synopsis=" + Arrays.toString(u.customSynopsis())
                + " description=" + Arrays.toString(u.description()) + " footer=" + Arrays.toString(u.footer())
                + " exitCodes=" + u.exitCodeList());
        lines.add("usage sort=" + u.sortOptions() + "/" + u.sortSynopsis() + " abbreviate=" + u.abbreviateSynopsis()
                + " defaults=" + u.showDefaultValues() + " hidden=" + u.hidden() + " auto=" + u.autoWidth()
                + " width=" + u.width() + " marker=" + u.requiredOptionMarker() + " atFile="
                + u.showAtFileInUsageHelp() + " endOfOptions=" + u.showEndOfOptionsDelimiterInUsageHelp());
        lines.add("mixins=" + c.mixins().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().userObject().getClass().getName()).toList()
                + " mixinStandardHelpOptions=" + c.mixinStandardHelpOptions());
        lines.add("spec=" + c.specElements().stream().filter(e -> e.userObject() instanceof java.lang.reflect.Field)
                .map(IAnnotatedElement::getName).toList()
                + " parent=" + c.parentCommandElements().stream().map(IAnnotatedElement::getName).toList());
        lines.add("subcommands=" + c.subcommands().keySet());
        for (ArgSpec a : c.args()) {
            lines.add(describe(a));
        }
        return String.join("\n", lines);
    }

    private static String describe(ArgSpec a) {
        StringBuilder s = new StringBuilder();
        if (a instanceof OptionSpec o) {
            s.append("option ").append(Arrays.toString(o.names())).append(" negatable=").append(o.negatable())
                    .append(" fallback=").append(o.fallbackValue()).append(" usageHelp=").append(o.usageHelp())
                    .append(" versionHelp=").append(o.versionHelp()).append(" help=").append(o.help())
                    .append(" order=").append(o.order());
        } else {
            s.append("positional ").append(range(((PositionalParamSpec) a).index()));
        }
        s.append(" arity=").append(range(a.arity())).append(" label=").append(a.paramLabel())
                .append(" hideSyntax=").append(a.hideParamSyntax())
                .append(" description=").append(Arrays.toString(a.description()))
                .append(" key=").append(a.descriptionKey()).append(" required=").append(a.required())
                .append(" type=").append(a.type().getName())
                .append(" aux=").append(Arrays.stream(a.auxiliaryTypes()).map(Class::getName).toList())
                .append(" split=").append(a.splitRegex()).append("/").append(a.splitRegexSynopsisLabel())
                .append(" default=").append(a.defaultValue()).append(" show=").append(a.showDefaultValue())
                .append(" hidden=").append(a.hidden()).append(" interactive=").append(a.interactive())
                .append(" echo=").append(a.echo()).append(" prompt=").append(a.prompt())
                .append(" scope=").append(a.scopeType()).append(" inherited=").append(a.inherited())
                .append(" converters=").append(Arrays.stream(a.converters()).map(x -> x.getClass().getName()).toList())
                .append(" candidates=").append(a.completionCandidates() == null ? null
                        : StreamSupport.stream(a.completionCandidates().spliterator(), false).toList())
                .append(" mapFallback=").append(a.mapFallbackValue())
                // Not initialValue: the rebuilt model leaves it out on purpose (CommandModel.readArg).
                .append(" field=").append(a.userObject())
                .append(" multi=").append(a.typeInfo().isMultiValue()).append(" boolean=")
                .append(a.typeInfo().isBoolean()).append(" enum=").append(a.typeInfo().isEnum())
                .append(" typeInfo=").append(a.typeInfo().getClassName()).append(a.typeInfo().getAuxiliaryTypeInfos()
                        .stream().map(t -> t.getClassName()).collect(Collectors.joining(",", "<", ">")));
        return s.toString();
    }

    private static String range(CommandLine.Range r) {
        return r.min() + ".." + r.max() + (r.isVariable() ? " variable" : "") + (r.isUnspecified() ? " unspecified" : "")
                + " '" + r.originalValue() + "'";
    }
}
