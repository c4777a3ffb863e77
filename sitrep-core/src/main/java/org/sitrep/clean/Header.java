package org.sitrep.clean;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the first lines of an article say about it: the index of the title line ({@code -1} when the article opens
 * with body text), the title, the outlet named by a site-name line, and the header lines that are boilerplate
 * (site names, section labels) keyed by line index.
 */
record Header(int titleIndex, @Nullable String title, @Nullable String outlet, Map<Integer, Junk> junk) {
  Header {
    junk = Map.copyOf(junk);
  }
}
