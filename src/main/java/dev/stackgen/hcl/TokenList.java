package dev.stackgen.hcl;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of tokens that is a view of a shared array: {@link #subList} makes another
 * view, not a copy, and {@link #of} returns a token list as it is. Every node of a parsed file holds a
 * span of the file's tokens; with {@code List.copyOf} (which copies a sub-list) a token was copied once
 * per enclosing node (issue 23).
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
  private static final TokenList EMPTY = new TokenList(new Token[0], 0, 0);

  private final Token[] tokens;
  private final int from;
  private final int size;

  private TokenList(Token[] tokens, int from, int size) {
    this.tokens = tokens;
    this.from = from;
    this.size = size;
  }

  /** The tokens as a token list: the same list when it is one, else a copy (no null allowed). */
  static TokenList of(Collection<Token> tokens) {
    if (tokens instanceof TokenList t) {
      return t;
    }
    Token[] copy = tokens.toArray(new Token[0]);
    for (Token t : copy) {
      Objects.requireNonNull(t);
    }
    return copy.length == 0 ? EMPTY : new TokenList(copy, 0, copy.length);
  }

  /** A list owning {@code tokens} (which nobody changes afterwards). */
  static TokenList wrap(Token[] tokens) {
    for (Token t : tokens) {
      Objects.requireNonNull(t);
    }
    return new TokenList(tokens, 0, tokens.length);
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, size);
    return tokens[from + index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public List<Token> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return fromIndex == 0 && toIndex == size ? this : new TokenList(tokens, from + fromIndex, toIndex - fromIndex);
  }

  @Override
  public Object[] toArray() {
    Object[] out = new Object[size];
    System.arraycopy(tokens, from, out, 0, size);
    return out;
  }

  /** The tokens' source, {@link Token#before()} of each included; see {@link Tokens#print}. */
  String print() {
    if (size == 0) {
      return "";
    }
    Token first = tokens[from];
    Token last = tokens[from + size - 1];
    if (contiguous()) {
      return first.src.substring(first.beforeStart, last.textEnd);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < from + size; k++) {
      tokens[k].printTo(sb);
    }
    return sb.toString();
  }

  /** The tokens' source from the first token's text to the last's; see {@link Tokens#text}. */
  String text() {
    if (size == 0) {
      return "";
    }
    Token first = tokens[from];
    Token last = tokens[from + size - 1];
    if (contiguous()) {
      return first.src.substring(first.textStart, last.textEnd);
    }
    StringBuilder sb = new StringBuilder();
    first.textTo(sb);
    for (int k = from + 1; k < from + size; k++) {
      tokens[k].printTo(sb);
    }
    return sb.toString();
  }

  /** True when every token follows the one before it in the same source text, as the lexer makes them. */
  private boolean contiguous() {
    Token prev = tokens[from];
    for (int k = from + 1; k < from + size; k++) {
      Token t = tokens[k];
      if (t.src != prev.src || t.beforeStart != prev.textEnd) {
        return false;
      }
      prev = t;
    }
    return true;
  }
}
