package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a stack's {@code module} block was written, kept so that the catalog can be written back as it
 * was read; nothing renders from it. {@code explicit} is the call as the block states it, before
 * anything is derived (variables, vault sources, {@code source}, {@code tier}); {@code order} the kinds of
 * the block's items in the order written; {@code meta} the {@code derive}, {@code layout} and
 * {@code elsewhere} blocks as written; the lines above the first argument (the call keeps them from
 * its first comment on), those above and inside an {@code after_module} block, and those before the
 * block's closing brace.
 */
public record ModuleSyntax(List<Part> order, ModuleCall explicit, Trivia firstArgumentLeading, List<Verbatim> meta,
    Trivia afterLeading, Trivia afterTrailing, Trivia closing) {
  /** The kind of one item of a module block, in {@link #order}. */
  public enum Part {
    /** The next of the explicit call's variables. */
    VARIABLE,
    /** The next of its vault sources. */
    VAULT,
    /** The next of its locals blocks ({@link ModuleLayout#localsBlocks}). */
    LOCALS,
    /** The next of its blocks copied as written. */
    EXTRA,
    /** The next of its arguments. */
    ARGUMENT,
    /** The next of {@link #meta}. */
    META,
    /** The opening of the {@code after_module} block. */
    AFTER_OPEN,
    /** Its closing. */
    AFTER_CLOSE
  }

  public ModuleSyntax {
    order = List.copyOf(order);
    Objects.requireNonNull(explicit, "explicit");
    Objects.requireNonNull(firstArgumentLeading, "firstArgumentLeading");
    meta = List.copyOf(meta);
    Objects.requireNonNull(afterLeading, "afterLeading");
    Objects.requireNonNull(afterTrailing, "afterTrailing");
    Objects.requireNonNull(closing, "closing");
  }
}
