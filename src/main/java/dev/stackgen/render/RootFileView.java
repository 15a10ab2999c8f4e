package dev.stackgen.render;

import java.util.List;

/** The view behind {@code root-terragrunt.hcl.ftl}; heredoc bodies arrive already canonical. */
public record RootFileView(
    List<String> preamble,
    String tier0Stacks,
    List<String> locals,
    String localStatePath,
    String pgConnStr,
    Heredoc tiersTf,
    Heredoc providersTf,
    List<ItemView> extras,
    List<String> footer) {
  public RootFileView {
    preamble = List.copyOf(preamble);
    locals = List.copyOf(locals);
    extras = List.copyOf(extras);
    footer = List.copyOf(footer);
  }

  /** A heredoc: its delimiter and its body, which ends with a newline. */
  public record Heredoc(String delimiter, String body) {}
}
