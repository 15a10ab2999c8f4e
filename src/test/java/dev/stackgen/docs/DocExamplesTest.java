package dev.stackgen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runnable shell example of README.md and docs/*.md runs as written. The convention: a
 * {@code ```sh} block directly after a line {@code <!-- runnable: stacks-fixtures/NAME -->} (optionally
 * {@code after: <stackgen command>}, run first) runs line by line in a copy of that fixture, and every line
 * ends with {@code # exit N}, the exit code it must have. {@code stackgen} lines run in-process; other
 * lines run in bash.
 */
class DocExamplesTest {
  private static final Pattern MARKER =
      Pattern.compile("<!-- runnable: (stacks-fixtures/[A-Za-z0-9._-]+)(?: after: (stackgen [^>]*?))? -->");
  private static final Pattern EXIT = Pattern.compile("\\s+# exit (\\d+)\\b.*$");

  @TempDir
  Path temp;

  record Example(String where, String fixture, String setup, List<String> lines) {}

  static List<Example> examples() throws Exception {
    List<Path> docs = new ArrayList<>(List.of(Fixtures.repoRoot().resolve("README.md")));
    try (Stream<Path> s = Files.list(Fixtures.repoRoot().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Example> found = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i).strip());
        if (!m.matches()) {
          continue;
        }
        String where = Fixtures.repoRoot().relativize(doc) + ":" + (i + 1);
        assertThat(i + 1 < lines.size() && lines.get(i + 1).equals("```sh")).as(where + ": a ```sh block follows")
            .isTrue();
        List<String> block = new ArrayList<>();
        int k = i + 2;
        while (k < lines.size() && !lines.get(k).equals("```")) {
          if (!lines.get(k).isBlank()) {
            block.add(lines.get(k));
          }
          k++;
        }
        found.add(new Example(where, m.group(1), m.group(2), block));
      }
    }
    return found;
  }

  @TestFactory
  Stream<DynamicTest> everyRunnableExampleExitsAsItSays() throws Exception {
    List<Example> examples = examples();
    assertThat(examples).as("runnable examples in the docs").hasSizeGreaterThanOrEqualTo(2);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.where(), () -> {
      Path repo = Fixtures.copyTree(Fixtures.repoRoot().resolve(e.fixture()),
          temp.resolve(e.where().replaceAll("[^A-Za-z0-9]", "_")));
      if (e.setup() != null) {
        Run setup = Run.in(repo, words(e.setup().substring("stackgen ".length())).toArray(String[]::new));
        assertThat(setup.exit()).as(e.where() + ": " + e.setup() + "\n" + setup).isZero();
      }
      for (String line : e.lines()) {
        Matcher exit = EXIT.matcher(line);
        assertThat(exit.find()).as(e.where() + ": every line of a runnable example states its exit code (# exit N): "
            + line).isTrue();
        String command = line.substring(0, exit.start()).strip();
        int expected = Integer.parseInt(exit.group(1));
        if (command.startsWith("stackgen ")) {
          Run r = Run.in(repo, words(command.substring("stackgen ".length())).toArray(String[]::new));
          assertThat(r.exit()).as(e.where() + ": " + command + "\n" + r).isEqualTo(expected);
        } else {
          Process p = new ProcessBuilder("bash", "-c", command).directory(repo.toFile()).redirectErrorStream(true)
              .start();
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
          assertThat(p.exitValue()).as(e.where() + ": " + command + "\n" + out).isEqualTo(expected);
        }
      }
    }));
  }

  /** The words of a command line: blanks separate, '...' and "..." quote (no escapes, no expansions). */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }
}
