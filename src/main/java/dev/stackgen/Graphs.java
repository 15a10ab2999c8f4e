package dev.stackgen;

import dev.stackgen.catalog.GraphCheck;
import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.graph.GraphException;
import dev.stackgen.graph.GraphFormat;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.Tier;
import java.util.List;
import java.util.Optional;

/** The dependency graph behind {@link Stackgen#graph()} and {@link Stackgen#graphText}: validated, or printed. */
final class Graphs {
  private Graphs() {}

  /** The validated graph of a catalog (the first error, at its catalog position). */
  static DependencyGraph validated(Catalog catalog) throws StackgenException {
    try {
      return GraphCheck.graph(catalog).requireValid();
    } catch (GraphException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
  }

  static String text(Catalog catalog, String format, Optional<String> stack, boolean dependents, boolean reverse)
      throws UnknownStackException {
    if (!List.of("order", "mermaid", "dot").contains(format)) {
      throw new IllegalArgumentException("format must be order, mermaid or dot, not " + format);
    }
    DependencyGraph graph = GraphCheck.graph(catalog);
    if (stack.isPresent()) {
      String name = stack.get();
      if (catalog.stack(name).isEmpty()) {
        throw new UnknownStackException(name, Suggestions.didYouMean(name,
            catalog.stacks().stream().map(Stack::name).toList()));
      }
      graph = dependents ? graph.dependentsOf(name) : graph.subgraphNeeding(name);
    }
    return switch (format) {
      case "mermaid" -> mermaid(catalog, graph);
      case "dot" -> dot(catalog, graph);
      default -> GraphFormat.order(reverse ? graph.reverseWaves() : graph.waves());
    };
  }

  static String mermaid(Catalog catalog, DependencyGraph graph) {
    return GraphFormat.mermaid(graph, tierNames(catalog));
  }

  static String dot(Catalog catalog, DependencyGraph graph) {
    return GraphFormat.dot(graph, tierNames(catalog));
  }

  private static List<String> tierNames(Catalog catalog) {
    return catalog.root().tiers().stream().map(Tier::name).toList();
  }
}
