package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha1Test {
  @Test
  void knownVectorsAndGitsEmptyBlob() {
    assertThat(hex(new Sha1().update("abc".getBytes(StandardCharsets.US_ASCII)).digest()))
        .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(StagedCheck.blobId(new byte[0], false)).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    assertThat(StagedCheck.blobId(new byte[0], true))
        .isEqualTo("473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813");
  }

  @Test
  void sameAsMessageDigestForEveryLengthAroundTheBlockBoundariesAndInPieces() throws Exception {
    Random random = new Random(20261205L);
    for (int len = 0; len <= 300; len++) {
      byte[] data = new byte[len];
      random.nextBytes(data);
      String jdk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
      assertThat(hex(new Sha1().update(data).digest())).as("length %d", len).isEqualTo(jdk);
      int cut = len == 0 ? 0 : random.nextInt(len);
      byte[] a = java.util.Arrays.copyOfRange(data, 0, cut);
      byte[] b = java.util.Arrays.copyOfRange(data, cut, len);
      assertThat(hex(new Sha1().update(a).update(b).digest())).as("length %d cut at %d", len, cut).isEqualTo(jdk);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
