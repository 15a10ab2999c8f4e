package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks lint and {@link Effective} against the real {@code postconf} (Debian's postfix package): each lint
 * fixture is appended to docker-mailserver's main.cf in a temp dir, as the image does, and
 * {@code postconf -c DIR -n} runs on it. Every warning/fatal it prints must be a finding of ours at the same
 * overlay line, and its output must equal {@link Effective#render()}.
 */
class PostconfOracleTest {

    private static final Profile DMS = Profile.load("dms-15");
    private static final Pattern DIAGNOSTIC = Pattern.compile(
            "^(?:\\S*/)?postconf: (warning|fatal): (.*)/(main|master)\\.cf(?:, line (\\d+))?: (.*)$");
    private static final Pattern NAME_VALUE = Pattern.compile("^([^=]+)=.*$", Pattern.DOTALL);

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsPostconf() {
        boolean present = Files.isExecutable(Path.of("/usr/sbin/postconf"));
        if ("1".equals(System.getenv("STACKGEN_REQUIRE_ORACLES"))) {
            assertThat(present).as("STACKGEN_REQUIRE_ORACLES=1 but /usr/sbin/postconf is missing (apt-get install -y postfix)").isTrue();
        }
        Assumptions.assumeTrue(present, "postconf not installed (apt-get install -y postfix); skipping the real-postconf comparison");
    }

    @TestFactory
    Stream<DynamicTest> postconfAgreesWithLintAndEffective() {
        List<LintFixtures.Case> cases = new ArrayList<>(LintFixtures.all());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c)));
    }

    /** Seeded random overlays (see {@link RandomOverlays}); the seed is in the test name to replay one. */
    @TestFactory
    Stream<DynamicTest> postconfAgreesOnRandomOverlays() {
        return RandomOverlays.SEEDS.stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            LintFixtures.Case c = new LintFixtures.Case("random-" + seed, Path.of("random-" + seed + ".cf"),
                    RandomOverlays.generate(seed), java.util.Optional.empty());
            compare(c);
        }));
    }

    private void compare(LintFixtures.Case c) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(c.name()));
        String image = DMS.mainCfText();
        int imageLines = MainCf.parse("main.cf", image).physicalLines();
        Files.writeString(dir.resolve("main.cf"), image + c.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("master.cf"), c.masterCf().orElse(DMS.masterCfText()), StandardCharsets.UTF_8);
        // Postfix waits ~2s when main.cf is newer than a second; docker-mailserver back-dates it the same way.
        Files.setLastModifiedTime(dir.resolve("main.cf"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        Process p = new ProcessBuilder("/usr/sbin/postconf", "-c", dir.toString(), "-n").start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8);
        Set<String> diagnostics = new LinkedHashSet<>(new String(err, StandardCharsets.UTF_8).lines().toList());

        MasterCf master = LintFixtures.master(DMS, c);
        List<Finding> findings = LintFixtures.linter(DMS, c).lint(c.fileName(), c.text());
        MainCf overlay = MainCf.parse(c.fileName(), c.text());
        Effective effective = Effective.merge(DMS, c.fileName(), c.text(), master);

        for (String d : diagnostics) {
            Matcher m = DIAGNOSTIC.matcher(d);
            if (!m.matches()) {
                fail("unrecognised postconf output: " + d);
            }
            String what = m.group(5);
            if (m.group(3).equals("master")) {
                fail("postconf warns about master.cf, which the overlay cannot change: " + d);
            }
            if (what.startsWith("overriding earlier entry: config_directory=")) {
                continue; // artefact of -c DIR: postconf enters config_directory before reading main.cf
            }
            int overlayLine;
            if (m.group(4) != null) {
                int line = Integer.parseInt(m.group(4));
                if (line > imageLines) {
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
                                && u.origin().get().file().equals(c.fileName()))
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
                assertThat(effective.fatal().get().origin()).isEqualTo(new Effective.Origin(c.fileName(), line));
            }
        }

        String expected = stdout.lines()
                .filter(l -> !l.equals("config_directory = " + dir))
                .map(l -> l + "\n")
                .reduce("", String::concat);
        assertThat(effective.render()).as("postconf -n of docker-mailserver main.cf + " + c.fileName()).isEqualTo(expected);
        assertThat(effective.fatal().isPresent()).isEqualTo(p.exitValue() != 0);
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
