package dev.stackgen.output;

import java.io.IOException;
import java.util.List;

/** Runs a helper program quietly (output discarded) and says whether it succeeded. */
public final class QuietProcess {
  private QuietProcess() {}

  /** True when {@code command} ran and exited 0; false when it failed or is not installed. */
  public static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
