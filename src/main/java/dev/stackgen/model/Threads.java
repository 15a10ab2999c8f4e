package dev.stackgen.model;

/** Waiting for the helper threads that read, check and compare beside the main thread. */
public final class Threads {
  private Threads() {}

  /**
   * Waits until {@code t} has ended; an interrupt while waiting does not end the wait but is kept for
   * the caller (the thread's interrupt flag is set again afterwards), so a result is never taken from
   * a thread still running.
   */
  public static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
