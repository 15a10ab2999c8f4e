package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code stack-terragrunt.hcl.ftl}: the stack's name, the lines above its items, its
 * items, the comment lines that end the file, whether the template writes the {@code include "root"}
 * block, the expression that finds the root file ({@code find_in_parent_folders()} or
 * {@code find_in_parent_folders("root.hcl")}), the stack itself and the catalog's settings.
 */
public record StackFileView(
    String name, List<String> preamble, List<ItemView> items, List<String> footer, boolean include,
    String rootInclude, StackInfo stack, Settings settings) {
  public StackFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
  }
}
