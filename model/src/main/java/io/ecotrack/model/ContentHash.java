package io.ecotrack.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code sha256:<hex>} digests, used for content hashes and article ids. */
public final class ContentHash {
  private ContentHash() {}

  /** {@code sha256:} followed by the hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String of(String text) {
    return "sha256:" + sha256Hex(text);
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
