package dev.stackgen.cli;

import java.util.List;
import java.util.Map;

/** Examples that {@code stackgen <command> --help} prints, at least one per command (a test holds every command to it). */
final class HelpExamples {
  private HelpExamples() {}

  private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
      Map.entry("generate", List.of(
          "stackgen generate                      # write what is missing or stale",
          "stackgen generate --dry-run --prune    # show what would be written and removed",
          "stackgen generate --stack webmail      # only the webmail stack (and the root file)")),
      Map.entry("check", List.of(
          "stackgen check                         # exit 1 on drift (the pre-commit hook)",
          "stackgen check --diff                  # with unified diffs, for CI logs",
          "stackgen check --format json > drift.json")),
      Map.entry("explain", List.of(
          "stackgen explain stacks/webmail/terragrunt.hcl:12   # the catalog line that made line 12",
          "stackgen explain stacks/webmail/main.tf --format json")),
      Map.entry("new", List.of(
          "stackgen new grafana --tier aux --depends-on platform,monitoring",
          "stackgen new mailer --kind module --dry-run")),
      Map.entry("changed", List.of(
          "stackgen changed --since origin/main   # stacks to apply in this merge request",
          "stackgen changed --since HEAD~1 --all-on-root")),
      Map.entry("graph", List.of(
          "stackgen graph                         # apply order in waves",
          "stackgen graph --format mermaid > graph.mmd",
          "stackgen graph --stack webmail --dependents --format order")),
      Map.entry("postfix", List.of(
          "stackgen postfix lint                  # every postfix_overlay of the catalog",
          "stackgen postfix lint --file main.cf.fragment --profile dms-15",
          "stackgen postfix effective --stack mailserver --origins")),
      Map.entry("fmt", List.of(
          "stackgen fmt stacks/                   # format every .hcl and .tf file below stacks/",
          "stackgen fmt --check --diff terragrunt.hcl",
          "cat file.hcl | stackgen fmt -")),
      Map.entry("import", List.of(
          "stackgen import                        # write stackgen.hcl from the repository's files",
          "stackgen import --stacks-dir live --out stackgen.hcl --force")),
      Map.entry("migrate", List.of(
          "stackgen migrate root-hcl --dry-run    # what renaming terragrunt.hcl to root.hcl would change",
          "stackgen migrate root-hcl")),
      Map.entry("lsp", List.of(
          "stackgen lsp                           # what an editor starts (docs/lsp.md has the set-up)")),
      Map.entry("completion", List.of(
          "source <(stackgen completion bash)     # in ~/.bashrc",
          "stackgen completion zsh > \"${fpath[1]}/_stackgen\"",
          "stackgen completion fish > ~/.config/fish/completions/stackgen.fish")));

  /** The examples of a command (empty for a command without any, which the tests do not allow). */
  static List<String> of(String command) {
    return EXAMPLES.getOrDefault(command, List.of());
  }
}
