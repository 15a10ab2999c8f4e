package dev.stackgen.output;

import static dev.stackgen.testing.Tools.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --staged} answers "clean" from the check cache only when the index holds exactly the
 * bytes the catalog produces: any staged content that differs from what the cache vouched for, any
 * untracked planned file, and any staged orphan or temporary file means no answer (then it renders).
 */
class StagedCacheTest {
  @TempDir
  Path tmp;
  Path repo;
  Path cacheDir;

  private final List<GeneratedFile> plan = List.of(
      new GeneratedFile("terragrunt.hcl", Renderer.HEADER + "\nx = 1\n", null),
      new GeneratedFile("stacks/a/terragrunt.hcl", Renderer.HEADER + "\ny = 2\n", "a"),
      new GeneratedFile("stacks/b/terragrunt.hcl", Renderer.HEADER + "\nz = 3\n", "b"));

  @BeforeEach
  void repository() throws Exception {
    Tools.require(Tools.onPath("git"),
        "git not installed (apt-get install -y git): skipping check --staged cache tests");
    repo = Files.createDirectories(tmp.resolve("work"));
    cacheDir = Files.createDirectories(tmp.resolve("cache"));
    git(repo, "init", "-q").ok();
    Files.writeString(repo.resolve("stackgen.hcl"), "root {}\n");
    for (GeneratedFile f : plan) {
      AtomicWriter.write(repo.resolve(f.path()), f.content());
    }
    Files.writeString(repo.resolve("stacks/a/README.md"), "hand-written, no header\n");
    cache().store(repo, plan, "stacks", true, List.of());
    git(repo, "add", "-A").ok();
  }

