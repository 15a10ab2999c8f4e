package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
  @Test
  void knownVectors() {
    // FIPS 180-4 examples: empty, "abc", the two-block message
    assertThat(hex(Sha256.of(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(hex(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hex(Sha256.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(
        StandardCharsets.US_ASCII))))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  @Test
  void sameAsMessageDigestForEveryLengthAroundTheBlockBoundaries() throws Exception {
    Random random = new Random(20261201L);
    for (int len = 0; len <= 300; len++) {
      byte[] data = new byte[len];
      random.nextBytes(data);
      assertThat(hex(Sha256.of(data))).as("length %d", len).isEqualTo(jdk(data));
    }
  }

  @Test
  void piecewiseUpdatesEqualOneUpdate() throws Exception {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[random.nextInt(5000)];
      random.nextBytes(data);
      Sha256 d = new Sha256();
      int at = 0;
      while (at < data.length) {
        if (random.nextInt(4) == 0) {
          d.update(data[at++]);
        } else {
          int n = Math.min(data.length - at, random.nextInt(150));
          byte[] piece = java.util.Arrays.copyOfRange(data, at, at + n);
          d.update(piece);
          at += n;
        }
      }
      assertThat(hex(d.digest())).as("round %d", round).isEqualTo(jdk(data));
    }
  }

  @Test
  void largeInput() throws Exception {
    byte[] data = new byte[3_000_001];
    new Random(3L).nextBytes(data);
    assertThat(hex(Sha256.of(data))).isEqualTo(jdk(data));
  }

  private static String jdk(byte[] data) throws Exception {
    return hex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
