package dev.stackgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks {@code 0..n-1} run on the calling thread and the common pool's, each thread taking the next task as
 * it finishes one; the results by task. Task by task, not in chunks (issue 23: a parallel stream split 155
 * stacks into four chunks on two processors, and the thread done first waited for the other's last chunk,
 * ~10 % of the main thread's time in a check). Subclassed, not given a lambda: no call site to link on the
 * first run (start-up time of every command).
 */
public abstract class OneByOne {
  /** Task {@code i}'s result, or what it threw as the value (a task must not throw). */
  protected abstract Object run(int i);

  /** Every task's result ({@link #run}), by task; the pool's threads' results are visible here. */
  public final Object[] runAll(int n) {
    Object[] done = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Runnable work = new Runnable() {
      @Override
      public void run() {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          done[i] = OneByOne.this.run(i);
        }
      }
    };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
    List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(0, helpers));
    for (int k = 0; k < helpers; k++) {
      tasks.add(ForkJoinPool.commonPool().submit(work));
    }
    work.run();
    for (ForkJoinTask<?> t : tasks) {
      t.join(); // the tasks throw nothing; join makes the helpers' results visible here
    }
    return done;
  }
}
