package dev.stackgen.testing;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The number of cases a test factory or a parameterized source found, checked before they run: a
 * folder that was emptied, renamed or filtered away then fails the test instead of passing with
 * zero cases.
 */
public final class CaseCount {
  private CaseCount() {}

  /** {@code cases}, after failing when there are fewer than {@code min} (what they are in the message). */
  public static <T> List<T> atLeast(int min, String what, Collection<? extends T> cases) {
    if (cases.size() < min) {
      throw new AssertionError(what + ": found " + cases.size() + " cases, expected at least " + min
          + " (an emptied or mis-pathed folder?)");
    }
    return List.copyOf(cases);
  }

  /** {@link #atLeast(int, String, Collection)} for a stream (read once, then streamed again). */
  public static <T> Stream<T> atLeast(int min, String what, Stream<? extends T> cases) {
    return CaseCount.<T>atLeast(min, what, List.<T>copyOf(cases.toList())).stream();
  }

  /** {@code cases}, after failing unless there are exactly {@code count}. */
  public static <T> List<T> exactly(int count, String what, Collection<? extends T> cases) {
    if (cases.size() != count) {
      throw new AssertionError(what + ": found " + cases.size() + " cases, expected " + count);
    }
    return List.copyOf(cases);
  }

  /** {@link #exactly(int, String, Collection)} for a stream (read once, then streamed again). */
  public static <T> Stream<T> exactly(int count, String what, Stream<? extends T> cases) {
    return CaseCount.<T>exactly(count, what, List.<T>copyOf(cases.toList())).stream();
  }
}
