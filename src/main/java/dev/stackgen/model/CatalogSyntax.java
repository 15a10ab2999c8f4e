package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How the catalog's files were written where the model cannot show it, kept so that the catalog can be
 * written back as it was read; nothing renders from it. Per source file ({@code stackgen.hcl}, then its
 * drop-ins) the top-level blocks in the order written, each with every comment and blank line above it,
 * and the lines after the last block.
 *
 * <p>{@link #NONE} (a catalog built in Java): one {@code stackgen.hcl} in the canonical block order.
 */
public record CatalogSyntax(List<FileText> files) {
  /** No record of how the catalog was written. */
  public static final CatalogSyntax NONE = new CatalogSyntax(List.of());

  public CatalogSyntax {
    files = List.copyOf(files);
  }

  /** One catalog file: its name, its top-level blocks in order and the lines after the last one. */
  public record FileText(String name, List<TopBlock> blocks, Trivia trailing) {
    public FileText {
      Objects.requireNonNull(name, "file name");
      blocks = List.copyOf(blocks);
      Objects.requireNonNull(trailing, "trailing");
    }
  }

  /**
   * One top-level block: its key ({@code stack "web"}, {@code root}, ...), all the lines above it (the
   * comment lines directly above included), and, for the {@code stackgen} block (whose {@link Settings}
   * do not carry their own layout), how it was written (null for every other block: their model values
   * carry it).
   */
  public record TopBlock(String key, Trivia leading, SettingsSyntax settings) {
    public TopBlock {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(leading, "leading");
    }

    /** A block whose model value carries how it was written. */
    public TopBlock(String key, Trivia leading) {
      this(key, leading, null);
    }
  }
}
