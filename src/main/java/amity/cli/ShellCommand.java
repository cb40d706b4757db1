package amity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * `amity shell`: an interactive session on JLine. The data is read once and kept; Tab completes
 * commands, options, record types, field names, ids and formats; history survives restarts.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"An interactive session: the data is read once, so repeated queries answer at once. Tab "
                + "completes commands, options, record types, field names, place and figure ids and formats.",
            "",
            "Inside: any amity command without the word amity; 'help' lists them; 'reload' reads the data again "
                    + "after the files change; Ctrl-C cancels the line or the running query; Ctrl-D or 'exit' "
                    + "leaves. History is kept in ${XDG_STATE_HOME:-~/.local/state}/amity/history."},
        footerHeading = "%nExamples:%n",
        footer = {"  amity shell", "  amity shell --data my-records/"})
final class ShellCommand extends DataCommand {

    @Override
    public Integer call() throws IOException {
        // Fed by a pipe or a file there is no system terminal: JLine falls back to a dumb one, and
        // saying it may (dumb(true)) keeps it from warning about that on stderr.
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            PrintWriter out = terminal.writer();
            Amity inner = new Amity(amity.env);
            inner.session = new HashMap<>();
            inner.sessionPaths = data.resolve(amity.env);
            CommandLine cl = Amity.commandLine(inner, out, out);
            ShellCompleter completer = new ShellCompleter(cl, () -> inner.load(new DataOptions(),
                    new PrintWriter(new StringWriter())).data());
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("amity")
                    .completer(completer).parser(new DefaultParser())
                    .variable(LineReader.HISTORY_FILE, historyFile()).build();
            out.println("amity shell: 'help' lists commands, Tab completes, Ctrl-D leaves.");
            ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "amity-query");
                t.setDaemon(true);
                return t;
            });
            while (true) {
                String line;
                try {
                    line = reader.readLine("amity> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                java.util.List<String> words = reader.getParser().parse(line, line.length()).words().stream()
                        .filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty()) {
                    continue;
                }
                if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
                    break;
                }
                if (words.get(0).equals("reload")) {
                    inner.session.clear();
                    out.println("amity: the data will be read again on the next query.");
                    continue;
                }
                run(cl, words, terminal, worker);
            }
            worker.shutdownNow();
            reader.getHistory().save();
        }
        return ExitCode.OK;
    }

    /** Runs one line in a worker, its output held back until it ends, so Ctrl-C can drop it whole. */
    private static void run(CommandLine cl, java.util.List<String> args, Terminal terminal, ExecutorService worker) {
        if (args.get(0).equals("shell")) {
            terminal.writer().println("amity: already in the shell.");
            return;
        }
        StringWriter buffer = new StringWriter();
        PrintWriter pw = new PrintWriter(buffer);
        cl.setOut(pw);
        cl.setErr(pw);
        Future<Integer> f = worker.submit(() -> cl.execute(args.toArray(String[]::new)));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> f.cancel(true));
        try {
            f.get();
            pw.flush();
            terminal.writer().print(buffer);
        } catch (java.util.concurrent.CancellationException e) {
            terminal.writer().println("amity: cancelled.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            terminal.writer().println("amity: internal error: " + e.getCause());
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.writer().flush();
        }
    }

    private Path historyFile() throws IOException {
        String state = amity.env.get("XDG_STATE_HOME");
        Path dir = (state.isEmpty() ? Path.of(System.getProperty("user.home"), ".local", "state") : Path.of(state))
                .resolve("amity");
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
