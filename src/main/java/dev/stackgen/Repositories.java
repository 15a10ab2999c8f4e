package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.InsideRepo;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Tier;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run learns about a repository before it reads the whole catalog, behind {@link Stackgen}: where
 * it is, the template overrides its catalog names (checked), and the stack and tier names for completion.
 */
final class Repositories {
  private Repositories() {}

  /**
   * The template overrides folder the catalog names ({@code stackgen { templates = "DIR" }}, relative to
   * the repository), empty when it names none; a folder that does not exist, leads outside the repository
   * or holds a link leading out of it or a FIFO, device or socket is an error at the setting.
   */
  static Optional<Path> templatesFolder(Path repo) throws IOException, StackgenException {
    var setting = CatalogReader.templatesSetting(repo);
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    String folder = setting.get().folder();
    SourceRef at = setting.get().source();
    Path dir;
    try {
      dir = new InsideRepo(repo).folder(folder);
    } catch (InsideRepo.OutsideException e) {
      throw StackgenException.of(new CatalogException(at, "templates folder " + e.getMessage()));
    }
    if (dir == null) {
      throw StackgenException.of(new CatalogException(at, "templates folder \"" + folder + "\" does not exist in "
          + repo));
    }
    Optional<String> problem = templateFileProblem(dir, folder);
    if (problem.isPresent()) {
      throw StackgenException.of(new CatalogException(at, "templates folder \"" + folder + "\": " + problem.get()));
    }
    return Optional.of(dir);
  }

  /**
   * The first problem (by name) of the templates folder: it holds only regular files, folders and links that
   * stay inside it (a link leading out would have its target rendered into generated files; reading a FIFO,
   * device or socket could block). Checked without opening anything.
   */
  private static Optional<String> templateFileProblem(Path dir, String folder) throws IOException {
    List<String> problems = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
        String shown = folder + "/" + dir.relativize(file).toString().replace('\\', '/');
        if (a.isSymbolicLink()) {
          Path real;
          try {
            real = file.toRealPath();
          } catch (IOException e) {
            return FileVisitResult.CONTINUE; // leads nowhere: nothing is read through it
          }
          if (!real.startsWith(dir)) {
            problems.add(shown + " is a symbolic link leading outside the templates folder (to "
                + Files.readSymbolicLink(file) + ")");
          } else if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
              && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(shown + ": not a regular file");
          }
        } else if (a.isOther()) {
          problems.add(shown + ": not a regular file");
        }
        return FileVisitResult.CONTINUE;
      }
    });
    problems.sort(null);
    return problems.stream().findFirst();
  }

  /**
   * The stack ({@code kind} {@code "stacks"}) or tier ({@code "tiers"}) names of the repository's catalog, in
   * catalog order. Reads the schema and the model only (no lint, no reference check: nothing else is needed
   * for names).
   */
  static List<String> names(Path repo, String kind) throws IOException, StackgenException {
    if (!kind.equals("stacks") && !kind.equals("tiers")) {
      throw new IllegalArgumentException("kind must be stacks or tiers, not " + kind);
    }
    Catalog catalog;
    try {
      catalog = CatalogReader.parse(CatalogReader.sources(repo), Set.of(CatalogReader.POSTFIX_CHECK));
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
    return kind.equals("stacks") ? catalog.stacks().stream().map(Stack::name).toList()
        : catalog.root().tiers().stream().map(Tier::name).toList();
  }
}
