package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** What a command runs with: streams, the repository folder and the templates. */
record Context(PrintStream out, PrintStream err, InputStream in, Path repo, Path templatesDir) {
  Templates templates() {
    return templatesDir == null ? Templates.bundled() : Templates.overriddenBy(templatesDir);
  }

  Renderer renderer() {
    return new Renderer(templates());
  }

  /** Reads the repository's catalog and prints its warnings to stderr ({@code file:line:col: warning: ...}). */
  Catalog catalog() throws Exception {
    Catalog catalog = CatalogReader.read(repo);
    catalog.warnings().forEach(err::println);
    return catalog;
  }

  /**
   * The catalog, refused when a Postfix overlay has a lint error: such a main.cf would leave
   * docker-mailserver broken, so generate and check stop it before it ships.
   */
  Catalog lintedCatalog() throws Exception {
    Catalog catalog = catalog();
    var error = CatalogLint.firstError(catalog);
    if (error.isPresent()) {
      var f = error.get().finding();
      throw new CatalogException(error.get().source(), "postfix overlay: [" + f.ruleId() + "] " + f.message()
          + " (stackgen postfix lint lists every finding)");
    }
    return catalog;
  }
}
