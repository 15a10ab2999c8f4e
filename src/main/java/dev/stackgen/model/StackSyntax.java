package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a stack block was written where its model parts cannot show it, kept so that the catalog can be
 * written back as it was read; nothing renders from it. {@code settings} are the {@code tier},
 * {@code state}, {@code use_defaults} and {@code layout} attributes as written (comments, a value at its
 * default), {@code order} the kinds of the block's items in the order written, {@code oneLine} whether
 * the block was written on one line, and the comments after its opening and closing brace.
 *
 * <p>The module call, postfix overlays and file blocks are kept as written ({@link #blocks}) with the
 * values read from them ({@link AsRead}).
 *
 * <p>{@link #NONE} (a stack built in Java): the settings the stack needs, then its items, module call,
 * overlays and file blocks.
 */
public record StackSyntax(List<Attr> settings, List<Part> order, boolean oneLine, String openComment,
    String trailingComment, List<Verbatim> blocks, AsRead asRead) {
  /** No record of how the block was written. */
  public static final StackSyntax NONE = new StackSyntax(List.of(), List.of(), false, "", "", List.of(),
      AsRead.NONE);

  /**
   * The module call, the postfix overlays outside file blocks and the file blocks as read: while the
   * stack still holds these, the writer prints {@link #blocks} (the blocks as written, in order) for them,
   * the module block from {@code moduleSyntax} (how it was written) when known.
   */
  public record AsRead(Optional<ModuleCall> module, List<PostfixOverlay> overlays, List<StackFile> files,
      Optional<ModuleSyntax> moduleSyntax) {
    /** Nothing read. */
    public static final AsRead NONE = new AsRead(Optional.empty(), List.of(), List.of());

    public AsRead {
      Objects.requireNonNull(module, "module call");
      overlays = List.copyOf(overlays);
      files = List.copyOf(files);
      Objects.requireNonNull(moduleSyntax, "moduleSyntax");
    }

    /** Without a record of how the module block was written. */
    public AsRead(Optional<ModuleCall> module, List<PostfixOverlay> overlays, List<StackFile> files) {
      this(module, overlays, files, Optional.empty());
    }
  }

  /** The kind of one item of a stack block, in {@link #order}. */
  public enum Part {
    /** The next of {@link #settings}. */
    SETTING,
    /** The next of the stack's items. */
    ITEM,
    /** The module call. */
    MODULE,
    /** The next postfix overlay outside a file block. */
    OVERLAY,
    /** The next file block. */
    FILE
  }

  public StackSyntax {
    settings = List.copyOf(settings);
    order = List.copyOf(order);
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(asRead, "asRead");
  }

  /** The same record with the module call, overlays and file blocks as read. */
  public StackSyntax withAsRead(AsRead asRead) {
    return new StackSyntax(settings, order, oneLine, openComment, trailingComment, blocks, asRead);
  }
}
