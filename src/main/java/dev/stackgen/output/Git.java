package dev.stackgen.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the {@code git} command in a folder: standard input fed and standard error collected on
 * their own threads, both kept in memory (no temporary files).
 */
final class Git {
  private Git() {}

  /** What one git command printed and how it exited. */
  record Result(int exit, byte[] bytes, String err) {
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static Result run(Path dir, byte[] stdin, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new GitRevision.GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
    }
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()), Git::daemon);
    CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
      try (OutputStream o = p.getOutputStream()) {
        if (stdin != null) {
          o.write(stdin);
        }
      } catch (IOException e) {
        // git stopped reading (it failed): its exit code and stderr say why
      }
    }, Git::daemon);
    try {
      byte[] out = drain(p.getInputStream());
      int exit = p.waitFor();
      in.join();
      return new Result(exit, out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      throw new GitRevision.GitException("interrupted while running git");
    } catch (CompletionException | java.io.UncheckedIOException e) {
      throw new GitRevision.GitException("git " + String.join(" ", args) + ": " + e.getMessage());
    }
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "stackgen-git-io");
    t.setDaemon(true);
    t.start();
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
