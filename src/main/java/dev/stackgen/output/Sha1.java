package dev.stackgen.output;

/**
 * SHA-1 (FIPS 180-4) in plain Java, for git's blob ids on {@code check --staged}'s cached path, for
 * the same reason as {@link Sha256}: {@code MessageDigest.getInstance} first sets up the security
 * providers. Same bytes out as {@code MessageDigest.getInstance("SHA-1")} (tested against it). Used
 * only to compare with the ids git itself computed, never for security. Not thread-safe.
 */
final class Sha1 extends BlockDigest {
  Sha1() {
    super(new int[] {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0});
  }

  private final int[] w = new int[80];

  @Override
  void compress(byte[] in, int off) {
    int[] w = this.w;
    loadWords(in, off, w);
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
