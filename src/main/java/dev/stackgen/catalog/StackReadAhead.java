package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the stack blocks of the second half of a big catalog file on a second thread while the main
 * thread reads the first half (issue 23: on 10,000 stacks the catalog read is half of the main
 * thread's time, and the main thread is the critical path of {@code check}). Each stack block is read
 * exactly as {@link CatalogBuilder} reads it — the schema check of the item, then {@link StackReader} —
 * but into its own warnings and tier positions, which the main thread adds when it reaches the block
 * in catalog order. So the catalog, its warnings and the first error are those of a sequential read:
 * the worker stops at its first failing block and the main thread throws that failure when it gets
 * there (an earlier failure of the main thread's own items comes first).
 *
 * <p>Only stack blocks are read ahead: they depend on nothing read before them but the root's
 * declarations ({@link CatalogBuilder#prescan}, done before any file is read), and the schema allows
 * any number of them, so the top-level "at most once" check has nothing to record for them.
 */
final class StackReadAhead {
  /** Files with this many stack blocks or more are read on two threads. */
  static final int MIN_STACKS = 512;

  /** One stack block read ahead: the stack, or what reading it threw, and what it recorded. */
  record Result(Stack stack, Throwable failure, List<Warning> warnings) {}

  private final HclFile file;
  private final List<BodyItems.Item> items;
  private final Set<String> allowTerragrunt;
  private final Declarations rootDeclared;
  private final int from;
  private final Result[] results;
  private final Thread thread;
  private volatile boolean stop;
  private boolean joined;

  private StackReadAhead(HclFile file, List<BodyItems.Item> items, Set<String> allowTerragrunt,
      Declarations rootDeclared, int from) {
    this.file = file;
    this.items = items;
    this.allowTerragrunt = allowTerragrunt;
    this.rootDeclared = rootDeclared;
    this.from = from;
    this.results = new Result[items.size()];
    this.thread = new Thread(this::run, "stackgen-read-ahead");
    thread.setDaemon(true);
  }

  /**
   * Starts reading the second half of the stack blocks of {@code items}, or returns null when the
   * file has fewer than {@code minStacks} of them (or only one processor).
   */
  static StackReadAhead start(HclFile file, List<BodyItems.Item> items, Set<String> allowTerragrunt,
      Declarations rootDeclared, int minStacks) {
    int stacks = 0;
    for (BodyItems.Item item : items) {
      stacks += isStack(item) ? 1 : 0;
    }
    if (stacks < minStacks || Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    int half = stacks / 2;
    int from = 0;
    for (int seen = 0; seen < half; from++) {
      seen += isStack(items.get(from)) ? 1 : 0;
    }
    StackReadAhead ahead = new StackReadAhead(file, items, allowTerragrunt, rootDeclared, from);
    ahead.thread.start();
    return ahead;
  }

  private static boolean isStack(BodyItems.Item item) {
    return item.node() instanceof Block b && b.type().equals(Name.STACK);
  }

  private void run() {
    for (int k = from; k < items.size() && !stop; k++) {
      BodyItems.Item item = items.get(k);
      if (!isStack(item)) {
        continue;
      }
      List<Warning> warnings = new ArrayList<>();
      Stack stack = null;
      Throwable failure = null;
      try {
        new SchemaCheck(allowTerragrunt, warnings).topLevel(file, item.node());
        Block b = item.block();
        stack = new StackReader(file, warnings, rootDeclared).read(b, item.header(),
            CatalogReader.ref(file, b));
      } catch (Throwable e) { // handed to the main thread, thrown there in catalog order
        failure = e;
      }
      results[k] = new Result(stack, failure, warnings);
      if (failure != null) {
        return;
      }
    }
  }

  /**
   * The result of item {@code k} when it was read ahead (waiting for the worker the first time one
   * is asked for), else null: the caller reads the item itself.
   */
  Result result(int k) {
    if (k < from || !isStack(items.get(k))) {
      return null;
    }
    if (!joined) {
      dev.stackgen.model.Background.joinUninterruptibly(thread);
      joined = true;
    }
    return results[k];
  }

  /** Tells the worker to stop (the main thread failed before it needed the results). */
  void cancel() {
    stop = true;
  }

  /** Throws what reading a block threw, as the sequential read would have. */
  static void rethrow(Throwable failure) throws CatalogException, HclSyntaxException {
    if (failure instanceof CatalogException e) {
      throw e;
    }
    if (failure instanceof HclSyntaxException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }
}
