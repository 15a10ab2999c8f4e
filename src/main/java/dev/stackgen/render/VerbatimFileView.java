package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind a file written from verbatim items (the custom root): preamble, items with their
 * comments, footer, all stacks in catalog order and the catalog's settings.
 */
public record VerbatimFileView(List<String> preamble, List<ItemView> items, List<String> footer,
    List<StackInfo> stacks, Settings settings) {
  public VerbatimFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
    stacks = stacks instanceof StackInfos ? stacks : List.copyOf(stacks); // StackInfos: unmodifiable, made on demand
  }
}
