package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogParts;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.catalog.ModelCheck;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog an import builds, kept as its candidates: the settings and root ({@code stackgen.hcl}) and
 * one block per candidate file, each by the repository file it holds.
 *
 * <p>{@link #check} checks the model, not text: the head is its settings and root values (a root holding a
 * file's items was checked where the importer built it, on the file's nodes, as the catalog reads a root
 * block: {@code FileBlockValues.root}), each candidate its model value ({@link CandidateBlock}: a stack, a {@code shared} or a {@code stack_file} block, built by its
 * reader from the file's nodes with the catalog's own readers); the catalog assembled from them is checked as a
 * whole by {@link ModelCheck} (model, graph, references). When the check fails (import then leaves one
 * candidate alone and tries again), the error names the candidate by its {@link SourceRef#file()} at a line of
 * the repository file, found without looking at the error's text:
 *
 * <ul>
 *   <li>an error at a candidate's value is the model's own, at the value's position in the file
 *       ({@link CandidateBlock#valueOrigin});
 *   <li>a candidate without a value (its reader's build was refused by the catalog's readers) is read from its
 *       block's text on its own, which words and places the refusal ({@link CandidateBlock#origin}): a text
 *       fallback on the way to leaving the candidate alone;
 *   <li>an error at no candidate's value (the head's values record no positions, a value built in Java none)
 *       is placed by the check of the candidates' text, every candidate a source named by its file: the other
 *       text fallback, also on the way to a refusal.
 * </ul>
 *
 * <p>{@link #written} prints the checked model ({@link CatalogWriter}, every candidate's block in order, one
 * blank line apart), requires the print to be the candidates' text byte for byte and reads it back once, as
 * every later command reads it, requiring the model read to be the one checked ({@link SameValue}); else it
 * refuses (nothing written): what is written is what was checked. That read back is the one catalog text an
 * import that writes parses.
 */
final class ImportedCatalog {
  /** The comment import writes above the settings. */
  static final String IMPORTED = "# Imported by stackgen import from a hand-kept repository.";

  private final Settings settings;
  private final Root root;
  private final Declarations rootDeclared;
  private final String head;
  private final Map<String, CandidateBlock> blocks;

  /**
   * @param settings the catalog's settings, written below {@link #IMPORTED}
   * @param root the catalog's root, written after the settings
   * @param rootDeclared what the root's generate blocks write into every stack, as the candidates' stack values
   *     were built with
   * @param blocks each candidate's block (canonical) by the repository file it holds, in catalog order
   */
  ImportedCatalog(Settings settings, Root root, Declarations rootDeclared, Map<String, CandidateBlock> blocks) {
    this.settings = settings;
    this.root = root;
    this.rootDeclared = rootDeclared;
    this.head = HclFormatter.format(IMPORTED + "\n\n" + CatalogWriter.settings(settings) + "\n"
        + CatalogWriter.root(root));
    this.blocks = new LinkedHashMap<>(blocks);
    if (this.blocks.containsKey(CatalogReader.MAIN_FILE)) {
      throw new IllegalArgumentException("a candidate may not be named " + CatalogReader.MAIN_FILE);
    }
  }

  /**
   * The catalog text of {@code checked} (what {@link #check} returned), as {@link CatalogWriter} prints it,
   * read back once with the checks {@link #check} made (not {@code skippedChecks}, references against
   * {@code repo}); a {@link CatalogException} when the print is not exactly the candidates' text or does not
   * read back as {@code checked}.
   */
  String written(Path repo, Set<String> skippedChecks, Catalog checked) throws CatalogException {
    Map<String, String> files = CatalogWriter.write(checked);
    StringBuilder b = new StringBuilder(files.getOrDefault(CatalogReader.MAIN_FILE, ""));
    blocks.keySet().forEach(file -> b.append('\n').append(files.getOrDefault(file, "")));
    String written = b.toString();
    String candidates = text();
    if (!written.equals(candidates) || files.size() != blocks.size() + 1) {
      String at = blocks.entrySet().stream().filter(e -> !e.getValue().text().equals(files.get(e.getKey())))
          .map(Map.Entry::getKey).findFirst().orElse(CatalogReader.MAIN_FILE);
      throw new CatalogException(new SourceRef(at, 1, 1), "the catalog written from the checked model is not"
          + " the candidates' text (" + FirstDifference.describe(candidates, written)
          + "); nothing written: please report this as a bug");
    }
    Catalog back;
    try {
      back = CatalogReader.parseFor(repo, List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, written)),
          skippedChecks);
    } catch (CatalogException | HclSyntaxException e) {
      throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1), "the catalog written does not"
          + " read back (" + e.getMessage().replace("\n", "\\n") + "); nothing written: please report this as a bug");
    }
    String difference = SameValue.catalogDifference(checked, back);
    if (difference != null) {
      throw new CatalogException(new SourceRef(candidateOf(checked, difference), 1, 1), "the catalog written does"
          + " not read back as the model import checked (" + difference.replace("\n", "\\n")
          + "); nothing written: please report this as a bug");
    }
    return written;
  }

  /**
   * The candidate of the stack a {@link SameValue#catalogDifference} is in (every stack checked has its
   * candidate's file as its source's, a value's and a block's read on its own alike), else the main file.
   */
  private String candidateOf(Catalog checked, String difference) {
    String stacks = ".stacks[";
    if (difference.startsWith(stacks)) {
      int k = Integer.parseInt(difference.substring(stacks.length(), difference.indexOf(']')));
      String file = checked.stacks().get(k).source().file();
      if (blocks.containsKey(file)) {
        return file;
      }
    }
    return CatalogReader.MAIN_FILE;
  }

  /** The candidates' text: the head, then every candidate's block after a blank line. */
  String text() {
    StringBuilder b = new StringBuilder(head);
    blocks.values().forEach(c -> b.append('\n').append(c.text()));
    return b.toString();
  }

  /**
   * The catalog, checked as every later command checks what it reads (schema, model, graph, references
   * against {@code repo}, without {@code skippedChecks}) on the model assembled from the head and the
   * candidates (see the class comment); an error names the candidate it is in by its
   * {@link SourceRef#file()}, at a line of the repository file ({@link CatalogReader#MAIN_FILE} for the
   * settings and root).
   */
  Catalog check(Path repo, Set<String> skippedChecks) throws CatalogException, HclSyntaxException {
    CatalogParts parts = new CatalogParts(settings, root, rootDeclared, new Trivia(List.of(IMPORTED, "")));
    for (var e : blocks.entrySet()) {
      CandidateBlock c = e.getValue();
      if (c.value() != null) {
        parts.add(e.getKey(), c.value());
      } else if (c.shared() != null) {
        parts.add(e.getKey(), c.shared());
      } else if (c.stackFile() != null) {
        parts.add(e.getKey(), c.stackFile());
      } else {
        try { // a refused candidate: see the class comment
          parts.read(new CatalogReader.Source(e.getKey(), c.text()));
        } catch (CatalogException error) {
          throw inFile(error, true);
        }
      }
    }
    Catalog model = parts.model();
    try {
      return ModelCheck.check(repo, model, skippedChecks);
    } catch (CatalogException e) {
      throw blocks.containsKey(e.source().file()) ? inFile(e, false) : inFile(placed(repo, skippedChecks, e), true);
    }
  }

  /**
   * {@code error}, at a candidate's position (a line of its block when {@code read} from its text or its
   * block has no value, else of its value), at the line of the repository file that position comes from
   * ({@link CandidateBlock#origin}, {@link CandidateBlock#valueOrigin}); any other error as it is.
   */
  private CatalogException inFile(CatalogException error, boolean read) {
    String file = error.source().file();
    CandidateBlock block = blocks.get(file);
    if (block == null) {
      return error;
    }
    return new CatalogException(read || !block.hasValue() ? block.origin(file, error.source())
        : block.valueOrigin(file, error.source()), what(error));
  }

  /**
   * The error the check of the candidates' text gives (every candidate a source named by its file, lines
   * of its block) for a model that failed with {@code error} at no candidate's value; when the text passes (a
   * bug), {@code error} said as such.
   */
  private CatalogException placed(Path repo, Set<String> skippedChecks, CatalogException error)
      throws HclSyntaxException {
    List<CatalogReader.Source> sources = new ArrayList<>();
    sources.add(new CatalogReader.Source(CatalogReader.MAIN_FILE, head));
    blocks.forEach((file, block) -> sources.add(new CatalogReader.Source(file, block.text())));
    try {
      CatalogReader.parseFor(repo, sources, skippedChecks);
    } catch (CatalogException e) {
      return e;
    }
    return new CatalogException(error.source(), what(error) + " (the model import built fails a check its"
        + " catalog text passes: please report this as a bug)");
  }

  /** What a catalog error says, on one line, without the position it starts with. */
  static String what(CatalogException e) {
    String message = e.getMessage();
    String at = e.source() + ": ";
    return message.startsWith(at) ? message.substring(at.length()) : message;
  }
}
