package dev.stackgen.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a unit test): builds a 10,000-stack layered random DAG with about three dependencies
 * per stack and prints the median time of {@code DependencyGraph.of} + validate + waves, then of
 * rendering order, Mermaid and DOT text.
 * Arguments: [stacks] [runs] [seed].
 */
public final class GraphBench {
  private GraphBench() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    List<StackNode> nodes = layered(new Random(seed), size, 50, 3);
    int edges = nodes.stream().mapToInt(n -> n.deps().size()).sum();
    long[] nanos = new long[runs];
    int waves = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      DependencyGraph g = DependencyGraph.of(nodes);
      if (!g.validate().isEmpty()) {
        throw new IllegalStateException("bench graph is invalid: " + g.validate().get(0));
      }
      waves = g.waves().size();
      nanos[r] = System.nanoTime() - start;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("stacks=%d edges=%d waves=%d runs=%d seed=%d%n", size, edges, waves, runs, seed);
    System.out.printf("of+validate+waves: first %.2f ms, median %.2f ms, min %.2f ms%n",
        nanos[0] / 1e6, sorted[runs / 2] / 1e6, sorted[0] / 1e6);
    DependencyGraph g = DependencyGraph.of(nodes);
    long[] render = new long[runs];
    int chars = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      chars = GraphFormat.order(g.waves()).length() + GraphFormat.mermaid(g, RandomGraphs.TIERS).length()
          + GraphFormat.dot(g, RandomGraphs.TIERS).length();
      render[r] = System.nanoTime() - start;
    }
    Arrays.sort(render);
    System.out.printf("order+mermaid+dot text (%d chars): median %.2f ms%n", chars, render[runs / 2] / 1e6);

    List<List<String>> waves2 = g.waves();
    String top = waves2.get(waves2.size() - 1).get(0);
    String root = g.subgraphNeeding(top).waves().get(0).get(0);
    List<StackNode> ring = new ArrayList<>();
    for (StackNode n : nodes) {
      if (n.name().equals(root)) {
        List<Edge> closing = new ArrayList<>(n.deps());
        closing.add(new Edge(top, "stackgen.hcl", 1, 1));
        n = new StackNode(n.name(), n.tier(), false, n.file(), n.line(), n.column(), closing);
      }
      ring.add(n);
    }
    long[] cyclic = new long[runs];
    String message = "";
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      message = DependencyGraph.of(ring).validate().get(0).message();
      cyclic[r] = System.nanoTime() - start;
    }
    Arrays.sort(cyclic);
    System.out.printf("of+validate with a cycle (shortest through its smallest name: %d stacks): median %.2f ms%n",
        message.split(" -> ").length - 1, cyclic[runs / 2] / 1e6);
  }

  /** Stacks in {@code layers} layers; each needs about {@code deps} stacks from earlier layers. */
  static List<StackNode> layered(Random rnd, int size, int layers, int deps) {
    int perLayer = Math.max(1, size / layers);
    List<StackNode> nodes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int layer = i / perLayer;
      List<Edge> edges = new ArrayList<>();
      if (layer > 0) {
        int below = layer * perLayer;
        for (int k = 0; k < deps; k++) {
          String target = "stack-" + rnd.nextInt(below);
          if (edges.stream().noneMatch(e -> e.target().equals(target))) {
            edges.add(new Edge(target, "stackgen.hcl", i * 10 + k + 1, 3));
          }
        }
      }
      String tier = RandomGraphs.TIERS.get(Math.min(layer * RandomGraphs.TIERS.size() / layers, 3));
      nodes.add(new StackNode("stack-" + i, tier, false, "stackgen.hcl", i * 10, 1, edges));
    }
    Collections.shuffle(nodes, rnd);
    return nodes;
  }
}
