package dev.stackgen.output;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import dev.stackgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line endings as git sees them: a checkout git made with CRLF (core.autocrlf=true, eol=crlf) is
 * clean, because git commits those files with LF; CRLF is reported only where git would commit it;
 * a CRLF catalog renders LF files.
 */
class LineEndingsTest {
  @TempDir
  Path tmp;
  Path origin;

  @BeforeEach
  void gitPresent() {
    Tools.require(Tools.onPath("git"), "git not installed (apt-get install -y git): skipping line-ending tests");
  }

  /** A git repository holding the homelab fixture (catalog and generated files), one commit. */
  private Path origin(String gitattributes) throws Exception {
    origin = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), tmp.resolve("origin"));
    if (gitattributes != null) {
      Files.writeString(origin.resolve(".gitattributes"), gitattributes);
    }
    git(origin, "init", "-q").ok();
    git(origin, "config", "core.autocrlf", "false").ok();
    git(origin, "add", "-A").ok();
    git(origin, "commit", "-q", "-m", "homelab").ok();
    return origin;
  }

  private Path cloneWith(String... config) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("clone", "-q"));
    for (String c : config) {
      args.add("-c");
      args.add(c);
    }
    args.add(origin.toString());
    args.add("clone");
    git(tmp, args.toArray(String[]::new)).ok();
    return tmp.resolve("clone");
  }

  private static long crlfFiles(Path repo) throws Exception {
    try (var files = Files.walk(repo)) {
      return files.filter(p -> !p.toString().contains("/.git/") && Files.isRegularFile(p))
          .filter(p -> {
            try {
              return Files.readString(p).contains("\r\n");
            } catch (Exception e) {
              return false;
            }
          }).count();
    }
  }

  @Test
  void aCleanAutocrlfCloneChecksClean() throws Exception {
    origin(null);
    Path clone = cloneWith("core.autocrlf=true");
    assertThat(crlfFiles(clone)).as("git wrote CRLF files (the precondition)").isGreaterThan(50);
    Run check = Run.in(clone, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(check.out()).isEqualTo("check: 56 files up to date\n");
    Run staged = Run.in(clone, "check", "--staged");
    assertThat(staged.exit()).as(staged.toString()).isZero();
    Run generate = Run.in(clone, "generate");
    assertThat(generate.out()).as("nothing to rewrite").isEqualTo("generate: 0 changed, 56 unchanged\n");
    assertThat(git(clone, "status", "--porcelain").ok().out()).isEmpty();
  }

  @Test
  void anEolCrlfAttributeCheckoutChecksClean() throws Exception {
    origin("*.hcl text eol=crlf\n*.tf text eol=crlf\n");
    Path clone = cloneWith();
    assertThat(crlfFiles(clone)).isGreaterThan(50);
    Run check = Run.in(clone, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  @Test
  void crlfIsReportedOnlyWhereGitWouldCommitIt() throws Exception {
    // -text on one stack: git commits its bytes as they are; everything else normalises (autocrlf).
    origin("stacks/vault/** -text\n");
    Path clone = cloneWith("core.autocrlf=true");
    for (String stack : List.of("vault", "loki")) {
      Path f = clone.resolve("stacks/" + stack + "/terragrunt.hcl");
      Files.writeString(f, Files.readString(f).replace("\r\n", "\n").replace("\n", "\r\n"));
    }
    // mixed endings in a normalised file: git converts every CRLF, so it is clean too
    Path mixed = clone.resolve("stacks/redis/terragrunt.hcl");
    String lf = Files.readString(mixed).replace("\r\n", "\n");
    Files.writeString(mixed, lf.replaceFirst("\n", "\r\n"));
    Run check = Run.in(clone, "check", "--diff");
    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).startsWith("line-endings  stacks/vault/terragrunt.hcl\n"
        + "  (same content with CRLF line endings, which git would commit as they are");
    assertThat(check.out()).contains("check: 1 of 56 files out of date (1 line-endings)\n");
    assertThat(Run.in(clone, "generate").out()).startsWith("updated stacks/vault/terragrunt.hcl\n"
        + "generate: 1 changed, 55 unchanged");
    assertThat(Run.in(clone, "check").exit()).isZero();
  }

  @Test
  void withoutGitNormalisationCrlfIsLineEndings() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), tmp.resolve("plain"));
    Path f = repo.resolve("terragrunt.hcl");
    Files.writeString(f, Files.readString(f).replace("\n", "\r\n"));
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).startsWith("line-endings  terragrunt.hcl\n");
  }

  @Test
  void aCrlfCatalogRendersTheSameLfFilesAsItsLfTwin() throws Exception {
    int compared = 0;
    for (Path fixture : Fixtures.catalogCases()) {
      Path lf = fixture;
      Path crlf = Fixtures.copyTree(fixture, tmp.resolve("crlf-" + fixture.getFileName()));
      try (var files = Files.walk(crlf)) {
        for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".hcl")
            && (p.getParent().equals(crlf) && p.getFileName().toString().equals("stackgen.hcl")
                || p.getParent().getFileName().toString().equals("stackgen.d"))).toList()) {
          Files.writeString(p, Files.readString(p).replace("\r\n", "\n").replace("\n", "\r\n"));
        }
      }
      List<GeneratedFile> expected;
      try {
        expected = new Renderer(Templates.bundled()).render(CatalogReader.read(lf));
      } catch (Exception e) {
        continue; // a fixture that is not a valid catalog on its own (error cases)
      }
      List<GeneratedFile> actual = new Renderer(Templates.bundled()).render(CatalogReader.read(crlf));
      assertThat(actual).as(fixture.getFileName().toString()).isEqualTo(expected);
      for (GeneratedFile g : actual) {
        assertThat(g.content()).as(g.path()).doesNotContain("\r");
      }
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(5);
  }
}
