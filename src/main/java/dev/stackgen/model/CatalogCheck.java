package dev.stackgen.model;

import java.util.List;

/**
 * A check of a whole catalog that needs more than the model (the dependency graph, the Postfix
 * linter). Implementations are listed in {@code META-INF/services/dev.stackgen.model.CatalogCheck}
 * and run by {@link Catalog#validate()}, so a catalog read from files and one built in Java are
 * checked the same way.
 */
public interface CatalogCheck {
  /** What the check is about ({@code "graph"}, {@code "postfix"}), to leave it out on purpose. */
  String kind();

  /** Checks run in ascending order; the first that finds problems ends validation. */
  int order();

  /** The problems found, each at its catalog position; empty when there are none. */
  List<Catalog.Problem> problems(Catalog catalog);
}
