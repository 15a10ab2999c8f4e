package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  @TempDir
  Path dir;

  @Test
  void checkListsRewritesAndStdin() throws Exception {
    Path f = dir.resolve("main.tf");
    Files.writeString(f, "variable \"x\" {\ntype=string\n  default =  \"a\"\n}\n");
    Run check = Run.of("fmt", "--check", f.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains(f.toString());
    assertThat(Files.readString(f)).contains("type=string");
    Run fmt = Run.of("fmt", f.toString());
    assertThat(fmt.exit()).isZero();
    assertThat(Files.readString(f)).isEqualTo("variable \"x\" {\n  type    = string\n  default = \"a\"\n}\n");
    assertThat(Run.of("fmt", "--check", f.toString()).exit()).isZero();
    Run stdin = Run.withInput("a=1\nbb = 2\n", "fmt", "-");
    assertThat(stdin.out()).isEqualTo("a  = 1\nbb = 2\n");
  }

  @Test
  void syntaxErrorIsOneLineExitTwo() throws Exception {
    Path f = dir.resolve("bad.tf");
    Files.writeString(f, "x = \"unterminated\n");
    Run r = Run.of("fmt", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).matches("(?s)" + java.util.regex.Pattern.quote(f.toString()) + ":1:\\d+: .+\n");
    assertThat(Files.readString(f)).isEqualTo("x = \"unterminated\n");
  }
}
