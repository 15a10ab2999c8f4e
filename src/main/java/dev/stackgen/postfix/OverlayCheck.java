package dev.stackgen.postfix;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogCheck;
import java.util.List;

/**
 * A Postfix overlay with a lint error makes the catalog invalid: such a main.cf would leave
 * docker-mailserver broken. The catalog reader runs it after the graph checks; {@code stackgen postfix
 * lint} leaves it out and lists findings.
 */
public final class OverlayCheck implements CatalogCheck {
  /** The kind the catalog reader can leave out ({@code CatalogReader.readUnlinted}). */
  public static final String KIND = "postfix";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Catalog.Problem> problems(Catalog catalog) {
    var error = CatalogLint.firstError(catalog);
    if (error.isEmpty()) {
      return List.of();
    }
    Finding f = error.get().finding();
    return List.of(new Catalog.Problem(error.get().source(), "postfix overlay: [" + f.ruleId() + "] " + f.message()
        + " (stackgen postfix lint lists every finding)"));
  }
}
