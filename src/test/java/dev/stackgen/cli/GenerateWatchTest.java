package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate --watch, in-process: one line for the first run, one for every change of the catalog (the
 * drop-in folder included), an error is a line and the watch goes on, and interrupting it ends it with exit
 * 0. Waits for events with a generous timeout; asserts nothing about time.
 */
class GenerateWatchTest {
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir
  Path temp;

  /** Complete lines written to it, one queue entry per line. */
  private static final class Lines extends OutputStream {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      } else {
        current.write(b);
      }
    }

    String next() throws InterruptedException {
      String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(line).as("a line within " + TIMEOUT_SECONDS + " s").isNotNull();
      return line;
    }
  }

  @Test
  void regeneratesOnEveryCatalogChangeAndGoesOnAfterAnError() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("handwritten-repo-3"), temp.resolve("repo"));
    assertThat(dev.stackgen.testing.Run.in(repo, "import").exit()).isZero();
    Path catalog = repo.resolve("stackgen.hcl");
    Path main = repo.resolve("stacks/boot/main.tf");
    Lines out = new Lines();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] exit = {-1};
    Thread watch = new Thread(() -> exit[0] = Main.run(new String[] {"-C", repo.toString(), "generate", "--watch"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    watch.start();
    try {
      assertThat(out.next()).startsWith("generate: 0 changed, 12 unchanged (watching the catalog; Ctrl-C stops)");

      String text = Files.readString(catalog);
      Files.writeString(catalog, text.replace("\"eu-west\"", "\"us-east\""));
      assertThat(out.next()).isEqualTo("generate: 1 changed, 11 unchanged (stackgen.hcl changed)");
      assertThat(Files.readString(main)).contains("us-east");

      Files.writeString(catalog, text.replace("\"eu-west\"", "\"us-east\"") + "\nstack \"broken\" {\n");
      assertThat(out.next()).startsWith("stackgen.hcl:").endsWith("(stackgen.hcl changed)");

      Files.writeString(catalog, text);
      assertThat(out.next()).isEqualTo("generate: 1 changed, 11 unchanged (stackgen.hcl changed)");
      assertThat(Files.readString(main)).contains("eu-west");

      // a drop-in catalog file counts too
      Files.createDirectories(repo.resolve("stackgen.d"));
      Files.writeString(repo.resolve("stackgen.d/extra.hcl"), "stack \"extra\" {\n  tier = \"core\"\n}\n");
      String line = out.next();
      assertThat(line).startsWith("generate: 1 changed, 12 unchanged (");
      assertThat(line).contains("stackgen.d/extra.hcl");
      assertThat(repo.resolve("stacks/extra/terragrunt.hcl")).exists();
    } finally {
      watch.interrupt();
      watch.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    }
    assertThat(watch.isAlive()).isFalse();
    assertThat(exit[0]).isZero();
  }
}
