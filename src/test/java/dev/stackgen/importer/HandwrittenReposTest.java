package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.HclOracle;
import dev.stackgen.testing.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hand-kept fixture repository ({@code stacks-fixtures/handwritten-repo*}): import, then delete
 * every file it took over and run {@code generate}: each comes back byte for byte (in canonical form
 * where the file was not), every other file is untouched, and {@code check} is clean. The imported
 * catalog and the import report of the fixtures made for issue 12 are golden files
 * ({@code src/test/resources/import-golden/<fixture>/}, {@code -Dstackgen.updateGolden=true} rewrites).
 */
class HandwrittenReposTest {
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");
  /** Fixtures whose import result is pinned byte for byte (the first fixture is also the overlay's). */
  private static final List<String> GOLDEN = List.of("handwritten-repo-2", "handwritten-repo-3");

  @TempDir
  Path temp;

  static List<Path> repos() throws Exception {
    try (Stream<Path> s = Files.list(Fixtures.fixturesDir())) {
      return s.filter(p -> p.getFileName().toString().startsWith("handwritten-repo")).sorted().toList();
    }
  }

  private static Map<String, byte[]> snapshot(Path dir) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    for (String f : Fixtures.listFiles(dir)) {
      files.put(f, Files.readAllBytes(dir.resolve(f)));
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> deletingEveryTakenOverFileAndGeneratingGivesItBack() throws Exception {
    return CaseCount.atLeast(3, "handwritten-repo fixtures", repos()).stream().map(dir -> DynamicTest.dynamicTest(dir
        .getFileName().toString(), () -> {
          Path repo = Fixtures.copyTree(dir, temp.resolve("gen-" + dir.getFileName()));
          Map<String, byte[]> before = snapshot(repo);
          CatalogImporter.Result r = new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
          assertThat(r.differing()).isEmpty();
          assertThat(snapshot(repo)).as("import reads only").containsExactlyInAnyOrderEntriesOf(before);

          Files.writeString(repo.resolve("stackgen.hcl"), r.catalog());
          for (String f : r.takenOver()) {
            Files.delete(repo.resolve(f));
          }
          Run generate = Run.in(repo, "generate");
          assertThat(generate.exit()).as(generate.toString()).isZero();
          for (var e : before.entrySet()) {
            String path = e.getKey();
            byte[] now = Files.readAllBytes(repo.resolve(path));
            if (r.nonCanonical().contains(path)) {
              String original = new String(e.getValue(), StandardCharsets.UTF_8);
              assertThat(new String(now, StandardCharsets.UTF_8)).as(path)
                  .isEqualTo(HclFormatter.format(original, path));
            } else {
              assertThat(now).as(path).isEqualTo(e.getValue());
            }
          }
          Run check = Run.in(repo, "check");
          assertThat(check.exit()).as(check.toString()).isZero();
        }));
  }

  @TestFactory
  Stream<DynamicTest> importedCatalogAndReportAreGolden() {
    return CaseCount.exactly(2, "golden imports", GOLDEN).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve(name), temp.resolve("golden-" + name));
      Run imported = Run.in(repo, "import");
      assertThat(imported.exit()).as(imported.toString()).isZero();
      String report = imported.out().replace(repo.toString(), "<repo>");
      Map<String, String> actual = new LinkedHashMap<>();
      actual.put("stackgen.hcl", Files.readString(repo.resolve("stackgen.hcl"), StandardCharsets.UTF_8));
      actual.put("report.txt", report);
      Path golden = Fixtures.repoRoot().resolve("src/test/resources/import-golden").resolve(name);
      for (var e : actual.entrySet()) {
        Path file = golden.resolve(e.getKey());
        if (UPDATE) {
          Files.createDirectories(golden);
          AtomicWriter.write(file, e.getValue());
        } else {
          assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name + "/" + e.getKey()
              + " (rerun with -Dstackgen.updateGolden=true to accept)").isEqualTo(e.getValue());
        }
      }
    }));
  }

  /** Every file the imported catalogs generate is what the official formatter makes of it, and parses. */
  @TestFactory
  Stream<DynamicTest> generatedFilesPassTheOfficialFormatterAndParser() throws Exception {
    return CaseCount.atLeast(3, "handwritten-repo fixtures", repos()).stream().map(dir -> DynamicTest.dynamicTest(dir
        .getFileName().toString(), () -> {
          HclOracle.assumeAvailable();
          Path repo = Fixtures.copyTree(dir, temp.resolve("oracle-" + dir.getFileName()));
          CatalogImporter.Result r = new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
          Map<String, String> files = new LinkedHashMap<>();
          Path fresh = Files.createDirectories(temp.resolve("fresh-" + dir.getFileName()));
          Files.writeString(fresh.resolve("stackgen.hcl"), r.catalog());
          for (var f : new Renderer(Templates.bundled()).render(dev.stackgen.catalog.CatalogReader.read(fresh))) {
            files.put(f.path(), f.content());
          }
          files.put("stackgen.hcl", r.catalog());
          assertThat(files).hasSizeGreaterThan(5);
          Map<String, String> formatted = HclOracle.format(files);
          for (var e : files.entrySet()) {
            assertThat(formatted.get(e.getKey())).as("official formatter on " + e.getKey()).isEqualTo(e.getValue());
          }
          for (var e : HclOracle.parse(files).entrySet()) {
            assertThat(e.getValue().ok()).as("official parser on " + e.getKey() + ": " + e.getValue().error()).isTrue();
          }
        }));
  }
}
