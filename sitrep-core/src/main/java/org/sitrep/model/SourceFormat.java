package org.sitrep.model;

/** How an article's raw content is encoded: scraped plain text or an HTML page. */
public enum SourceFormat {
  TEXT,
  HTML
}
