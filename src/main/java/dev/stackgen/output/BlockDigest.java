package dev.stackgen.output;

/**
 * The Merkle–Damgård frame SHA-1 and SHA-256 share (FIPS 180-4): 64-byte blocks, the 0x80 pad and
 * the big-endian bit length, a state of 32-bit words printed big-endian. Subclasses give the
 * initial state and the compression function. Not thread-safe; one use per digest.
 */
abstract class BlockDigest {
  /** The chaining state; {@link #compress} updates it. */
  protected final int[] h;
  private final byte[] block = new byte[64];
  private int filled;
  private long length;

  BlockDigest(int[] initial) {
    this.h = initial.clone();
  }

  /** Adds one byte. */
  final BlockDigest update(byte b) {
    block[filled++] = b;
    length++;
    if (filled == 64) {
      compress(block, 0);
      filled = 0;
    }
    return this;
  }

  /** Adds all of {@code bytes}. */
  final BlockDigest update(byte[] bytes) {
    int off = 0;
    int len = bytes.length;
    length += len;
    if (filled > 0) {
      int n = Math.min(64 - filled, len);
      System.arraycopy(bytes, 0, block, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled < 64) {
        return this;
      }
      compress(block, 0);
      filled = 0;
    }
    while (len >= 64) {
      compress(bytes, off);
      off += 64;
      len -= 64;
    }
    System.arraycopy(bytes, off, block, 0, len);
    filled = len;
    return this;
  }

  /** The digest of everything added (4 bytes per state word); the object is spent afterwards. */
  final byte[] digest() {
    long bits = length * 8;
    block[filled++] = (byte) 0x80;
    if (filled > 56) {
      java.util.Arrays.fill(block, filled, 64, (byte) 0);
      compress(block, 0);
      filled = 0;
    }
    java.util.Arrays.fill(block, filled, 56, (byte) 0);
    for (int i = 0; i < 8; i++) {
      block[56 + i] = (byte) (bits >>> (56 - 8 * i));
    }
    compress(block, 0);
    byte[] out = new byte[4 * h.length];
    for (int i = 0; i < h.length; i++) {
      out[4 * i] = (byte) (h[i] >>> 24);
      out[4 * i + 1] = (byte) (h[i] >>> 16);
      out[4 * i + 2] = (byte) (h[i] >>> 8);
      out[4 * i + 3] = (byte) h[i];
    }
    return out;
  }

  /** The 16 big-endian words of the block at {@code off} into {@code w[0..15]}. */
  static void loadWords(byte[] in, int off, int[] w) {
    for (int t = 0; t < 16; t++) {
      int p = off + 4 * t;
      w[t] = (in[p] << 24) | ((in[p + 1] & 0xff) << 16) | ((in[p + 2] & 0xff) << 8) | (in[p + 3] & 0xff);
    }
  }

  /** Mixes the 64-byte block at {@code off} into {@link #h}. */
  abstract void compress(byte[] in, int off);
}
