package org.sitrep.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

/** Reads a table bundled in this package with its parser. */
final class BundledResource {

  private BundledResource() {}

  /**
   * Parses resource {@code name} of this package. A missing or malformed bundled file is a broken build, not a bad
   * argument from the caller, so it fails with {@link IllegalStateException} (the parser's message names the line).
   */
  static <T> T parse(String name, BiFunction<Reader, String, T> parser) {
    try (InputStream in = BundledResource.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return parser.apply(new InputStreamReader(in, UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
