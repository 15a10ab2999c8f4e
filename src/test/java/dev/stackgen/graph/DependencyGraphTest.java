package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  private static final String FILE = "stackgen.hcl";

  /** A non-tier-0 stack in tier "edge" at line {@code line}; its i-th dependency is at line*100+i. */
  private static StackNode node(String name, int line, String... deps) {
    return node(name, "edge", false, line, deps);
  }

  private static StackNode node(String name, String tier, boolean tierZero, int line, String... deps) {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < deps.length; i++) {
      edges.add(new Edge(deps[i], FILE, line * 100 + i, 3));
    }
    return new StackNode(name, tier, tierZero, FILE, line, 1, edges);
  }

  private static Map<String, Integer> waveIndex(List<List<String>> waves) {
    Map<String, Integer> wave = new HashMap<>();
    for (int k = 0; k < waves.size(); k++) {
      for (String name : waves.get(k)) {
        assertThat(wave.put(name, k + 1)).as("%s appears in two waves", name).isNull();
      }
    }
    return wave;
  }

  @Test
  void randomDagsOrderEveryEdgeForwardInMinimalWaves() {
    for (long seed = 1; seed <= 300; seed++) {
      Random rnd = new Random(seed);
      int size = rnd.nextInt(seed % 10 == 0 ? 400 : 60);
      List<StackNode> nodes = RandomGraphs.dag(rnd, size, 1 + rnd.nextInt(5));
      DependencyGraph g = DependencyGraph.of(nodes);
      String at = "seed " + seed;
      assertThat(g.validate()).as(at).isEmpty();

      List<String> order = g.order();
      assertThat(order).as(at).hasSize(size);
      Map<String, Integer> pos = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        pos.put(order.get(i), i);
      }
      assertThat(pos).as(at).hasSize(size);

      List<List<String>> waves = g.waves();
      Map<String, Integer> wave = waveIndex(waves);
      Map<String, List<String>> dependents = new HashMap<>();
      for (StackNode n : nodes) {
        int expected = 1;
        for (Edge e : n.deps()) {
          assertThat(pos.get(n.name())).as("%s: %s -> %s points forward", at, n.name(), e.target())
              .isGreaterThan(pos.get(e.target()));
          expected = Math.max(expected, wave.get(e.target()) + 1);
          dependents.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(n.name());
        }
        assertThat(wave.get(n.name())).as("%s: wave of %s", at, n.name()).isEqualTo(expected);
        assertThat(g.waveOf(n.name())).as(at).isEqualTo(expected);
      }
      for (List<String> w : waves) {
        assertThat(w).as(at).isNotEmpty().isSorted();
      }

      Map<String, Integer> reverse = waveIndex(g.reverseWaves());
      List<String> reverseOrder = g.reverseOrder();
      Map<String, Integer> rpos = new HashMap<>();
      for (int i = 0; i < reverseOrder.size(); i++) {
        rpos.put(reverseOrder.get(i), i);
      }
      for (StackNode n : nodes) {
        int expected = 1;
        for (String d : dependents.getOrDefault(n.name(), List.of())) {
          expected = Math.max(expected, reverse.get(d) + 1);
          assertThat(rpos.get(d)).as("%s: %s destroyed before %s", at, d, n.name())
              .isLessThan(rpos.get(n.name()));
        }
        assertThat(reverse.get(n.name())).as("%s: reverse wave of %s", at, n.name()).isEqualTo(expected);
      }
    }
  }

  @Test
  void wavesDoNotDependOnCatalogOrderOrDependencyOrder() {
    for (long seed = 1; seed <= 100; seed++) {
      Random rnd = new Random(seed);
      List<StackNode> nodes = RandomGraphs.dag(rnd, rnd.nextInt(200), 4);
      DependencyGraph g = DependencyGraph.of(nodes);
      DependencyGraph h = DependencyGraph.of(RandomGraphs.shuffled(nodes, rnd));
      assertThat(h.waves()).as("seed %d", seed).isEqualTo(g.waves());
      assertThat(h.reverseWaves()).as("seed %d", seed).isEqualTo(g.reverseWaves());
      assertThat(GraphFormat.mermaid(h, RandomGraphs.TIERS)).as("seed %d", seed)
          .isEqualTo(GraphFormat.mermaid(g, RandomGraphs.TIERS));
      assertThat(GraphFormat.dot(h, RandomGraphs.TIERS)).as("seed %d", seed)
          .isEqualTo(GraphFormat.dot(g, RandomGraphs.TIERS));
    }
  }

  @Test
  void smallGraphWavesAndDestroyWaves() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("app", 1, "db", "dns"),
        node("db", 2, "dns"),
        node("dns", 3),
        node("lonely", 4)));
    assertThat(g.waves()).containsExactly(List.of("dns", "lonely"), List.of("db"), List.of("app"));
    assertThat(g.order()).containsExactly("dns", "lonely", "db", "app");
    assertThat(g.reverseWaves()).containsExactly(List.of("app", "lonely"), List.of("db"), List.of("dns"));
    assertThat(g.reverseOrder()).containsExactly("app", "lonely", "db", "dns");
  }

  @Test
  void emptyGraphHasNoWaves() {
    DependencyGraph g = DependencyGraph.of(List.of());
    assertThat(g.validate()).isEmpty();
    assertThat(g.waves()).isEmpty();
    assertThat(g.order()).isEmpty();
  }

  @Test
  void cyclesOfLengthOneToFiveAreReportedFromTheSmallestNameAtTheClosingEdge() {
    for (long seed = 1; seed <= 200; seed++) {
      Random rnd = new Random(seed);
      int length = 1 + (int) (seed % 5);
      List<StackNode> dag = RandomGraphs.dag(rnd, rnd.nextInt(40), 3);
      List<String> members = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        members.add("c" + (char) ('a' + rnd.nextInt(26)) + i);
      }
      Collections.shuffle(members, rnd);
      List<StackNode> nodes = new ArrayList<>(dag);
      Map<String, Edge> closing = new HashMap<>();
      for (int i = 0; i < length; i++) {
        String next = members.get((i + 1) % length);
        List<Edge> deps = new ArrayList<>();
        if (!dag.isEmpty() && rnd.nextBoolean()) {
          deps.add(new Edge(dag.get(rnd.nextInt(dag.size())).name(), FILE, 5000 + 10 * i, 3));
        }
        Edge e = new Edge(next, FILE, 5001 + 10 * i, 3);
        deps.add(e);
        closing.put(next, e);
        nodes.add(new StackNode(members.get(i), "edge", false, FILE, 5000 + 10 * i, 1, deps));
      }
      if (!dag.isEmpty()) {
        nodes.add(node("zz-dependent", 9000, members.get(0), dag.get(0).name()));
      }
      Collections.shuffle(nodes, rnd);

      String smallest = Collections.min(members);
      int at = members.indexOf(smallest);
      StringBuilder expected = new StringBuilder("cycle:");
      for (int i = 0; i <= length; i++) {
        expected.append(i == 0 ? " " : " -> ").append(members.get((at + i) % length));
      }
      Edge e = closing.get(smallest);
      GraphError error = new GraphError(FILE, e.line(), e.column(), expected.toString());

      DependencyGraph g = DependencyGraph.of(nodes);
      assertThat(g.validate()).as("seed %d", seed).containsExactly(error);
      assertThatThrownBy(g::waves).as("seed %d", seed)
          .isInstanceOf(GraphException.class).hasMessage(error.toString());
      assertThat(DependencyGraph.of(RandomGraphs.shuffled(nodes, rnd)).validate())
          .as("seed %d shuffled", seed).containsExactly(error);
    }
  }

  @Test
  void cycleMessageExamples() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("c", 1, "a"),
        node("b", 2, "c"),
        node("a", 3, "b"),
        node("self", 4, "self")));
    assertThat(g.validate()).extracting(GraphError::toString).containsExactly(
        "stackgen.hcl:100:3: cycle: a -> b -> c -> a",
        "stackgen.hcl:400:3: cycle: self -> self");
  }

  @Test
  void eachStronglyConnectedComponentIsReportedOnceWithItsShortestCycle() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("a", 1, "b", "c"),
        node("b", 2, "d"),
        node("c", 3, "a"),
        node("d", 4, "a"),
        node("x", 5, "y"),
        node("y", 6, "x")));
    assertThat(g.validate()).extracting(GraphError::toString).containsExactly(
        "stackgen.hcl:300:3: cycle: a -> c -> a",
        "stackgen.hcl:600:3: cycle: x -> y -> x");
  }

  @Test
  void tenThousandStackChainAndCycleDoNotOverflowTheStack() {
    int n = 10_000;
    List<StackNode> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chain.add(i == 0 ? node(String.format("n%05d", i), 1) : node(String.format("n%05d", i), 1,
          String.format("n%05d", i - 1)));
    }
    Collections.reverse(chain);
    DependencyGraph g = DependencyGraph.of(chain);
    assertThat(g.validate()).isEmpty();
    assertThat(g.waves()).hasSize(n);
    assertThat(g.order()).first().isEqualTo("n00000");
    assertThat(g.subgraphNeeding("n09999").nodes()).hasSize(n);

    List<StackNode> ring = new ArrayList<>(chain);
    ring.set(n - 1, node("n00000", 2, String.format("n%05d", n - 1)));
    List<GraphError> errors = DependencyGraph.of(ring).validate();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).as("closing edge n00001 -> n00000").isEqualTo(100);
    assertThat(errors.get(0).message()).startsWith("cycle: n00000 -> n09999 -> n09998 -> ")
        .endsWith(" -> n00001 -> n00000");
  }

  @Test
  void unknownTargetIsReportedAtItsEdgeAndBlocksOrdering() {
    DependencyGraph g = DependencyGraph.of(List.of(node("app", 1, "db", "ghost"), node("db", 2)));
    GraphError error = new GraphError(FILE, 101, 3, "stack \"app\" depends on unknown stack \"ghost\"");
    assertThat(g.validate()).containsExactly(error);
    assertThatThrownBy(g::waves).isInstanceOf(GraphException.class)
        .hasMessage("stackgen.hcl:101:3: stack \"app\" depends on unknown stack \"ghost\"")
        .extracting(t -> ((GraphException) t).errors()).isEqualTo(List.of(error));
    assertThatThrownBy(g::reverseWaves).isInstanceOf(GraphException.class);
  }

  @Test
  void duplicateDependencyIsReportedAtTheSecondEdge() {
    DependencyGraph g = DependencyGraph.of(List.of(node("app", 1, "db", "db"), node("db", 2)));
    assertThat(g.validate()).extracting(GraphError::toString)
        .containsExactly("stackgen.hcl:101:3: stack \"app\" depends on \"db\" more than once");
    assertThat(g.waves()).containsExactly(List.of("db"), List.of("app"));
  }

  @Test
  void tierZeroStackMayOnlyNeedTierZeroStacks() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("postgres", "core", true, 1, "vault", "dns"),
        node("vault", "core", true, 2),
        node("dns", "cluster", false, 3),
        node("app", "edge", false, 4, "postgres", "dns")));
    assertThat(g.validate()).extracting(GraphError::toString).containsExactly(
        "stackgen.hcl:101:3: tier-0 stack \"postgres\" (state = \"local\") depends on \"dns\", which is not "
            + "tier-0: it must be applicable before the state database exists");
    assertThat(g.waves()).containsExactly(List.of("dns", "vault"), List.of("postgres"), List.of("app"));
    assertThatThrownBy(g::requireValid).isInstanceOf(GraphException.class)
        .hasMessageStartingWith("stackgen.hcl:101:3: tier-0 stack \"postgres\"");
  }

  @Test
  void errorsAreSortedByPosition() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("z", 9, "ghost"),
        node("a", 1, "a"),
        node("t0", "core", true, 5, "a")));
    assertThat(g.validate()).extracting(GraphError::line).containsExactly(100, 500, 900);
    assertThat(DependencyGraph.of(List.of(node("a", 1))).requireValid().order()).containsExactly("a");
  }

  @Test
  void duplicateStackNameIsRejected() {
    assertThatThrownBy(() -> DependencyGraph.of(List.of(node("a", 1), node("a", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate stack \"a\"");
  }

  @Test
  void unknownStackNameIsRejected() {
    DependencyGraph g = DependencyGraph.of(List.of(node("a", 1)));
    assertThat(g.contains("a")).isTrue();
    assertThat(g.contains("b")).isFalse();
    assertThat(g.node("a").line()).isEqualTo(1);
    assertThatThrownBy(() -> g.node("b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown stack \"b\"");
    assertThatThrownBy(() -> g.subgraphNeeding("b")).hasMessage("unknown stack \"b\"");
    assertThatThrownBy(() -> g.dependentsOf("b")).hasMessage("unknown stack \"b\"");
    assertThatThrownBy(() -> g.waveOf("b")).hasMessage("unknown stack \"b\"");
  }

  private static Set<String> closure(String start, Map<String, List<String>> adj) {
    Set<String> seen = new HashSet<>(Set.of(start));
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (String w : adj.getOrDefault(todo.pop(), List.of())) {
        if (seen.add(w)) {
          todo.push(w);
        }
      }
    }
    return seen;
  }

  @Test
  void subgraphsHoldExactlyTheTransitiveClosureInCatalogOrder() {
    for (long seed = 1; seed <= 100; seed++) {
      Random rnd = new Random(seed);
      List<StackNode> nodes = RandomGraphs.dag(rnd, 1 + rnd.nextInt(120), 4);
      DependencyGraph g = DependencyGraph.of(nodes);
      Map<String, List<String>> needs = new HashMap<>();
      Map<String, List<String>> neededBy = new HashMap<>();
      for (StackNode n : nodes) {
        for (Edge e : n.deps()) {
          needs.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(e.target());
          neededBy.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(n.name());
        }
      }
      String pick = nodes.get(rnd.nextInt(nodes.size())).name();
      check(g, g.subgraphNeeding(pick), closure(pick, needs), "seed " + seed + " needing " + pick);
      check(g, g.dependentsOf(pick), closure(pick, neededBy), "seed " + seed + " dependents of " + pick);
    }
  }

  private static void check(DependencyGraph full, DependencyGraph sub, Set<String> expected, String at) {
    List<String> names = sub.nodes().stream().map(StackNode::name).toList();
    List<String> catalogOrder = full.nodes().stream().map(StackNode::name).filter(expected::contains).toList();
    assertThat(names).as(at).isEqualTo(catalogOrder);
    assertThat(sub.validate()).as(at).isEmpty();
    for (StackNode n : sub.nodes()) {
      List<String> kept = n.deps().stream().map(Edge::target).toList();
      List<String> wanted = full.node(n.name()).deps().stream().map(Edge::target)
          .filter(expected::contains).toList();
      assertThat(kept).as(at).isEqualTo(wanted);
      assertThat(sub.waveOf(n.name())).as(at).isLessThanOrEqualTo(full.waveOf(n.name()));
    }
  }

  @Test
  void subgraphsOfASmallGraph() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("app", 1, "db", "dns"),
        node("db", 2, "dns"),
        node("dns", 3),
        node("web", 4, "app", "cdn"),
        node("cdn", 5)));
    assertThat(g.subgraphNeeding("app").waves()).containsExactly(List.of("dns"), List.of("db"), List.of("app"));
    DependencyGraph deps = g.dependentsOf("db");
    assertThat(deps.waves()).containsExactly(List.of("db"), List.of("app"), List.of("web"));
    assertThat(deps.node("web").deps()).extracting(Edge::target).containsExactly("app");
    assertThat(g.dependentsOf("cdn").order()).containsExactly("cdn", "web");
  }
}
