package dev.stackgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.output.DriftReport;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the command line does, a Java program does through {@link Stackgen} with the same checks and
 * results: for every fixture, the facade call and {@code dev.stackgen.cli.Main} agree on exit status,
 * printed report, files written and errors.
 */
class FacadeParityTest {
  @TempDir
  Path tmp;

  /** Every fixture holding a catalog: check, generate and graph. */
  static Stream<Path> catalogFixtures() {
    return Fixtures.catalogCases().stream();
  }

  /** Every import layout: each fixture without its catalog, and each repository of the wild corpus. */
  static Stream<Path> importLayouts() throws IOException {
    List<Path> all = new ArrayList<>(allFixtures());
    try (Stream<Path> wild = Files.list(Fixtures.repoRoot().resolve("src/test/resources/wild-corpus"))) {
      all.addAll(wild.filter(Files::isDirectory).sorted().toList());
    }
    return all.stream();
  }

  private static List<Path> allFixtures() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.fixturesDir())) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void everyFixtureAndLayoutIsCovered() throws IOException {
    assertThat(catalogFixtures().count()).isEqualTo(11);
    assertThat(importLayouts().count()).isEqualTo(27);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void checkAgrees(Path fixture) throws Exception {
    Path repo = Fixtures.copyTree(fixture, tmp.resolve("repo"));
    // one stale and one missing file, where the fixture has them, so the reports have something to say
    List<GeneratedFile> files = Stackgen.open(repo).render();
    Files.writeString(repo.resolve(files.get(0).path()), files.get(0).content() + "# edited\n");
    Files.deleteIfExists(repo.resolve(files.get(files.size() - 1).path()));

    Stackgen.Check check = Stackgen.check(repo, RunOptions.builder().build());
    Run cli = Run.in(repo, "check");
    Run json = Run.in(repo, "check", "--format", "json");

    assertThat(cli.exit()).as(cli.toString()).isEqualTo(check.clean() ? 0 : 1);
    assertThat(check.clean()).isFalse();
    DriftReport.Advice advice = new DriftReport.Advice("stackgen", " -C " + DriftReport.shellQuote(repo.toString()),
        null);
    assertThat(cli.out()).isEqualTo(check.report(advice).text(false));
    assertThat(json.out()).isEqualTo(check.report(advice).json());
    assertThat(Run.in(repo, "check", "--diff").out()).isEqualTo(check.report(advice).text(true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void generateAgrees(Path fixture) throws Exception {
    Path viaFacade = Fixtures.copyTree(fixture, tmp.resolve("facade"));
    Path viaCli = Fixtures.copyTree(fixture, tmp.resolve("cli"));
    for (GeneratedFile f : Stackgen.open(viaFacade).render()) {
      Files.deleteIfExists(viaFacade.resolve(f.path()));
      Files.deleteIfExists(viaCli.resolve(f.path()));
    }

    for (boolean dryRun : new boolean[] {true, false}) {
      Stackgen.Generated generated = Stackgen.generate(viaFacade, RunOptions.builder().dryRun(dryRun).build());
      Run cli = dryRun ? Run.in(viaCli, "generate", "--dry-run") : Run.in(viaCli, "generate");
      assertThat(cli.exit()).as(cli.toString()).isZero();
      assertThat(cli.out()).isEqualTo(printed(generated));
      assertThat(generated.changed()).isPositive();
    }
    assertThat(tree(viaFacade)).isEqualTo(tree(viaCli));
    assertThat(Stackgen.check(viaFacade, RunOptions.builder().build()).clean()).isTrue();
    assertThat(Run.in(viaCli, "check").exit()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void unknownStackAgrees(Path fixture) throws Exception {
    Path repo = Fixtures.copyTree(fixture, tmp.resolve("repo"));
    var stacks = Stackgen.open(repo).catalog().stacks();
    String typo = stacks.isEmpty() ? "no-such-stack" : stacks.get(0).name() + "x";
    UnknownStackException e = org.assertj.core.api.Assertions.catchThrowableOfType(UnknownStackException.class,
        () -> Stackgen.generate(repo, RunOptions.builder().stacks(List.of(typo)).build()));
    Run cli = Run.in(repo, "generate", "--stack", typo);
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(e.stack()).isEqualTo(typo);
    assertThat(cli.err()).isEqualTo("stackgen generate: --stack " + typo + ": no such stack in the catalog"
        + e.suggestion().map(n -> "; did you mean " + n + "?").orElse("") + " (see stackgen generate --help)\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void graphExplainAndPostfixLintAgree(Path fixture) throws Exception {
    Stackgen sg = Stackgen.open(fixture, RunOptions.builder().build());
    for (String format : List.of("order", "mermaid", "dot")) {
      Run cli = Run.in(fixture, "graph", "--format", format);
      assertThat(cli.exit()).as(cli.toString()).isZero();
      assertThat(cli.out()).isEqualTo(sg.graphText(format, java.util.Optional.empty(), false, false));
    }
    assertThat(Run.in(fixture, "graph", "--reverse").out())
        .isEqualTo(sg.graphText("order", java.util.Optional.empty(), false, true));
    if (!sg.catalog().stacks().isEmpty()) {
      String last = sg.catalog().stacks().get(sg.catalog().stacks().size() - 1).name();
      assertThat(Run.in(fixture, "graph", "--stack", last).out())
          .isEqualTo(sg.graphText("order", java.util.Optional.of(last), false, false));
      assertThat(Run.in(fixture, "graph", "--stack", last, "--dependents", "--format", "dot").out())
          .isEqualTo(sg.graphText("dot", java.util.Optional.of(last), true, false));
    }
    for (String stack : sg.catalog().stacks().stream().filter(st -> !st.overlays().isEmpty())
        .map(st -> st.name()).toList()) {
      var findings = Stackgen.postfixLint(fixture, java.util.Optional.of(stack), true, w -> {});
      Run lint = Run.in(fixture, "postfix", "lint", "--stack", stack, "--verbose");
      assertThat(lint.exit()).as(lint.toString()).isEqualTo(dev.stackgen.postfix.PostfixLint.exitCode(findings));
      assertThat(lint.out()).startsWith(dev.stackgen.postfix.PostfixLint.format(findings));
    }
    var all = Stackgen.postfixLint(fixture, java.util.Optional.empty(), false, w -> {});
    assertThat(all).isEqualTo(sg.postfixLint());
    assertThat(Run.in(fixture, "postfix", "lint").out()).startsWith(dev.stackgen.postfix.PostfixLint.format(all));
    String path = sg.render().get(0).path();
    Run explain = Run.in(fixture, "explain", path + ":1", "--format", "json");
    assertThat(explain.exit()).as(explain.toString()).isZero();
    assertThat(explain.out()).isEqualTo(dev.stackgen.output.ExplainReport.json(sg.explain(path).orElseThrow(),
        List.of(sg.explain(path).orElseThrow().lines().get(0))));
  }

  @Test
  void changedAgrees() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), tmp.resolve("repo"));
    for (List<String> git : List.of(List.of("init", "-q"), List.of("add", "-A"),
        List.of("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x"))) {
      List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
      command.addAll(git);
      assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
    Run added = Run.in(repo, "new", "extra");
    assertThat(added.exit()).as(added.toString()).isZero();

    Stackgen.Changed changed = Stackgen.changed(repo, "HEAD", false, RunOptions.builder().build());
    Run cli = Run.in(repo, "changed", "--since", "HEAD");
    assertThat(cli.exit()).as(cli.toString()).isZero();
    assertThat(changed.stacks()).contains("extra");
    assertThat(cli.out()).isEqualTo(String.join("", changed.stacks().stream().map(st -> st + "\n").toList()));
    assertThat(cli.err()).isEqualTo(String.join("",
        changed.notes().stream().map(n -> "stackgen changed: note: " + n + "\n").toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("importLayouts")
  void importAgrees(Path layout) throws Exception {
    Path viaFacade = withoutCatalog(Fixtures.copyTree(layout, tmp.resolve("facade")));
    Path viaCli = withoutCatalog(Fixtures.copyTree(layout, tmp.resolve("cli")));

    Stackgen.Imported imported;
    try {
      imported = Stackgen.importRepository(viaFacade, ImportOptions.builder().write().build());
    } catch (StackgenException e) {
      Run cli = Run.in(viaCli, "import");
      assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
      assertThat(cli.err()).as(cli.toString()).endsWith(e.getMessage().lines().findFirst().orElseThrow() + "\n");
      assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
      return;
    }
    Run cli = Run.in(viaCli, "import");
    assertThat(cli.exit()).as(cli.toString()).isEqualTo(imported.differing().isEmpty() ? 0 : 1);
    assertThat(cli.out()).startsWith("stacks imported: " + imported.stacks().size() + "\n")
        .contains("\nwrote stackgen.hcl\n")
        .endsWith("round-trip: " + imported.identical() + "/" + imported.takenOver().size() + " files identical\n");
    for (String f : imported.differing()) {
      assertThat(cli.out()).contains("differs after regeneration: " + f + "\n");
    }
    assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
    assertThat(Files.readString(viaCli.resolve("stackgen.hcl"))).isEqualTo(imported.catalog());
  }

  /** What {@code stackgen generate} prints for a result. */
  private static String printed(Stackgen.Generated g) {
    StringBuilder b = new StringBuilder();
    for (Stackgen.Change c : g.changes()) {
      b.append(g.dryRun() ? "would be " : "").append(c.action()).append(' ').append(c.path())
          .append(c.handEditsReplaced() ? " (hand edits replaced)" : "").append('\n');
    }
    b.append("generate: ").append(g.changed()).append(g.dryRun() ? " would change, " : " changed, ")
        .append(g.unchanged()).append(" unchanged");
    if (g.orphaned() > 0) {
      b.append(", ").append(g.orphaned()).append(" orphaned (use --prune to remove)");
    }
    return b.append('\n').toString();
  }

  private static Path withoutCatalog(Path repo) throws IOException {
    Files.deleteIfExists(repo.resolve("stackgen.hcl"));
    Path dropIns = repo.resolve("stackgen.d");
    if (Files.isDirectory(dropIns)) {
      for (String f : Fixtures.listFiles(dropIns)) {
        Files.delete(dropIns.resolve(f));
      }
    }
    return repo;
  }

  /** Every regular file below {@code dir} with its bytes as text. */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : Fixtures.listFiles(dir)) {
      files.put(f, Files.readString(dir.resolve(f), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return files;
  }
}
