package dev.stackgen.importer;

import dev.stackgen.testing.CaseCount;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random overlay files ({@link RandomOverlayFiles}) round-trip import → catalog → generate byte
 * for byte, and the overlay the catalog holds is exactly the main.cf Terraform decodes from the file.
 * Fixed seeds by default; {@code -Dstackgen.overlay.seed=random} (or a number) explores further, the
 * seed is in each test's name.
 */
class OverlayRoundTripPropertyTest {
  static final int CASES = 150;
  private static final long BASE = "random".equals(System.getProperty("stackgen.overlay.seed"))
      ? new Random().nextLong() : Long.getLong("stackgen.overlay.seed", 12_000L);

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> randomOverlayFilesRoundTrip() {
    return CaseCount.exactly(150, "seeds", LongStream.range(BASE, BASE + CASES).boxed()).map(seed -> DynamicTest
        .dynamicTest("seed " + seed, () -> {
          Path repo = OverlayRoundTrip.repo(temp.resolve("s" + seed), RandomOverlayFiles.generate(seed), Map.of());
          OverlayRoundTrip.assertRoundTrip(repo);
        }));
  }
}
