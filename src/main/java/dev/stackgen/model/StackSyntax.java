package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a stack block was written where its model parts cannot show it, kept so that the catalog can be
 * written back as it was read (and an error placed where it is written); nothing renders from it. {@code settings} are the {@code tier},
 * {@code state}, {@code use_defaults} and {@code layout} attributes as written (comments, a value at its
 * default), {@code order} the kinds of the block's items in the order written, {@code oneLine} whether
 * the block was written on one line, the comments after its opening and closing brace, and {@code tier}
 * where the block's {@code tier} value is written (an unknown tier is reported there; {@link SourceRef#NONE}:
 * at the stack).
 *
 * <p>The module block is kept as written ({@link #blocks}, the lines above it) with the call read from it
 * ({@link AsRead}); the postfix overlays outside file blocks and the file blocks are written from the
 * model with how each was written ({@link #overlays}, {@link #files}: found by file and variable, by path).
 *
 * <p>{@link #NONE} (a stack built in Java): the settings the stack needs, then its items, module call,
 * overlays and file blocks.
 */
public record StackSyntax(List<Attr> settings, List<Part> order, boolean oneLine, String openComment,
    String trailingComment, List<Verbatim> blocks, List<OverlaySyntax> overlays, List<FileSyntax> files,
    AsRead asRead, SourceRef tier) {
  /** No record of how the block was written. */
  public static final StackSyntax NONE = new StackSyntax(List.of(), List.of(), false, "", "", List.of(), List.of(),
      List.of(), AsRead.NONE, SourceRef.NONE);

  /**
   * The module call as read: while the stack still holds it, the writer prints the module block from
   * {@code moduleSyntax} (how it was written) when known, else as written ({@link #blocks}).
   */
  public record AsRead(Optional<ModuleCall> module, Optional<ModuleSyntax> moduleSyntax) {
    /** Nothing read. */
    public static final AsRead NONE = new AsRead(Optional.empty(), Optional.empty());

    public AsRead {
      Objects.requireNonNull(module, "module call");
      Objects.requireNonNull(moduleSyntax, "moduleSyntax");
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
    overlays = List.copyOf(overlays);
    files = List.copyOf(files);
    Objects.requireNonNull(asRead, "asRead");
    Objects.requireNonNull(tier, "tier");
  }

  /** A record with no position for the tier value (a block built in Java, or without a tier written). */
  public StackSyntax(List<Attr> settings, List<Part> order, boolean oneLine, String openComment,
      String trailingComment, List<Verbatim> blocks, List<OverlaySyntax> overlays, List<FileSyntax> files,
      AsRead asRead) {
    this(settings, order, oneLine, openComment, trailingComment, blocks, overlays, files, asRead, SourceRef.NONE);
  }

  /** The same record with the module call as read. */
  public StackSyntax withAsRead(AsRead asRead) {
    return new StackSyntax(settings, order, oneLine, openComment, trailingComment, blocks, overlays, files, asRead,
        tier);
  }

  /** How the overlay for {@code file} and {@code variable} outside file blocks was written, or null. */
  public OverlaySyntax overlay(String file, String variable) {
    for (OverlaySyntax o : overlays) {
      if (o.asRead().file().equals(file) && o.asRead().variable().equals(variable)) {
        return o;
      }
    }
    return null;
  }

  /** How the file block for {@code path} was written, or null. */
  public FileSyntax file(String path) {
    for (FileSyntax f : files) {
      if (f.path().equals(path)) {
        return f;
      }
    }
    return null;
  }
}
