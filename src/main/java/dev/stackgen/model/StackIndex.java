package dev.stackgen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stacks of one catalog by name (the first of each name, as a scan finds it), kept for the
 * catalog whose stacks were looked up last: {@link Catalog} is a record, with no room for a lazy
 * field, and a lookup per dependency that scans the stacks made validating 10,000 stacks quadratic
 * (issue 23). The stack list is immutable, so its identity keys the index; a catalog of another list
 * builds its own (threads that look up in two catalogs at once each get a right answer).
 */
record StackIndex(List<Stack> stacks, Map<String, Stack> byName) {
  private static volatile StackIndex last;

  /** The index of {@code stacks} (an immutable list). */
  static StackIndex of(List<Stack> stacks) {
    StackIndex index = last;
    if (index == null || index.stacks() != stacks) {
      Map<String, Stack> byName = new HashMap<>(stacks.size() * 2);
      for (Stack s : stacks) {
        byName.putIfAbsent(s.name(), s);
      }
      index = new StackIndex(stacks, byName);
      last = index;
    }
    return index;
  }
}
