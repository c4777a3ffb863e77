package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sitrep} command. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Turns news articles into a situation picture: actors, quotes, events and relations.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, ActorsCommand.class, EventsCommand.class, QuotesCommand.class,
        TimelineCommand.class, SearchCommand.class, GraphCommand.class, ExportCommand.class, BenchCommand.class, BenchStoreCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(Engine.withCoreNlp(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command with the given engine and streams and returns its exit status; used by tests in-process. */
  static int run(Engine engine, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main(), new EngineFactory(engine));
    cli.setOut(out);
    cli.setErr(err);
    // --format table and --type assault read as well as TABLE and ASSAULT.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("sitrep: " + e.getMessage());
      return 2;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** Gives every command the same engine, so CoreNLP is loaded at most once per process. */
  private record EngineFactory(Engine engine) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Engine.class).newInstance(engine);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
