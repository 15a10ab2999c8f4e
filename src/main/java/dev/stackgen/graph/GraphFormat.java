package dev.stackgen.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text renderings of a {@link DependencyGraph}: apply order in waves, Mermaid and Graphviz DOT.
 *
 * <p>In both pictures an arrow {@code a -> b} reads "a needs b" (as in {@code terragrunt
 * graph-dependencies}); the layout runs right to left, so stacks applied first sit on the left.
 * Stacks are coloured by tier from a fixed palette in tier order (tiers not in the given order follow,
 * by name); tier-0 stacks are labelled {@code (tier-0)} and drawn as a hexagon (Mermaid) or with a
 * double border (DOT). Nodes and edges are sorted by name, so output does not depend on catalog order.
 * Edges to unknown stacks are not drawn. Mermaid trims whitespace around a label, so a name with
 * leading or trailing spaces is shown without them.
 */
public final class GraphFormat {
  /** Fill and stroke colour pairs, assigned to tiers in order and reused after the last one. */
  private static final String[][] PALETTE = {
      {"#dbeafe", "#1d4ed8"},
      {"#dcfce7", "#15803d"},
      {"#fef9c3", "#a16207"},
      {"#fce7f3", "#be185d"},
      {"#ede9fe", "#6d28d9"},
      {"#ffedd5", "#c2410c"},
      {"#cffafe", "#0e7490"},
      {"#f3f4f6", "#374151"},
  };
  private static final String TIER_ZERO_SUFFIX = " (tier-0)";

  private GraphFormat() {}

  /** One line per wave, {@code wave 1: a b c}, each ending in a newline. */
  public static String order(List<List<String>> waves) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < waves.size(); k++) {
      out.append("wave ").append(k + 1).append(':');
      for (String name : waves.get(k)) {
        out.append(' ').append(name);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * A Mermaid {@code flowchart RL}: one {@code classDef t<k>_<tier>} per tier, nodes with safe ids
   * ({@code s_} plus the name with other characters than letters, digits and {@code _} replaced by
   * {@code _}, made unique) and quoted, entity-escaped labels.
   */
  public static String mermaid(DependencyGraph graph, List<String> tierOrder) {
    List<String> tiers = tiers(graph, tierOrder);
    Map<String, String> tierClass = new HashMap<>();
    StringBuilder out = new StringBuilder("flowchart RL\n");
    out.append("  %% an arrow a --> b reads \"a needs b\"; tier-0 stacks are hexagons\n");
    for (int k = 0; k < tiers.size(); k++) {
      String cls = "t" + (k + 1) + "_" + sanitize(tiers.get(k));
      tierClass.put(tiers.get(k), cls);
      String[] colour = PALETTE[k % PALETTE.length];
      out.append("  classDef ").append(cls).append(" fill:").append(colour[0])
          .append(",stroke:").append(colour[1]).append(",color:#111827\n");
    }
    List<StackNode> sorted = sortedNodes(graph);
    Map<String, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (StackNode node : sorted) {
      String base = "s_" + sanitize(node.name());
      String id = base;
      for (int k = 2; !used.add(id); k++) {
        id = base + "_" + k;
      }
      ids.put(node.name(), id);
    }
    for (StackNode node : sorted) {
      String label = mermaidLabel(node.name() + (node.tierZero() ? TIER_ZERO_SUFFIX : ""));
      out.append("  ").append(ids.get(node.name()));
      if (node.tierZero()) {
        out.append("{{\"").append(label).append("\"}}");
      } else {
        out.append("[\"").append(label).append("\"]");
      }
      out.append(":::").append(tierClass.get(node.tier())).append('\n');
    }
    for (StackNode node : sorted) {
      for (String target : sortedTargets(graph, node)) {
        out.append("  ").append(ids.get(node.name())).append(" --> ").append(ids.get(target)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A Graphviz {@code digraph} with one {@code subgraph "cluster_<tier>"} per tier that has stacks,
   * nodes filled with the tier's colour, every identifier a quoted DOT string.
   */
  public static String dot(DependencyGraph graph, List<String> tierOrder) {
    List<String> tiers = tiers(graph, tierOrder);
    Map<String, List<StackNode>> byTier = new LinkedHashMap<>();
    for (String tier : tiers) {
      byTier.put(tier, new ArrayList<>());
    }
    List<StackNode> sorted = sortedNodes(graph);
    for (StackNode node : sorted) {
      byTier.get(node.tier()).add(node);
    }
    StringBuilder out = new StringBuilder("digraph stacks {\n");
    out.append("  // an edge \"a\" -> \"b\" reads \"a needs b\"; tier-0 stacks have a double border\n");
    out.append("  rankdir=RL;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    for (int k = 0; k < tiers.size(); k++) {
      List<StackNode> members = byTier.get(tiers.get(k));
      if (members.isEmpty()) {
        continue;
      }
      String[] colour = PALETTE[k % PALETTE.length];
      out.append("  subgraph ").append(dotString("cluster_" + tiers.get(k))).append(" {\n");
      out.append("    label=").append(dotString(tiers.get(k))).append(";\n");
      out.append("    style=\"rounded\";\n");
      out.append("    color=").append(dotString(colour[1])).append(";\n");
      for (StackNode node : members) {
        out.append("    ").append(dotString(node.name())).append(" [fillcolor=").append(dotString(colour[0]))
            .append(", color=").append(dotString(colour[1]));
        if (node.tierZero()) {
          out.append(", peripheries=2, label=").append(dotString(node.name() + TIER_ZERO_SUFFIX));
        }
        out.append("];\n");
      }
      out.append("  }\n");
    }
    for (StackNode node : sorted) {
      for (String target : sortedTargets(graph, node)) {
        out.append("  ").append(dotString(node.name())).append(" -> ").append(dotString(target)).append(";\n");
      }
    }
    out.append("}\n");
    return out.toString();
  }

  private static List<String> tiers(DependencyGraph graph, List<String> tierOrder) {
    Objects.requireNonNull(tierOrder, "tierOrder");
    List<String> tiers = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (String tier : tierOrder) {
      if (known.add(tier)) {
        tiers.add(tier);
      }
    }
    Set<String> extra = new TreeSet<>();
    for (StackNode node : graph.nodes()) {
      if (!known.contains(node.tier())) {
        extra.add(node.tier());
      }
    }
    tiers.addAll(extra);
    return tiers;
  }

  private static List<StackNode> sortedNodes(DependencyGraph graph) {
    List<StackNode> sorted = new ArrayList<>(graph.nodes());
    sorted.sort(Comparator.comparing(StackNode::name));
    return sorted;
  }

  private static List<String> sortedTargets(DependencyGraph graph, StackNode node) {
    Set<String> targets = new TreeSet<>();
    for (Edge e : node.deps()) {
      if (graph.contains(e.target())) {
        targets.add(e.target());
      }
    }
    return new ArrayList<>(targets);
  }

  private static String sanitize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      out.append(ok ? c : '_');
    }
    return out.toString();
  }

  private static String mermaidLabel(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String dotString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
