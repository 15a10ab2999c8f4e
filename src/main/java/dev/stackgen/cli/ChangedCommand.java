package dev.stackgen.cli;

import dev.stackgen.Stackgen;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code stackgen changed --since REV}: renders the catalog (and {@code --templates}) of REV and of
 * the working tree and prints the stacks whose owned files differ, one per line, sorted.
 */
final class ChangedCommand implements Command {
  @Override
  public String name() {
    return "changed";
  }

  @Override
  public String summary() {
    return "list the stacks whose generated files differ from git revision REV (for applying only those)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("since").hasArg().argName("REV")
            .desc("the git revision to compare with (commit, branch, tag, HEAD~1, origin/main...)").get())
        .addOption(Option.builder().longOpt("all-on-root")
            .desc("when the root terragrunt.hcl changed, list every stack (it affects them all)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    String since = line.getOptionValue("since");
    if (since == null) {
      throw new UsageException("--since REV is required");
    }
    Stackgen.Changed changed = Stackgen.changed(ctx.repo(), since, line.hasOption("all-on-root"),
        ctx.runOptions().build());
    for (String note : changed.notes()) {
      ctx.err().println("stackgen changed: note: " + note);
    }
    for (String s : changed.stacks()) {
      ctx.out().println(s);
    }
    return Main.OK;
  }
}
