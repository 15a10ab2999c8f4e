package dev.stackgen.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of realistic catalog mistakes ({@code src/test/resources/mistakes/*.hcl}): each file is a
 * small catalog with one mistake, on the line marked {@code # <- mistake}, and its expected first
 * error on the line {@code # expect: stackgen.hcl:L:C: message}. Every one exits 2 with exactly that
 * line through the CLI, at the marked line, writes nothing, and the Java API (reading the catalog)
 * fails with the same message. {@code -Dstackgen.updateGolden=true} rewrites the expect lines (review
 * every rewritten message).
 */
class MistakesTest {
  static final Path DIR = Path.of("src/test/resources/mistakes");
  private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (.*)$");
  private static final String MARK = "# <- mistake";

  static List<Path> mistakes() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return CaseCount.atLeast(109, "mistakes in " + DIR, s.filter(p -> p.toString().endsWith(".hcl")).sorted()
          .toList());
    }
  }

  @Test
  void theCorpusIsLargeAndVaried() throws IOException {
    List<Path> all = mistakes();
    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    List<String> kinds = new ArrayList<>();
    for (Path p : all) {
      String name = p.getFileName().toString().substring(4);
      kinds.add(name.substring(0, name.indexOf('-')));
    }
    assertThat(kinds.stream().distinct().count()).as("kinds of mistakes").isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void exitsTwoAtTheMistakeWritesNothingAndTheApiAgrees(Path mistake, @TempDir Path repo) throws IOException {
    String text = Files.readString(mistake, StandardCharsets.UTF_8);
    Matcher m = EXPECT.matcher(text);
    assertThat(m.find()).as("%s has an expect line", mistake).isTrue();
    String expected = m.group(1);
    int markedLine = markedLine(text);
    Files.writeString(repo.resolve(CatalogReader.MAIN_FILE), text, StandardCharsets.UTF_8);

    Run generate = Run.in(repo, "generate");
    String actual = generate.err().strip();
    if (Boolean.getBoolean("stackgen.updateGolden") && !actual.equals(expected)) {
      Files.writeString(mistake, text.replace("# expect: " + expected, "# expect: " + actual),
          StandardCharsets.UTF_8);
      expected = actual;
    }
    assertThat(generate.exit()).as(generate.toString()).isEqualTo(2);
    assertThat(generate.err()).as("one line on stderr").isEqualTo(expected + "\n");
    assertThat(expected).as("the error is at the mistake's line").startsWith("stackgen.hcl:" + markedLine + ":");
    try (Stream<Path> files = Files.walk(repo)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString()))
          .as("nothing written").containsExactly(CatalogReader.MAIN_FILE);
    }
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).isEqualTo(expected + "\n");

    String message = expected;
    assertThatThrownBy(() -> CatalogReader.read(repo))
        .isInstanceOfAny(CatalogException.class, dev.stackgen.hcl.HclSyntaxException.class).hasMessage(message);
  }

  private static int markedLine(String text) {
    String[] lines = text.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith(MARK)) {
        assertThat(found).as("one marked line").isEqualTo(-1);
        found = i + 1;
      }
    }
    assertThat(found).as("a line marked " + MARK).isPositive();
    return found;
  }
}
