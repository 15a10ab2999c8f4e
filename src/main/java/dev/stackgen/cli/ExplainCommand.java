package dev.stackgen.cli;

import dev.stackgen.Stackgen;
import dev.stackgen.model.Suggestions;
import dev.stackgen.output.ExplainReport;
import dev.stackgen.render.Explainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen explain FILE[:LINE]}: the catalog line (and template line) behind generated lines. */
final class ExplainCommand implements Command {
  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String arguments() {
    return "FILE[:LINE]";
  }

  @Override
  public String summary() {
    return "show the catalog line (and template line) that made a line of a generated file";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("format").hasArg().argName("text|json")
            .desc("output format (default text)").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1) {
      throw new UsageException(args.isEmpty() ? "needs FILE or FILE:LINE" : "unexpected argument: " + args.get(1));
    }
    String format = line.getOptionValue("format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not " + format);
    }
    String arg = args.get(0);
    int lineNumber = 0;
    int colon = arg.lastIndexOf(':');
    if (colon > 0 && arg.substring(colon + 1).matches("[0-9]+")) {
      lineNumber = Integer.parseInt(arg.substring(colon + 1));
      arg = arg.substring(0, colon);
    }
    Stackgen sg = ctx.stackgen();
    if (ctx.templatesDir() != null) {
      sg = sg.withTemplates(ctx.templatesDir());
    }
    Map<String, Explainer.Explanation> all = sg.explain();
    String path = repoPath(ctx, arg);
    Explainer.Explanation e = all.get(path);
    if (e == null) {
      String near = Suggestions.didYouMean(path, all.keySet());
      throw new UsageException(path + " is not a file stackgen generates"
          + (near == null ? "" : "; did you mean " + near + "?"));
    }
    List<Explainer.Origin> lines = e.lines();
    if (lineNumber != 0) {
      if (lineNumber < 1 || lineNumber > lines.size()) {
        throw new UsageException(path + " has " + lines.size() + " lines, not " + lineNumber);
      }
      lines = List.of(lines.get(lineNumber - 1));
    }
    ctx.out().print(format.equals("json") ? ExplainReport.json(e, lines) : ExplainReport.text(e, lines));
    return Main.OK;
  }

  /** {@code arg} relative to the repository: as given from the current folder when inside it, else as given. */
  private static String repoPath(Context ctx, String arg) {
    Path p = ctx.start().resolve(arg).toAbsolutePath().normalize();
    if (p.startsWith(ctx.repo())) {
      return ctx.repo().relativize(p).toString().replace('\\', '/');
    }
    return arg.replace('\\', '/');
  }
}