  private CheckCache cache() throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("catalog:stackgen.hcl", Files.readAllBytes(repo.resolve("stackgen.hcl")));
    return CheckCache.of(repo, "test-build", inputs, Map.of("STACKGEN_CACHE_DIR", cacheDir.toString())).orElseThrow();
  }

  private java.util.Optional<List<FileReport>> answer() throws Exception {
    return StagedCheck.fromCache(repo, cache().load().orElseThrow());
  }

  @Test
  void aCleanIndexIsAnsweredFromTheCache() throws Exception {
    assertThat(answer().orElseThrow()).extracting(FileReport::path, FileReport::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("terragrunt.hcl", FileStatus.CLEAN),
        org.assertj.core.groups.Tuple.tuple("stacks/a/terragrunt.hcl", FileStatus.CLEAN),
        org.assertj.core.groups.Tuple.tuple("stacks/b/terragrunt.hcl", FileStatus.CLEAN));
    // and after a commit
    git(repo, "commit", "-q", "-m", "x").ok();
    assertThat(answer()).isPresent();
  }

  @Test
  void aFileUnchangedSinceGenerateIsComparedWithTheIndexByItsRecordedBlobNotRead() throws Exception {
    // Same size and time as generate left it: the cache hit's own rule (like git's) takes it as
    // unchanged without reading it, here as in the plain cache hit, and its recorded blob id is what
    // the index is compared with. A forged edit shows the file was not read.
    Path a = repo.resolve("stacks/a/terragrunt.hcl");
    FileTime time = Files.getLastModifiedTime(a);
    // the cache file clearly newer than the files (one clock tick can hold both writes: then they are
    // "racily clean" and read, as git reads them)
    Files.setLastModifiedTime(cache().file(), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
    Files.writeString(a, Renderer.HEADER + "\ny = 9\n"); // same size, not staged
    Files.setLastModifiedTime(a, time);
    assertThat(CheckCache.cleanReports(repo, cache().load().orElseThrow())).isPresent();
    assertThat(answer()).isPresent();
    List<String> blobs = new java.util.ArrayList<>();
    for (GeneratedFile f : plan) {
      Path copy = Files.writeString(tmp.resolve("blob"), f.content());
      blobs.add(git(repo, "hash-object", copy.toString()).ok().out().strip());
    }
    assertThat(cache().load().orElseThrow().files()).extracting(CheckCache.Entry::blob)
        .containsExactlyElementsOf(blobs);
    // once its time moves, it is read: the working tree's bytes are not the index's
    Files.setLastModifiedTime(a, FileTime.fromMillis(time.toMillis() + 2000));
    assertThat(answer()).isEmpty();
  }

  @Test
  void stagedContentOtherThanTheWorkingTreeIsNeverCleanFromTheCache() throws Exception {
    Path a = repo.resolve("stacks/a/terragrunt.hcl");
    FileTime time = Files.getLastModifiedTime(a);
    Files.writeString(a, Renderer.HEADER + "\ny = 9\n"); // same size
    git(repo, "add", "stacks/a/terragrunt.hcl").ok();
    Files.writeString(a, plan.get(1).content());
    Files.setLastModifiedTime(a, time); // the working tree looks untouched to the cache
    assertThat(CheckCache.cleanReports(repo, cache().load().orElseThrow())).as("the working tree is clean").isPresent();
    assertThat(answer()).as("the index holds the edit").isEmpty();
    git(repo, "add", "stacks/a/terragrunt.hcl").ok();
    assertThat(answer()).as("staged again").isPresent();
  }

  @Test
  void aChangedIndexAfterACleanAnswerIsCheckedAgain() throws Exception {
    assertThat(answer()).isPresent();
    Path b = repo.resolve("stacks/b/terragrunt.hcl");
    Files.writeString(b, Renderer.HEADER + "\nz = 4\n");
    git(repo, "add", "stacks/b/terragrunt.hcl").ok();
    assertThat(answer()).as("working tree and index both edited").isEmpty();
    git(repo, "rm", "-q", "--cached", "stacks/b/terragrunt.hcl").ok();
    Files.writeString(b, plan.get(2).content());
    assertThat(answer()).as("untracked planned file").isEmpty();
    git(repo, "add", "stacks/b/terragrunt.hcl").ok();
    assertThat(answer()).isPresent();
    git(repo, "update-index", "--chmod=+x", "stacks/b/terragrunt.hcl").ok();
    assertThat(answer()).as("mode bits are not content").isPresent();
  }

  @Test
  void stagedOrphansAndTemporaryFilesAreNoAnswer() throws Exception {
    Path orphan = repo.resolve("stacks/gone/terragrunt.hcl");
    AtomicWriter.write(orphan, Renderer.HEADER + "\nold = 1\n");
    git(repo, "add", "stacks/gone/terragrunt.hcl").ok();
    Files.delete(orphan); // deleted in the working tree only: the commit still holds it
    assertThat(answer()).isEmpty();
    git(repo, "rm", "-q", "--cached", "stacks/gone/terragrunt.hcl").ok();
    assertThat(answer()).isPresent();

    Path notOwned = repo.resolve("stacks/a/extra.tf");
    Files.writeString(notOwned, "# hand-written\n");
    git(repo, "add", "stacks/a/extra.tf").ok();
    assertThat(answer()).as("a hand-written staged file below stacks").isPresent();
    Files.writeString(notOwned, Renderer.HEADER + "\n");
    assertThat(answer()).as("its staged bytes are not the working tree's").isEmpty();
    Files.writeString(notOwned, "# hand-written\n");

    Path temp = repo.resolve("stacks/a/" + AtomicWriter.TEMP_PREFIX + "1.tmp");
    assertThat(AtomicWriter.isTempName(temp.getFileName().toString())).isTrue();
    Files.writeString(temp, "x");
    git(repo, "add", "-f", "stacks/a/" + temp.getFileName()).ok();
    Files.delete(temp);
    assertThat(answer()).as("a staged temporary file").isEmpty();
  }

  @Test
  void outsideGitThereIsNoAnswer() throws Exception {
    Tools.run(repo, Tools.hermeticEnv(tmp.resolve("home")), List.of("rm", "-rf", ".git")).ok();
    assertThat(answer()).isEmpty();
  }
}
