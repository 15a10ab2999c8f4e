package dev.stackgen.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded generators of random stack graphs for tests and the benchmark. */
final class RandomGraphs {
  static final List<String> TIERS = List.of("core", "cluster", "edge", "aux");

  private RandomGraphs() {}

  /**
   * A random DAG of {@code size} stacks with names {@code s0..} in shuffled catalog order: stack i
   * may only need stacks earlier in a random permutation, so the graph is acyclic but the apply order
   * is unrelated to names. Each stack gets up to {@code maxDeps} dependencies; tier-0 stacks only need
   * tier-0 stacks. Every edge gets a distinct line number.
   */
  static List<StackNode> dag(Random rnd, int size, int maxDeps) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("s" + i);
    }
    Collections.shuffle(names, rnd);
    boolean[] tierZero = new boolean[size];
    int zeroPrefix = size == 0 ? 0 : rnd.nextInt(Math.max(1, size / 5) + 1);
    for (int i = 0; i < zeroPrefix; i++) {
      tierZero[i] = true;
    }
    List<StackNode> nodes = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < size; i++) {
      Set<Integer> targets = new LinkedHashSet<>();
      int limit = tierZero[i] ? Math.min(i, zeroPrefix) : i;
      if (limit > 0) {
        int count = rnd.nextInt(maxDeps + 1);
        for (int k = 0; k < count; k++) {
          targets.add(rnd.nextInt(limit));
        }
      }
      List<Edge> deps = new ArrayList<>();
      for (int t : targets) {
        deps.add(new Edge(names.get(t), "stackgen.hcl", line++, 3));
      }
      String tier = tierZero[i] ? "core" : TIERS.get(1 + rnd.nextInt(TIERS.size() - 1));
      nodes.add(new StackNode(names.get(i), tier, tierZero[i], "stackgen.hcl", line++, 1, deps));
    }
    Collections.shuffle(nodes, rnd);
    return nodes;
  }

  /** The same nodes in a new random order, each with its dependencies in a new random order. */
  static List<StackNode> shuffled(List<StackNode> nodes, Random rnd) {
    List<StackNode> out = new ArrayList<>();
    for (StackNode n : nodes) {
      List<Edge> deps = new ArrayList<>(n.deps());
      Collections.shuffle(deps, rnd);
      out.add(new StackNode(n.name(), n.tier(), n.tierZero(), n.file(), n.line(), n.column(), deps));
    }
    Collections.shuffle(out, rnd);
    return out;
  }
}
