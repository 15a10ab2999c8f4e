package dev.stackgen.cli;

import dev.stackgen.Stackgen;
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
      StringBuilder b = new StringBuilder();
      Stackgen.completions(ctx.repo(), args.get(0)).forEach(name -> b.append(name).append('\n'));
      ctx.out().print(b);
    } catch (Exception | StackOverflowError e) {
      // nothing: a completion never prints an error
    }
    return Main.OK;
  }
}
