package org.sitrep.facts;

/**
 * How a verb that governs another clause ("threatened to cut", "demanded that Israel ease", "said it would") changes
 * the meaning of the event in that clause. Listed in the {@code @control} section of the PLOVER lexicon.
 */
public enum Control {
  /** "plans/offers/is ready to X": a commitment; AGREE for cooperative X, THREATEN for hostile X. */
  INTENT,
  /** "agreed to X": AGREE whatever X is. */
  AGREE,
  /** "threatened/warned to X": THREATEN. */
  THREAT,
  /** "refused to X": REJECT, aimed at whom X was aimed at. */
  REFUSE,
  /** "demanded that Y X", "urged Y to X": REQUEST with Y as target. */
  DEMAND,
  /** "denied that it X-ed": X did not happen (as far as the sentence says). */
  DENY,
  /** "aims/hopes/wants to X": X has not happened; the governing verb's own event (if any) stands. */
  GOAL,
  /** "continued/tried/decided to X": X happened (or was done) as stated; the doer is the governing subject. */
  TRANSPARENT,
  /** "said/announced that X": X is reported speech; the speaker becomes {@code reportedBy}. */
  REPORT
}
