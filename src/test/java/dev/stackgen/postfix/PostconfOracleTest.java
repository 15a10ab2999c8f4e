package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.stackgen.testing.CaseCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks lint and {@link Effective} against the real {@code postconf} (Debian's postfix package): each lint
 * fixture is appended to docker-mailserver's main.cf in a temp dir, as the image does, and
 * {@code postconf -c DIR -n} runs on it. Every warning/fatal it prints must be a finding of ours at the same
 * overlay line, and its output must equal {@link Effective#render()}.
 */
@Tag("slow")
class PostconfOracleTest {

  private static final Profile DMS = Profile.load("dms-15");
  private static final String POSTCONF = System.getenv().getOrDefault("STACKGEN_POSTCONF", "/usr/sbin/postconf");
  private static final Pattern DIAGNOSTIC = Pattern.compile(
      "^(?:\\S*/)?postconf: (warning|fatal): (.*)/(main|master)\\.cf(?:, line (\\d+))?: (.*)$");
  private static final Pattern LOOP = Pattern.compile(
      "^(?:\\S*/)?postconf: (?:warning: unreasonable macro call nesting: .*|fatal: (?:dictionary mail_dict: )?macro processing error)$");
  private static final Pattern MACRO = Pattern.compile(
      "^(?:\\S*/)?postconf: warning: (?:empty macro name|truncated macro reference|attribute name syntax error at): .*$");
  static final Pattern MISSING_MAP_CONFIG = Pattern.compile(
      "^(?:\\S*/)?postconf: warning: open \"[a-z]+\" configuration \".*\": No such file or directory$");
  private static final Pattern NAME_VALUE = Pattern.compile("^([^=]+)=.*$", Pattern.DOTALL);

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
      System.err.println("PostconfOracleTest skipped: " + POSTCONF + " not installed (apt-get install -y postfix)");
    }
    Assumptions.assumeTrue(present, POSTCONF
        + " not installed (apt-get install -y postfix); skipping the real-postconf comparison");
  }

  @Test
  void profileListsExactlyTheInstalledPostconfsParameters() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("defaults"));
    Files.writeString(dir.resolve("main.cf"), "");
    Files.writeString(dir.resolve("master.cf"), "");
    Files.setLastModifiedTime(dir.resolve("main.cf"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Process p = new ProcessBuilder(POSTCONF, "-c", dir.toString(), "-d").redirectErrorStream(true).start();
    List<String> names = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .map(l -> l.substring(0, l.indexOf(" =")))
        .sorted()
        .toList();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(names).as("installed postconf vs profile dms-15 (regenerate with tools/postfix/gen-profile.sh)")
        .containsExactlyElementsOf(DMS.defaults().keySet());
  }

  @TestFactory
  Stream<DynamicTest> postconfAgreesWithLintAndEffective() {
    return tests(CaseCount.atLeast(68, "lint fixtures in postfix-lint/", LintFixtures.all()));
  }

  /** Seeded random overlays (see {@link RandomOverlays}); the seed is in the test name to replay one. */
  @TestFactory
  Stream<DynamicTest> postconfAgreesOnRandomOverlays() {
    return tests(seeds().map(seed -> new LintFixtures.Case("random-" + seed,
        Path.of("random-" + seed + ".cf"), RandomOverlays.generate(seed), Optional.<String>empty())).toList());
  }

  /** Seeded random overlays with seeded random services appended to the image's master.cf. */
  @TestFactory
  Stream<DynamicTest> postconfAgreesOnRandomOverlaysWithExtraServices() {
    return tests(seeds().limit(100).map(seed -> new LintFixtures.Case("random-master-" + seed,
        Path.of("random-master-" + seed + ".cf"), RandomOverlays.generate(seed + 1000),
        Optional.of(DMS.masterCfText() + RandomOverlays.masterServices(seed)))).toList());
  }

  /**
   * Seeded random overlays under seeded random docker-mailserver environments, postfix-master.cf lines and
   * services appended to master.cf: the start-up model's main.cf and master.cf go through the real postconf
   * ({@code -P} for the override lines, {@code -n}, {@code -M}, {@code -P}).
   */
  @TestFactory
  Stream<DynamicTest> postconfAgreesOnRandomEnvironments() {
    return tests(seeds().limit(80).map(seed -> new LintFixtures.Case("random-env-" + seed,
        Path.of("random-env-" + seed + ".cf"), RandomOverlays.generate(seed + 2000), Optional.<String>empty(),
        Optional.of(RandomOverlays.environment(seed)),
        seed % 2 == 0 ? Optional.of(RandomOverlays.masterOverrides(seed)) : Optional.<String>empty(),
        seed % 3 == 0 ? Optional.of(RandomOverlays.masterServices(seed)) : Optional.<String>empty())).toList());
  }

  /**
   * The corpus (src/test/resources/postfix-corpus): realistic overlays of different deployments (relay-only, LDAP,
   * pgsql/mysql maps installed by user-patches.sh, SPF policy, milters, PROXY protocol, rspamd, postscreen, TLS,
   * postfix-master.cf overrides, appended services), checked like the fixtures, and: no error finding unless postconf
   * itself complains, and a master.cf entry postconf dies on is reported in postconf's words.
   */
  @TestFactory
  Stream<DynamicTest> postconfAgreesOnTheCorpus() {
    List<LintFixtures.Case> cases = LintFixtures.all(LintFixtures.CORPUS);
    CaseCount.atLeast(23, "postfix corpus files", cases);
    return tests(cases, true);
  }

  /** What one postconf run printed. */
  private record Run(Path dir, int exit, String stdout, Set<String> diagnostics, String services,
      String serviceParameters,
      String masterErr, int mergeMasterLines) {}

  /** The main.cf text postconf reads for a case: start-up (or image) main.cf, overlay, start-up lines after it. */
  private static String mainCf(LintFixtures.Case c) {
    if (!c.inContext() || c.env().isEmpty()) {
      return DMS.mainCfText() + c.text();
    }
    DmsStartup s = c.context(DMS).startup().orElseThrow();
    String overlay = c.text().isEmpty() || c.text().endsWith("\n") ? c.text() : c.text() + "\n";
    return s.mainCfBeforeOverlay() + overlay + s.mainCfAfterOverlay();
  }

  /** The master.cf at the time of the merge, before postfix-master.cf is applied. */
  private static String masterCf(LintFixtures.Case c) {
    if (c.env().isPresent()) {
      DmsStartup s = c.context(DMS).startup().orElseThrow();
      StringBuilder sb = new StringBuilder(s.masterCfText());
      s.masterAppends().forEach(a -> sb.append(a.get(1)));
      return sb.toString();
    }
    return c.masterCf().orElse(DMS.masterCfText());
  }

  private static String run(Path dir, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(POSTCONF, "-c", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("postconf " + args[0] + " did not finish within 60 s in " + dir);
    }
    return out;
  }

  /** The seeds of the random overlays (all 300 of them, counted so a changed range cannot run none). */
  private static Stream<Long> seeds() {
    return CaseCount.exactly(300, "random overlay seeds", RandomOverlays.SEEDS).stream();
  }

  /**
   * Starts every postconf run at once (postconf sleeps 1 s before exiting on a fatal error, so running
   * them one by one would mostly wait), then checks each as its own test.
   */
  private static Stream<DynamicTest> tests(List<LintFixtures.Case> cases) {
    return tests(cases, false);
  }

  private static Stream<DynamicTest> tests(List<LintFixtures.Case> cases, boolean corpus) {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Run>> runs = cases.stream().map(c -> pool.submit(() -> postconf(c))).toList();
    pool.shutdown();
    return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).name(),
        () -> {
          Run run = runs.get(i).get(60, TimeUnit.SECONDS);
          compare(cases.get(i), run);
          if (corpus) {
            noFalseErrors(cases.get(i), run);
          }
        }));
  }

  private static Run postconf(LintFixtures.Case c) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve(c.name()));
    Files.writeString(dir.resolve("main.cf"), mainCf(c), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("master.cf"), masterCf(c), StandardCharsets.UTF_8);
    // Postfix waits ~2s when main.cf is newer than a second; docker-mailserver back-dates it the same way.
    Files.setLastModifiedTime(dir.resolve("main.cf"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    if (c.masterOverride().isPresent()) {
      // docker-mailserver: postconf -P per line of postfix-master.cf that starts with [0-9a-z], before the merge.
      for (String line : c.masterOverride().get().split("\n", -1)) {
        String t = line.strip();
        if (!t.isEmpty() && t.substring(0, 1).matches("[0-9a-z]")) {
          run(dir, "-P", t);
        }
      }
      Files.setLastModifiedTime(dir.resolve("main.cf"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(POSTCONF, "-c", dir.toString(), "-n")
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("postconf did not finish within 60 s for " + c.name());
    }
    int mergeMasterLines = Files.readAllLines(dir.resolve("master.cf"), StandardCharsets.UTF_8).size();
    if (c.masterAppend().isPresent()) {
      // a user-patches.sh appends to master.cf after the merge
      Files.writeString(dir.resolve("master.cf"), c.masterAppend().get(), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    }
    // one postconf -M gives both the services (stdout) and its complaints about master.cf (stderr)
    Path masterOut = dir.resolve("master-stdout");
    Path masterErr = dir.resolve("master-stderr");
    Process m = new ProcessBuilder(POSTCONF, "-c", dir.toString(), "-M").redirectOutput(masterOut.toFile())
        .redirectError(masterErr.toFile()).start();
    if (!m.waitFor(60, TimeUnit.SECONDS)) {
      m.destroyForcibly();
      throw new AssertionError("postconf -M did not finish within 60 s for " + c.name());
    }
    return new Run(dir, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        new LinkedHashSet<>(Files.readAllLines(err, StandardCharsets.UTF_8)),
        Files.readString(masterOut, StandardCharsets.UTF_8), run(dir, "-P"),
        Files.readString(masterErr, StandardCharsets.UTF_8), mergeMasterLines);
  }

  private static void compare(LintFixtures.Case c, Run run) {
    Path dir = run.dir();
    int imageLines = c.env().isPresent()
        ? MainCf.parse("main.cf", c.context(DMS).startup().orElseThrow().mainCfBeforeOverlay()).physicalLines()
        : MainCf.parse("main.cf", DMS.mainCfText()).physicalLines();
    int overlayLines = MainCf.parse("o.cf", c.text()).physicalLines();
    String stdout = run.stdout();
    Set<String> diagnostics = run.diagnostics();

    MasterCf master = LintFixtures.master(DMS, c);
    // verbose: postconf warns "overriding earlier entry" also for a value equal to the image's (redundant-override)
    List<Finding> findings = LintFixtures.linter(DMS, c, true).lint(c.fileName(), c.text());
    MainCf overlay = MainCf.parse(c.fileName(), c.text());
    Effective effective = c.inContext() ? c.context(DMS).effective(c.fileName(), c.text())
        : Effective.merge(DMS, c.fileName(), c.text(), master);
    MasterCf running = c.inContext() ? c.context(DMS).finalMaster() : master;
    if (running.fatal().isPresent()) { // postconf -M/-P die on the entry: they print nothing
      assertThat(run.services()).as("postconf -M of the master.cf of " + c.name()).isEmpty();
      assertThat(run.serviceParameters()).as("postconf -P of the master.cf of " + c.name()).isEmpty();
    } else if (run.exit() == 0) { // postconf -M/-P read main.cf too, and die on the same fatal error
      assertThat(running.render()).as("postconf -M of the master.cf of " + c.name()).isEqualTo(run.services());
      assertThat(running.renderParameters()).as("postconf -P of the master.cf of " + c.name())
          .isEqualTo(run.serviceParameters());
    }

    for (String d : diagnostics) {
      if (MACRO.matcher(d).matches()) {
        assertThat(findings).as("macro-syntax finding for postconf's %s", d)
            .anyMatch(f -> f.ruleId().equals("macro-syntax"));
        continue;
      }
      if (LOOP.matcher(d).matches()) {
        assertThat(findings).as("recursive-reference or macro-syntax finding for postconf's %s", d)
            .anyMatch(f -> f.ruleId().equals("recursive-reference") || f.ruleId().equals("macro-syntax"));
        if (d.contains("fatal")) {
          assertThat(effective.fatal()).as(d).get().extracting(Effective.Fatal::message)
              .isEqualTo("macro processing error");
        }
        continue;
      }
      if (MISSING_MAP_CONFIG.matcher(d).matches()) {
        continue; // a database map's configuration file lives in the container, not beside this test's main.cf
      }
      Matcher m = DIAGNOSTIC.matcher(d);
      if (!m.matches()) {
        fail("unrecognised postconf output: " + d);
      }
      String what = m.group(5);
      if (m.group(3).equals("master")) {
        // Only cases with their own master.cf get here (the image's master.cf is clean).
        assertThat(c.masterCf().isPresent() || c.inContext()).as("postconf warns about the image's master.cf: " + d)
            .isTrue();
        if (what.startsWith("undefined parameter: ")) {
          String ref = what.substring("undefined parameter: ".length());
          assertThat(effective.undefined()).as(d)
              .anyMatch(u -> u.name().equals(ref) && u.origin().isEmpty());
        } else {
          assertThat(what).as(d).startsWith("unused parameter: ");
        }
        continue;
      }
      if (what.startsWith("overriding earlier entry: config_directory=")) {
        continue; // artefact of -c DIR: postconf enters config_directory before reading main.cf
      }
      int overlayLine;
      if (m.group(4) != null) {
        int line = Integer.parseInt(m.group(4));
        if (line > imageLines + overlayLines) {
          // a line docker-mailserver's start-up writes after the overlay overrides the overlay's value
          assertThat(what).as(d).startsWith("overriding earlier entry: ");
          overlayLine = lastDefinition(overlay, name(what.substring("overriding earlier entry: ".length())), d);
        } else if (line > imageLines) {
          overlayLine = line - imageLines;
        } else {
          // postconf reads main.cf twice; on the second pass the first definition of a name that the
          // overlay redefines "overrides" the overlay's value. Expect a finding on the overlay's line.
          assertThat(what).as(d).startsWith("overriding earlier entry: ");
          overlayLine = lastDefinition(overlay, name(what.substring("overriding earlier entry: ".length())), d);
        }
      } else if (what.startsWith("unused parameter: ")) {
        overlayLine = lastDefinition(overlay, name(what.substring("unused parameter: ".length())), d);
      } else if (what.startsWith("read-only parameter assignment: ")) {
        overlayLine = lastDefinition(overlay, name(what.substring("read-only parameter assignment: ".length())), d);
      } else if (what.startsWith("undefined parameter: ")) {
        String ref = what.substring("undefined parameter: ".length());
        overlayLine = effective.undefined().stream()
            .filter(u -> u.name().equals(ref) && u.origin().isPresent()
                && u.origin().get().overlay())
            .mapToInt(u -> u.origin().get().line()).findFirst()
            .orElseGet(() -> fail("no overlay definition refers to $" + ref + ": " + d));
      } else {
        throw new AssertionError("unmapped postconf diagnostic: " + d);
      }
      int line = overlayLine;
      assertThat(findings).as("finding at %s:%d for postconf's %s", c.fileName(), line, d)
          .anyMatch(f -> f.line() == line);
      if (m.group(1).equals("fatal")) {
        assertThat(effective.fatal()).as(d).isPresent();
        assertThat(effective.fatal().get().origin()).isEqualTo(new Effective.Origin(c.fileName(), line, true));
      }
    }

    String expected = stdout.lines()
        .filter(l -> !l.equals("config_directory = " + dir))
        .map(l -> l + "\n")
        .reduce("", String::concat);
    assertThat(effective.render()).as("postconf -n of docker-mailserver main.cf + " + c.fileName()).isEqualTo(expected);
    assertThat(effective.fatal().isPresent()).isEqualTo(run.exit() != 0);
  }

  /**
   * A corpus case: an error finding needs postconf's word for it (a diagnostic of postconf -n, or postconf -M dying
   * on master.cf); every warning or fatal postconf -M prints about master.cf is a master-cf-syntax finding, in the
   * same words and at the same line.
   */
  private static void noFalseErrors(LintFixtures.Case c, Run run) {
    List<Finding> findings = LintFixtures.linter(DMS, c, false).lint(c.fileName(), c.text());
    List<String> masterLines = run.masterErr().lines()
        .filter(l -> (l.contains("master.cf") || l.contains("fatal: invalid ")) && !l.contains("unused parameter"))
        .toList();
    for (String l : masterLines) {
      Matcher fatal = Pattern.compile("^(?:\\S*/)?postconf: fatal: file \\S*/master\\.cf: line (\\d+): (.*)$").matcher(
          l);
      if (fatal.matches()) {
        int line = Integer.parseInt(fatal.group(1)) - run.mergeMasterLines();
        String text = "fatal: file /etc/postfix/master.cf: line " + fatal.group(1) + ": " + fatal.group(2);
        assertThat(findings).as("master-cf-syntax finding at appended line %d for %s", line, l)
            .anyMatch(f -> f.ruleId().equals("master-cf-syntax") && f.line() == line
                && f.message().contains(text));
        continue;
      }
      String said = l.replaceFirst("^(?:\\S*/)?postconf: ", "");
      assertThat(findings).as("master-cf-syntax finding for %s", l)
          .anyMatch(f -> f.ruleId().equals("master-cf-syntax") && f.message().contains(said));
    }
    boolean postconfComplains = !masterLines.isEmpty() || run.diagnostics().stream()
        .anyMatch(d -> !MISSING_MAP_CONFIG.matcher(d).matches() && !d.contains("overriding earlier entry"));
    if (!postconfComplains) {
      assertThat(findings).as("error findings on %s, which postconf accepts", c.name())
          .noneMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  private static String name(String nameValue) {
    Matcher m = NAME_VALUE.matcher(nameValue);
    return m.matches() ? m.group(1) : nameValue;
  }

  private static int lastDefinition(MainCf overlay, String name, String diagnostic) {
    List<MainCf.Definition> defs = overlay.definitions().stream().filter(x -> x.name().equals(name)).toList();
    if (defs.isEmpty()) {
      throw new AssertionError("the overlay does not define " + name + ": " + diagnostic);
    }
    return defs.get(defs.size() - 1).line();
  }
}
