package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.stackgen.testing.Run;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window between listing a folder and reading what it listed (issue 26, F4/F5): a catalog
 * drop-in, a stack folder or a generated file is regular when stackgen looks at it and is swapped
 * for a link leading outside, or for a FIFO, before it is read. Over and over, while {@code check
 * --diff} runs: the outside file's text never appears in any output, no run hangs (each is given
 * {@value #HANG_SECONDS} s), and each run ends in a result or one error line.
 *
 * <p>Catch rate, measured 2026-12-06 on the shared 2-CPU machine (load 4–6), 20 runs of each test:
 * against the reads of the commit before this test (lstat, then an open by path that follows a
 * folder link and, for drop-ins, a file link, and waits on a FIFO), see docs/security.md for the
 * numbers and how to repeat them; with descriptor-based reads, 20 of 20 passed.
 */
@org.junit.jupiter.api.Tag("hostile")
class ListReadRaceTest {
  private static final String SECRET = "OUTSIDE-SECRET";
  private static final int HANG_SECONDS = 8;
  /** How long each test keeps swapping (and at least {@link #MIN_RUNS} runs). */
  private static final long BUDGET_NANOS = 3_000_000_000L;
  private static final int MIN_RUNS = 20;
  private static final int STACKS = 6;

  @TempDir
  Path tmp;

  private static void mkfifo(Path p) throws Exception {
    Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(proc.waitFor()).isZero();
  }

  /** Replaces {@code target} by a fresh hard link of {@code keep}, atomically (rename over it). */
  private static void putInPlace(Path keep, Path spare, Path target) throws IOException {
    Files.deleteIfExists(spare);
    Files.createLink(spare, keep);
    Files.move(spare, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Opens every FIFO for writing and closes it again: a reader stuck on one goes on. */
  private static void release(List<Path> fifos) {
    for (Path f : fifos) {
      try (SeekableByteChannel ch = Files.newByteChannel(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        // a writer came and went
      } catch (IOException e) {
        // gone
      }
    }
  }

  /**
   * Runs {@code check --diff} while {@code swapper} runs, for the budget: asserts no outside text,
   * no hang, exit 0, 1 or 2 with one error line. Returns the outcomes by kind.
   */
  private static TreeMap<String, Integer> race(Path repo, Runnable swapOnce, List<Path> fifos) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger swaps = new AtomicInteger();
    List<Throwable> errors = new ArrayList<>();
    Thread swapper = new Thread(() -> {
      while (!stop.get()) {
        try {
          swapOnce.run();
          swaps.incrementAndGet();
        } catch (Throwable e) {
          errors.add(e);
          return;
        }
      }
    }, "swapper");
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "check-runner");
      t.setDaemon(true);
      return t;
    });
    swapper.start();
    try {
      long end = System.nanoTime() + BUDGET_NANOS;
      for (int runs = 0; runs < MIN_RUNS || System.nanoTime() < end; runs++) {
        Future<Run> f = runner.submit(() -> Run.in(repo, "check", "--diff"));
        Run r;
        try {
          r = f.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          stop.set(true);
          release(fifos);
          fail("check hung for %d s (waiting on a FIFO?) in run %d", HANG_SECONDS, runs);
          return outcomes;
        }
        assertThat(r.out() + r.err()).as("run %d read outside the repository:%n%s", runs, r).doesNotContain(SECRET)
            .doesNotContain("leaked");
        assertThat(r.exit()).as(r.toString()).isIn(0, 1, 2);
        if (r.exit() == 2) {
          assertThat(r.err().strip()).as(r.toString()).doesNotContain("\n");
        }
        outcomes.merge(r.exit() == 2 ? r.err().replaceAll("/\\S+|s\\d", "X").strip() : "exit " + r.exit(), 1,
            Integer::sum);
      }
    } finally {
      stop.set(true);
      swapper.join();
      release(fifos);
      runner.shutdownNow();
    }
    assertThat(errors).isEmpty();
    assertThat(swaps.get()).as("swaps").isGreaterThan(MIN_RUNS);
    return outcomes;
  }

  @Test
  void aDropInSwappedForAnOutsideLinkOrAFifoAfterTheListingIsNeverRead() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers = { core = \"0-core\" }\n}\n");
    Path d = Files.createDirectories(repo.resolve("stackgen.d"));
    Path target = d.resolve("a.hcl");
    Files.writeString(target, "stack \"a\" {\n  tier = \"core\"\n}\n");
    // names starting with a dot are not catalog files: the swapper keeps its spares there
    Path original = d.resolve(".original");
    Files.createLink(original, target);
    Path secret = Files.writeString(outside.resolve("secret.hcl"), "# " + SECRET + "\nstack \"leaked\" {\n"
        + "  tier = \"core\"\n}\n");
    Path fifo = d.resolve(".fifo");
    mkfifo(fifo);
    Path spare = d.resolve(".spare");
    Random random = new Random(26L);
    TreeMap<String, Integer> outcomes = race(repo, () -> {
      try {
        if (random.nextBoolean()) {
          Files.deleteIfExists(spare);
          Files.createSymbolicLink(spare, secret);
          Files.move(spare, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          putInPlace(fifo, spare, target);
        }
        LockSupport.parkNanos(random.nextInt(200_000));
        putInPlace(original, spare, target);
        LockSupport.parkNanos(random.nextInt(400_000));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, List.of(fifo));
    System.out.printf("ListReadRaceTest (drop-in): outcomes %s%n", outcomes);
  }

  @Test
  void aStackFolderOrFileSwappedAfterTheListingIsNeverReadThroughALinkOrWaitedOn() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    StringBuilder catalog = new StringBuilder("root {\n  tiers = { core = \"0-core\" }\n}\n");
    for (int i = 0; i < STACKS; i++) {
      catalog.append("\nstack \"s").append(i).append("\" {\n  tier = \"core\"\n}\n");
    }
    Files.writeString(repo.resolve("stackgen.hcl"), catalog);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Path stacks = repo.resolve("stacks");
    // the swapper's spares: a hidden folder outside stacks/ (never scanned), on the same file system
    Path swap = Files.createDirectories(repo.resolve(".swap"));
    List<Path> fifos = new ArrayList<>();
    for (int i = 0; i < STACKS; i++) {
      Path file = stacks.resolve("s" + i + "/terragrunt.hcl");
      // every file stale, so that check reads each one (no answer from the check cache)
      Files.writeString(file, Files.readString(file) + "# edited\n");
      Files.createLink(swap.resolve("original" + i), file);
      Path mirror = Files.createDirectories(outside.resolve("s" + i));
      Files.writeString(mirror.resolve("terragrunt.hcl"), Files.readString(file).replace("# edited", "# " + SECRET));
      Files.createSymbolicLink(swap.resolve("link" + i), mirror);
      Path fifo = swap.resolve("fifo" + i);
      mkfifo(fifo);
      fifos.add(fifo);
    }
    Path spare = swap.resolve("spare");
    Random random = new Random(2026L);
    TreeMap<String, Integer> outcomes = race(repo, () -> {
      int i = random.nextInt(STACKS);
      Path dir = stacks.resolve("s" + i);
      try {
        if (random.nextBoolean()) {
          // the stack folder for a link to its outside mirror, and back
          Files.move(dir, swap.resolve("aside" + i), StandardCopyOption.ATOMIC_MOVE);
          Files.move(swap.resolve("link" + i), dir, StandardCopyOption.ATOMIC_MOVE);
          LockSupport.parkNanos(random.nextInt(200_000));
          Files.move(dir, swap.resolve("link" + i), StandardCopyOption.ATOMIC_MOVE);
          Files.move(swap.resolve("aside" + i), dir, StandardCopyOption.ATOMIC_MOVE);
        } else {
          // the generated file for a FIFO, and back
          putInPlace(fifos.get(i), spare, dir.resolve("terragrunt.hcl"));
          LockSupport.parkNanos(random.nextInt(200_000));
          putInPlace(swap.resolve("original" + i), spare, dir.resolve("terragrunt.hcl"));
        }
        LockSupport.parkNanos(random.nextInt(400_000));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, fifos);
    System.out.printf("ListReadRaceTest (stacks): outcomes %s%n", outcomes);
  }
}
