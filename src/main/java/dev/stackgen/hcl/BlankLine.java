package dev.stackgen.hcl;

import java.util.List;

/** One empty (or whitespace-only) line. */
public record BlankLine(List<Token> tokens) implements Node {
  public BlankLine {
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }
}
