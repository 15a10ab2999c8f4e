package dev.stackgen.hcl;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A read-only view of a range of the parser's immutable token list, so that nested blocks share
 * their tokens instead of each copying them (copies would make deep nesting quadratic).
 */
final class TokenSpan extends AbstractList<Token> implements RandomAccess {
  private final List<Token> all;
  private final int from;
  private final int to;

  /** {@code all} must be immutable (the lexer's result). */
  TokenSpan(List<Token> all, int from, int to) {
    if (from < 0 || to > all.size() || from > to) {
      throw new IndexOutOfBoundsException("span " + from + ".." + to + " of " + all.size());
    }
    this.all = all;
    this.from = from;
    this.to = to;
  }

  /** {@code tokens} itself when it is a span, else an immutable copy. */
  static List<Token> immutable(List<Token> tokens) {
    return tokens instanceof TokenSpan ? tokens : List.copyOf(tokens);
  }

  @Override
  public Token get(int index) {
    if (index < 0 || index >= to - from) {
      throw new IndexOutOfBoundsException(index);
    }
    return all.get(from + index);
  }

  @Override
  public int size() {
    return to - from;
  }
}
