package org.sitrep.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;

/**
 * An event found in an article, with the actor id of whoever reported it when the sentence puts it in someone's
 * mouth ("Iraqi police said ..."), or null when the article states it itself.
 */
public record EventFinding(Event event, @Nullable String reportedBy) {
  public EventFinding {
    Objects.requireNonNull(event, "event");
  }
}
