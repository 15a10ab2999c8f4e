package dev.stackgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.output.DriftReport;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.io.IOException;
import java.io.InputStream;
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

  /** Every fixture folder, with or without a catalog: fmt and completion. */
  static Stream<Path> everyFixture() throws IOException {
    return allFixtures().stream();
  }

  /** The main.cf fragments of the Postfix lint corpus: {@code postfix lint|effective --file}. */
  static Stream<String> postfixFragments() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.repoRoot().resolve(FRAGMENTS))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cf") && n.indexOf('.') == n.length() - 3)
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  private static final String FRAGMENTS = "src/test/resources/postfix-lint";

  @Test
  void everyFixtureAndLayoutIsCovered() throws IOException {
    assertThat(catalogFixtures().count()).isEqualTo(11);
    assertThat(importLayouts().count()).isEqualTo(27);
    assertThat(everyFixture().count()).isEqualTo(14);
    assertThat(postfixFragments().count()).isEqualTo(68);
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void newStackAgrees(Path fixture) throws Exception {
    Path viaFacade = Fixtures.copyTree(fixture, tmp.resolve("facade"));
    Path viaCli = Fixtures.copyTree(fixture, tmp.resolve("cli"));
    var stacks = Stackgen.open(viaFacade).catalog().stacks();
    List<String> deps = stacks.isEmpty() ? List.of() : List.of(stacks.get(0).name());
    List<String> args = new ArrayList<>(List.of("new", "extra", "--kind", "module"));
    if (!deps.isEmpty()) {
      args.addAll(List.of("--depends-on", deps.get(0)));
    }
    for (boolean dryRun : new boolean[] {true, false}) {
      List<String> cliArgs = new ArrayList<>(args);
      if (dryRun) {
        cliArgs.add("--dry-run");
      }
      Run cli = Run.in(viaCli, cliArgs.toArray(String[]::new));
      StackAdded added;
      try {
        added = Stackgen.newStack(viaFacade, "extra", java.util.Optional.empty(), deps,
            java.util.Optional.of("module"), RunOptions.builder().dryRun(dryRun).build());
      } catch (StackgenException e) {
        assertFailedAlike(cli, "new", e);
        assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
        return;
      }
      assertThat(cli.exit()).as(cli.toString()).isZero();
      assertThat(cli.out()).isEqualTo(printed(added));
      assertThat(added.block()).contains("stack \"extra\"");
      assertThat(added.dryRun()).isEqualTo(dryRun);
    }
    assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
    assertThat(Stackgen.open(viaFacade).catalog().stack("extra")).isPresent();

    // the same refusals, in the same words
    InvalidRequestException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRequestException.class,
        () -> Stackgen.newStack(viaFacade, "extra", java.util.Optional.empty(), List.of(), java.util.Optional.empty(),
            RunOptions.builder().build()));
    assertFailedAlike(Run.in(viaCli, "new", "extra"), "new", e);
    e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRequestException.class,
        () -> Stackgen.newStack(viaFacade, "other", java.util.Optional.of("no-such-tier"), List.of(),
            java.util.Optional.empty(), RunOptions.builder().build()));
    assertFailedAlike(Run.in(viaCli, "new", "other", "--tier", "no-such-tier"), "new", e);
    assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void migrateRootHclAgrees(Path fixture) throws Exception {
    Path viaFacade = Fixtures.copyTree(fixture, tmp.resolve("facade"));
    Path viaCli = Fixtures.copyTree(fixture, tmp.resolve("cli"));
    int migrated = 0;
    for (boolean dryRun : new boolean[] {true, false, false}) {
      Run cli = dryRun ? Run.in(viaCli, "migrate", "root-hcl", "--dry-run") : Run.in(viaCli, "migrate", "root-hcl");
      RootFileMigrated m;
      try {
        m = Stackgen.migrateRootHcl(viaFacade, RunOptions.builder().dryRun(dryRun).build());
      } catch (StackgenException e) {
        assertFailedAlike(cli, "migrate", e);
        assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
        return;
      }
      assertThat(cli.exit()).as(cli.toString()).isZero();
      assertThat(cli.out()).isEqualTo(printed(m));
      assertThat(cli.err()).isEqualTo(String.join("", m.notes().stream()
          .map(n -> "stackgen migrate: note: " + n + "\n").toList()));
      assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
      if (m.outcome() == RootFileMigrated.Outcome.MIGRATED) {
        migrated++;
      }
    }
    // a dry run and a run migrate, the third run has nothing to do (none has, for a catalog using root.hcl)
    boolean already = Stackgen.open(fixture).catalog().settings().rootFile().equals("root.hcl");
    assertThat(migrated).isEqualTo(already ? 0 : 2);
    assertThat(Files.exists(viaFacade.resolve("root.hcl"))).isTrue();
    assertThat(Stackgen.check(viaFacade, RunOptions.builder().build()).clean()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtures")
  void postfixEffectiveAgrees(Path fixture) throws Exception {
    var stacks = Stackgen.open(fixture).catalog().stacks().stream().filter(st -> !st.overlays().isEmpty())
        .map(st -> st.name()).toList();
    List<java.util.Optional<String>> asked = new ArrayList<>();
    asked.add(java.util.Optional.empty());
    stacks.forEach(st -> asked.add(java.util.Optional.of(st)));
    for (var stack : asked) {
      for (List<String> flags : List.of(List.<String>of(), List.of("--origins", "--master", "--master-parameters"))) {
        List<String> args = new ArrayList<>(List.of("postfix", "effective"));
        stack.ifPresent(st -> args.addAll(List.of("--stack", st)));
        args.addAll(flags);
        Run cli = Run.in(fixture, args.toArray(String[]::new));
        PostfixEffective effective = Stackgen.postfixEffective(fixture, stack, flags.contains("--origins"),
            RunOptions.builder().build());
        assertThat(effective.overlays().isEmpty()).isEqualTo(stacks.isEmpty());
        assertEffectivePrinted(cli, effective, flags);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postfixFragments")
  void postfixFragmentAgrees(String name) throws Exception {
    Path dir = Fixtures.repoRoot().resolve(FRAGMENTS);
    Path file = dir.resolve(name + ".cf");
    List<String> args = new ArrayList<>(List.of("--file", file.toString()));
    PostfixOptions.Builder options = PostfixOptions.builder();
    Path env = dir.resolve(name + ".env");
    if (Files.exists(env)) {
      args.add("--startup");
      java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
      for (String l : Files.readAllLines(env)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          args.addAll(List.of("--env", l));
          values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
        }
      }
      options.environment(values);
    }
    for (String[] extra : new String[][] {{"master-append", "--master-file"}, {"master-override",
        "--master-override"}}) {
      Path p = dir.resolve(name + "." + extra[0] + ".cf");
      if (Files.exists(p)) {
        args.addAll(List.of(extra[1], p.toString()));
        if (extra[0].equals("master-append")) {
          options.masterAppend(p);
        } else {
          options.masterOverride(p);
        }
      }
    }
    List<String> lintArgs = new ArrayList<>(List.of("postfix", "lint", "--verbose"));
    lintArgs.addAll(args);
    Run lint = Run.of(lintArgs.toArray(String[]::new));
    var findings = Stackgen.postfixLint(file, options.verbose(true).build());
    assertThat(lint.exit()).as(lint.toString())
        .isEqualTo(findings.stream().anyMatch(f -> f.severity() == dev.stackgen.postfix.Severity.ERROR) ? 1 : 0);
    assertThat(lint.out()).startsWith(String.join("", findings.stream().map(f -> f.format() + "\n").toList()));
    assertThat(lint.out().lines().count()).isEqualTo(findings.size() + 1L);

    for (List<String> flags : List.of(List.<String>of(), List.of("--origins", "--master-parameters"),
        List.of("--master"))) {
      List<String> effectiveArgs = new ArrayList<>(List.of("postfix", "effective"));
      effectiveArgs.addAll(args);
      effectiveArgs.addAll(flags);
      Run cli = Run.of(effectiveArgs.toArray(String[]::new));
      PostfixEffective effective = Stackgen.postfixEffective(file, options.origins(flags.contains("--origins"))
          .build());
      assertThat(effective.overlays()).hasSize(1);
      assertEffectivePrinted(cli, effective, flags);
    }
    // a variable docker-mailserver does not have: the same refusal
    InvalidRequestException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRequestException.class,
        () -> Stackgen.postfixLint(file, PostfixOptions.builder().environment(java.util.Map.of("NO_SUCH_VAR", "1"))
            .build()));
    assertFailedAlike(Run.of("postfix", "lint", "--file", file.toString(), "--env", "NO_SUCH_VAR=1"), "postfix", e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFixture")
  void formatAgrees(Path fixture) throws Exception {
    Path viaFacade = Fixtures.copyTree(fixture, tmp.resolve("facade"));
    Path viaCli = Fixtures.copyTree(fixture, tmp.resolve("cli"));
    for (Path repo : List.of(viaFacade, viaCli)) {
      Files.writeString(repo.resolve("unformatted.tf"), "a=1\nbb   =  \"x\"\nblock  \"l\"  {\nc=[1,2]\n}\n");
      Files.writeString(repo.resolve("broken.hcl"), "a = {\n");
    }
    for (boolean check : new boolean[] {true, false}) {
      Run cli = check ? Run.in(viaCli, "fmt", "--check", "--diff") : Run.in(viaCli, "fmt");
      Formatted formatted = Stackgen.format(List.of(), viaFacade, viaFacade, check, check, InputStream
          .nullInputStream());
      assertThat(formatted.failed()).isTrue();
      assertThat(formatted.unformatted()).isEqualTo(check);
      assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
      StringBuilder out = new StringBuilder();
      StringBuilder err = new StringBuilder();
      for (Formatted.File f : formatted.files()) {
        out.append(f.diff());
        if (f.outcome() == Formatted.Outcome.FAILED) {
          err.append(f.error()).append('\n');
        } else if (f.outcome() != Formatted.Outcome.UNCHANGED) {
          out.append(f.name()).append('\n');
        }
      }
      assertThat(cli.out()).isEqualTo(out.toString());
      assertThat(cli.err()).isEqualTo(err.toString());
      assertThat(formatted.files()).extracting(Formatted.File::name).contains("unformatted.tf", "broken.hcl");
      assertThat(tree(viaCli)).isEqualTo(tree(viaFacade));
    }
    assertThat(Files.readString(viaFacade.resolve("unformatted.tf"))).startsWith("a  = 1\n");
    String stdin = "x=1\n";
    Run cli = Run.withInput(stdin, "fmt", "-");
    Formatted formatted = Stackgen.format(List.of("-"), null, null, false, false,
        new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(cli.out()).isEqualTo(formatted.files().get(0).formatted()).isEqualTo("x = 1\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFixture")
  void completionsAgree(Path fixture) throws Exception {
    for (String kind : List.of("stacks", "tiers")) {
      Run cli = Run.in(fixture, "__complete", kind);
      assertThat(cli.exit()).isZero();
      assertThat(cli.err()).isEmpty();
      if (!Files.exists(fixture.resolve("stackgen.hcl"))) {
        // no catalog here or above: the call says so, completion prints nothing
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(StackgenException.class,
            () -> Stackgen.completions(fixture, kind)).getMessage()).contains("no stackgen.hcl");
        assertThat(cli.out()).isEmpty();
        continue;
      }
      List<String> names = Stackgen.completions(fixture, kind);
      assertThat(cli.out()).isEqualTo(String.join("", names.stream().map(n -> n + "\n").toList()));
      var catalog = Stackgen.open(fixture).catalog();
      assertThat(names).isEqualTo(kind.equals("stacks") ? catalog.stacks().stream().map(st -> st.name()).toList()
          : catalog.root().tiers().stream().map(t -> t.name()).toList());
    }
  }

  @Test
  void templatesFolderAgrees() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("minimal"), tmp.resolve("repo"));
    assertThat(Stackgen.templatesFolder(repo)).isEmpty();
    Path catalog = repo.resolve("stackgen.hcl");
    Files.writeString(catalog, "stackgen {\n  templates = \"my-templates\"\n}\n" + Files.readString(catalog));
    StackgenException e = org.assertj.core.api.Assertions.catchThrowableOfType(StackgenException.class,
        () -> Stackgen.templatesFolder(repo));
    assertThat(e.position()).isPresent();
    Run cli = Run.in(repo, "check");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(e.getMessage() + "\n");
    Files.createDirectories(repo.resolve("my-templates"));
    assertThat(Stackgen.templatesFolder(repo)).contains(repo.resolve("my-templates").toRealPath());
  }

  /** The CLI failed with exit 2 and the line the command line prints for {@code e}. */
  private static void assertFailedAlike(Run cli, String command, StackgenException e) {
    assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
    if (e instanceof InvalidRequestException) {
      assertThat(cli.err()).isEqualTo("stackgen " + command + ": " + e.getMessage() + " (see stackgen " + command
          + " --help)\n");
    } else if (StackgenException.located(e)) {
      assertThat(cli.err()).isEqualTo(e.getMessage() + "\n");
    } else {
      assertThat(cli.err()).isEqualTo("stackgen " + command + ": " + StackgenException.describe(e) + "\n");
    }
  }

  /** What {@code stackgen postfix effective} prints for a result with {@code flags}. */
  private static void assertEffectivePrinted(Run cli, PostfixEffective effective, List<String> flags) {
    if (effective.none().isPresent()) {
      assertThat(cli.exit()).isEqualTo(2);
      assertThat(cli.err()).isEqualTo("stackgen postfix effective: " + effective.none().get() + "\n");
      return;
    }
    StringBuilder out = new StringBuilder();
    boolean master = flags.contains("--master") || flags.contains("--master-parameters");
    for (PostfixEffective.Overlay o : effective.overlays()) {
      if (effective.overlays().size() > 1) {
        out.append("# ").append(o.stack()).append(": ").append(o.file()).append(" variable \"").append(o.variable())
            .append("\"\n");
      }
      if (master && o.masterFatal().isPresent()) {
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith(o.masterFatal().get() + ", so there is no master.cf to print");
        assertThat(cli.out()).isEqualTo(out.toString());
        return;
      }
      out.append(o.mainCf());
      if (flags.contains("--master")) {
        out.append(o.master());
      }
      if (flags.contains("--master-parameters")) {
        out.append(o.masterParameters());
      }
    }
    assertThat(cli.exit()).as(cli.toString()).isZero();
    assertThat(cli.out()).isEqualTo(out.toString());
  }

  /** What {@code stackgen new} prints for a result. */
  private static String printed(StackAdded a) {
    StringBuilder b = new StringBuilder();
    if (a.dryRun()) {
      b.append("would add to ").append(a.catalogFile()).append(":\n").append(a.block());
      a.changes().forEach(c -> b.append("would be ").append(c.action()).append(' ').append(c.path()).append('\n'));
      a.scaffold().ifPresent(p -> b.append("would be created ").append(p).append(" (scaffold, yours to edit)\n"));
      return b.toString();
    }
    b.append("added stack \"").append(a.stack()).append("\" to ").append(a.catalogFile()).append('\n');
    a.changes().forEach(c -> b.append(c.action()).append(' ').append(c.path()).append('\n'));
    a.scaffold().ifPresent(p -> b.append("created ").append(p).append(" (scaffold, yours to edit)\n"));
    return b.toString();
  }

  /** What {@code stackgen migrate root-hcl} prints for a result. */
  private static String printed(RootFileMigrated m) {
    String prefix = m.dryRun() ? "would be " : "";
    return switch (m.outcome()) {
      case NOTHING_TO_DO -> "migrate root-hcl: the catalog already uses " + m.to() + "; nothing to do\n";
      case FINISHED_INTERRUPTED -> prefix + "removed " + m.from() + " (left by an interrupted migrate root-hcl)\n"
          + "migrate root-hcl: finished an interrupted migration to " + m.to() + "\n";
      case MIGRATED -> String.join("", m.changes().stream().map(c -> prefix + c.action() + " " + c.path() + "\n")
          .toList()) + prefix + "removed " + m.from() + "\nmigrate root-hcl: " + m.from() + " -> " + m.to() + ", "
          + m.lookups() + " find_in_parent_folders lookup" + (m.lookups() == 1 ? "" : "s") + " rewritten, "
          + m.changes().size() + " file" + (m.changes().size() == 1 ? "" : "s")
          + (m.dryRun() ? " would change" : " changed") + "\n";
    };
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
