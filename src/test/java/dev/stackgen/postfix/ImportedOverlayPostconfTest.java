package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.importer.OverlayRoundTrip;
import dev.stackgen.importer.RandomOverlayFiles;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.testing.CaseCount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported overlays against the real postconf: a seeded random overlay file is imported, and what
 * {@code postfix effective} says of the overlay in the catalog must equal {@code postconf -c DIR -n} on
 * docker-mailserver's main.cf followed by the main.cf Terraform decodes from the original file. This
 * ties the importer's reading of every spelling to Postfix's own.
 */
class ImportedOverlayPostconfTest {
  private static final String POSTCONF = System.getenv().getOrDefault("STACKGEN_POSTCONF", "/usr/sbin/postconf");
  private static final Profile DMS = Profile.load("dms-15");

  @TempDir
  static Path tmp;

  @BeforeAll
  static void needsPostconf() {
    boolean present = Files.isExecutable(Path.of(POSTCONF));
    if ("1".equals(System.getenv("STACKGEN_REQUIRE_ORACLES"))) {
      assertThat(present).as("STACKGEN_REQUIRE_ORACLES=1 but " + POSTCONF + " is missing (apt-get install -y postfix)")
          .isTrue();
    }
    if (!present) {
      System.err.println("ImportedOverlayPostconfTest skipped: " + POSTCONF
          + " not installed (apt-get install -y postfix)");
    }
    Assumptions.assumeTrue(present, POSTCONF + " not installed (apt-get install -y postfix)");
  }

  @TestFactory
  Stream<DynamicTest> effectiveOfTheImportedOverlayIsWhatPostconfMakesOfTheFile() {
    return CaseCount.exactly(40, "seeds", LongStream.range(12_000, 12_040).boxed()).map(seed -> DynamicTest.dynamicTest(
        "seed " + seed, () -> {
          String file = RandomOverlayFiles.generate(seed);
          Path repo = OverlayRoundTrip.repo(tmp.resolve("repo-" + seed), file, Map.of());
          List<PostfixOverlay> overlays = OverlayRoundTrip.overlays(OverlayRoundTrip.assertRoundTrip(repo).catalog());
          assertThat(overlays).hasSize(1);
          String decoded = OverlayRoundTrip.terraformValue(file, "postfix_cf");

          Path dir = Files.createDirectory(tmp.resolve("postconf-" + seed));
          Files.writeString(dir.resolve("main.cf"), DMS.mainCfText() + decoded, StandardCharsets.UTF_8);
          Files.writeString(dir.resolve("master.cf"), DMS.masterCfText(), StandardCharsets.UTF_8);
          Files.setLastModifiedTime(dir.resolve("main.cf"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
          Process p = new ProcessBuilder(POSTCONF, "-c", dir.toString(), "-n")
              .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
          assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("postconf finished").isTrue();
          assertThat(p.exitValue()).as("postconf exit (%s)", Files.readString(dir.resolve("stderr"))).isZero();
          String expected = Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8).lines()
              .filter(l -> !l.equals("config_directory = " + dir))
              .map(l -> l + "\n")
              .reduce("", String::concat);
          // The image as shipped (postconf reads the image's files): without the docker-mailserver start-up
          // that import states for a policyd-spf parameter (env = {}).
          PostfixOverlay o = overlays.get(0);
          PostfixOverlay shipped = new PostfixOverlay(o.variable(), o.file(), o.profile(), o.entries(), o.leading(),
              o.source(), o.layout(), dev.stackgen.model.DmsSetup.NONE);
          assertThat(CatalogLint.effective(shipped).render()).as("postfix effective vs postconf -n")
              .isEqualTo(expected);
        }));
  }
}
