package dev.stackgen.hcl;

import java.util.List;

/** One item of a body: attribute, block, standalone comment or blank line, with its exact tokens. */
public sealed interface Node permits Attribute, Block, Comment, BlankLine {
  /** Exact token span including leading whitespace and the terminating newline, if any. */
  List<Token> tokens();

  /** 1-based line of the node's first token. */
  default int line() {
    return Tokens.first(tokens()).line();
  }

  /** 1-based column of the node's first token. */
  default int column() {
    return Tokens.first(tokens()).column();
  }

  /** The node's source, byte for byte. */
  default String print() {
    return Tokens.print(tokens());
  }
}
