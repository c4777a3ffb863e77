package org.sitrep.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PLOVER event: who ({@code source}) did what ({@code type}, {@code mode}) to whom ({@code target}), when
 * ({@code date} with the words {@code dateText}) and where, with the sentence that says so; {@code reportedBy} is
 * the actor whose words report it ("X said Y attacked Z"), or null when the article reports it itself.
 */
public record Event(
    EventType type,
    @Nullable String mode,
    @Nullable String source,
    @Nullable String target,
    @Nullable PartialDate date,
    @Nullable String dateText,
    @Nullable String location,
    int sentence,
    String text,
    @Nullable String reportedBy) {

  /** An event the article reports in its own voice. */
  public Event(EventType type, @Nullable String mode, @Nullable String source, @Nullable String target,
      @Nullable PartialDate date, @Nullable String dateText, @Nullable String location, int sentence, String text) {
    this(type, mode, source, target, date, dateText, location, sentence, text, null);
  }

  public Event withReportedBy(@Nullable String speaker) {
    return new Event(type, mode, source, target, date, dateText, location, sentence, text, speaker);
  }

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (sentence < 0) throw new IllegalArgumentException("sentence < 0: " + sentence);
  }
}
