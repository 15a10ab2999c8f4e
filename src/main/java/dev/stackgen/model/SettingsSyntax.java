package dev.stackgen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@code stackgen} block was written where its {@link Settings} cannot show it, kept so that the
 * catalog can be written back as it was read; nothing renders from it. {@code attrs} are the block's
 * attributes as written (their order, comments, a value at its default, how a list or map was laid
 * out), {@code oneLine} whether the block was written on one line, the comments after its opening and
 * closing brace and the lines before its closing brace. It applies while the settings are still
 * {@code asRead}; settings changed since are written in the canonical form. {@code positions} are where
 * the block and the paths it names are written, so that the catalog's checks report an error there.
 */
public record SettingsSyntax(List<Attr> attrs, boolean oneLine, String openComment, String trailingComment,
    Trivia closing, Settings asRead, Positions positions) {
  /**
   * Where a {@code stackgen} block is written ({@code block}), its {@code root_file} value (null when the
   * block does not set it) and each path of {@code leading_blank_lines} and {@code no_final_newline}, in
   * the order written.
   */
  public record Positions(SourceRef block, SourceRef rootFile, Map<String, SourceRef> leadingBlankLines,
      Map<String, SourceRef> noFinalNewline) {
    /** No record of where anything is written. */
    public static final Positions NONE = new Positions(SourceRef.NONE, null, Map.of(), Map.of());

    public Positions {
      Objects.requireNonNull(block, "block");
      leadingBlankLines = Collections.unmodifiableMap(new LinkedHashMap<>(leadingBlankLines));
      noFinalNewline = Collections.unmodifiableMap(new LinkedHashMap<>(noFinalNewline));
    }
  }

  public SettingsSyntax {
    attrs = List.copyOf(attrs);
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(asRead, "asRead");
    Objects.requireNonNull(positions, "positions");
  }
}
