package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a {@code root} block was written where its model parts cannot show it, kept so that the catalog
 * can be written back as it was read; nothing renders from it. {@code settings} are the catalog's own
 * attributes ({@code tiers}, {@code layout}, {@code local_state_path}, {@code pg_conn_str}) as written,
 * {@code providers} the provider blocks as written, {@code locals} how the locals are split into
 * {@code locals} blocks, {@code order} the kinds of the block's items in the order written. It applies
 * while the root is still {@code asRead} (the root as read, without this record); a root changed since
 * is written from its model parts.
 */
public record RootSyntax(List<Part> order, List<Attr> settings, List<Verbatim> providers,
    List<LocalsBlock> locals, Root asRead) {
  /** No record of how the block was written. */
  public static final RootSyntax NONE = new RootSyntax(List.of(), List.of(), List.of(), List.of(), null);

  /** The kind of one item of a root block, in {@link #order}. */
  public enum Part {
    /** The next of {@link #settings}. */
    SETTING,
    /** The next provider block. */
    PROVIDER,
    /** The next locals block ({@link #locals}). */
    LOCALS,
    /** The next extra item (the next item of a custom root). */
    ITEM
  }

  /**
   * One {@code locals} block: the lines above it (the root's first local of the block carries them too,
   * before its own), how many of the root's locals it holds, and the lines before its closing brace.
   */
  public record LocalsBlock(Trivia leading, int size, Trivia closing) {
    public LocalsBlock {
      Objects.requireNonNull(leading, "leading");
      Objects.requireNonNull(closing, "closing");
    }
  }

  public RootSyntax {
    order = List.copyOf(order);
    settings = List.copyOf(settings);
    providers = List.copyOf(providers);
    locals = List.copyOf(locals);
  }
}
