package dev.stackgen.model;

/** One item of a stack's {@code terragrunt.hcl}, in catalog order. */
public sealed interface StackItem permits Dependency, Verbatim, Generate, Include, StackBlock {
  /** Comments and blank lines above the item. */
  Trivia leading();

  SourceRef source();

  /**
   * What names the item in its file, for finding clashes: {@code inputs} for an attribute,
   * {@code generate "x"} for a block with its labels.
   */
  String key();
}
