/**
 * Stage plumbing: the {@link org.sitrep.pipeline.Stage} interface and the runner that applies the stages to a batch of articles in parallel, turning an unexpected failure on one article into a {@link org.sitrep.model.Problem} instead of stopping the batch.
 */
@NullMarked
package org.sitrep.pipeline;

import org.jspecify.annotations.NullMarked;
