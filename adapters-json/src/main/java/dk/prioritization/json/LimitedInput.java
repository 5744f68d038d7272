package dk.prioritization.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts bytes and line lengths and fails, naming the line and the limit,
 * when the input is larger than {@link ReadLimits#maxBytes()} or a line longer than
 * {@link ReadLimits#maxLineLength()}.
 */
final class LimitedInput extends FilterInputStream {
  /** Thrown through the JSON parser when a limit is exceeded. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    LimitExceeded(long line, String message) {
      super(message);
      this.line = line;
    }
  }

  private final long maxBytes;
  private final int maxLine;
  private long bytes;
  private long line = 1;
  private long lineLength;

  LimitedInput(InputStream in, ReadLimits limits) {
    super(in);
    this.maxBytes = limits.maxBytes();
    this.maxLine = limits.maxLineLength();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n > 0) {
      count(buffer, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  private void count(byte[] buffer, int off, int n) throws LimitExceeded {
    long before = bytes;
    bytes += n;
    long allowed = bytes > maxBytes ? maxBytes - before : Long.MAX_VALUE;
    long length = lineLength;
    long at = line;
    for (int i = off, end = off + n; i < end; i++) {
      if (i - off >= allowed) {
        throw new LimitExceeded(at, "the input is larger than the limit of " + maxBytes
            + " bytes (maxBytes); it passes the limit on line " + at);
      }
      if (buffer[i] == '\n') {
        at++;
        length = 0;
      } else if (buffer[i] != '\r' && ++length > maxLine) {
        throw new LimitExceeded(at, "line " + at + " is longer than the limit of " + maxLine + " bytes (maxLineLength)");
      }
    }
    line = at;
    lineLength = length;
  }
}
