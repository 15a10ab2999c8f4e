package dev.stackgen.catalog;

import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Stack;
import java.util.List;

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
}
