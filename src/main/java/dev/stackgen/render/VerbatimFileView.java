package dev.stackgen.render;

import java.util.List;

/** The view behind a file written from verbatim items: preamble, items with their comments, footer. */
public record VerbatimFileView(List<String> preamble, List<ItemView> items, List<String> footer) {
  public VerbatimFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
  }
}
