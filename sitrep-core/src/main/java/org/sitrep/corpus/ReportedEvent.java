package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * One extracted event with what {@link Corroboration} needs to know about where it was reported: the article and its
 * outlet, and the article's story id from the {@link StoryIndex}, so that copies of one wire story are not counted
 * as independent confirmation.
 *
 * @param eventId unique among the events grouped together
 * @param articleId the article the event was extracted from
 * @param outlet the article's outlet, or null when unknown
 * @param storyId the article's story id; the same for every event of one article
 * @param source the resolved source actor, or null
 * @param target the resolved target actor, or null
 * @param date the event's day; callers fall back to the article's published day, and pass null when neither is
 *     known to the day
 */
public record ReportedEvent(
    long eventId,
    String articleId,
    @Nullable String outlet,
    String storyId,
    EventType type,
    @Nullable String source,
    @Nullable String target,
    @Nullable LocalDate date) {

  public ReportedEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(type, "type");
  }
}
