package dev.stackgen.model;

import java.util.List;

/**
 * A check of a whole catalog beyond {@link Catalog#problems()}. The model has one of its own
 * ({@link CatalogGraph#CHECK}); the layers above pass theirs to {@link Catalog#validate(List)} (the
 * catalog reader adds the Postfix linter's), so the model never looks them up.
 */
public interface CatalogCheck {
  /** What the check is about ({@code "graph"}, {@code "postfix"}), to leave it out on purpose. */
  String kind();

  /** The problems found, each at its catalog position; empty when there are none. */
  List<Catalog.Problem> problems(Catalog catalog);
}
