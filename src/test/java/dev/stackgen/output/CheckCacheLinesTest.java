package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file is split into lines exactly as Files.readAllLines would, and refused where it fails. */
class CheckCacheLinesTest {
  @TempDir
  Path dir;

  @Test
  void sameLinesAsReadAllLines() throws IOException {
    Random random = new Random(20261201L);
    String[] pieces = {"a", "file 12 -1 x", " ", "\n", "\r", "\r\n", "\n\r", "é", "€", "\uD83D\uDE00", ""};
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(CheckCache.utf8Lines(bytes)).as("%s", b.toString().replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(readAllLines(bytes));
    }
  }

  @Test
  void malformedUtf8IsRefusedLikeReadAllLines() throws IOException {
    for (byte[] bad : List.of(new byte[] {'a', (byte) 0xff, '\n'}, new byte[] {(byte) 0xc3},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0x80})) {
      assertThat(CheckCache.utf8Lines(bad)).isNull();
      Files.write(dir.resolve("bad"), bad);
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Files.readAllLines(dir.resolve("bad"), StandardCharsets.UTF_8)).isInstanceOf(IOException.class);
    }
  }

  private List<String> readAllLines(byte[] bytes) throws IOException {
    Path p = dir.resolve("cache");
    Files.write(p, bytes);
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }
}
