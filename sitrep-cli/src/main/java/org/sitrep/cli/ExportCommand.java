package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.query.ExportFormat;
import org.sitrep.store.query.ExportedFile;
import org.sitrep.store.query.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep export}: the store as Parquet or CSV files for pandas, R or a spreadsheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes events (POLECAT-like columns), actors, articles, quotes, relations and incidents into DIR,",
        "one file per table, and prints each file with its row count. Columns: docs/export.md."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(index = "0", paramLabel = "DIR", description = "the directory to write into (created if missing)")
  Path dir = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "parquet or csv (default: parquet)")
  ExportFormat format = ExportFormat.PARQUET;

  @Override
  public Integer call() throws Exception {
    List<ExportedFile> files;
    try (Connection c = store.open()) {
      files = Exporter.export(c, dir, format);
    }
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    for (ExportedFile f : files) out.println(f.file() + "\t" + f.rows() + " rows");
    out.flush();
    return 0;
  }
}
