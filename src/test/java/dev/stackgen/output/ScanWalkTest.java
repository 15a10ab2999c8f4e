package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orphan walk ({@link DriftChecker#scan}) lists folders itself and answers "is this a working
 * tree" from the listing: on seeded random trees (hidden folders, nested repositories with a
 * {@code .git} folder, file or dangling link, links to folders and files, temporary names, owned and
 * hand-written files, planned or not) it finds exactly what a {@code Files.walkFileTree} walk with a
 * {@code .git} lookup per folder finds, and the attributes it hands the cache hit are each planned
 * file's own.
 */
class ScanWalkTest {
  private static final String OWNED = Renderer.HEADER + "\n\nx = 1\n";
  private static final String[] NAMES = {"web", "db", ".hidden", "modules", "a b", "ünï", ".terragrunt-cache", "x"};

  @TempDir
  Path tmp;

  @Test
  void findsWhatAWalkFileTreeWalkFinds() throws Exception {
    int compared = 0;
    int nestedRepos = 0;
    int seenTotal = 0;
    for (long seed = 1; seed <= 150; seed++) {
      Random r = new Random(seed);
      Path repo = Files.createDirectories(tmp.resolve("r" + seed));
      Set<String> planned = new HashSet<>();
      Path stacks = Files.createDirectories(repo.resolve("stacks"));
      nestedRepos += fill(r, repo, stacks, "stacks", 0, planned);
      Map<String, BasicFileAttributes> seen = new HashMap<>();
      DriftChecker.Scan scan = DriftChecker.scan(repo, "stacks", planned, true, seen);
      DriftChecker.Scan reference = reference(repo, "stacks", planned);
      assertThat(scan).as("seed %d", seed).isEqualTo(reference);
      for (var e : seen.entrySet()) {
        assertThat(planned).contains(e.getKey());
        BasicFileAttributes own = Files.readAttributes(repo.resolve(e.getKey()), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        assertThat(e.getValue().isRegularFile()).isTrue();
        assertThat(e.getValue().fileKey()).as("seed %d %s", seed, e.getKey()).isEqualTo(own.fileKey());
      }
      seenTotal += seen.size();
      compared += scan.orphans().size() + scan.leftovers().size();
    }
    System.out.printf("ScanWalkTest: %d found, %d nested repositories skipped, %d planned files seen%n", compared,
        nestedRepos, seenTotal);
    // the trees are not trivial: the walks had orphans and leftovers to find, repositories to skip
    assertThat(compared).isGreaterThan(150);
    assertThat(nestedRepos).isGreaterThan(40);
    assertThat(seenTotal).isGreaterThan(60);
  }

  @Test
  void aNameTheFileNameEncodingCannotReadIsWalkedAsWell() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("bytes"));
    Path web = Files.createDirectories(repo.resolve("stacks/web"));
    Files.writeString(web.resolve("terragrunt.hcl"), OWNED);
    // a file name with a byte that is not UTF-8 (0xFF), made by the shell: Java cannot spell it
    Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf 'stacks/web/x\\377.hcl')\"", "sh",
        OWNED).directory(repo.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor()).isZero();
    DriftChecker.Scan scan = DriftChecker.scan(repo, "stacks", Set.of("stacks/web/terragrunt.hcl"), true);
    assertThat(scan).isEqualTo(reference(repo, "stacks", Set.of("stacks/web/terragrunt.hcl")));
    assertThat(scan.orphans()).hasSize(1);
    assertThat(scan.orphans().get(0)).startsWith("stacks/web/x").endsWith(".hcl");
  }

  /** Fills a folder at random; the number of nested working trees made. */
  private static int fill(Random r, Path repo, Path dir, String rel, int depth, Set<String> planned)
      throws IOException {
    int nested = 0;
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String name = NAMES[r.nextInt(NAMES.length)] + (r.nextBoolean() ? "" : String.valueOf(i));
      Path p = dir.resolve(name);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String sub = rel + "/" + name;
      switch (r.nextInt(depth < 3 ? 9 : 5)) {
        case 0, 1 -> {
          Files.writeString(p, OWNED);
          if (r.nextBoolean()) {
            planned.add(sub);
          }
        }
        case 2 -> Files.writeString(p, "# hand-written\n");
        case 3 -> Files.writeString(dir.resolve(AtomicWriter.TEMP_PREFIX + i + ".tmp"), OWNED);
        case 4 -> {
          Path target = repo.resolve("outside-" + i);
          Files.writeString(target, OWNED);
          Files.createSymbolicLink(p, target);
          planned.add(sub);
        }
        case 5 -> {
          Files.createDirectories(p);
          switch (r.nextInt(6)) {
            case 0 -> {
              Files.createDirectories(p.resolve(".git"));
              nested++;
            }
            case 1 -> {
              Files.writeString(p.resolve(".git"), "gitdir: ../../.git/modules/x\n");
              nested++;
            }
            case 2 -> {
              Files.createSymbolicLink(p.resolve(".git"), p.resolve("nowhere"));
              nested++;
            }
            default -> {}
          }
          nested += fill(r, repo, p, sub, depth + 1, planned);
        }
        case 6 -> {
          Path target = Files.createDirectories(repo.resolve("linked-" + depth + "-" + i));
          Files.writeString(target.resolve("terragrunt.hcl"), OWNED);
          Files.createSymbolicLink(p, target);
        }
        default -> {
          Files.createDirectories(p);
          nested += fill(r, repo, p, sub, depth + 1, planned);
        }
      }
    }
    return nested;
  }

  /** The walk as it was written with {@code Files.walkFileTree} and a {@code .git} lookup per folder. */
  private static DriftChecker.Scan reference(Path repo, String stacksDir, Set<String> planned) throws IOException {
    Path walked = repo.resolve(stacksDir).toRealPath();
    List<String> found = new ArrayList<>();
    List<String> temps = new ArrayList<>();
    Files.walkFileTree(walked, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        if (d.equals(walked)) {
          return FileVisitResult.CONTINUE;
        }
        return d.getFileName().toString().startsWith(".") || Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          String rel = stacksDir + "/" + walked.relativize(file);
          if (AtomicWriter.isTempName(file.getFileName().toString())) {
            temps.add(rel);
          } else if (!planned.contains(rel) && DriftChecker.startsWithHeader(Files.readAllBytes(file))) {
            found.add(rel);
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    temps.sort(null);
    return new DriftChecker.Scan(found, temps);
  }
}
