package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open watchdog: a read that meets a FIFO where a regular file was (a swap after the check) is
 * released and refused instead of waiting for a writer, on one thread or many at once, and regular
 * files read around it are whole.
 */
class InsideRepoOpenWatchdogTest {
  @TempDir
  Path dir;

  private Path fifo(String name) throws Exception {
    Path p = dir.resolve(name);
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    return p;
  }

  @Test
  void aFifoIsReleasedAndRefusedNotWaitedOn() throws Exception {
    Path p = fifo("swapped.hcl");
    // without the watchdog the open blocks until a writer comes: the time limit is the hang guard only
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> InsideRepo.readRegular(p))
        .isInstanceOf(InsideRepo.NotRegularFileException.class));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> InsideRepo.readForHash(p, 100))
        .isInstanceOf(InsideRepo.NotRegularFileException.class));
  }

  @Test
  void manyWaitingOpensAreEachReleasedWhileRegularReadsGoOn() throws Exception {
    List<Path> fifos = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      fifos.add(fifo("f" + i));
    }
    Path regular = dir.resolve("regular.hcl");
    Files.writeString(regular, "a = 1\n");
    ExecutorService pool = Executors.newFixedThreadPool(fifos.size());
    try {
      List<Future<Class<?>>> waits = new ArrayList<>();
      for (Path f : fifos) {
        waits.add(pool.submit(() -> {
          try {
            InsideRepo.readRegular(f);
            return Void.class;
          } catch (Exception e) {
            return e.getClass();
          }
        }));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(new String(InsideRepo.readRegular(regular), StandardCharsets.UTF_8)).isEqualTo("a = 1\n");
      }
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        for (Future<Class<?>> w : waits) {
          assertThat(w.get()).isEqualTo(InsideRepo.NotRegularFileException.class);
        }
      });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withNothingOpenTheWatchdogIsParkedNotPolling() throws Exception {
    Path regular = dir.resolve("regular.hcl");
    Files.writeString(regular, "a = 1\n");
    InsideRepo.readRegular(regular);
    Thread watchdog = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("stackgen-open-watchdog")).findFirst().orElseThrow();
    // a polling watchdog sleeps (TIMED_WAITING) and wakes 40 times a second; an idle one is parked
    Thread.State state = watchdog.getState();
    for (int i = 0; i < 100 && state != Thread.State.WAITING; i++) {
      Thread.sleep(10);
      state = watchdog.getState();
    }
    assertThat(state).isEqualTo(Thread.State.WAITING);
    // and the next waiting open still gets released
    Path p = fifo("after-idle");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> InsideRepo.readRegular(p))
        .isInstanceOf(InsideRepo.NotRegularFileException.class));
  }
}
