package dev.stackgen.catalog;

import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.graph.Edge;
import dev.stackgen.graph.GraphError;
import dev.stackgen.graph.StackNode;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackItem;
import java.util.ArrayList;
import java.util.List;

/** The catalog's dependency graph, and its validation (cycles, tier-0 rule) as catalog errors. */
public final class GraphCheck {
  private GraphCheck() {}

  /** The graph of a catalog's stacks, defaults included, in catalog order. */
  public static DependencyGraph graph(Catalog catalog) {
    List<StackNode> nodes = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      List<Edge> edges = new ArrayList<>();
      for (StackItem item : catalog.effectiveItems(s)) {
        String target = item instanceof Dependency d ? catalog.dependencyTarget(s, d) : null;
        if (target != null) {
          SourceRef at = item.source() == SourceRef.NONE ? s.source() : item.source();
          edges.add(new Edge(target, at.file(), at.line(), at.column()));
        }
      }
      nodes.add(new StackNode(s.name(), s.tier(), s.tierZero(), s.source().file(), s.source().line(),
          s.source().column(), edges));
    }
    return DependencyGraph.of(nodes);
  }

  /** Fails with the first graph error at its catalog position. */
  static void validate(Catalog catalog) throws CatalogException {
    List<GraphError> errors = graph(catalog).validate();
    if (!errors.isEmpty()) {
      GraphError e = errors.get(0);
      throw new CatalogException(new SourceRef(e.file(), e.line(), e.column()), e.message());
    }
  }
}
