/**
 * The picocli commands: each parses its options, loads the data, calls a report and hands its
 * table to a renderer; nothing here decides what the data means.
 *
 * <p>{@code Main} is the program entry (UTF-8 streams, exit status); {@code Amity} is the root
 * command and lists the subcommands; {@code Env} is what a run sees of its surroundings (variables,
 * stdin, terminal, the snapshot folder), passed in so tests can set it. Every command that reads data
 * extends {@code DataCommand} (the {@code --data} option, {@code DataOptions}) and loads through
 * {@code Loader}, which calls {@link amity.read.DataReader#load} with the checks and the snapshot
 * folder; a problem ends the run with exit 65. The annotations describe the commands, but a run
 * does not read them: {@code GenerateModel} writes picocli's model into the jar at build time and
 * {@code CommandModel} rebuilds it (reading annotations makes proxy classes no start-up archive keeps).
 *
 * <p>Build tooling is in this package but another source root, {@code src/build/java}, compiled after
 * this one into {@code target/build-classes} and never shipped: {@code GenerateModel}, {@code GenerateDocs}
 * (the bash, zsh and fish scripts from {@code Completion}'s model, and the man pages through
 * picocli-codegen with {@code ManPageSections}). {@code Train} stays in the jar: bin/amity runs it on
 * the user's JDK to record the start-up archive, which must be made with the very jar it serves.
 *
 * <p>To add a command: a class extending {@code DataCommand} with a {@code @Command} (name,
 * description, a footer of two or three real examples), one entry in {@code Amity.COMMANDS}, a
 * golden case under {@code src/test/cases/VERB/}, and the regenerated {@code completions/} and
 * {@code man/} ({@code mvn -B test -Dtest=GeneratedFilesTest -Damity.update=true}).
 */
package amity.cli;
