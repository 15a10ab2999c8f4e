package dev.stackgen.cli;

import dev.stackgen.PostfixEffective;
import dev.stackgen.PostfixOptions;
import dev.stackgen.Stackgen;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.postfix.Finding;
import dev.stackgen.postfix.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            .desc("with effective: show where each value comes from").get())
        .addOption(Option.builder().longOpt("env").hasArg().argName("NAME=VALUE")
            .desc("with --file: a docker-mailserver environment variable (repeatable); models its start-up,"
                + " unset variables at their defaults").get())
        .addOption(Option.builder().longOpt("startup")
            .desc("with --file: model docker-mailserver's start-up with its default environment").get())
        .addOption(Option.builder().longOpt("master-file").hasArg().argName("FILE")
            .desc("with --file: lines appended to master.cf (as a user-patches.sh does)").get())
        .addOption(Option.builder().longOpt("master-override").hasArg().argName("POSTFIX_MASTER_CF")
            .desc("with --file: docker-mailserver's postfix-master.cf (service/type/parameter = value)").get())
        .addOption(Option.builder().longOpt("map-type").hasArg().argName("TYPE")
            .desc("with --file: a map type the container installs beside the image's (repeatable, e.g. pgsql);"
                + " a user-patches.sh next to the file that runs apt-get install postfix-TYPE counts too").get())
        .addOption(Option.builder().longOpt("verbose")
            .desc("with lint: also info findings hidden by default (redundant-override)").get())
        .addOption(Option.builder().longOpt("master")
            .desc("with effective: print master.cf as postconf -M does (after main.cf)").get())
        .addOption(Option.builder().longOpt("master-parameters")
            .desc("with effective: print master.cf's -o settings as postconf -P does").get());
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 1 || !List.of("lint", "effective").contains(args.get(0))) {
      throw new UsageException("expected lint or effective");
    }
    boolean lint = args.get(0).equals("lint");
    if (line.hasOption("file")) {
      Path file = Path.of(line.getOptionValue("file"));
      PostfixOptions options = fileOptions(line);
      if (lint) {
        return printed(ctx, Stackgen.postfixLint(file, options));
      }
      return printed(ctx, line, Stackgen.postfixEffective(file, options));
    }
    String profile = line.getOptionValue("profile", PostfixOverlay.DEFAULT_PROFILE);
    if (!PostfixOverlay.PROFILES.contains(profile)) {
      throw new UsageException("--profile " + profile + ": unknown (known: " + String.join(", ",
          PostfixOverlay.PROFILES) + ")");
    }
    for (String only : List.of("env", "startup", "master-file", "master-override", "map-type")) {
      if (line.hasOption(only)) {
        throw new UsageException("--" + only + " needs --file (a catalog overlay states env, master and"
            + " master_cf_append itself)");
      }
    }
    Optional<String> stack = Optional.ofNullable(line.getOptionValue("stack"));
    if (lint) {
      return printed(ctx, Stackgen.postfixLint(ctx.repo(), stack, line.hasOption("verbose"), ctx.err()::println));
    }
    return printed(ctx, line, Stackgen.postfixEffective(ctx.repo(), stack, line.hasOption("origins"),
        ctx.runOptions().build()));
  }

  /** The findings, one line each, then the summary; exit 1 on any error finding. */
  private static int printed(Context ctx, List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    findings.forEach(f -> ctx.out().print(f.format() + "\n"));
    ctx.out().println("postfix lint: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning, " : " warnings, ") + (findings.size() - errors - warnings) + " info");
    return errors > 0 ? Main.FINDINGS : Main.OK;
  }

  /**
   * Each merged overlay (a header line above each when there are several), with master.cf when asked for;
   * exit 2 (after one line on stderr) when there is none, or master.cf is asked for and postconf dies on it.
   */
  private static int printed(Context ctx, CommandLine line, PostfixEffective effective) {
    if (effective.none().isPresent()) {
      ctx.err().println("stackgen postfix effective: " + effective.none().get());
      return Main.ERROR;
    }
    boolean master = line.hasOption("master");
    boolean parameters = line.hasOption("master-parameters");
    for (PostfixEffective.Overlay o : effective.overlays()) {
      if (effective.overlays().size() > 1) {
        ctx.out().println("# " + o.stack() + ": " + o.file() + " variable \"" + o.variable() + "\"");
      }
      if (o.masterFatal().isPresent() && (master || parameters)) {
        // postconf -M/-P print nothing and exit 1 here: never print master.cf without the entry
        ctx.err().println(o.masterFatal().get() + ", so there is no master.cf to print; see stackgen postfix lint");
        return Main.ERROR;
      }
      ctx.out().print(o.mainCf());
      if (master) {
        ctx.out().print(o.master());
      }
      if (parameters) {
        ctx.out().print(o.masterParameters());
      }
    }
    return Main.OK;
  }

  /** What {@code --file} runs with: the profile, the environment, master.cf changes, map types and flags. */
  private static PostfixOptions fileOptions(CommandLine line) throws UsageException {
    PostfixOptions.Builder options = PostfixOptions.builder()
        .profile(line.getOptionValue("profile", PostfixOverlay.DEFAULT_PROFILE))
        .verbose(line.hasOption("verbose"))
        .origins(line.hasOption("origins"));
    if (line.hasOption("env") || line.hasOption("startup")) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String nv : values(line, "env")) {
        int eq = nv.indexOf('=');
        if (eq <= 0) {
          throw new UsageException("--env " + nv + ": expected NAME=VALUE");
        }
        values.put(nv.substring(0, eq), nv.substring(eq + 1));
      }
      options.environment(values);
    }
    if (line.hasOption("master-override")) {
      options.masterOverride(Path.of(line.getOptionValue("master-override")));
    }
    if (line.hasOption("master-file")) {
      options.masterAppend(Path.of(line.getOptionValue("master-file")));
    }
    return options.mapTypes(values(line, "map-type")).build();
  }

  private static List<String> values(CommandLine line, String option) {
    String[] values = line.getOptionValues(option);
    return values == null ? List.of() : List.of(values);
  }
}
