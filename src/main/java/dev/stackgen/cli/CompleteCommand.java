package dev.stackgen.cli;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Tier;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code stackgen __complete stacks|tiers}: the names the completion scripts offer for {@code --stack},
 * {@code --depends-on} and {@code --tier}, one per line, from the catalog of the current folder (or
 * {@code -C DIR}). Hidden (not in usage or completion); prints nothing and exits 0 on any error, so a
 * shell never shows an error while completing.
 */
final class CompleteCommand implements Command {
  static final String NAME = "__complete";
  static final List<String> KINDS = List.of("stacks", "tiers");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String arguments() {
    return "stacks|tiers";
  }

  @Override
  public String summary() {
    return "names for shell completion (used by the completion scripts)";
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine line, Context ctx) {
    List<String> args = line.getArgList();
    if (args.size() != 1 || !KINDS.contains(args.get(0))) {
      return Main.OK;
    }
    try {
      if (CatalogReader.catalogFiles(ctx.repo()).isEmpty()) {
        return Main.OK;
      }
      // the schema and the model only: no lint, no reference check (nothing else is needed for names)
      Catalog catalog = CatalogReader.parse(CatalogReader.sources(ctx.repo()), java.util.Set.of(
          CatalogReader.POSTFIX_CHECK));
      StringBuilder b = new StringBuilder();
      if (args.get(0).equals("stacks")) {
        for (Stack s : catalog.stacks()) {
          b.append(s.name()).append('\n');
        }
      } else {
        for (Tier t : catalog.root().tiers()) {
          b.append(t.name()).append('\n');
        }
      }
      ctx.out().print(b);
    } catch (Exception | StackOverflowError e) {
      // nothing: a completion never prints an error
    }
    return Main.OK;
  }
}
