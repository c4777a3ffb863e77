/**
 * Cleaning: turns a scraped article ({@link org.sitrep.model.RawArticle}, plain text or HTML) into a clean
 * {@link org.sitrep.model.Article}. The {@link org.sitrep.clean.Cleaner} reads the header (outlet, title, published
 * date) and sorts every other line into body or boilerplate by features of the line and its neighbours (length,
 * punctuation, letter case, position, repetition, cue words), never by lists of known lines, so that it carries over
 * to sites it has not seen. {@link org.sitrep.clean.DateLineParser} is public because later stages read dates too.
 */
@NullMarked
package org.sitrep.clean;

import org.jspecify.annotations.NullMarked;
