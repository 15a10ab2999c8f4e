package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.ChildJvm;
import dev.stackgen.testing.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code generate} processes on one repository: the second waits or fails clearly; no file is corrupted. */
@Tag("slow")
class ConcurrentGenerateTest {
  @TempDir
  Path repo;

  @Test
  void twoGenerateProcessesAtOnce() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), KilledGenerateTest.catalog("old"));
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Files.writeString(repo.resolve("stackgen.hcl"), KilledGenerateTest.catalog("new"));
    Map<String, String> fresh = KilledGenerateTest.expected(repo);

    File log1 = File.createTempFile("stackgen-a", ".log");
    File log2 = File.createTempFile("stackgen-b", ".log");
    Process a = start(log1);
    Process b = start(log2);
    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String outA = Files.readString(log1.toPath());
    String outB = Files.readString(log2.toPath());
    System.out.printf("ConcurrentGenerateTest: exits %d and %d%n", a.exitValue(), b.exitValue());
    for (var run : new Object[][] {{a.exitValue(), outA}, {b.exitValue(), outB}}) {
      int exit = (int) run[0];
      String out = (String) run[1];
      if (exit != 0) {
        assertThat(exit).as(out).isEqualTo(2);
        assertThat(out).as(out).hasLineCount(1).startsWith(
            "stackgen generate: another stackgen run holds the lock for ");
      }
    }
    assertThat(a.exitValue() == 0 || b.exitValue() == 0).as(outA + outB).isTrue();
    if (a.exitValue() == 0 && b.exitValue() == 0) {
      assertThat(outA.endsWith("generate: 0 changed, 2001 unchanged\n")
          || outB.endsWith("generate: 0 changed, 2001 unchanged\n"))
          .as("the run that waited saw the other's results:\n" + tail(outA) + tail(outB)).isTrue();
    }
    for (var e : fresh.entrySet()) {
      assertThat(Files.readString(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(KilledGenerateTest.tempFiles(repo)).isEmpty();
  }

  @Test
  void lockIsExclusiveAndReleased() throws Exception {
    try (RepoLock first = RepoLock.acquire(repo, java.time.Duration.ofSeconds(1))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepoLock.acquire(repo, java.time.Duration.ofMillis(100)))
          .hasMessageStartingWith("another stackgen run holds the lock for " + repo);
    }
    RepoLock.acquire(repo, java.time.Duration.ofMillis(100)).close();
  }

  private Process start(File log) throws Exception {
    return new ProcessBuilder(ChildJvm.stackgen("generate", "-C", repo.toString()))
        .redirectErrorStream(true).redirectOutput(log).start();
  }

  private static String tail(String s) {
    return s.length() > 200 ? s.substring(s.length() - 200) : s;
  }

  @Test
  void theLockLivesInTheGitFolderFollowsNoLinkAndIsRemoved() throws Exception {
    Path git = Files.createDirectories(repo.resolve(".git"));
    Path file;
    try (RepoLock lock = RepoLock.acquire(repo, java.time.Duration.ofSeconds(1))) {
      file = lock.file();
      assertThat(file.getParent()).isEqualTo(git.toRealPath());
      assertThat(Files.readString(file)).startsWith(ProcessHandle.current().pid() + " ")
          .matches("[0-9]+ [0-9a-f]{16}\n");
      // the name other stackgen builds use for this repository: the JDK's SHA-256 of its real path
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
          repo.toRealPath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(file.getFileName().toString())
          .isEqualTo("stackgen-" + java.util.HexFormat.of().formatHex(digest, 0, 8) + ".lock");
    }
    assertThat(file).as("removed on release").doesNotExist();
    // a lock file a killed run left is simply reused (the kernel released its lock), then removed
    Files.writeString(file, "12345 dead\n");
    RepoLock.acquire(repo, java.time.Duration.ofMillis(100)).close();
    assertThat(file).doesNotExist();
    // a planted link is not followed
    Path victim = repo.resolveSibling(repo.getFileName() + "-victim");
    Files.createSymbolicLink(file, victim);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepoLock.acquire(repo, java.time.Duration.ofMillis(100)))
        .hasMessage("the lock file " + file + " is a symbolic link; stackgen does not follow it (remove it)");
    assertThat(victim).doesNotExist();
    Files.delete(file);
    try (var entries = Files.list(git)) {
      assertThat(entries.toList()).isEmpty();
    }
  }

  @Test
  void outsideGitTheLockIsInTheUserCacheFolder() throws Exception {
    assertThat(RepoLock.gitDir(repo.toRealPath())).as("the test's temp folder is not in a git tree").isNull();
    try (RepoLock lock = RepoLock.acquire(repo, java.time.Duration.ofSeconds(1))) {
      assertThat(lock.file().getParent())
          .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "stackgen", "locks"));
    }
  }
}
