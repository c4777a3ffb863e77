package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's content: SHA-256 of its raw text. The same page or feed line ingested twice, under
 * any file name, has the same hash and is stored once; a copy with a single character changed is a new article
 * (and syndication detection then links it to its story).
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(String content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
