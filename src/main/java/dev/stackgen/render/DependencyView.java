package dev.stackgen.render;

import java.util.List;

/** A dependency block for the stack template; {@code extra} and {@code closing} are whole lines. */
public record DependencyView(
    String name,
    String openComment,
    String configPath,
    boolean skipOutputs,
    List<String> extra,
    List<String> closing) {
  public DependencyView {
    extra = List.copyOf(extra);
    closing = List.copyOf(closing);
  }
}
