package dev.stackgen.model;

import java.util.List;

/**
 * The {@code defaults} block: items every stack gets after its include, unless the stack sets
 * {@code use_defaults = false}. A default dependency is skipped for the stack it names, for a
 * stack that declares the same dependency itself, and for tier-0 stacks.
 */
public record Defaults(List<StackItem> items) {
  public static final Defaults NONE = new Defaults(List.of());

  public Defaults {
    items = List.copyOf(items);
  }
}
