package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.output.AtomicWriter;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stackgen new} on a copy of a repository, compared byte for byte with
 * {@code src/test/resources/new-golden/<case>/}: it holds every file the command added, as it must be
 * afterwards, and for a file it changed (the catalog) only the bytes appended to it, as
 * {@code <file>.appended}: the old bytes must stay a prefix. Every other file must be unchanged.
 * Rewrite with {@code -Dstackgen.updateGolden=true}.
 */
class NewGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");
  private static final Path GOLDEN = Fixtures.repoRoot().resolve("src/test/resources/new-golden");
  private static final String APPENDED = ".appended";

  @TempDir
  Path temp;

  private record Case(String name, Path repo, List<String> args) {}

  @TestFactory
  Stream<DynamicTest> cases() {
    return CaseCount.exactly(3, "new golden cases", Stream.of(
        new Case("module-stacks-module", Fixtures.fixturesDir().resolve("module-stacks"),
            List.of("demo", "--kind", "module", "--tier", "aux", "--depends-on", "platform,webmail")),
        new Case("drop-ins-app", Fixtures.fixturesDir().resolve("drop-ins"),
            List.of("board", "--kind", "app", "--depends-on", "proxy")),
        new Case("crlf-no-final-newline", GOLDEN.resolve("crlf-no-final-newline/before"),
            List.of("web.v2", "--kind", "module", "--tier", "apps", "--depends-on", "db"))))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(Case c) throws Exception {
    Path repo = Fixtures.copyTree(c.repo(), temp.resolve(c.name()));
    Run generate = Run.of("generate", "-C", repo.toString());
    assertThat(generate.exit()).as(generate.toString()).isZero();
    Map<String, byte[]> before = snapshot(repo);
    String[] args = new String[c.args().size() + 3];
    args[0] = "new";
    for (int i = 0; i < c.args().size(); i++) {
      args[i + 1] = c.args().get(i);
    }
    args[args.length - 2] = "-C";
    args[args.length - 1] = repo.toString();
    Run run = Run.of(args);
    assertThat(run.exit()).as(run.toString()).isZero();
    Map<String, byte[]> changed = new TreeMap<>();
    snapshot(repo).forEach((path, bytes) -> {
      if (!before.containsKey(path) || !Arrays.equals(before.get(path), bytes)) {
        changed.put(path, bytes);
      }
    });
    assertThat(before.keySet()).allMatch(p -> Files.exists(repo.resolve(p)));
    Path golden = GOLDEN.resolve(c.name()).resolve("after");
    if (UPDATE) {
      for (var e : changed.entrySet()) {
        byte[] old = before.get(e.getKey());
        String name = old == null ? e.getKey() : e.getKey() + APPENDED;
        byte[] bytes = old == null ? e.getValue() : Arrays.copyOfRange(e.getValue(), old.length, e.getValue().length);
        Files.createDirectories(golden.resolve(name).getParent());
        AtomicWriter.write(golden.resolve(name), new String(bytes, StandardCharsets.UTF_8));
      }
      return;
    }
    Map<String, byte[]> expected = new HashMap<>();
    if (Files.isDirectory(golden)) {
      snapshot(golden).forEach((path, bytes) -> {
        if (path.endsWith(APPENDED)) {
          String file = path.substring(0, path.length() - APPENDED.length());
          byte[] old = before.getOrDefault(file, new byte[0]);
          byte[] all = Arrays.copyOf(old, old.length + bytes.length);
          System.arraycopy(bytes, 0, all, old.length, bytes.length);
          expected.put(file, all);
        } else {
          expected.put(path, bytes);
        }
      });
    }
    assertThat(changed.keySet()).as("files added or changed by new").isEqualTo(expected.keySet());
    for (var e : expected.entrySet()) {
      assertThat(new String(changed.get(e.getKey()), StandardCharsets.UTF_8))
          .as(e.getKey()).isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
    }
    for (var e : changed.entrySet()) {
      if (before.containsKey(e.getKey())) {
        byte[] old = before.get(e.getKey());
        assertThat(Arrays.copyOf(e.getValue(), old.length)).as("%s keeps its old bytes as a prefix", e.getKey())
            .isEqualTo(old);
      }
    }
    Run check = Run.of("check", "-C", repo.toString());
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  private static Map<String, byte[]> snapshot(Path dir) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    for (String p : Fixtures.listFiles(dir)) {
      files.put(p, Files.readAllBytes(dir.resolve(p)));
    }
    return files;
  }
}
