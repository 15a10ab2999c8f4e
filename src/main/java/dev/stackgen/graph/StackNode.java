package dev.stackgen.graph;

import java.util.List;
import java.util.Objects;

/**
 * A stack as a graph node: its name, tier, whether it is tier-0 ({@code state = "local"}), the position
 * of its {@code stack} block, and its dependencies in catalog order.
 */
public record StackNode(
    String name, String tier, boolean tierZero, String file, int line, int column, List<Edge> deps) {
  public StackNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(file, "file");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("stack name must not be empty");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "stack position must not be negative: line " + line + ", column " + column);
    }
    deps = List.copyOf(deps);
  }

  /** A node without a known position (file "", line 0, column 0). */
  public StackNode(String name, String tier, boolean tierZero, List<Edge> deps) {
    this(name, tier, tierZero, "", 0, 0, deps);
  }
}
