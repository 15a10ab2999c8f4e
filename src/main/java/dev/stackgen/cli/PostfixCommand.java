package dev.stackgen.cli;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.postfix.Effective;
import dev.stackgen.postfix.Finding;
import dev.stackgen.postfix.PostfixLint;
import dev.stackgen.postfix.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code stackgen postfix lint|effective}: the Postfix overlay checks and docker-mailserver's merge. */
final class PostfixCommand implements Command {
  @Override
  public String name() {
    return "postfix";
  }

  @Override
  public String arguments() {
    return "lint|effective";
  }

  @Override
  public String summary() {
    return "lint the Postfix main.cf overlays, or print the main.cf docker-mailserver ends up with";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("profile").hasArg().argName("NAME")
            .desc("lint profile for --file (default dms-15)").get())
        .addOption(Option.builder().longOpt("file").hasArg().argName("MAIN_CF_FRAGMENT")
            .desc("lint a plain main.cf fragment instead of the catalog's overlays").get())
        .addOption(Option.builder().longOpt("stack").hasArg().argName("NAME")
            .desc("only this stack's overlays").get())
        .addOption(Option.builder().longOpt("origins")
            .desc("with effective: show where each value comes from").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1 || !List.of("lint", "effective").contains(args.get(0))) {
      throw new UsageException("expected lint or effective");
    }
    String profile = line.getOptionValue("profile", PostfixOverlay.DEFAULT_PROFILE);
    if (!Profile.KNOWN.contains(profile)) {
      throw new UsageException("--profile " + profile + ": unknown (known: " + String.join(", ", Profile.KNOWN) + ")");
    }
    if (args.get(0).equals("lint") && line.hasOption("file")) {
      Path file = Path.of(line.getOptionValue("file"));
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--file " + file + ": no such file");
      }
      List<Finding> findings = PostfixLint.lintFragment(file, profile);
      ctx.out().print(PostfixLint.format(findings));
      ctx.out().println(summary(findings));
      return PostfixLint.exitCode(findings);
    }
    Catalog catalog = ctx.catalog();
    List<Stack> stacks = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      if (!s.overlays().isEmpty() && (!line.hasOption("stack") || s.name().equals(line.getOptionValue("stack")))) {
        stacks.add(s);
      }
    }
    if (line.hasOption("stack")) {
      Main.requireStack(catalog, line.getOptionValue("stack"));
    }
    if (args.get(0).equals("effective")) {
      int overlays = stacks.stream().mapToInt(s -> s.overlays().size()).sum();
      if (overlays == 0) {
        List<String> with = catalog.stacks().stream().filter(s -> !s.overlays().isEmpty()).map(Stack::name).toList();
        String which = with.isEmpty() ? "the catalog has no postfix_overlay"
            : "stack \"" + line.getOptionValue("stack") + "\" has no postfix_overlay (stacks with one: "
                + String.join(", ", with) + ")";
        ctx.err().println("stackgen postfix effective: " + which);
        return Main.ERROR;
      }
      for (Stack s : stacks) {
        for (PostfixOverlay o : s.overlays()) {
          if (overlays > 1) {
            ctx.out().println("# " + s.name() + ": " + o.file() + " variable \"" + o.variable() + "\"");
          }
          Effective effective = CatalogLint.effective(o);
          ctx.out().print(line.hasOption("origins") ? effective.renderWithOrigins() : effective.render());
        }
      }
      return Main.OK;
    }
    List<Finding> findings = new ArrayList<>();
    for (Stack s : stacks) {
      for (PostfixOverlay o : s.overlays()) {
        findings.addAll(CatalogLint.lint(s, o));
      }
    }
    findings.sort(Finding.ORDER);
    ctx.out().print(PostfixLint.format(findings));
    ctx.out().println(summary(findings));
    return PostfixLint.exitCode(findings);
  }

  static String summary(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
    long warnings = findings.stream().filter(f -> f.severity().name().equals("WARNING")).count();
    return "postfix lint: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning, " : " warnings, ") + (findings.size() - errors - warnings) + " info";
  }
}
