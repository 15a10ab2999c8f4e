package dev.stackgen.cli;

import java.io.PrintStream;

/** Command-line entry point; all logic lives in {@link #run}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs stackgen with the given arguments and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    err.println("stackgen: not implemented yet");
    return 2;
  }
}
