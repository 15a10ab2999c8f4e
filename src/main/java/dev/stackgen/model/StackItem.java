package dev.stackgen.model;

/** One item of a stack's {@code terragrunt.hcl}, in catalog order. */
public sealed interface StackItem permits Dependency, Verbatim, Generate {
  /** Comments and blank lines above the item. */
  Trivia leading();

  SourceRef source();
}
