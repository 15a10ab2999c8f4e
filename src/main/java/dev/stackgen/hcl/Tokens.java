package dev.stackgen.hcl;

import java.util.List;

/** Helpers to turn token spans back into source text. */
final class Tokens {
  private Tokens() {}

  /** Exact source of the tokens including the whitespace before each. */
  static String print(List<Token> tokens) {
    if (tokens instanceof TokenList list) {
      return list.print();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).printTo(sb);
    }
    return sb.toString();
  }

  /** Exact source from the first token's first character to the last token's last character. */
  static String text(List<Token> tokens) {
    if (tokens instanceof TokenList list) {
      return list.text();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > 0) {
        t.printTo(sb);
      } else {
        t.textTo(sb);
      }
    }
    return sb.toString();
  }

  static Token first(List<Token> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("tokens must not be empty");
    }
    return tokens.get(0);
  }
}
