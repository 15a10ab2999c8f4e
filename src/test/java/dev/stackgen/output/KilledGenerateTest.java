package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.ChildJvm;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} killed with SIGKILL at random moments leaves every owned file with its complete
 * old or complete new content, and the next run finishes the job and leaves no temporary files.
 * Random kill times come from a seed printed on failure ({@code -Dstackgen.kill.seed=N}).
 */
@Tag("slow")
class KilledGenerateTest {
  private static final int STACKS = 2000;
  /** Enough files that a SIGTERM lands while temporary files exist, few enough to stay quick. */
  private static final int SIGTERM_STACKS = 600;
  private static final long SEED = "random".equals(System.getProperty("stackgen.kill.seed")) ? new Random().nextLong()
      : Long.getLong("stackgen.kill.seed", 20261128L);

  @TempDir
  Path repo;

  static String catalog(String version) {
    return catalog(version, STACKS);
  }

  static String catalog(String version, int stacks) {
    StringBuilder sb = new StringBuilder("# Catalog version " + version + ".\nroot {\n"
        + "  tiers = { core = \"0-core\", apps = \"4-aux\" } # " + version + "\n}\n");
    sb.append("stack \"base\" {\n  tier  = \"core\"\n  state = \"local\"\n  inputs = { version = \"")
        .append(version).append("\" }\n}\n");
    for (int k = 0; k < stacks - 1; k++) {
      sb.append("\n# Stack ").append(k).append(".\nstack \"s").append(k).append("\" {\n  tier = \"apps\"\n")
          .append("  dependency \"base\" {}\n  inputs = {\n    version = \"").append(version)
          .append("\"\n    padding = \"").append("x".repeat(200)).append("\"\n  }\n}\n");
    }
    return sb.toString();
  }

  /** The catalog version whose root file is in {@code files}. */
  private static String versionOf(Map<String, String> files) {
    return files.get("terragrunt.hcl").contains("Catalog version new.") ? "new" : "old";
  }

