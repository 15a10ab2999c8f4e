package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code postfix-variables.tf.ftl}: one or more overlay variables of one file, the
 * file's path in the stack folder, the stack and the catalog's settings.
 */
public record OverlayFileView(List<String> preamble, List<Overlay> overlays, String path, StackInfo stack,
    Settings settings) {
  public OverlayFileView {
    preamble = List.copyOf(preamble);
    overlays = List.copyOf(overlays);
  }

  /**
   * One overlay variable: comment lines above it, name, the comment after its opening brace ({@code ""}
   * or {@code " # ..."}), the variable's body text before and after the default (verbatim HCL, each
   * empty or ending in a line break), heredoc delimiter and escaped body (already indented for an
   * indented heredoc), the heredoc's opening ({@code <<EOT}, {@code <<-EOT}) and closing line, and the
   * comment after the closing brace.
   */
  public record Overlay(
      List<String> leading, String variable, String open, String before, String delimiter, String body,
      String opening, String closing, String after, String trailing) {
    public Overlay {
      leading = List.copyOf(leading);
    }
  }
}
