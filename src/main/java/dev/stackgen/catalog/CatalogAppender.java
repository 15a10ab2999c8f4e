package dev.stackgen.catalog;

import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a {@code stack} block to a catalog as text, so every byte already there stays as it was:
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
          .filter("stack"::equals)
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
    if (!Names.isStackName(name)) {
      throw new IllegalArgumentException("stack name must match [a-z0-9][a-z0-9._-]* (one safe path segment): "
          + name);
    }
    List<String> lines = new ArrayList<>();
    lines.add("stack " + HclEscaper.quoted(name) + " {");
    lines.add("  tier = " + HclEscaper.quoted(tier));
    if (!dependsOn.isEmpty()) {
      lines.add("");
      for (String d : dependsOn) {
        lines.add("  dependency " + HclEscaper.quoted(d) + " {}");
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
   * {@code text} with {@code block} appended: a line break if the text lacks a final one, one blank
   * line (none at the start of an empty file), then the block. The text is a prefix of the result;
   * a file written with CRLF gets the block with CRLF.
   */
  public static String append(String text, String block) {
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder(text);
    if (!text.isEmpty()) {
      if (!text.endsWith("\n")) {
        out.append(nl);
      }
      if (!out.toString().endsWith(nl + nl) && !text.isBlank()) {
        out.append(nl);
      }
    }
    out.append(block.replace("\n", nl));
    return out.toString();
  }
}