  static Map<String, String> expected(Path repo) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile f : new Renderer(Templates.bundled()).render(CatalogReader.read(repo))) {
      files.put(f.path(), f.content());
    }
    return files;
  }

  static Process startGenerate(Path repo) throws Exception {
    return new ProcessBuilder(ChildJvm.stackgen("generate", "-C", repo.toString()))
        .redirectErrorStream(true)
        .redirectOutput(File.createTempFile("stackgen-child", ".log"))
        .start();
  }

  static List<String> tempFiles(Path repo) {
    return Fixtures.listFiles(repo).stream()
        .filter(p -> p.substring(p.lastIndexOf('/') + 1).startsWith(AtomicWriter.TEMP_PREFIX))
        .toList();
  }

  /**
   * Waits until the child has started writing (an owned file no longer has its old content, or
   * a temporary file exists), so that the random kill lands during the writes; false if it died.
   */
  private boolean writingStarted(Process p, Map<String, String> old) throws Exception {
    String next = null;
    for (String path : old.keySet()) {
      if (Files.readString(repo.resolve(path)).equals(old.get(path))) {
        next = path;
        break;
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (next != null && p.isAlive() && System.nanoTime() < deadline) {
      if (!Files.readString(repo.resolve(next)).equals(old.get(next))) {
        return true;
      }
      Thread.sleep(2);
    }
    return p.isAlive();
  }

  @Test
  void everyFileIsOldOrNewAfterSigkillAndTheNextRunCleansUp() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), catalog("old"));
    Run first = Run.of("generate", "-C", repo.toString());
    assertThat(first.exit()).as(first.toString()).isZero();
    Map<String, String> old = expected(repo);
    Files.writeString(repo.resolve("stackgen.hcl"), catalog("new"));
    Map<String, String> fresh = expected(repo);
    assertThat(fresh.keySet()).isEqualTo(old.keySet());
    for (String path : fresh.keySet()) {
      assertThat(fresh.get(path)).as(path).isNotEqualTo(old.get(path));
    }

    Random random = new Random(SEED);
    int kills = 0;
    int sawPartialRun = 0;
    for (int k = 0; k < 12 && kills < 4; k++) {
      Process p = startGenerate(repo);
      boolean finished = !writingStarted(p, old) || p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      int updated = 0;
      for (String path : old.keySet()) {
        String now = Files.readString(repo.resolve(path));
        assertThat(now.equals(old.get(path)) || now.equals(fresh.get(path)))
            .as("seed %d, run %d: %s is neither its old nor its new content", SEED, k, path).isTrue();
        if (now.equals(fresh.get(path))) {
          updated++;
        }
      }
      if (updated > 0 && updated < old.size()) {
        sawPartialRun++;
      }
      // A kill after the last write (the run was syncing or exiting) leaves every file new and no temporary
      // file: the tree is as a finished run leaves it, and check finds it clean.
      boolean allWritten = updated == old.size() && tempFiles(repo).isEmpty();
      if (!finished && !allWritten) {
        kills++;
      }
      System.out.printf("KilledGenerateTest: seed %d, run %d %s, %d of %d files new, %d temp files%n", SEED, k,
          finished ? "finished" : "killed", updated, old.size(), tempFiles(repo).size());
      if (!finished) {
        Run check = Run.of("check", "-C", repo.toString());
        assertThat(check.exit()).as("check after a kill (%s)", allWritten ? "after the last write" : "during the"
            + " writes").isEqualTo(allWritten ? 0 : 1);
        if (!tempFiles(repo).isEmpty()) {
          assertThat(check.out()).as("check reports the leftovers").contains("leftover      ");
        }
      }
      Map<String, String> owned = old;
      java.util.Set<String> temps = new java.util.HashSet<>(tempFiles(repo));
      List<String> extra = Fixtures.listFiles(repo).stream()
          .filter(f -> !owned.containsKey(f) && !f.equals("stackgen.hcl") && !temps.contains(f))
          .toList();
      assertThat(extra).as("files other than owned and temporary ones").isEmpty();
      if (finished || allWritten) {
        // The run completed before it could be killed: go back to the other catalog and try again.
        Map<String, String> swap = old;
        old = fresh;
        fresh = swap;
        Files.writeString(repo.resolve("stackgen.hcl"), catalog(versionOf(fresh)));
      }
    }
    System.out.printf("KilledGenerateTest: %d kills, %d left a mix of old and new files%n", kills, sawPartialRun);
    assertThat(kills).as("seed %d: no run could be killed during its writes", SEED).isPositive();

    Process last = startGenerate(repo);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    for (String path : fresh.keySet()) {
      assertThat(Files.readString(repo.resolve(path))).as(path).isEqualTo(fresh.get(path));
    }
    assertThat(tempFiles(repo)).as("temporary files left behind").isEmpty();
    assertThat(Run.of("check", "-C", repo.toString()).exit()).isZero();
  }

  /** True once the child has a temporary file in the repository root or has replaced the root file. */
  private boolean startedWriting(Process p, String oldRoot) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && System.nanoTime() < deadline) {
      try (var entries = Files.newDirectoryStream(repo, AtomicWriter.TEMP_PREFIX + "*")) {
        if (entries.iterator().hasNext()) {
          return true;
        }
      }
      if (!Files.readString(repo.resolve("terragrunt.hcl")).equals(oldRoot)) {
        return true;
      }
      Thread.sleep(1);
    }
    return p.isAlive();
  }

  /**
   * SIGTERM (what Ctrl-C's SIGINT also triggers: the JVM's shutdown hooks) while temporary files
   * exist, in the writing or the renaming phase: the run removes its temporary files before it
   * exits, and every owned file is old or new.
   */
  @Test
  void sigtermLeavesNoTemporaryFile() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), catalog("old", SIGTERM_STACKS));
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Map<String, String> old = expected(repo);
    Files.writeString(repo.resolve("stackgen.hcl"), catalog("new", SIGTERM_STACKS));
    Map<String, String> fresh = expected(repo);
    Random random = new Random(SEED + 1);
    int terms = 0;
    for (int k = 0; k < 10 && terms < 2; k++) {
      Process p = startGenerate(repo);
      boolean finished = !startedWriting(p, old.get("terragrunt.hcl"))
          || p.waitFor(random.nextInt(300), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        terms++;
      }
      List<String> temps = tempFiles(repo);
      System.out.printf("KilledGenerateTest: SIGTERM run %d %s (exit %d), %d temp files%n", k,
          finished ? "finished" : "terminated", p.exitValue(), temps.size());
      assertThat(temps).as("seed %d, run %d: temporary files after SIGTERM", SEED, k).isEmpty();
      for (String path : old.keySet()) {
        String now = Files.readString(repo.resolve(path));
        assertThat(now.equals(old.get(path)) || now.equals(fresh.get(path))).as(path).isTrue();
      }
      if (finished) {
        Map<String, String> swap = old;
        old = fresh;
        fresh = swap;
        Files.writeString(repo.resolve("stackgen.hcl"), catalog(versionOf(fresh), SIGTERM_STACKS));
      }
    }
    assertThat(terms).as("seed %d: no run could be terminated while writing", SEED).isPositive();
  }
}
