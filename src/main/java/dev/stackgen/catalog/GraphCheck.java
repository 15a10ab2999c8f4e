package dev.stackgen.catalog;

import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.graph.GraphError;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogGraph;
import dev.stackgen.model.SourceRef;
import java.util.List;

/** The catalog's dependency graph ({@link CatalogGraph}), and its validation as catalog errors. */
public final class GraphCheck {
  private GraphCheck() {}

  /** The graph of a catalog's stacks, defaults included, in catalog order. */
  public static DependencyGraph graph(Catalog catalog) {
    return CatalogGraph.graph(catalog);
  }

  /** Tier of the graph nodes that stand for the units of terragrunt.stack.hcl files. */
  public static final String STACK_FILE_TIER = CatalogGraph.STACK_FILE_TIER;

  /** Fails with the first graph error at its catalog position. */
  static void validate(Catalog catalog) throws CatalogException {
    List<GraphError> errors = graph(catalog).validate();
    if (!errors.isEmpty()) {
      GraphError e = errors.get(0);
      throw new CatalogException(new SourceRef(e.file(), e.line(), e.column()), e.message());
    }
  }
}
