package dev.stackgen.render;

import java.util.List;

/**
 * One item for a template: the comment and blank lines above it, then either a dependency (typed)
 * or verbatim text.
 */
public record ItemView(List<String> leading, DependencyView dependency, String text) {
  public ItemView {
    leading = List.copyOf(leading);
  }
}
