package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code root-terragrunt.hcl.ftl}; heredoc bodies arrive already canonical. {@code stacks}
 * are all stacks in catalog order, {@code settings} the catalog's settings.
 */
public record RootFileView(
    List<String> preamble,
    String tier0Stacks,
    List<String> locals,
    String localStatePath,
    String pgConnStr,
    Heredoc tiersTf,
    Heredoc providersTf,
    List<ItemView> extras,
    List<String> footer,
    List<StackInfo> stacks,
    Settings settings) {
  public RootFileView {
    preamble = List.copyOf(preamble);
    locals = List.copyOf(locals);
    extras = List.copyOf(extras);
    footer = List.copyOf(footer);
    stacks = stacks instanceof StackInfos ? stacks : List.copyOf(stacks); // StackInfos: unmodifiable, made on demand
  }

  /** A heredoc: its delimiter and its body, which ends with a newline. */
  public record Heredoc(String delimiter, String body) {}
}
