package dev.stackgen.cli;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import dev.stackgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SimpleCheck} reads the check command lines of the hook and everyday use without commons-cli:
 * whatever it accepts, commons-cli reads the same way (seeded random command lines), the runs give the
 * same exit code and output as the same request spelled so that commons-cli reads it, and a cached
 * check read this way links no lambda (the reason it exists).
 */
class SimpleCheckTest {
  private static final String[] WORDS = {"--staged", "--diff", "-C", "--directory", "repo", "sub dir", "-x", "--stag",
      "--format", "text", "", "-Crepo", "--directory=repo", "--", "--help", "-h", "--debug", "--stack", "web",
      "--templates", "-"};

  @TempDir
  Path tmp;

  private static CommandLine commonsCli(String[] words) throws ParseException {
    return DefaultParser.builder().setStripLeadingAndTrailingQuotes(false).build()
        .parse(Main.withCommonOptions(new CheckCommand().options()), words);
  }

  @Test
  void whatItAcceptsCommonsCliReadsTheSameWay() {
    Random random = new Random(23);
    int accepted = 0;
    int refused = 0;
    for (int n = 0; n < 20_000; n++) {
      String[] words = new String[random.nextInt(6)];
      for (int i = 0; i < words.length; i++) {
        words[i] = WORDS[random.nextInt(WORDS.length)];
      }
      SimpleCheck simple = SimpleCheck.of(words);
      if (simple == null) {
        refused++;
        continue;
      }
      accepted++;
      CommandLine line;
      try {
        line = commonsCli(words);
      } catch (ParseException e) {
        throw new AssertionError(String.join(" ", words) + ": accepted, but commons-cli refuses it: " + e);
      }
      String shown = String.join(" | ", words);
      assertThat(line.getArgList()).as(shown).isEmpty();
      assertThat(line.hasOption("staged")).as(shown).isEqualTo(simple.args().staged());
      assertThat(line.hasOption("diff")).as(shown).isEqualTo(simple.args().diff());
      assertThat(line.getOptionValue("directory")).as(shown).isEqualTo(simple.directory());
      assertThat(line.getOptionValue("format", "text")).as(shown).isEqualTo("text");
      assertThat(line.hasOption("stack") || line.hasOption("templates") || line.hasOption("help")
          || line.hasOption("debug")).as(shown).isFalse();
    }
    assertThat(accepted).isGreaterThan(1_000);
    assertThat(refused).isGreaterThan(1_000);
  }

  private static final String CATALOG = GenerateAndCheckTest.CATALOG;

  /** The same request through both readers: the simple words, and with {@code --format text} added. */
  private void sameBothWays(String... words) {
    Run simple = Run.of(words);
    List<String> spelled = new ArrayList<>(List.of(words));
    spelled.add(1, "--format");
    spelled.add(2, "text");
    assertThat(SimpleCheck.of(java.util.Arrays.copyOfRange(words, 1, words.length))).as(String.join(" ", words))
        .isNotNull();
    Run parsed = Run.of(spelled.toArray(new String[0]));
    assertThat(simple).as(String.join(" ", words)).isEqualTo(parsed);
  }

  @Test
  void runsAsTheCommonsCliReadingDoes() throws Exception {
    Tools.require(Tools.onPath("git"), "git not installed: skipping the --staged half of SimpleCheckTest");
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    git(repo, "init", "-q").ok();
    String r = repo.toString();
    String sub = Files.createDirectories(repo.resolve("stacks/sub dir")).toString();
    sameBothWays("check", "-C", r); // before generate: missing files
    assertThat(Run.of("generate", "-C", r).exit()).isZero();
    git(repo, "add", "-A").ok();
    for (String[] words : List.of(new String[] {"check", "-C", r}, new String[] {"check", "--directory", r, "--diff"},
        new String[] {"check", "--staged", "-C", r}, new String[] {"check", "-C", sub, "--staged", "--diff"})) {
      sameBothWays(words);
    }
    Path web = repo.resolve("stacks/web/terragrunt.hcl");
    Files.writeString(web, Files.readString(web) + "# edited\n");
    sameBothWays("check", "-C", r, "--diff");
    sameBothWays("check", "--staged", "-C", r);
    git(repo, "add", "-A").ok();
    sameBothWays("check", "--diff", "--staged", "-C", r);
    sameBothWays("check", "-C", tmp.resolve("nowhere").toString());
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "stack \"x\" {\n  tier = \"nope\"\n}\n");
    sameBothWays("check", "-C", r);
  }

  @Test
  void aCachedCheckLinksNoLambda() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    // the check cache is keyed by the build's jar (classes in a folder are another build in every JVM)
    Path jar = jarOf(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    List<String> classpath = new ArrayList<>(List.of(jar.toString()));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        classpath.add(entry);
      }
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = String.join(java.io.File.pathSeparator, classpath);
    String cache = "-Dstackgen.cacheDir=" + tmp.resolve("cache");
    Process g = withCache(new ProcessBuilder(javaBin, cache, "-cp", cp, "dev.stackgen.cli.Main", "generate", "-C",
        repo.toString())).start();
    String generated = new String(g.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(g.waitFor()).as(generated).isZero();
    Process p = withCache(new ProcessBuilder(javaBin, cache, "-verbose:class", "-cp", cp, "dev.stackgen.cli.Main",
        "check", "-C", repo.toString())).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).as("answered from the cache").contains("check: 3 files up to date")
        .contains("dev.stackgen.output.CheckCache$Hit").doesNotContain("freemarker.");
    assertThat(out.lines().filter(l -> l.contains("$$Lambda") || l.contains("LambdaMetafactory")).toList())
        .as("lambda classes loaded by a cached check").isEmpty();
  }

  /** The child's output merged, its check cache on even where the build's environment turns it off. */
  private static ProcessBuilder withCache(ProcessBuilder b) {
    b.environment().remove("STACKGEN_NO_CACHE");
    return b.redirectErrorStream(true);
  }

  /** A jar of the classes in {@code folder}. */
  private Path jarOf(Path folder) throws Exception {
    Path jar = tmp.resolve("stackgen-under-test.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new java.util.jar.JarEntry(folder.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return jar;
  }
}
