package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtToolTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int run(List<String> files, boolean check, boolean diff, String stdin) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return FmtTool.run(files, check, diff, in, out, err);
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void rewritesUnformattedFileAndListsIt() throws IOException {
    Path p = write("a.hcl", "a=1\nbb = 2\n");
    assertThat(run(List.of(p.toString()), false, false, "")).isEqualTo(FmtTool.OK);
    assertThat(Files.readString(p)).isEqualTo("a  = 1\nbb = 2\n");
    assertThat(out()).isEqualTo(p + "\n");
    assertThat(err()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("a.hcl");
    }
  }

  @Test
  void leavesFormattedFileUntouched() throws IOException {
    Path p = write("a.hcl", "a = 1\n");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(p, old);
    assertThat(run(List.of(p.toString()), false, false, "")).isEqualTo(FmtTool.OK);
    assertThat(Files.getLastModifiedTime(p)).isEqualTo(old);
    assertThat(out()).isEmpty();
  }

  @Test
  void checkListsUnformattedFilesWritesNothingAndExits1() throws IOException {
    Path bad = write("bad.hcl", "a=1\n");
    Path good = write("good.hcl", "a = 1\n");
    assertThat(run(List.of(bad.toString(), good.toString()), true, false, "")).isEqualTo(FmtTool.UNFORMATTED);
    assertThat(Files.readString(bad)).isEqualTo("a=1\n");
    assertThat(out()).isEqualTo(bad + "\n");
  }

  @Test
  void checkOfFormattedFilesExits0() throws IOException {
    Path good = write("good.hcl", "a = 1\n");
    assertThat(run(List.of(good.toString()), true, false, "")).isEqualTo(FmtTool.OK);
    assertThat(out()).isEmpty();
  }

  @Test
  void diffPrintsUnifiedDiffWithAbPrefixes() throws IOException {
    Path p = write("x.hcl", "a = 1\nb=2\nc = 3\n");
    String name = p.toString();
    assertThat(run(List.of(name), true, true, "")).isEqualTo(FmtTool.UNFORMATTED);
    assertThat(out())
        .isEqualTo(
            "--- a/" + name + "\n+++ b/" + name + "\n@@ -1,3 +1,3 @@\n a = 1\n-b=2\n+b = 2\n c = 3\n" + name + "\n");
  }

  @Test
  void syntaxErrorExits2WithPositionAndContinues() throws IOException {
    Path broken = write("broken.hcl", "a = [1,\n");
    Path ok = write("ok.hcl", "b=2\n");
    assertThat(run(List.of(broken.toString(), ok.toString()), false, false, "")).isEqualTo(FmtTool.ERROR);
    assertThat(err()).isEqualTo(broken + ":1:5: unclosed \"[\": missing \"]\"\n");
    assertThat(Files.readString(broken)).isEqualTo("a = [1,\n");
    assertThat(Files.readString(ok)).isEqualTo("b = 2\n");
  }

  @Test
  void invalidUtf8Exits2() throws IOException {
    Path p = dir.resolve("bin.hcl");
    Files.write(p, new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xFF, '"', '\n'});
    assertThat(run(List.of(p.toString()), false, false, "")).isEqualTo(FmtTool.ERROR);
    assertThat(err()).isEqualTo(p + ":1:6: invalid UTF-8 encoding at byte offset 5\n");
  }

  @Test
  void missingFileExits2() {
    String name = dir.resolve("nope.hcl").toString();
    assertThat(run(List.of(name), false, false, "")).isEqualTo(FmtTool.ERROR);
    assertThat(err()).isEqualTo(name + ": no such file\n");
  }

  @Test
  void noFilesFormatsTheFolderRecursivelySkippingToolCachesAndGit() throws IOException {
    String ugly = "a=1\n";
    write("terragrunt.hcl", ugly);
    write("stacks/web/main.tf", ugly);
    write("stacks/web/.terragrunt-cache/abc/main.tf", ugly);
    write("stacks/web/.terraform/modules/x/main.tf", ugly);
    write(".git/config.hcl", ugly);
    write("notes.txt", ugly);
    InputStream in = new ByteArrayInputStream(new byte[0]);
    assertThat(FmtTool.run(List.of(), dir, false, false, in, out, err)).isEqualTo(FmtTool.OK);
    assertThat(out()).isEqualTo("stacks/web/main.tf\nterragrunt.hcl\n");
    assertThat(Files.readString(dir.resolve("terragrunt.hcl"))).isEqualTo("a = 1\n");
    assertThat(Files.readString(dir.resolve("stacks/web/.terragrunt-cache/abc/main.tf"))).isEqualTo(ugly);
    assertThat(Files.readString(dir.resolve("stacks/web/.terraform/modules/x/main.tf"))).isEqualTo(ugly);
    assertThat(Files.readString(dir.resolve(".git/config.hcl"))).isEqualTo(ugly);
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo(ugly);
  }

  @Test
  void stdinToStdout() {
    assertThat(run(List.of("-"), false, false, "a=1\r\n")).isEqualTo(FmtTool.OK);
    assertThat(out()).isEqualTo("a = 1\r\n");
  }

  @Test
  void stdinCheck() {
    assertThat(run(List.of("-"), true, false, "a=1\n")).isEqualTo(FmtTool.UNFORMATTED);
    assertThat(out()).isEqualTo("-\n");
  }

  @Test
  void stdinDiff() {
    assertThat(run(List.of("-"), false, true, "a=1\n")).isEqualTo(FmtTool.OK);
    assertThat(out()).isEqualTo("--- a/-\n+++ b/-\n@@ -1,1 +1,1 @@\n-a=1\n+a = 1\n");
  }

  @Test
  void stdinSyntaxError() {
    assertThat(run(List.of("-"), false, false, "a = \"x\n")).isEqualTo(FmtTool.ERROR);
    assertThat(err()).isEqualTo("<stdin>:1:5: unterminated quoted string\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void directoriesAreSearchedForHclFiles() throws IOException {
    Path a = write("sub/a.tf", "a=1\n");
    Path b = write("sub/deeper/b.hcl", "b=1\n");
    Path c = write("sub/c.tfvars", "c = 1\n");
    Path other = write("sub/readme.txt", "x=1\n");
    assertThat(run(List.of(dir.resolve("sub").toString()), true, false, "")).isEqualTo(FmtTool.UNFORMATTED);
    assertThat(out()).isEqualTo(a + "\n" + b + "\n");
    assertThat(Files.readString(other)).isEqualTo("x=1\n");
    assertThat(Files.readString(c)).isEqualTo("c = 1\n");
  }
}
