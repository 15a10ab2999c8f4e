package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCacheTest {
  @TempDir
  Path repo;
  @TempDir
  Path cacheDir;

  private final List<GeneratedFile> plan = List.of(
      new GeneratedFile("terragrunt.hcl", Renderer.HEADER + "\nx = 1\n", null),
      new GeneratedFile("stacks/a/terragrunt.hcl", Renderer.HEADER + "\ny = 2\n", "a"));

  @BeforeEach
  void tree() throws Exception {
    for (GeneratedFile f : plan) {
      AtomicWriter.write(repo.resolve(f.path()), f.content());
    }
  }

  private CheckCache cache(String catalog) throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("catalog:stackgen.hcl", catalog.getBytes());
    return CheckCache.of(repo, "test-build", inputs, Map.of("STACKGEN_CACHE_DIR", cacheDir.toString())).orElseThrow();
  }

  @Test
  void aStoredPlanMatchesAnUnchangedTree() throws Exception {
    cache("root {}").store(repo, plan, "stacks", true, List.of("stackgen.hcl:3:1: warning: unused"));
    CheckCache.Hit hit = cache("root {}").load().orElseThrow();
    assertThat(hit.warnings()).containsExactly("stackgen.hcl:3:1: warning: unused");
    assertThat(hit.files()).extracting(CheckCache.Entry::path).containsExactly("terragrunt.hcl",
        "stacks/a/terragrunt.hcl");
    assertThat(CheckCache.cleanReports(repo, hit).orElseThrow())
        .extracting(FileReport::path, FileReport::stack, FileReport::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("terragrunt.hcl", null, FileStatus.CLEAN),
            org.assertj.core.groups.Tuple.tuple("stacks/a/terragrunt.hcl", "a", FileStatus.CLEAN));
  }

  @Test
  void whatTheLastGenerateWroteIsReadFromBothFormats() throws Exception {
    List<GeneratedFile> spaced = List.of(new GeneratedFile("stacks/a b/terragrunt.hcl", Renderer.HEADER + "\n", "a"));
    CheckCache c = cache("root {}");
    c.store(repo, spaced, "stacks", true, List.of());
    String sha = CheckCache.sha256Hex(Renderer.HEADER + "\n");
    assertThat(c.lastWritten()).containsExactly(Map.entry("stacks/a b/terragrunt.hcl", sha));
    // an older stackgen's cache (no blob ids): not a hit, but it still says what was written
    Files.writeString(c.file(), "stackgen-check-cache 1\nkey x\nstacks_dir stacks\nheader true\nfile " + sha
        + " 10 20 a stacks/a b/terragrunt.hcl\n");
    assertThat(c.load()).isEmpty();
    assertThat(c.lastWritten()).containsExactly(Map.entry("stacks/a b/terragrunt.hcl", sha));
  }

  @Test
  void anyDoubtMeansNoAnswer() throws Exception {
    cache("root {}").store(repo, plan, "stacks", true, List.of());
    assertThat(cache("root { }").load()).as("other catalog bytes, other key").isEmpty();
    CheckCache.Hit hit = cache("root {}").load().orElseThrow();
    Files.writeString(repo.resolve("stacks/a/terragrunt.hcl"), Renderer.HEADER + "\ny = 3\n");
    assertThat(CheckCache.cleanReports(repo, hit)).as("a changed file").isEmpty();

    AtomicWriter.write(repo.resolve("stacks/a/terragrunt.hcl"), plan.get(1).content());
    assertThat(CheckCache.cleanReports(repo, hit)).isPresent();
    AtomicWriter.write(repo.resolve("stacks/gone/terragrunt.hcl"), Renderer.HEADER + "\n");
    assertThat(CheckCache.cleanReports(repo, hit)).as("an orphan").isEmpty();
    Files.delete(repo.resolve("stacks/gone/terragrunt.hcl"));
    Files.delete(repo.resolve("terragrunt.hcl"));
    assertThat(CheckCache.cleanReports(repo, hit)).as("a missing file").isEmpty();
  }

  @Test
  void unchangedFilesAreNotReadButTouchedOnesAreHashed() throws Exception {
    cache("root {}").store(repo, plan, "stacks", true, List.of());
    CheckCache c = cache("root {}");
    Files.setLastModifiedTime(c.file(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
        + 10_000));
    CheckCache.Hit hit = c.load().orElseThrow();
    assertThat(hit.files()).allSatisfy(e -> assertThat(e.size()).isPositive());
    Path a = repo.resolve("stacks/a/terragrunt.hcl");
    // Same bytes rewritten (new time): hashed, still clean.
    AtomicWriter.write(a, plan.get(1).content());
    assertThat(CheckCache.cleanReports(repo, hit)).isPresent();
    // An edit that keeps the size changes the time, so the file is hashed and the edit seen.
    Files.writeString(a, plan.get(1).content().replace('2', '3'));
    assertThat(Files.size(a)).isEqualTo(hit.files().get(1).size());
    assertThat(CheckCache.cleanReports(repo, hit)).isEmpty();
  }

  @Test
  void aFileEditedBeforeTheCacheIsWrittenIsNeverRememberedAsClean() throws Exception {
    Path a = repo.resolve("stacks/a/terragrunt.hcl");
    Files.writeString(a, plan.get(1).content().replace('2', '3'));
    CheckCache c = cache("root {}");
    c.store(repo, plan, "stacks", true, List.of());
    CheckCache.Hit hit = c.load().orElseThrow();
    assertThat(hit.files().get(1).size()).as("no stat recorded for the edited file").isEqualTo(-1);
    assertThat(hit.files().get(0).size()).isPositive();
    assertThat(CheckCache.cleanReports(repo, hit)).isEmpty();
  }

  @Test
  void aDamagedCacheFileIsIgnored() throws Exception {
    CheckCache c = cache("root {}");
    c.store(repo, plan, "stacks", true, List.of());
    Files.writeString(c.file(), Files.readString(c.file()).replace("file ", "fiel "));
    assertThat(c.load()).isEmpty();
    Files.writeString(c.file(), "garbage");
    assertThat(c.load()).isEmpty();
  }

  @Test
  void cachingCanBeTurnedOff() throws Exception {
    assertThat(CheckCache.of(repo, "b", Map.of(), Map.of("STACKGEN_NO_CACHE", "1"))).isEmpty();
    assertThat(CheckCache.of(repo, "b", Map.of(), Map.of())).isEmpty();
    assertThat(CheckCache.of(repo, "b", Map.of(), Map.of("HOME", "/home/u")).orElseThrow().file().toString())
        .startsWith("/home/u/.cache/stackgen/");
  }
}
