package dev.stackgen.render;

import java.util.List;

/**
 * The view behind {@code stack-terragrunt.hcl.ftl}; {@code rootInclude} is the expression that finds the
 * root file ({@code find_in_parent_folders()} or {@code find_in_parent_folders("root.hcl")}).
 */
public record StackFileView(
    String name, List<String> preamble, List<ItemView> items, List<String> footer, boolean include,
    String rootInclude) {
  public StackFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
  }
}
