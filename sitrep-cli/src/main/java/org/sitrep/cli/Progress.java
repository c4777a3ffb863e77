package org.sitrep.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.sitrep.pipeline.ProgressListener;

/**
 * A progress bar with articles/s and ETA on stderr, shown only when stderr is a terminal: piped or captured
 * output stays clean for scripts and for the one-line error format.
 */
final class Progress implements ProgressListener, AutoCloseable {

  private final @Nullable ProgressBar bar;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(String task, int total, boolean wanted) {
    if (!wanted || System.console() == null || total == 0) return new Progress(null);
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" articles", 1)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new Progress(bar);
  }

  @Override
  public void articleDone(int done, int total, long tokens) {
    if (bar != null) {
      if (total != bar.getMax()) bar.maxHint(total);
      bar.stepTo(done);
      bar.setExtraMessage(String.format(" %,d tokens", tokens));
    }
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
