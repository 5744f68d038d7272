package dk.prioritization.core.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a canonical encoding straight into a SHA-256 digest, buffered: integers little-endian
 * (as Guava's {@code Hasher} writes them), a string as its UTF-8 byte length then its bytes.
 */
public final class Sha256Writer {
  private final MessageDigest digest;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

  /** Creates a writer over a fresh SHA-256 digest. */
  public Sha256Writer() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * Writes 4 bytes, little-endian.
   *
   * @param value the value
   * @return this writer
   */
  public Sha256Writer putInt(int value) {
    room(4);
    buffer.putInt(value);
    return this;
  }

  /**
   * Writes 8 bytes, little-endian.
   *
   * @param value the value
   * @return this writer
   */
  public Sha256Writer putLong(long value) {
    room(8);
    buffer.putLong(value);
    return this;
  }

  /**
   * Writes the UTF-8 byte length of {@code s} and then its bytes.
   *
   * @param s the string
   * @return this writer
   */
  public Sha256Writer putString(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    putInt(bytes.length);
    flush();
    digest.update(bytes);
    return this;
  }

  /**
   * Returns the digest of everything written, in lower-case hex.
   *
   * @return 64 hex digits
   */
  public String hex() {
    flush();
    return HexFormat.of().formatHex(digest.digest());
  }

  private void room(int bytes) {
    if (buffer.remaining() < bytes) {
      flush();
    }
  }

  private void flush() {
    digest.update(buffer.array(), 0, buffer.position());
    buffer.clear();
  }
}
