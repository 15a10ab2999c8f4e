package dev.stackgen.model;

import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.graph.Edge;
import dev.stackgen.graph.GraphError;
import dev.stackgen.graph.StackNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency graph of a catalog's stacks (defaults and stack files included) and its checks:
 * unknown targets, cycles, the tier-0 rule. Only the model and the graph library below it, so a
 * catalog built in Java is refused for the same graph mistakes as one read from files.
 */
public final class CatalogGraph {
  private CatalogGraph() {}

  /** The graph checks as a {@link CatalogCheck} of kind {@code "graph"}, run by {@link Catalog#validate()}. */
  public static final CatalogCheck CHECK = new CatalogCheck() {
    @Override
    public String kind() {
      return "graph";
    }

    @Override
    public List<Catalog.Problem> problems(Catalog catalog) {
      return CatalogGraph.problems(catalog);
    }
  };

  /** The graph errors of the catalog, each at its catalog position; empty when there are none. */
  public static List<Catalog.Problem> problems(Catalog catalog) {
    List<Catalog.Problem> out = new ArrayList<>();
    for (GraphError e : graph(catalog).validate()) {
      out.add(new Catalog.Problem(new SourceRef(e.file(), e.line(), e.column()), e.message()));
    }
    return out;
  }

  /** The graph of a catalog's stacks, defaults included, in catalog order. */
  public static DependencyGraph graph(Catalog catalog) {
    List<StackNode> nodes = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      List<Edge> edges = new ArrayList<>();
      List<StackItem> items = new ArrayList<>(catalog.effectiveItems(s));
      items.addAll(catalog.includedDependencies(s));
      for (StackItem item : items) {
        String target = item instanceof Dependency d ? catalog.dependencyTarget(s, d) : null;
        if (target != null && !hasEdgeTo(edges, target)) {
          SourceRef at = item.source() == SourceRef.NONE ? s.source() : item.source();
          edges.add(new Edge(target, at.file(), at.line(), at.column()));
        }
      }
      nodes.add(new StackNode(s.name(), s.tier(), s.tierZero(), s.source().file(), s.source().line(),
          s.source().column(), edges));
    }
    for (StackConfig config : catalog.stackFiles()) {
      nodes.addAll(stackFileNodes(catalog, config));
    }
    return DependencyGraph.of(nodes);
  }

  private static boolean hasEdgeTo(List<Edge> edges, String target) {
    for (Edge e : edges) {
      if (e.target().equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** Tier of the graph nodes that stand for the units of terragrunt.stack.hcl files. */
  public static final String STACK_FILE_TIER = "terragrunt.stack.hcl";

  /** Compiled when a catalog has a stack file (a holder class: no regex in the cold start of other runs; issue 23). */
  private static final class UnitPatterns {
    static final Pattern RELATIVE = Pattern.compile("\"(\\.\\.?/[A-Za-z0-9_./-]*)\"");
    static final Pattern UNIT_REF = Pattern.compile("\\bunit\\.([A-Za-z0-9_-]+)\\.path\\b");
  }

  /**
   * The units of a stack file as graph nodes, named by the folder Terragrunt generates them into
   * ({@code <dir>/.terragrunt-stack/<path>}, or {@code <dir>/<path>} with {@code no_dot_terragrunt_stack}); an
   * edge for every literal relative path in {@code values} that leads to another unit of the file
   * ({@code vpc_path = "../vpc"}) and every {@code unit.<name>.path}.
   */
  private static List<StackNode> stackFileNodes(Catalog catalog, StackConfig config) {
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> byPath = new LinkedHashMap<>();
    for (StackBlock b : config.units()) {
      String path = b.literalPath().orElse(b.name());
      String node = config.dir() + (b.noDotTerragruntStack().orElse(false) ? "/" : "/.terragrunt-stack/") + path;
      byName.put(b.name(), node);
      byPath.put(node, b.name());
    }
    List<StackNode> nodes = new ArrayList<>();
    for (StackBlock b : config.units()) {
      String from = byName.get(b.name());
      List<Edge> edges = new ArrayList<>();
      java.util.Set<String> targets = new java.util.LinkedHashSet<>();
      Matcher m = UnitPatterns.RELATIVE.matcher(b.values().map(v -> v.text()).orElse(""));
      while (m.find()) {
        String target = Names.resolvePath(from, m.group(1));
        if (target != null && byPath.containsKey(target) && !target.equals(from)) {
          targets.add(target);
        }
      }
      m = UnitPatterns.UNIT_REF.matcher(b.text());
      while (m.find()) {
        if (byName.containsKey(m.group(1)) && !byName.get(m.group(1)).equals(from)) {
          targets.add(byName.get(m.group(1)));
        }
      }
      for (String t : targets) {
        edges.add(new Edge(t, b.source().file(), b.source().line(), b.source().column()));
      }
      nodes.add(new StackNode(from, STACK_FILE_TIER, false, b.source().file(), b.source().line(),
          b.source().column(), edges));
    }
    return nodes;
  }
}
