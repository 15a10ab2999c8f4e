package dev.stackgen.catalog;

import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclEdit;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a {@code stack} block to a catalog by editing its text, so every byte already there stays as it was:
 * the block goes at the end of the catalog file holding the most stacks, after one blank line.
 */
public final class CatalogAppender {
  private CatalogAppender() {}

  /** The catalog file a new stack goes into: the one with the most stack blocks, the earliest on a tie. */
  public static String targetFile(List<CatalogReader.Source> sources) throws HclSyntaxException {
    String best = CatalogReader.MAIN_FILE;
    long most = -1;
    for (CatalogReader.Source source : sources) {
      long count = HclParser.parse(source.text(), source.name()).body().blocks().stream()
          .map(Block::type)
          .filter(CatalogSchema.Name.STACK::equals)
          .count();
      if (count > most) {
        most = count;
        best = source.name();
      }
    }
    return best;
  }

  /**
   * The text of a new stack block: its tier, one {@code dependency} per stack it depends on, and
   * {@code module "<moduleName>" {}} when {@code moduleName} is not null. Lines end with LF.
   */
  public static String stackBlock(String name, String tier, List<String> dependsOn, String moduleName) {
    if (!Names.isStackPath(name)) {
      throw new IllegalArgumentException("stack name must be a path of segments matching [A-Za-z0-9_][A-Za-z0-9._-]*: "
          + name);
    }
    List<String> lines = new ArrayList<>();
    lines.add("stack " + HclEscaper.quoted(name) + " {");
    lines.add("  tier = " + HclEscaper.quoted(tier));
    if (!dependsOn.isEmpty()) {
      lines.add("");
      for (String d : dependsOn) {
        lines.add("  " + dependencyBlock(name, d));
      }
    }
    if (moduleName != null) {
      lines.add("");
      lines.add("  module " + HclEscaper.quoted(moduleName) + " {}");
    }
    lines.add("}");
    return String.join("\n", lines) + "\n";
  }

  /**
   * A one-line dependency of the stack at {@code from} on the stack at {@code to}: {@code dependency "vpc" {}}
   * for a sibling (the renderer writes {@code config_path = "../vpc"}), else labelled with the target's last
   * segment and a relative {@code config_path} ({@code "../../shared/vpc"}).
   */
  static String dependencyBlock(String from, String to) {
    int cut = from.lastIndexOf('/');
    String parent = cut < 0 ? "" : from.substring(0, cut + 1);
    String base = to.substring(to.lastIndexOf('/') + 1);
    if (to.equals(parent + base)) {
      return "dependency " + HclEscaper.quoted(base) + " {}";
    }
    String[] fromParts = from.split("/");
    String[] toParts = to.split("/");
    int common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder rel = new StringBuilder();
    for (int i = common; i < fromParts.length; i++) {
      rel.append("../");
    }
    rel.append(String.join("/", java.util.Arrays.copyOfRange(toParts, common, toParts.length)));
    return "dependency " + HclEscaper.quoted(base) + " { config_path = " + HclEscaper.quoted(rel.toString()) + " }";
  }

  /**
   * {@code text} with {@code block} appended ({@link HclEdit#appendBlock}): a line break if the text lacks
   * a final one, one blank line (none at the start of an empty file), then the block. The text is a
   * prefix of the result; a file written with CRLF gets the block with CRLF; the result parses.
   */
  public static String append(String text, String fileName, String block) throws HclSyntaxException {
    return HclEdit.of(text, fileName).appendBlock(block).text();
  }
}
