package dev.stackgen.cli;

import dev.stackgen.RunOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.output.DriftReport;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen check}: never writes; reports drift with exit 1. */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "report stale, missing, orphaned and hand-written files (writes nothing)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("diff").desc("show a unified diff for each stale file").get())
        .addOption(Option.builder().longOpt("staged")
            .desc("check the git index (what the next commit contains) instead of the working tree;"
                + " what the pre-commit hook runs").get())
        .addOption(Option.builder().longOpt("format").hasArg().argName("text|json")
            .desc("output format (default text)").get())
        .addOption(Option.builder().longOpt("stack").hasArg().argName("NAME")
            .desc("only the files of stack NAME (repeatable)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    String format = line.getOptionValue("format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not " + format);
    }
    return run(new Args(line.hasOption("staged"), line.hasOption("diff"), format.equals("json"),
        line.hasOption("stack") ? List.of(line.getOptionValues("stack")) : List.of()), ctx);
  }

  /** What a check was asked for, read from a command line. */
  record Args(boolean staged, boolean diff, boolean json, List<String> stacks) {}

  /** Runs the check {@code a} asks for. */
  static int run(Args a, Context ctx) throws Exception {
    RunOptions options = ctx.runOptions().stacks(a.stacks()).staged(a.staged()).build();
    Stackgen.Check check = Stackgen.check(ctx.repo(), options);
    DriftReport.Advice advice = ctx.advice();
    DriftReport report = check.report(a.staged() ? advice.staged(check.gitPrefix()) : advice);
    ctx.out().print(a.json() ? report.json() : report.text(a.diff()));
    return report.hasDrift() ? Main.FINDINGS : Main.OK;
  }
}
