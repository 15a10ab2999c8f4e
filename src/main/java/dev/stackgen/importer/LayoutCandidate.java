package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.FileBlockValues;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Declarations;
import java.util.List;
import java.util.Set;

/**
 * One candidate file of a layout import ({@link LayoutImporter}): its catalog block, what it is, the file as read.
 *
 * <p>The block's text is canonical; its model value is built from the file's nodes ({@link #block}).
 */
record LayoutCandidate(String path, CandidateBlock text, String kind, HclFile file) {
  /** The candidate kind of a unit's terragrunt.hcl, as the report names it. */
  static final String UNIT = "unit";
  /** The candidate kind of a {@code terragrunt.stack.hcl}. */
  static final String STACK_FILE = "stack file";

  LayoutCandidate(String path, String block, String kind, HclFile file) {
    this(path, CandidateBlock.of(block), kind, file);
  }

  /**
   * The block, with its model value built from the file's items as the catalog reader checks them when the
   * catalog can hold them so; else the text alone, whose check then says why. A unit is a stack
   * ({@link StackBlocks#fromFile}: tier {@link LayoutImporter#TIER}, state not stated, layout exact, one blank line above
   * the items), a stack file and any other file a {@code stack_file} and a {@code shared} block
   * ({@link FileBlockValues}).
   *
   * @param rootDeclared what the catalog root's generate blocks write into every unit
   * @param allowTerragrunt the catalog's {@code allow_terragrunt} names
   */
  CandidateBlock block(Declarations rootDeclared, Set<String> allowTerragrunt) {
    if (file == null) {
      return text;
    }
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    try {
      if (kind.equals(UNIT)) {
        return new CandidateBlock(text.text(), text.anchors(), StackBlocks.fromFile(file, dir, LayoutImporter.TIER,
            null, true,
            List.of(), null, file.body().nodes(), 1, List.of(), rootDeclared, b -> false, allowTerragrunt));
      }
      return kind.equals(STACK_FILE) ? new CandidateBlock(text.text(), text.anchors(), null, null,
          FileBlockValues.stackFile(file, dir, allowTerragrunt), 0)
          : new CandidateBlock(text.text(), text.anchors(), null, FileBlockValues.shared(file, allowTerragrunt),
              null, 0);
    } catch (CatalogException | HclSyntaxException | IllegalArgumentException e) {
      return text;
    }
  }

  /**
   * The candidate of the unit file {@code path} ({@code <dir>/terragrunt.hcl}, {@code file} as the catalog
   * holds it): {@code stack "<dir>"} in the exact layout, tier {@link LayoutImporter#TIER}, the file's items after a blank
   * line.
   */
  static LayoutCandidate unit(String path, HclFile file) {
    String dir = path.substring(0, path.lastIndexOf('/'));
    return new LayoutCandidate(path, Name.STACK + " " + ImportText.quoted(dir) + " {\n" + Name.TIER + " = "
        + ImportText.quoted(LayoutImporter.TIER) + "\n" + Name.LAYOUT + " = \"exact\"\n\n" + blockBody(file)
        + "}\n", UNIT, file);
  }

  /** The candidate of the stack file {@code path} ({@code <dir>/terragrunt.stack.hcl}): {@code stack_file "<dir>"}. */
  static LayoutCandidate stackFile(String path, HclFile file) {
    String dir = path.substring(0, path.lastIndexOf('/'));
    return new LayoutCandidate(path, Name.STACK_FILE + " " + ImportText.quoted(dir) + " {\n" + blockBody(file)
        + "}\n", STACK_FILE, file);
  }

  /** The candidate of any other {@code .hcl} file {@code path}: {@code shared "<path>"}. */
  static LayoutCandidate shared(String path, HclFile file) {
    return new LayoutCandidate(path, Name.SHARED + " " + ImportText.quoted(path) + " {\n" + blockBody(file) + "}\n",
        "shared file", file);
  }

  /** The file's nodes as they stand, for the inside of a catalog block (a blank line kept at the end). */
  private static String blockBody(HclFile file) {
    StringBuilder b = new StringBuilder();
    for (Node n : file.body().nodes()) {
      b.append(n.print());
    }
    return ImportText.ensureNewline(b.toString());
  }
}
