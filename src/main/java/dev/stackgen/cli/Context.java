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

  /**
   * A renderer whose templates load and parse on another thread while the caller reads the catalog;
   * {@link Warm#get} waits for it.
   */
  Warm renderer(boolean aside) {
    if (!aside) {
      Renderer r = renderer();
      return () -> r;
    }
    java.util.concurrent.CompletableFuture<Renderer> f = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(renderer().preload());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "stackgen-templates");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        return f.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    };
  }

  /** A renderer that may still be loading. */
  interface Warm {
    Renderer get();
  }

  Catalog catalog() throws Exception {
    return CatalogReader.read(repo);
  }
}
