package dev.stackgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.stackgen.testing.CaseCount;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of every {@link FuzzTargets target}: each mutant must be accepted or
 * rejected with exactly one {@code file:line:col: message} line, never an uncaught exception or a
 * hang. The seed is fixed so that CI is deterministic; {@code -Dstackgen.fuzz.seed=random} (or
 * {@code =N}) explores others. It is printed at the start and in every failure, with the input saved
 * under {@code target/fuzz-failures}.
 * {@code -Dstackgen.fuzz.scale=F} multiplies the budget (default 11,000 inputs).
 */
@Tag("slow")
class FuzzTest {
  /** Inputs per target at scale 1; the direct targets are cheap, the CLI ones write a file each. */
  private static final Map<String, Integer> BUDGET = Map.ofEntries(
      Map.entry("catalog", 3000), Map.entry("hcl-parse", 3000), Map.entry("hcl-format", 2000),
      Map.entry("cli-check", 500), Map.entry("cli-generate-dry-run", 500), Map.entry("cli-graph", 300),
      Map.entry("cli-postfix-lint", 300), Map.entry("cli-postfix-lint-file", 1000), Map.entry("cli-fmt-check", 500),
      Map.entry("cli-generate-then-check", 300), Map.entry("cli-import-terragrunt", 300),
      Map.entry("cli-import-main-tf", 300));
  private static final int DEFAULT_BUDGET = 500;
  private static final int BATCH = 250;
  private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

  private static final long SEED = seed();
  private static final Map<String, Set<String>> MESSAGES = new ConcurrentHashMap<>();
  private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
  private static long started;

  @TempDir
  static Path work;

  private static long seed() {
    String s = System.getProperty("stackgen.fuzz.seed", "20261128");
    return s.equals("random") ? new java.security.SecureRandom().nextLong() : Long.parseLong(s);
  }

  private static double scale() {
    return Double.parseDouble(System.getProperty("stackgen.fuzz.scale", "1"));
  }

  @TestFactory
  Stream<DynamicTest> fuzz() {
    started = System.nanoTime();
    System.out.println("FuzzTest: seed " + SEED + " (rerun with -Dstackgen.fuzz.seed=" + SEED + ")");
    return CaseCount.atLeast(12, "fuzz targets", FuzzTargets.all(work)).stream()
        .map(t -> DynamicTest.dynamicTest(t.name(), () -> fuzz(t)));
  }

  private static void fuzz(FuzzTarget target) {
    int budget = (int) Math.ceil(BUDGET.getOrDefault(target.name(), DEFAULT_BUDGET) * scale());
    long targetSeed = SEED ^ target.name().hashCode() * 0x9E3779B97F4A7C15L;
    List<byte[]> seeds = target.seeds();
    assertThat(seeds).as("seeds of " + target.name()).isNotEmpty();
    Mutator mutator = new Mutator(targetSeed, seeds);
    Set<String> messages = MESSAGES.computeIfAbsent(target.name(), k -> new TreeSet<>());
    int[] counts = COUNTS.computeIfAbsent(target.name(), k -> new int[2]);
    for (byte[] s : seeds) {
      runOne(target, s, -1, messages, counts);
    }
    for (int done = 0; done < budget; done += BATCH) {
      int from = done;
      int to = Math.min(budget, done + BATCH);
      assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
        for (int k = from; k < to; k++) {
          runOne(target, mutator.next(), k, messages, counts);
        }
      }, () -> target.name() + ": inputs " + from + ".." + (to - 1) + " did not finish in " + BATCH_TIMEOUT
          + " (seed " + SEED + ")");
    }
    System.out.printf("FuzzTest: %-22s %6d inputs, %6d accepted, %4d distinct error messages%n",
        target.name(), counts[0], counts[1], messages.size());
  }

  private static void runOne(FuzzTarget target, byte[] input, int index, Set<String> messages, int[] counts) {
    String error;
    try {
      error = target.run(input);
    } catch (Throwable e) {
      Path saved = save(target, index, input);
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      throw new AssertionError(target.name() + " failed on " + (index < 0 ? "a seed" : "mutant #" + index)
          + " of seed " + SEED + " (input saved to " + saved + "; rerun with -Dstackgen.fuzz.seed=" + SEED
          + "): " + e + "\n" + trace, e);
    }
    counts[0]++;
    if (error == null) {
      counts[1]++;
    } else {
      messages.add(normalise(error));
    }
  }

  /** The message without its position, quoted parts and numbers, so variants count once. */
  static String normalise(String error) {
    return error.replaceFirst("^[^:\\n]+:\\d+:\\d+: ", "")
        .replaceAll("\"[^\"]*+\"", "\"…\"")
        .replaceAll("\\d+", "N");
  }

  private static Path save(FuzzTarget target, int index, byte[] input) {
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      return Files.write(dir.resolve(target.name() + "-" + SEED + "-" + index + ".bin"), input).toAbsolutePath();
    } catch (IOException e) {
      return Path.of("(could not save: " + e + ")");
    }
  }

  @AfterAll
  static void summary() {
    int total = COUNTS.values().stream().mapToInt(c -> c[0]).sum();
    Set<String> all = new TreeSet<>();
    MESSAGES.values().forEach(all::addAll);
    System.out.printf("FuzzTest: seed %d, %d inputs in %.1f s, %d distinct error messages%n", SEED, total,
        (System.nanoTime() - started) / 1e9, all.size());
    if (Boolean.getBoolean("stackgen.fuzz.verbose")) {
      Map<String, Set<String>> sorted = new TreeMap<>(MESSAGES);
      sorted.forEach((t, m) -> m.forEach(msg -> System.out.println("  " + t + ": " + msg)));
    }
    if (scale() >= 1 && COUNTS.keySet().containsAll(BUDGET.keySet())) {
      assertThat(total).as("mutated inputs per run").isGreaterThanOrEqualTo(10_000);
    }
  }
}
