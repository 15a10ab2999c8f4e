package dev.stackgen.render;

import java.util.List;

/** The view behind {@code stack-terragrunt.hcl.ftl}. */
public record StackFileView(
    String name, List<String> preamble, List<ItemView> items, List<String> footer, boolean include) {
  public StackFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
  }
}
