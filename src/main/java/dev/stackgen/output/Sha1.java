package dev.stackgen.output;

/**
 * SHA-1 (FIPS 180-4) in plain Java, for git's blob ids on {@code check --staged}'s cached path, for
 * the same reason as {@link Sha256}: {@code MessageDigest.getInstance} first sets up the security
 * providers. Same bytes out as {@code MessageDigest.getInstance("SHA-1")} (tested against it). Used
 * only to compare with the ids git itself computed, never for security. Not thread-safe.
 */
final class Sha1 {
  private final int[] h = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
  private final int[] w = new int[80];
  private final byte[] block = new byte[64];
  private int filled;
  private long length;

  /** Adds all of {@code bytes}. */
  Sha1 update(byte[] bytes) {
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

  /** The 20-byte digest of everything added; the object is spent afterwards. */
  byte[] digest() {
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
    byte[] out = new byte[20];
    for (int i = 0; i < 5; i++) {
      out[4 * i] = (byte) (h[i] >>> 24);
      out[4 * i + 1] = (byte) (h[i] >>> 16);
      out[4 * i + 2] = (byte) (h[i] >>> 8);
      out[4 * i + 3] = (byte) h[i];
    }
    return out;
  }

  private void compress(byte[] in, int off) {
    int[] w = this.w;
    for (int t = 0; t < 16; t++) {
      int p = off + 4 * t;
      w[t] = (in[p] << 24) | ((in[p + 1] & 0xff) << 16) | ((in[p + 2] & 0xff) << 8) | (in[p + 3] & 0xff);
    }
    for (int t = 16; t < 80; t++) {
      w[t] = Integer.rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    }
    int a = h[0];
    int b = h[1];
    int c = h[2];
    int d = h[3];
    int e = h[4];
    for (int t = 0; t < 80; t++) {
      int f;
      int k;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      int temp = Integer.rotateLeft(a, 5) + f + e + k + w[t];
      e = d;
      d = c;
      c = Integer.rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
}
