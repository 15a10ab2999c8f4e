package dev.stackgen.catalog;

import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.State;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads {@code stack} blocks on their own, each checked as the catalog reader checks it but not
 * against the rest of a catalog (unknown dependencies, tiers): import probes one stack at a time.
 */
public final class StackBlocks {
  private StackBlocks() {}

  /**
   * The stacks of a catalog text holding only stack blocks, in order.
   *
   * @param rootDeclared what the root's generate blocks write into every stack ({@link Declared#byGenerateBlocks})
   */
  public static List<Stack> read(String text, Declarations rootDeclared) throws CatalogException, HclSyntaxException {
    CatalogBuilder builder = new CatalogBuilder();
    builder.provide(rootDeclared);
    builder.readFile(HclParser.parse(text, CatalogReader.MAIN_FILE));
    return builder.stacks();
  }

  /**
   * A stack holding only {@code files} (file blocks built in Java: import's overlay files), checked as the
   * catalog reader checks file blocks ({@link FileBlocks#check} and the stack reader's checks of its file
   * blocks: {@link StackReader#readFile}), not against the rest of a catalog.
   *
   * <p>The schema checks a file block's verbatim items on their nodes, which a value does not have: the value
   * is refused on each item's key ({@link FileBlocks#schemaTakes}) and only then, a narrow text fallback, the
   * block's catalog text is read to word the refusal exactly as the schema does.
   */
  public static Stack withFiles(String name, String tier, List<dev.stackgen.model.StackFile> files,
      Declarations rootDeclared) throws CatalogException {
    for (dev.stackgen.model.StackFile f : files) {
      if (!FileBlocks.schemaTakes(f)) {
        try {
          read(HclFormatter.format(CatalogSchema.Name.STACK + " " + HclEscaper.quoted(name) + " {\n"
              + CatalogSchema.Name.TIER + " = " + HclEscaper.quoted(tier) + "\n" + CatalogWriter.fileBlock(f) + "}\n"),
              rootDeclared);
        } catch (HclSyntaxException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        throw new CatalogException(f.source(), "file \"" + f.path() + "\" holds an item the schema does not take");
      }
    }
    try {
      // no file: the reader reads no item of its own (nothing to bind, no module's generate blocks)
      return new StackReader(null, new ArrayList<>(), rootDeclared).readFile(name, tier, State.PG,
          false, files, null, BodyItems.of(List.of(), 0), List.of(), dev.stackgen.model.Trivia.NONE,
          SourceRef.NONE, b -> false);
    } catch (HclSyntaxException e) {
      throw new IllegalStateException(e); // nothing is parsed
    }
  }

  /**
   * A stack built from the top-level items of a repository file at depth 0 (import: a stack's
   * {@code terragrunt.hcl}), checked as the catalog reader checks the same items inside a {@code stack}
   * block (the schema, then the stack reader) but not against the rest of a catalog; its items are model
   * values equal to those its printed block reads back ({@link dev.stackgen.model.Verbatim}'s depth-0
   * convention), source positions aside (here: lines of {@code file}).
   *
   * @param state the stack's state, written after its tier; null: the default, not written
   * @param filesFirst the file blocks (values built in Java) the catalog block holds after the settings,
   *     written canonically with a blank line above each
   * @param blocksFirst a stack holding only the module blocks the catalog block holds after those, before
   *     {@code items} (their values), or null
   * @param items the file's items after the settings (comments and blank lines included)
   * @param blankLinesFirst blank lines the catalog block holds above the first of {@code items}
   * @param header the comments above the stack block
   * @param shorthand the dependency blocks written {@code dependency "x" {}} (their first two attributes
   *     are the generated {@code config_path} and {@code skip_outputs})
   */
  public static Stack fromFile(HclFile file, String name, String tier, State state, boolean exact,
      List<dev.stackgen.model.StackFile> filesFirst, Stack blocksFirst, List<Node> items, int blankLinesFirst,
      List<Node> header, Declarations rootDeclared,
      Predicate<Block> shorthand)
      throws CatalogException, HclSyntaxException {
    return fromFile(file, name, tier, state, exact, filesFirst, blocksFirst, items, blankLinesFirst, header,
        rootDeclared, shorthand, Set.of());
  }

  /**
   * {@link #fromFile(HclFile, String, String, State, boolean, List, Stack, List, int, List, Declarations,
   * Predicate)} with the Terragrunt names the schema takes unchecked (the catalog's {@code allow_terragrunt}).
   */
  public static Stack fromFile(HclFile file, String name, String tier, State state, boolean exact,
      List<dev.stackgen.model.StackFile> filesFirst, Stack blocksFirst, List<Node> items, int blankLinesFirst,
      List<Node> header, Declarations rootDeclared, Predicate<Block> shorthand, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    List<Warning> warnings = new ArrayList<>();
    new SchemaCheck(allowTerragrunt, warnings).stackItems(file, name, items);
    return new StackReader(file, warnings, rootDeclared).readFile(name, tier, state, exact,
        filesFirst, blocksFirst, BodyItems.of(items, blankLinesFirst), items, CatalogReader.triviaOf(header),
        new SourceRef(file.fileName(), 1, 1), shorthand);
  }
}
