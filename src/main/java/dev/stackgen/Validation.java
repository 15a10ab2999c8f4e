package dev.stackgen;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.SourceRef;
import dev.stackgen.postfix.CatalogLint;
import java.util.List;
import java.util.Optional;

/**
 * The checks a catalog read from a file has been through, for a catalog built in code: the catalog's own
 * problems (duplicate stacks, unknown tiers and dependencies, cycles), then the Postfix overlays' lint errors.
 */
final class Validation {
  private Validation() {}

  /** Fails with the catalog's first problem, at its position. */
  static void requireValid(Catalog catalog) throws StackgenException {
    List<Catalog.Problem> problems = catalog.problems();
    if (!problems.isEmpty()) {
      Catalog.Problem p = problems.get(0);
      throw new StackgenException(p.toString(), position(p.source()), null);
    }
  }

  /** Fails when a Postfix overlay has a lint error (as reading the catalog from a file does). */
  static void requireLinted(Catalog catalog) throws StackgenException {
    var error = CatalogLint.firstError(catalog);
    if (error.isPresent()) {
      var f = error.get().finding();
      throw new StackgenException(error.get().source() + ": postfix overlay: [" + f.ruleId() + "] " + f.message(),
          position(error.get().source()), null);
    }
  }

  private static Optional<SourceRef> position(SourceRef s) {
    return s == SourceRef.NONE ? Optional.empty() : Optional.of(s);
  }
}
