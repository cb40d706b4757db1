package amity.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `amity shell`: an interactive session on JLine. The data is read once and kept; Tab completes
 * commands, options, record types, field names, ids and formats; history survives restarts. Fed by a
 * pipe or a file it runs the lines in turn, without prompts, and exits with the last failing status.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"An interactive session: the data is read once, so repeated queries answer at once. Tab "
                + "completes commands, options, record types, field names, place and figure ids and formats.",
            "",
            "Inside: any amity command without the word amity; 'help' lists them; 'reload' reads the data again "
                    + "after the files change; Ctrl-C cancels the line or the running query; Ctrl-D or 'exit' "
                    + "leaves. History is kept in ${XDG_STATE_HOME:-~/.local/state}/amity/history.",
            "",
            "Commands can also come from a pipe or a file (standard input), one a line; the shell then exits "
                    + "with the status of the last line that failed, or 0. So --data - is refused here: standard "
                    + "input is the command stream."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every command succeeded", "2:usage error (e.g. --data -)",
            "*:otherwise the status of the last command that failed"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity shell", "  amity shell --data my-records/",
            "  printf 'check\\nreconcile --status conflicts\\n' | amity shell"})
final class ShellCommand extends DataCommand {

    /** One of the shell's own commands, besides amity's, with what `help` says of it. */
    record Own(String name, String description) {
    }

    /** The shell's own commands, in the order `help` lists them. */
    static final List<Own> OWN = List.of(
            new Own("reload", "Read the data again on the next query, after the files change."),
            new Own("exit", "Leave the shell (also 'quit' or Ctrl-D)."));

    /** What a line asks of the loop: go on, with the line's exit status, or leave. */
    private record Outcome(int status, boolean leave) {
    }

    private final Map<List<String>, Loader.Loaded> session = new ConcurrentHashMap<>();

    @Override
    public Integer call() throws IOException {
        if (data.paths.contains("-")) {
            throw new Failure(ExitCode.USAGE, "amity: shell reads its commands from standard input, so --data - "
                    + "cannot read records from it; give a file or folder.");
        }
        return amity.env.terminal() ? interactive() : script();
    }

    /** Lines from a pipe or a file: each run in turn, its output straight through. */
    private int script() throws IOException {
        Parser parser = new DefaultParser();
        PrintWriter out = out();
        int status = ExitCode.OK;
        BufferedReader in = new BufferedReader(new InputStreamReader(amity.env.stdin(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Outcome o = line(words(parser, line), out, err(), amity.env);
            status = o.status() != ExitCode.OK ? o.status() : status;
            if (o.leave()) {
                break;
            }
        }
        out.flush();
        return status;
    }

    private int interactive() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            PrintWriter out = terminal.writer();
            Amity completing = root(amity.env);
            // ShellCompleter adds the shell's own commands itself.
            CommandLine model = Amity.commandLine(completing, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            ShellCompleter completer = new ShellCompleter(model, () -> completing.load(new DataOptions(),
                    new PrintWriter(new StringWriter())).data());
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("amity")
                    .completer(completer).parser(new DefaultParser())
                    .variable(LineReader.HISTORY_FILE, historyFile()).build();
            out.println("amity shell: 'help' lists commands, Tab completes, Ctrl-D leaves.");
            // A cancelled query may run on to its end in its thread; a new line never waits for it.
            ExecutorService workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "amity-query");
                t.setDaemon(true);
                return t;
            });
            int status = ExitCode.OK;
            while (true) {
                String line;
                try {
                    line = reader.readLine("amity> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                Outcome o = inWorker(words(reader.getParser(), line), terminal, workers);
                status = o.status() != ExitCode.OK ? o.status() : status;
                if (o.leave()) {
                    break;
                }
            }
            workers.shutdownNow();
            reader.getHistory().save();
            return status;
        }
    }

    private static List<String> words(Parser parser, String line) {
        return parser.parse(line, line.length()).words().stream().filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Runs one line in a worker with its own command line and buffer, shown when it ends: Ctrl-C drops
     * the buffer whole, and a query that runs on after it writes only there.
     */
    private Outcome inWorker(List<String> words, Terminal terminal, ExecutorService workers) {
        StringWriter buffer = new StringWriter();
        PrintWriter pw = new PrintWriter(buffer);
        Env env = terminalEnv(terminal);
        Future<Outcome> f = workers.submit(() -> line(words, pw, pw, env));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> f.cancel(true));
        try {
            Outcome o = f.get();
            pw.flush();
            terminal.writer().print(buffer);
            return o;
        } catch (CancellationException e) {
            terminal.writer().println("amity: cancelled.");
            return new Outcome(ExitCode.INTERRUPTED, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(ExitCode.INTERRUPTED, true);
        } catch (ExecutionException e) {
            terminal.writer().println("amity: internal error: " + e.getCause());
            return new Outcome(ExitCode.SOFTWARE, false);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.writer().flush();
        }
    }

    /** The session's surroundings with the terminal's width now (it may have been resized) as COLUMNS. */
    private Env terminalEnv(Terminal terminal) {
        Map<String, String> vars = new HashMap<>(amity.env.vars());
        if (terminal.getWidth() > 0) {
            vars.put("COLUMNS", String.valueOf(terminal.getWidth()));
        }
        return new Env(vars, amity.env.stdin(), !Terminal.TYPE_DUMB.equals(terminal.getType()));
    }

    /** One line: the shell's own commands, else an amity command, run to {@code out} and {@code err}. */
    private Outcome line(List<String> words, PrintWriter out, PrintWriter err, Env env) {
        if (words.isEmpty()) {
            return new Outcome(ExitCode.OK, false);
        }
        String first = words.get(0);
        if (first.equals("exit") || first.equals("quit")) {
            return new Outcome(ExitCode.OK, true);
        }
        if (first.equals("reload")) {
            session.clear();
            out.println("amity: the data will be read again on the next query.");
            return new Outcome(ExitCode.OK, false);
        }
        if (first.equals("shell")) {
            err.println("amity: already in the shell.");
            err.flush();
            return new Outcome(ExitCode.USAGE, false);
        }
        int status = commandLine(env, out, err).execute(words.toArray(String[]::new));
        out.flush();
        err.flush();
        return new Outcome(status, false);
    }

    /** A root command sharing this session's data. */
    private Amity root(Env env) {
        Amity inner = new Amity(env);
        inner.session = session;
        inner.sessionPaths = data.resolve(amity.env);
        return inner;
    }

    /** amity's commands plus the shell's own, so `help` lists them all and `help reload` answers. */
    private CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
        CommandLine cl = Amity.commandLine(root(env), out, err);
        for (Own o : OWN) {
            CommandSpec own = CommandSpec.create().name(o.name());
            own.usageMessage().description(o.description());
            cl.addSubcommand(o.name(), new CommandLine(own));
            // --debug is inherited by every subcommand; these two have nothing to debug.
            own.options().stream().filter(opt -> opt.inherited()).toList().forEach(own::remove);
        }
        return cl;
    }

    private Path historyFile() throws IOException {
        String state = amity.env.get("XDG_STATE_HOME");
        Path dir = (state.isEmpty() ? Path.of(System.getProperty("user.home"), ".local", "state") : Path.of(state))
                .resolve("amity");
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
