package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a module-wrapper main.tf is laid out where the catalog's nesting cannot show it: blank lines
 * between blocks exactly as written (else one blank line between blocks, none between one-line
 * variables), the comment and blank lines directly above the module call (null: the default single
 * blank line), a comment after the call's closing brace (written after the catalog's module block),
 * the lines after the last block to the end of the file, the order of the blocks, and how the
 * locals are split into {@code locals} blocks with their comments (empty: one block holding all),
 * and whether the call is written on one line ({@code module "x" { source = "./x" }}, possible with
 * one argument and no comments inside).
 *
 * <p>{@code order} names the blocks of main.tf in file order by {@link #key key}: {@code variable "a"},
 * {@code vault "s"} (a {@code data "vault_kv_secret_v2"} source), {@code locals} (once per block), {@code module} (the
 * call) and the key of each block copied as written ({@code output "x"}, {@code moved}; the n-th
 * occurrence of a repeated key is the n-th such block). Blocks it does not name
 * (derived variables and vault sources) come first. Empty: variables, vault sources, locals, the
 * call, then the blocks copied as written.
 */
public record ModuleLayout(boolean blankLinesAsWritten, Trivia beforeCall, String callTrailingComment,
    Trivia footer, List<String> order, List<LocalsBlock> localsBlocks, boolean oneLineCall) {
  /** One blank line between blocks, nothing after the call. */
  public static final ModuleLayout DEFAULT = new ModuleLayout(false, null, "", Trivia.NONE);
  /** The key of the module call in {@link #order}. */
  public static final String CALL = CatalogNames.MODULE;

  public ModuleLayout {
    callTrailingComment = callTrailingComment == null ? "" : callTrailingComment;
    Objects.requireNonNull(footer, "footer");
    order = List.copyOf(order);
    localsBlocks = List.copyOf(localsBlocks);
    if (!order.isEmpty() && order.indexOf(CALL) != order.lastIndexOf(CALL) || !order.isEmpty() && !order.contains(
        CALL)) {
      throw new IllegalArgumentException("block order must name the module call (" + CALL + ") once: " + order);
    }
  }

  /** A layout in the default block order. */
  public ModuleLayout(boolean blankLinesAsWritten, Trivia beforeCall, String callTrailingComment, Trivia footer) {
    this(blankLinesAsWritten, beforeCall, callTrailingComment, footer, List.of(), List.of(), false);
  }

  /**
   * One {@code locals} block of main.tf: the lines above it, a comment after its opening brace, how
   * many of the call's locals (in order) it holds, the lines before its closing brace and a comment
   * after it.
   */
  public record LocalsBlock(Trivia leading, String openComment, int size, Trivia closing, String trailingComment) {
    public LocalsBlock {
      Objects.requireNonNull(leading, "leading");
      openComment = openComment == null ? "" : openComment;
      if (size < 0) {
        throw new IllegalArgumentException("a locals block holds at least no locals: " + size);
      }
      Objects.requireNonNull(closing, "closing");
      trailingComment = trailingComment == null ? "" : trailingComment;
    }
  }

  /** The order key of a variable declaration. */
  public static String key(Variable v) {
    return CatalogNames.VARIABLE + " \"" + v.name() + "\"";
  }

  /** The order key of a vault source. */
  public static String key(VaultSource v) {
    return CatalogNames.VAULT + " \"" + v.label() + "\"";
  }
}
