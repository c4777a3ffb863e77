/**
 * Reference knowledge that sitrep's stages look things up in, loaded from resources bundled in this package and
 * documented in {@code docs/knowledge-base.md}: {@link org.sitrep.knowledge.CountryTable} (every ISO 3166-1 country
 * and territory with the names, demonyms and capitals news uses, so that "Iraqi", "Baghdad" and "Iraq's" all
 * resolve to {@code IRQ}), {@link org.sitrep.knowledge.KnowledgeBase} (people, organisations and armed groups with
 * aliases, dated roles and backers), {@link org.sitrep.knowledge.AgentLexicon} (nouns such as "officials" or
 * "militiamen" to sectors), and the import of PETRARCH/Phoenix dictionaries. Every type here is immutable and safe
 * to share between threads.
 */
@NullMarked
package org.sitrep.knowledge;

import org.jspecify.annotations.NullMarked;
