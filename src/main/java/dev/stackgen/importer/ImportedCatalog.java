package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog an import builds, kept as its candidates: the settings and root ({@code stackgen.hcl}) and
 * one block per candidate file, each by the repository file it holds. The catalog check reads every
 * candidate as a source of its own, so a catalog error names the candidate whose block it is in by that
 * name ({@link SourceRef#file()}); nothing looks at the error's text or at line numbers of the written
 * catalog to find it. The catalog written is the checked model printed by {@link CatalogWriter}: every
 * candidate's block, in order, one blank line apart; {@link #written} refuses (nothing written) when that
 * print is not the candidates' text byte for byte, so import never writes what it did not check.
 *
 * <p>A candidate whose reader built its stack as a model value ({@link CandidateBlock#value}: stack files)
 * must be exactly the stack the check read from its text, source positions and the records of how its
 * blocks are written aside ({@link SameValue}), and the catalog printed with the values in place of the
 * stacks read must be the candidates' text byte for byte, or {@link #written} refuses too: what import
 * decided from the value (its probe rendering) is what the catalog holds. The text read is still how the model is checked (schema, graph, references, one error per
 * candidate); checking the values directly, with this read kept only as the verification of what is
 * written, is the next step (issue 22).
 */
final class ImportedCatalog {
  private final String head;
  private final Map<String, CandidateBlock> blocks;

  /**
   * @param head the settings and root blocks (canonical), with the lines above them
   * @param blocks each candidate's block (canonical) by the repository file it holds, in catalog order
   */
  ImportedCatalog(String head, Map<String, CandidateBlock> blocks) {
    this.head = head;
    this.blocks = new LinkedHashMap<>(blocks);
    if (this.blocks.containsKey(CatalogReader.MAIN_FILE)) {
      throw new IllegalArgumentException("a candidate may not be named " + CatalogReader.MAIN_FILE);
    }
  }

  /**
   * The catalog text of {@code checked} (what {@link #check} returned), as {@link CatalogWriter} prints
   * it; a {@link CatalogException} when it is not exactly the candidates' text.
   */
  String written(Catalog checked) throws CatalogException {
    for (var e : blocks.entrySet()) {
      Stack value = e.getValue().value();
      String difference = value == null ? null
          : SameValue.difference(value, checked.stack(value.name()).orElse(null));
      if (difference != null) {
        throw new CatalogException(new SourceRef(e.getKey(), 1, 1), "the stack import built from this file is not"
            + " the one its catalog block reads back (" + difference.replace("\n", "\\n")
            + "); nothing written: please report this as a"
            + " bug");
      }
    }
    String written = writtenAsChecked(checked, "checked model");
    // the values print as the text checked too (how their blocks are written, which SameValue leaves aside)
    List<Stack> values = checked.stacks().stream().map(s -> blocks.values().stream().map(CandidateBlock::value)
        .filter(v -> v != null && v.name().equals(s.name())).findFirst().orElse(s)).toList();
    writtenAsChecked(new Catalog(checked.settings(), checked.root(), checked.defaults(), values, checked.warnings(),
        checked.shared(), checked.stackFiles(), checked.syntax()), "stacks import built");
    return written;
  }

  /**
   * What {@link CatalogWriter} prints for {@code catalog} (the {@code what}), its candidates in order; a
   * {@link CatalogException} when it is not exactly the candidates' text.
   */
  private String writtenAsChecked(Catalog catalog, String what) throws CatalogException {
    Map<String, String> files = CatalogWriter.write(catalog);
    StringBuilder b = new StringBuilder(files.getOrDefault(CatalogReader.MAIN_FILE, ""));
    blocks.keySet().forEach(file -> b.append('\n').append(files.getOrDefault(file, "")));
    String written = b.toString();
    String candidates = text();
    if (!written.equals(candidates) || files.size() != blocks.size() + 1) {
      throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1), "the catalog written from the "
          + what + " is not the text import checked (" + FirstDifference.describe(candidates, written)
          + "); nothing written: please report this as a bug");
    }
    return written;
  }

  /** The candidates' text: the head, then every candidate's block after a blank line. */
  String text() {
    StringBuilder b = new StringBuilder(head);
    blocks.values().forEach(c -> b.append('\n').append(c.text()));
    return b.toString();
  }

  /**
   * The catalog, read and checked as every later command reads it (schema, model, graph, references
   * against {@code repo}); an error names the candidate it is in by its {@link SourceRef#file()}
   * ({@link CatalogReader#MAIN_FILE} for the settings and root).
   */
  Catalog check(Path repo, Set<String> skippedChecks) throws CatalogException, HclSyntaxException {
    List<CatalogReader.Source> sources = new ArrayList<>();
    sources.add(new CatalogReader.Source(CatalogReader.MAIN_FILE, head));
    blocks.forEach((file, block) -> sources.add(new CatalogReader.Source(file, block.text())));
    return CatalogReader.parseFor(repo, sources, skippedChecks);
  }

  /** What a catalog error says, on one line, without the position it starts with. */
  static String what(CatalogException e) {
    String message = e.getMessage();
    String at = e.source() + ": ";
    return message.startsWith(at) ? message.substring(at.length()) : message;
  }
}
