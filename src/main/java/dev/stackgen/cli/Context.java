package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogReader;
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
}
