package dev.stackgen.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable dependency graph of stacks: validation (unknown targets, cycles, the tier-0 rule) and
 * apply order in parallel waves.
 *
 * <p>Edges point from a stack to the stacks it needs. Wave k holds the stacks whose longest chain of
 * dependencies has k - 1 edges, so every stack is applied as early as possible; names are sorted
 * within a wave. Reverse waves are the same on the reversed graph: a stack is destroyed as soon as
 * everything that needs it is gone.
 */
public final class DependencyGraph {
  private final List<StackNode> nodes;
  private final Map<String, Integer> index;
  /** Distinct known targets of each node, in the order of its first edge to them. */
  private final int[][] deps;
  private final List<GraphError> errors;
  /** 1-based wave of each node, or null when the graph has a cycle or an unknown target. */
  private final int[] level;
  private final int[] reverseLevel;
  private int seq;

  private DependencyGraph(List<StackNode> nodes) {
    this.nodes = List.copyOf(nodes);
    int n = this.nodes.size();
    Map<String, Integer> idx = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      StackNode node = this.nodes.get(i);
      if (idx.putIfAbsent(node.name(), i) != null) {
        throw new IllegalArgumentException("duplicate stack \"" + node.name() + "\"");
      }
    }
    this.index = idx;
    this.deps = new int[n][];
    List<Positioned> found = new ArrayList<>();
    boolean orderable = true;
    for (int i = 0; i < n; i++) {
      StackNode node = this.nodes.get(i);
      int[] targets = new int[node.deps().size()];
      int count = 0;
      Set<String> seen = new HashSet<>();
      for (Edge e : node.deps()) {
        Integer t = idx.get(e.target());
        if (!seen.add(e.target())) {
          found.add(error(e, "stack \"" + node.name() + "\" depends on \"" + e.target() + "\" more than once"));
          continue;
        }
        if (t == null) {
          found.add(error(e, "stack \"" + node.name() + "\" depends on unknown stack \"" + e.target() + "\""));
          orderable = false;
          continue;
        }
        targets[count++] = t;
        if (t == i) {
          found.add(error(e, "cycle: " + node.name() + " -> " + node.name()));
          orderable = false;
        } else if (node.tierZero() && !this.nodes.get(t).tierZero()) {
          found.add(error(e, "tier-0 stack \"" + node.name() + "\" (state = \"local\") depends on \""
              + e.target() + "\", which is not tier-0: it must be applicable before the state database exists"));
        }
      }
      deps[i] = Arrays.copyOf(targets, count);
    }
    if (findCycles(found)) {
      orderable = false;
    }
    if (found.size() > 1) { // the comparator's seven lambdas cost a valid catalog's check ~2 ms cold (issue 23)
      found.sort(Comparator.comparing((Positioned p) -> p.error.file())
          .thenComparingInt(p -> p.error.line())
          .thenComparingInt(p -> p.error.column())
          .thenComparingInt(p -> p.seq));
    }
    List<GraphError> errs = new ArrayList<>(found.size());
    for (Positioned p : found) {
      errs.add(p.error);
    }
    this.errors = List.copyOf(errs);
    if (orderable) {
      int[][] levels = levels();
      this.level = levels[0];
      this.reverseLevel = levels[1];
    } else {
      this.level = null;
      this.reverseLevel = null;
    }
  }

  /** The graph of {@code nodes}, given in catalog order; names must be distinct. */
  public static DependencyGraph of(List<StackNode> nodes) {
    Objects.requireNonNull(nodes, "nodes");
    return new DependencyGraph(nodes);
  }

  /** The nodes in catalog order. */
  public List<StackNode> nodes() {
    return nodes;
  }

  /** Whether a stack named {@code name} is in this graph. */
  public boolean contains(String name) {
    return index.containsKey(name);
  }

  /** The node named {@code name}; throws IllegalArgumentException {@code unknown stack "name"} if absent. */
  public StackNode node(String name) {
    return nodes.get(indexOf(name));
  }

  /**
   * All problems, ordered by position: duplicate and unknown dependency targets, cycles (each strongly
   * connected component reported once as {@code cycle: a -> b -> a}, starting at its smallest name,
   * at the edge that closes it; a self-dependency is {@code cycle: a -> a}), and tier-0 stacks that
   * depend on stacks that are not tier-0. Empty when the graph is valid.
   */
  public List<GraphError> validate() {
    return errors;
  }

  /** This graph if {@link #validate()} is empty; otherwise throws a {@link GraphException} with all errors. */
  public DependencyGraph requireValid() {
    if (!errors.isEmpty()) {
      throw new GraphException(errors);
    }
    return this;
  }

  /**
   * Apply order grouped in waves that can run in parallel, earliest possible, names sorted in each
   * wave. Throws {@link GraphException} when the graph has a cycle or an unknown target.
   */
  public List<List<String>> waves() {
    return group(requireOrderable(level));
  }

  /**
   * Destroy order grouped in waves: a stack is in the wave after the last stack that needs it (as
   * early as possible), names sorted in each wave. Throws {@link GraphException} like {@link #waves()}.
   */
  public List<List<String>> reverseWaves() {
    return group(requireOrderable(reverseLevel));
  }

  /** {@link #waves()} flattened. */
  public List<String> order() {
    return flatten(waves());
  }

  /** {@link #reverseWaves()} flattened. */
  public List<String> reverseOrder() {
    return flatten(reverseWaves());
  }

  /** The 1-based apply wave of {@code name}. Throws like {@link #waves()} and {@link #node(String)}. */
  public int waveOf(String name) {
    int i = indexOf(name);
    return requireOrderable(level)[i];
  }

  /**
   * The sub-graph of {@code name} and every stack it transitively needs, in catalog order. Throws
   * IllegalArgumentException {@code unknown stack "name"} if absent.
   */
  public DependencyGraph subgraphNeeding(String name) {
    return restrict(reach(indexOf(name), deps));
  }

  /**
   * The sub-graph of {@code name} and every stack that transitively needs it, in catalog order; edges
   * to stacks outside it are dropped. Throws IllegalArgumentException {@code unknown stack "name"}.
   */
  public DependencyGraph dependentsOf(String name) {
    return restrict(reach(indexOf(name), dependents()));
  }

  private int indexOf(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("unknown stack \"" + name + "\"");
    }
    return i;
  }

  private int[] requireOrderable(int[] levels) {
    if (levels == null) {
      throw new GraphException(errors);
    }
    return levels;
  }

  private List<List<String>> group(int[] levels) {
    int max = 0;
    for (int l : levels) {
      max = Math.max(max, l);
    }
    List<List<String>> waves = new ArrayList<>(max);
    for (int k = 0; k < max; k++) {
      waves.add(new ArrayList<>());
    }
    for (int i = 0; i < levels.length; i++) {
      waves.get(levels[i] - 1).add(nodes.get(i).name());
    }
    List<List<String>> result = new ArrayList<>(max);
    for (List<String> wave : waves) {
      wave.sort(Comparator.naturalOrder());
      result.add(List.copyOf(wave));
    }
    return List.copyOf(result);
  }

  private static List<String> flatten(List<List<String>> waves) {
    List<String> flat = new ArrayList<>();
    waves.forEach(flat::addAll);
    return List.copyOf(flat);
  }

  private int[][] dependents() {
    int n = nodes.size();
    int[] count = new int[n];
    for (int[] ts : deps) {
      for (int t : ts) {
        count[t]++;
      }
    }
    int[][] rev = new int[n][];
    for (int i = 0; i < n; i++) {
      rev[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int t : deps[i]) {
        rev[t][count[t]++] = i;
      }
    }
    return rev;
  }

  /** Apply and destroy waves by longest path over a topological order (Kahn); needs an acyclic graph. */
  private int[][] levels() {
    int n = nodes.size();
    int[][] rev = dependents();
    int[] remaining = new int[n];
    int[] topo = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      remaining[i] = deps[i].length;
      if (remaining[i] == 0) {
        topo[tail++] = i;
      }
    }
    int[] lv = new int[n];
    while (head < tail) {
      int v = topo[head++];
      int l = 1;
      for (int t : deps[v]) {
        l = Math.max(l, lv[t] + 1);
      }
      lv[v] = l;
      for (int u : rev[v]) {
        if (--remaining[u] == 0) {
          topo[tail++] = u;
        }
      }
    }
    if (tail != n) {
      throw new IllegalStateException("graph has a cycle that validation did not find");
    }
    int[] rl = new int[n];
    for (int k = n - 1; k >= 0; k--) {
      int v = topo[k];
      int l = 1;
      for (int u : rev[v]) {
        l = Math.max(l, rl[u] + 1);
      }
      rl[v] = l;
    }
    return new int[][] {lv, rl};
  }

  private boolean[] reach(int start, int[][] adj) {
    boolean[] in = new boolean[nodes.size()];
    int[] stack = new int[nodes.size()];
    int sp = 0;
    in[start] = true;
    stack[sp++] = start;
    while (sp > 0) {
      int v = stack[--sp];
      for (int w : adj[v]) {
        if (!in[w]) {
          in[w] = true;
          stack[sp++] = w;
        }
      }
    }
    return in;
  }

  /** The nodes marked in {@code keep}, dropping edges to known stacks outside it (unknown targets stay). */
  private DependencyGraph restrict(boolean[] keep) {
    List<StackNode> kept = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (!keep[i]) {
        continue;
      }
      StackNode node = nodes.get(i);
      List<Edge> edges = new ArrayList<>(node.deps().size());
      for (Edge e : node.deps()) {
        Integer t = index.get(e.target());
        if (t == null || keep[t]) {
          edges.add(e);
        }
      }
      kept.add(new StackNode(node.name(), node.tier(), node.tierZero(), node.file(), node.line(),
          node.column(), edges));
    }
    return new DependencyGraph(kept);
  }

  /**
   * Finds strongly connected components with an iterative Tarjan and reports one cycle per component
   * of two or more stacks. Returns whether any was found.
   */
  private boolean findCycles(List<Positioned> found) {
    int n = nodes.size();
    int[] order = new int[n];
    Arrays.fill(order, -1);
    int[] low = new int[n];
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int sp = 0;
    int[] call = new int[n];
    int[] next = new int[n];
    int counter = 0;
    int components = 0;
    boolean any = false;
    for (int root = 0; root < n; root++) {
      if (order[root] != -1) {
        continue;
      }
      int cp = 0;
      order[root] = low[root] = counter++;
      stack[sp++] = root;
      onStack[root] = true;
      call[cp++] = root;
      while (cp > 0) {
        int v = call[cp - 1];
        if (next[v] < deps[v].length) {
          int w = deps[v][next[v]++];
          if (order[w] == -1) {
            order[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            call[cp++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        cp--;
        if (cp > 0) {
          int parent = call[cp - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          int c = components++;
          int size = 0;
          int w;
          do {
            w = stack[--sp];
            onStack[w] = false;
            comp[w] = c;
            size++;
          } while (w != v);
          if (size > 1) {
            any = true;
            found.add(cycleIn(c, comp, Arrays.copyOfRange(stack, sp, sp + size)));
          }
        }
      }
    }
    return any;
  }

  /** The shortest cycle through the smallest name of component {@code c}, neighbours tried by name. */
  private Positioned cycleIn(int c, int[] comp, int[] members) {
    int start = members[0];
    for (int m : members) {
      if (name(m).compareTo(name(start)) < 0) {
        start = m;
      }
    }
    Map<Integer, Integer> parent = new LinkedHashMap<>();
    parent.put(start, -1);
    int[] queue = new int[members.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int v = queue[head++];
      int[] sorted = Arrays.stream(deps[v]).boxed()
          .sorted(Comparator.comparing(this::name)).mapToInt(Integer::intValue).toArray();
      for (int w : sorted) {
        if (w == v || comp[w] != c) {
          continue;
        }
        if (w == start) {
          List<String> path = new ArrayList<>();
          for (int x = v; x != -1; x = parent.get(x)) {
            path.add(name(x));
          }
          StringBuilder msg = new StringBuilder("cycle:");
          for (int k = path.size() - 1; k >= 0; k--) {
            msg.append(' ').append(path.get(k)).append(" ->");
          }
          msg.append(' ').append(name(start));
          return error(closingEdge(v, name(start)), msg.toString());
        }
        if (!parent.containsKey(w)) {
          parent.put(w, v);
          queue[tail++] = w;
        }
      }
    }
    throw new IllegalStateException("no cycle through " + name(start) + " in its component");
  }

  private Edge closingEdge(int from, String target) {
    for (Edge e : nodes.get(from).deps()) {
      if (e.target().equals(target)) {
        return e;
      }
    }
    throw new IllegalStateException("no edge " + name(from) + " -> " + target);
  }

  private String name(int i) {
    return nodes.get(i).name();
  }

  private Positioned error(Edge e, String message) {
    return new Positioned(new GraphError(e.file(), e.line(), e.column(), message), seq++);
  }

  private record Positioned(GraphError error, int seq) {}
}
