/**
 * The only package that touches Stanford CoreNLP: annotates an {@link org.sitrep.model.Article} body into sentences, tokens, entity mentions, time expressions and dependencies, and never lets a CoreNLP type out.
 */
@NullMarked
package org.sitrep.nlp;

import org.jspecify.annotations.NullMarked;
