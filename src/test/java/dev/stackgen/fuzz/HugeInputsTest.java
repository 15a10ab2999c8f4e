package dev.stackgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stackgen.testing.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Extreme catalogs through {@code stackgen check}: a clean result or one error line, never a crash. */
class HugeInputsTest {
  private static final String ROOT = "root {\n  tiers = { core = \"0-core\" }\n}\n";
  private static final int N = 100_000;

  @TempDir
  Path repo;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("100k nested blocks", bytes(ROOT + "stack \"a\" {\n  tier = \"core\"\n"
            + "b {\n".repeat(N) + "}\n".repeat(N) + "}\n"), 2),
        // 256 levels in all: stack, file, resource and 253 nested blocks (content the schema copies as written).
        Arguments.of("255 nested blocks", bytes(ROOT + "stack \"a\" {\n  tier = \"core\"\n  state = \"local\"\n"
            + "file \"x.tf\" {\nresource \"r\" \"n\" {\n" + "b {\n".repeat(253) + "}\n".repeat(253) + "}\n}\n}\n"), 0),
        Arguments.of("100k unclosed blocks", bytes(ROOT + "stack \"a\" {\n" + "b {\n".repeat(N)), 2),
        Arguments.of("100k nested brackets", bytes(ROOT + "stack \"a\" {\n  tier = \"core\"\n  locals {\n  x = "
            + "[".repeat(N) + "]".repeat(N) + "\n}\n}\n"), 0),
        Arguments.of("100k unclosed brackets", bytes(ROOT + "x = " + "[".repeat(N) + "\n"), 2),
        Arguments.of("100k nested templates", bytes(ROOT + "x = " + "\"${".repeat(N) + "\n"), 2),
        Arguments.of("100k nested parentheses", bytes(ROOT + "stack \"a\" {\n  tier = \"core\"\n  locals {\n  x = "
            + "(".repeat(N) + "1" + ")".repeat(N) + "\n}\n}\n"), 0),
        Arguments.of("1 MB line", bytes(ROOT + "# " + "x".repeat(1 << 20) + "\n"), 0),
        Arguments.of("1 MB stack name", bytes(ROOT + "stack \"" + "a".repeat(1 << 20) + "\" {\n}\n"), 2),
        Arguments.of("100k blank lines", bytes(ROOT + "\n".repeat(N)), 0),
        Arguments.of("unterminated heredoc", bytes(ROOT + "stack \"a\" {\n  x = <<EOT\nEOF\n"), 2),
        Arguments.of("NUL bytes", bytes(ROOT + "\0\0\0\n"), 2),
        Arguments.of("NUL in a string", bytes(ROOT + "stack \"a\0\" {\n}\n"), 2),
        Arguments.of("invalid UTF-8", concat(bytes(ROOT + "# "), new byte[] {(byte) 0xc3, 0x28}), 2),
        Arguments.of("UTF-16 surrogate as UTF-8", concat(bytes(ROOT + "# "),
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}), 2),
        Arguments.of("lone CR", bytes(ROOT + "\r"), 2),
        Arguments.of("BOM", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(ROOT)), 0),
        Arguments.of("empty", new byte[0], 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void endsCleanlyOrWithOneErrorLine(String name, byte[] catalog, int exit) throws Exception {
    Files.write(repo.resolve("stackgen.hcl"), catalog);
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Run.of("check", "-C", repo.toString()));
    if (exit == 2) {
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).endsWith("\n").hasLineCount(1);
      FuzzTarget.requireErrorLine(run.err().strip());
    } else {
      assertThat(run.exit()).as(run.toString()).isIn(0, 1);
      assertThat(run.err()).isEmpty();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
