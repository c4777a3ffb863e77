/**
 * The {@code sitrep} command: parses options into configuration, runs the pipeline and owns exit codes and the
 * format of stderr (one line per input problem, naming the file and line).
 */
@NullMarked
package org.sitrep.cli;

import org.jspecify.annotations.NullMarked;
