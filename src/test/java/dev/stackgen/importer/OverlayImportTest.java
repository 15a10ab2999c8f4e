package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.CaseCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlay files shaped as people keep them (src/test/resources/overlay-import/golden/taken): each is imported
 * into a one-stack repository and must come back byte for byte, with the catalog the import writes equal
 * to the golden {@code <case>.catalog.hcl}; the files in {@code refused/} are left alone with the exact
 * reason in {@code <case>.reason.txt}. A {@code <case>.mount.tf} goes in as the module's main.tf.
 * {@code -Dstackgen.updateGolden=true} rewrites the goldens (review every byte).
 */
class OverlayImportTest {
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");
  private static final Path DIR = Path.of("src/test/resources/overlay-import/golden");

  @TempDir
  Path temp;

  private static List<Path> cases(String kind) throws Exception {
    try (Stream<Path> s = Files.list(DIR.resolve(kind))) {
      return s.filter(p -> p.toString().endsWith(".tf") && !p.toString().endsWith(".mount.tf")).sorted().toList();
    }
  }

  private static String caseName(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - 3);
  }

  private Path repoFor(Path tf) throws Exception {
    Path mount = tf.resolveSibling(caseName(tf) + ".mount.tf");
    Map<String, String> extra = Files.exists(mount)
        ? Map.of("stacks/mailserver/modules/mailserver/main.tf", Files.readString(mount)) : Map.of();
    return OverlayRoundTrip.repo(temp.resolve(caseName(tf)), Files.readString(tf), extra);
  }

  private static void golden(Path file, String actual) throws Exception {
    if (UPDATE) {
      Files.writeString(file, actual);
    }
    assertThat(Files.exists(file)).as(file + " (rerun with -Dstackgen.updateGolden=true to write it)").isTrue();
    assertThat(actual).as(file.toString()).isEqualTo(Files.readString(file));
  }

  /**
   * A parameter of the policyd-spf service (which docker-mailserver's start-up adds, not the image's
   * master.cf) makes import state the environment, so the imported catalog passes the same validation
   * as check and generate (lint included) and still regenerates the file byte for byte.
   */
  @org.junit.jupiter.api.Test
  void aStartupServiceParameterStatesTheEnvironmentSoTheCatalogLintsClean() throws Exception {
    String file =
        "variable \"postfix_cf\" {\n  default = <<EOT\npolicyd-spf_time_limit = 3600\nsmtpd_use_tls=yes\nEOT\n}\n";
    CatalogImporter.Result r = OverlayRoundTrip.assertRoundTrip(OverlayRoundTrip.repo(temp.resolve("spf"), file, Map
        .of()));
    assertThat(r.catalog()).containsPattern("\\n *env += \\{\\}\\n");
    var catalog = dev.stackgen.catalog.CatalogReader.parse(
        List.of(new dev.stackgen.catalog.CatalogReader.Source("stackgen.hcl", r.catalog())));
    assertThat(new dev.stackgen.render.Renderer(dev.stackgen.render.Templates.bundled()).render(catalog).stream()
        .filter(f -> f.path().equals(OverlayRoundTrip.PATH)).findFirst().orElseThrow().content()).isEqualTo(file);

    String plain = "variable \"postfix_cf\" {\n  default = <<EOT\nsmtpd_use_tls=yes\nEOT\n}\n";
    CatalogImporter.Result p = OverlayRoundTrip.assertRoundTrip(OverlayRoundTrip.repo(temp.resolve("plain"), plain, Map
        .of()));
    assertThat(p.catalog()).doesNotContainPattern("\\n *env +=");
  }

  /**
   * An overlay file not in canonical form (its variable block's body indented four spaces, '=' not aligned,
   * a verbatim block beside it) is taken over as in canonical form: the stack value import builds from it is
   * the one its catalog block reads back, and the file is named as regenerated in canonical form.
   */
  @org.junit.jupiter.api.Test
  void anOverlayFileNotInCanonicalFormIsTakenOver() throws Exception {
    String file = "variable \"postfix_cf\" {\n    description = \"overlay\"\n    sensitive = false\n"
        + "  default = <<EOT\nsmtpd_use_tls=yes\nEOT\n      nullable=false\n}\n\nlocals {\n      a    =   1\n}\n";
    CatalogImporter.Result r = OverlayRoundTrip.importRepo(OverlayRoundTrip.repo(temp.resolve("ragged"), file, Map
        .of()));
    assertThat(r.leftAlone()).as("left alone").doesNotContainKey(OverlayRoundTrip.PATH);
    assertThat(r.takenOver()).contains(OverlayRoundTrip.PATH);
    assertThat(r.nonCanonical()).contains(OverlayRoundTrip.PATH);
    assertThat(OverlayRoundTrip.render(r.catalog()).get(OverlayRoundTrip.PATH)).isEqualTo(
        dev.stackgen.hcl.HclFormatter.format(file));
  }

  @TestFactory
  List<DynamicTest> takenOverByteForByte() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path tf : CaseCount.atLeast(7, "overlay import cases in taken/", cases("taken"))) {
      tests.add(DynamicTest.dynamicTest(caseName(tf), () -> {
        CatalogImporter.Result r = OverlayRoundTrip.assertRoundTrip(repoFor(tf));
        golden(tf.resolveSibling(caseName(tf) + ".catalog.hcl"), r.catalog());
        assertThat(r.overlays()).as("overlays").isNotEmpty()
            .allMatch(o -> o.startsWith("mailserver: " + OverlayRoundTrip.FILE + " variable "));
      }));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(7);
    return tests;
  }

  @TestFactory
  List<DynamicTest> refusedWithTheExactReason() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path tf : CaseCount.atLeast(3, "overlay import cases in refused/", cases("refused"))) {
      tests.add(DynamicTest.dynamicTest(caseName(tf), () -> {
        CatalogImporter.Result r = OverlayRoundTrip.importRepo(repoFor(tf));
        assertThat(r.takenOver()).doesNotContain(OverlayRoundTrip.PATH);
        assertThat(r.leftAlone()).containsKey(OverlayRoundTrip.PATH);
        String reason = r.leftAlone().get(OverlayRoundTrip.PATH) + "\n"
            + String.join("\n", r.verbatimMainCf()) + (r.verbatimMainCf().isEmpty() ? "" : "\n");
        golden(tf.resolveSibling(caseName(tf) + ".reason.txt"), reason);
      }));
    }
    return tests;
  }
}
