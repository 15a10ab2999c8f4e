package dev.stackgen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External programs in tests (git, pre-commit, node, bash): hermetic environments, skip reasons on the console. */
public final class Tools {
  private Tools() {}

  /** Exit code and output (stdout and stderr together) of a finished process. */
  public record Proc(int exit, String out) {
    public Proc ok() {
      assertThat(exit).as(out).isZero();
      return this;
    }
  }

  /** True when {@code program} is an executable on PATH. */
  public static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skips the calling test when {@code present} is false, printing why on the console; fails it
   * instead when {@code STACKGEN_REQUIRE_ORACLES=1} (CI installs every tool, see .ci/run).
   */
  public static void require(boolean present, String reason) {
    if (present) {
      return;
    }
    System.out.println("SKIPPED: " + reason);
    if ("1".equals(System.getenv("STACKGEN_REQUIRE_ORACLES"))) {
      throw new AssertionError(reason + " (STACKGEN_REQUIRE_ORACLES=1)");
    }
    Assumptions.assumeTrue(false, reason);
  }

  /** An environment for git and pre-commit that reads no user or system configuration. */
  public static Map<String, String> hermeticEnv(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.net");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.net");
    env.put("LC_ALL", "C.UTF-8");
    return env;
  }

  /** Runs {@code command} in {@code dir} with exactly {@code env}; waits up to 5 minutes. */
  public static Proc run(Path dir, Map<String, String> env, List<String> command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().clear();
      pb.environment().putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Proc(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@code git ARGS} in {@code dir}, hermetic (home: {@code dir}'s parent's {@code home} folder). */
  public static Proc git(Path dir, String... args) {
    Path home = dir.toAbsolutePath().getParent().resolve("home");
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(dir, hermeticEnv(home), command);
  }
}
