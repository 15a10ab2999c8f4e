package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F3 of issue 26 as an attacker would run it, without a hook inside stackgen: while {@code generate
 * --prune} removes {@value #ORPHANS} orphaned stacks, a second thread watches for the last orphan
 * file to disappear and at that moment swaps {@code stacks/} for a link to an outside folder that
 * holds the same (empty) folder names. The empty-folder removal that followed paths deleted those
 * outside folders; the descriptor walk never leaves the repository. {@value #TRIALS} trials per run.
 *
 * <p>Catch rate, measured 2026-12-06 on the shared 2-CPU machine (load 4–6): with the old path-based
 * removal put back ({@code Generator} calling {@code removeEmptyUpTo(target.getParent(), stop)} on
 * paths, as before commit bfeb17b), this test failed in 20 of 20 runs (outside folders deleted in
 * most trials of each run); with the descriptor walk it passed 20 of 20. How to repeat: see
 * docs/security.md, "Race tests and their catch rates".
 */
@org.junit.jupiter.api.Tag("hostile")
class PruneSwapRaceTest {
  static final int ORPHANS = 40;
  static final int TRIALS = 3;

  @TempDir
  Path tmp;

  private static String catalog(boolean withOrphans) {
    StringBuilder b = new StringBuilder("root {\n  tiers = { core = \"0-core\" }\n}\n\nstack \"base\" {\n"
        + "  tier  = \"core\"\n  state = \"local\"\n}\n");
    for (int i = 0; withOrphans && i < ORPHANS; i++) {
      b.append("\nstack \"team/o").append(i).append("\" {\n  tier = \"core\"\n}\n");
    }
    return b.toString();
  }

  /** The orphan whose file generate removes last (removals go in path order). */
  private static String lastOrphan() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ORPHANS; i++) {
      names.add("o" + i);
    }
    names.sort(null);
    return names.get(names.size() - 1);
  }

  @Test
  void pruneNeverRemovesAFolderOutsideWhenStacksIsSwappedAsTheLastOrphanGoes() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path stacks = repo.resolve("stacks");
    Path aside = repo.resolve("stacks.aside");
    Path last = stacks.resolve("team/" + lastOrphan() + "/terragrunt.hcl");
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    int swappedInTime = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      Path outside = Files.createDirectories(tmp.resolve("outside" + trial));
      for (int i = 0; i < ORPHANS; i++) {
        Files.createDirectories(outside.resolve("team/o" + i));
      }
      Files.writeString(repo.resolve("stackgen.hcl"), catalog(true));
      Run made = Run.in(repo, "generate");
      assertThat(made.exit()).as(made.toString()).isZero();
      Files.writeString(repo.resolve("stackgen.hcl"), catalog(false));

      AtomicBoolean done = new AtomicBoolean();
      AtomicBoolean swapped = new AtomicBoolean();
      Thread attacker = new Thread(() -> {
        try {
          while (!done.get() && Files.exists(last, LinkOption.NOFOLLOW_LINKS)) {
            Thread.onSpinWait();
          }
          if (!done.get()) {
            Files.move(stacks, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.createSymbolicLink(stacks, outside);
            swapped.set(true);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "attacker");
      attacker.start();
      Run prune;
      try {
        prune = Run.in(repo, "generate", "--prune");
      } finally {
        done.set(true);
        attacker.join();
      }
      if (swapped.get()) {
        Files.delete(stacks);
        Files.move(aside, stacks, StandardCopyOption.ATOMIC_MOVE);
        swappedInTime++;
      }
      List<String> gone = new ArrayList<>();
      for (int i = 0; i < ORPHANS; i++) {
        if (!Files.isDirectory(outside.resolve("team/o" + i))) {
          gone.add("team/o" + i);
        }
      }
      assertThat(gone).as("folders removed outside the repository in trial %d (%s)", trial, prune).isEmpty();
      assertThat(prune.exit()).as(prune.toString()).isIn(0, 2);
      if (prune.exit() == 2) {
        assertThat(prune.err().strip()).as(prune.toString()).doesNotContain("\n");
      }
      outcomes.merge(prune.exit() == 0 ? "ok" : prune.err().replaceAll("/\\S+|o\\d+", "X").strip(), 1,
          Integer::sum);
      // the repository is whole: a check after the prune (interrupted or not) is clean
      Run check = Run.in(repo, "check");
      assertThat(check.exit()).as(check.toString()).isZero();
    }
    System.out.printf("PruneSwapRaceTest: %d trials, stacks swapped during the prune in %d; outcomes %s%n", TRIALS,
        swappedInTime, outcomes);
    assertThat(swappedInTime).as("trials where the swap happened while generate ran").isPositive();
  }
}
