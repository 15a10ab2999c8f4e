package dev.stackgen.model;

import java.util.List;

/**
 * The first of a catalog's checks ({@link CatalogGraph} when reading) run on a second thread while the
 * main thread finds {@link Catalog#problems()} (issue 23: on 10,000 stacks each is about a tenth of the
 * main thread's time, and the main thread is the critical path of {@code check}). Its answer is taken
 * only when {@link Catalog#problems()} finds none, and what it threw is thrown then, so the result is
 * that of running them one after the other. Both only read the catalog, which is immutable.
 */
final class FirstCheck {
  /** Catalogs of this many stacks or more run their first check beside {@link Catalog#problems()}. */
  static final int MIN_STACKS = 512;

  private final Thread thread;
  private List<Catalog.Problem> found;
  private Throwable failure;

  FirstCheck(Catalog catalog, CatalogCheck check) {
    thread = new Thread(() -> {
      try {
        found = check.problems(catalog);
      } catch (Throwable e) { // thrown on the main thread, if its answer is needed
        failure = e;
      }
    }, "stackgen-check");
    thread.setDaemon(true);
    thread.start();
  }

  /** The check's problems, once it has finished (what it threw is thrown here). */
  List<Catalog.Problem> join() {
    Threads.joinUninterruptibly(thread);
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return found;
  }
}
