package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.importer.CatalogImporter;
import dev.stackgen.importer.LayoutImporter;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.output.SafePaths;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The import behind {@link Stackgen#importRepository(Path, ImportOptions)}: one code path for the CLI and the library. */
final class Importing {
  private Importing() {}

  static Stackgen.Imported run(Path repository, ImportOptions options) throws IOException, StackgenException {
    Path repo = repository.toAbsolutePath().normalize();
    Path target = null;
    if (options.out().isPresent()) {
      String out = options.out().get();
      target = SafePaths.resolve(repo, out);
      if (Files.exists(target) && !options.force()) {
        throw failure(out + " already exists; use --force to overwrite it");
      }
      if (out.equals(CatalogReader.MAIN_FILE) && CatalogReader.catalogFiles(repo).size() > 1 && !options.force()) {
        throw failure(CatalogReader.DROP_IN_DIR + "/ holds catalog files that would be merged"
            + " into the imported catalog; move them away or use --force");
      }
      AtomicWriter.writable(repo, target); // a link leading outside: refused before the import runs
    }
    Renderer renderer = new Renderer(options.templates().map(Templates::overriddenBy).orElse(Templates.bundled()));
    CatalogImporter.Result r;
    boolean layout;
    try {
      // Nested live repositories, root.hcl and Terragrunt Stacks: the layout importer.
      layout = LayoutImporter.applies(repo, options.stacksDir());
      r = CatalogImporter.importRepo(repo, options.stacksDir(), renderer);
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
    if (target != null) {
      AtomicWriter.write(repo, target, r.catalog());
    }
    return new Stackgen.Imported(r.catalog(), r.stacks(), r.takenOver(), r.leftAlone(), r.differing(), r.overlays(),
        r.wrappers(), r.nonCanonical(), r.headerNote(), r.guessedTiers(), r.verbatimMainCf(), r.notes(),
        layout ? LayoutImporter.summary(r) : "", options.out().orElse(""));
  }

  private static StackgenException failure(String message) {
    return new StackgenException(message, Optional.empty(), null);
  }
}
