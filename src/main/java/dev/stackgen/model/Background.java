package dev.stackgen.model;

import java.io.IOException;

/**
 * Work run on a daemon thread of its own while the caller goes on (issue 23: the main thread is the
 * critical path of {@code check}); {@link #result()} waits for it and returns its value or throws what it
 * threw, so the caller sees what running it in line would have given. Also the one uninterruptible join
 * of the threads that read, check and compare beside the main thread.
 */
public final class Background<T> implements Runnable {
  /** What runs in the background. */
  public interface Work<T> {
    T run() throws IOException;
  }

  private final Work<T> work;
  private final Thread thread;
  private T value;
  private Throwable failure;

  private Background(String name, Work<T> work) {
    this.work = work;
    this.thread = new Thread(this, name);
    thread.setDaemon(true); // a result nobody asks for does not keep the process alive
  }

  /** Starts {@code work} on a new daemon thread named {@code name}. */
  public static <T> Background<T> start(String name, Work<T> work) {
    Background<T> b = new Background<>(name, work);
    b.thread.start();
    return b;
  }

  @Override
  public void run() {
    try {
      value = work.run();
    } catch (Throwable e) { // thrown to the caller of result(), if it asks
      failure = e;
    }
  }

  /** The work's value, once it has ended; what it threw is thrown here. */
  public T result() throws IOException {
    joinUninterruptibly(thread);
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return value;
  }

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
