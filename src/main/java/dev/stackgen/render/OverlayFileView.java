package dev.stackgen.render;

import java.util.List;

/** The view behind {@code postfix-variables.tf.ftl}: one or more overlay variables of one file. */
public record OverlayFileView(List<String> preamble, List<Overlay> overlays) {
  public OverlayFileView {
    preamble = List.copyOf(preamble);
    overlays = List.copyOf(overlays);
  }

  /** One overlay variable: comment lines above it, name, heredoc delimiter and escaped body. */
  public record Overlay(List<String> leading, String variable, String delimiter, String body) {
    public Overlay {
      leading = List.copyOf(leading);
    }
  }
}
