package amity.cli;

import amity.text.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: global options and the list of subcommands. */
@Command(name = "amity", mixinStandardHelpOptions = true, versionProvider = Amity.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Query, aggregate and reconcile records of city-twinning agreements, the programs run "
                + "under them, and the figures sources report about them."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success; reconcile found no unacknowledged conflict",
            "1:reconcile found conflicts (see --fail-on); a query with --fail-if-empty matched nothing",
            "2:usage error: an unknown option, a bad expression",
            "65:the data has errors (see amity check)",
            "66:a data path does not exist or cannot be read",
            "69:no Java 17 or newer to run amity (bin/amity; see AMITY_JAVA)",
            "70:an internal error (a bug; --debug shows the stack trace), or out of memory",
            "74:the output could not be written (a read-only folder, a full disk)",
            "130:interrupted (Ctrl-C)"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity reconcile", "  amity check --data my-records/",
            "  amity list agreements --of beijing --sort signed"})
public final class Amity implements Runnable {
    final Env env;

    @Option(names = "--debug", description = "On an internal error, print the Java stack trace.", scope =
            CommandLine.ScopeType.INHERIT)
    boolean debug;

    public Amity(Env env) {
        this.env = env;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Data already loaded in an interactive session, by data paths; null outside `amity shell`. */
    java.util.Map<java.util.List<String>, Loader.Loaded> session;

    /** The data paths `amity shell --data` was started with: every line's default; empty otherwise. */
    java.util.List<String> sessionPaths = java.util.List.of();

    /** The paths a command reads: its own --data, else the session's, else AMITY_DATA, else the shipped data. */
    java.util.List<String> paths(DataOptions data) {
        return data.paths.isEmpty() && !sessionPaths.isEmpty() ? sessionPaths : data.resolve(env);
    }

    /** Loads (and checks) the data a command names, once per session in `amity shell`. */
    Loader.Loaded load(DataOptions data, PrintWriter err) {
        java.util.List<String> paths = paths(data);
        if (session == null || paths.contains("-")) {
            return Loader.load(paths, env, err);
        }
        Loader.Loaded cached = session.get(paths);
        if (cached == null) {
            cached = Loader.load(paths, env, err);
            session.put(paths, cached);
        }
        return cached;
    }

    @Override
    public void run() {
        // The handler adds the one "Try 'amity --help'" line; this names the commands.
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ReconcileCommand.class, ListCommand.class, FilterCommand.class,
            ShowCommand.class, AggregateCommand.class, FieldsCommand.class, CheckCommand.class, ImportCommand.class,
            ShellCommand.class,
            CommandLine.HelpCommand.class);

    /** Builds the command line with amity's handlers for usage errors, failures and bugs. */
    public static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
        return commandLine(new Amity(env), out, err);
    }

    /**
     * The command line for one run, with no more model than the arguments need, since building the
     * models is much of a short run's start-up: the command they name alone; for `help CMD`, CMD and
     * help; for anything else (root help, no command, a mistyped one) every command by its name and
     * description only, which is all the root's help and the suggestions use; for --version, none.
     */
    static CommandLine commandLineFor(String[] args, Env env, PrintWriter out, PrintWriter err) {
        List<String> words = words(args);
        Class<?> named = words.isEmpty() ? null : command(words.get(0));
        if (named != null && named != CommandLine.HelpCommand.class) {
            return build(new Amity(env), out, err, List.of(named), c -> true);
        }
        boolean versionOnly = words.isEmpty() && (List.of(args).contains("--version") || List.of(args).contains("-V"))
                && !List.of(args).contains("--help") && !List.of(args).contains("-h");
        if (versionOnly) {
            return build(new Amity(env), out, err, List.of(), c -> true);
        }
        Class<?> helped = named != null && words.size() > 1 ? command(words.get(1)) : null;
        return build(new Amity(env), out, err, COMMANDS, c -> c == named || c == helped);
    }

    /**
     * The words of a command line that are not options, the command's name first: none for
     * --version or --help alone, which read no data (Main, Train and bin/amity's small archive).
     */
    static List<String> words(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
    }

    /** The command class of that name, or null. */
    private static Class<?> command(String name) {
        return COMMANDS.stream().filter(c -> CommandModel.name(c).equals(name)).findFirst().orElse(null);
    }

    /** The command line around a given root command, e.g. one that keeps a session's data. */
    static CommandLine commandLine(Amity amity, PrintWriter out, PrintWriter err) {
        return build(amity, out, err, COMMANDS, c -> true);
    }

    /** The root with the given subcommands: in full where {@code full} says so, else by name and description. */
    private static CommandLine build(Amity amity, PrintWriter out, PrintWriter err, List<Class<?>> commands,
            java.util.function.Predicate<Class<?>> full) {
        CommandLine cl = new CommandLine(CommandModel.spec(amity));
        Version version = new Version();
        for (Class<?> c : commands) {
            Object command = instance(c);
            cl.addSubcommand(new CommandLine(full.test(c) ? CommandModel.spec(command) : CommandModel.summary(command)));
        }
        // `amity list --version` prints what `amity --version` does.
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Synopsis.install(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            if (ex.getCause() instanceof NamedValues.NotNamed named && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
                c.getErr().println("amity: " + o.longestName() + ": " + Visible.lines(named.getMessage()));
                c.getErr().flush();
                return ExitCode.USAGE;
            }
            // picocli's messages quote what was typed: escaped like every message quoting data.
            c.getErr().println("amity: " + Visible.lines(ex.getMessage()) + suggestion(ex));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
            c.getErr().flush();
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof Failure f) {
                if (f.getMessage() != null && !f.getMessage().isEmpty()) {
                    c.getErr().println(Visible.lines(f.getMessage()));
                }
                c.getErr().flush();
                return f.exitCode();
            }
            c.getErr().println("amity: internal error: " + ex + (amity.debug ? "" : "; run with --debug for the "
                    + "stack trace, and please report it."));
            if (amity.debug) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                c.getErr().print(trace);
            }
            c.getErr().flush();
            return ExitCode.SOFTWARE;
        });
        return cl;
    }

    private static Object instance(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the command " + command.getName(), e);
        }
    }

    /** "; did you mean 'list'?" for a misspelt command or option (the nearest name, else picocli's), or "". */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return "";
        }
        String word = u.getUnmatched().get(0);
        CommandLine c = ex.getCommandLine();
        java.util.Collection<String> names = word.startsWith("-") ? c.getCommandSpec().optionsMap().keySet()
                : c.getSubcommands().keySet();
        return amity.text.Nearest.to(word.split("=", 2)[0], names).or(() -> u.getSuggestions().stream().findFirst())
                .map(n -> "; did you mean '" + Visible.of(n) + "'?").orElse("");
    }

    /** The version from the build, so --version prints exactly one line. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Amity.class.getResourceAsStream("/amity/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"amity " + p.getProperty("version", "unknown")};
        }
    }
}
