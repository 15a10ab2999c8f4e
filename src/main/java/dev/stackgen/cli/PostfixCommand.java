package dev.stackgen.cli;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.postfix.DmsContext;
import dev.stackgen.postfix.Effective;
import dev.stackgen.postfix.Finding;
import dev.stackgen.postfix.PostfixLint;
import dev.stackgen.postfix.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    String profile = line.getOptionValue("profile", PostfixOverlay.DEFAULT_PROFILE);
    if (!Profile.KNOWN.contains(profile)) {
      throw new UsageException("--profile " + profile + ": unknown (known: " + String.join(", ", Profile.KNOWN) + ")");
    }
    boolean verbose = line.hasOption("verbose");
    if (line.hasOption("file")) {
      Path file = Path.of(line.getOptionValue("file"));
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--file " + file + ": no such file");
      }
      DmsContext context = fileContext(line, profile).withMapTypes(mapTypes(line, file));
      String text = dev.stackgen.hcl.HclSource.decode(Files.readAllBytes(file), file.toString());
      if (args.get(0).equals("effective")) {
        Effective effective = context.effective(file.toString(), text);
        return print(ctx, line, effective, context) ? Main.OK : Main.ERROR;
      }
      List<Finding> findings = new dev.stackgen.postfix.PostfixLinter(context, verbose).lint(file.toString(), text);
      ctx.out().print(PostfixLint.format(findings));
      ctx.out().println(summary(findings));
      return PostfixLint.exitCode(findings);
    }
    for (String only : List.of("env", "startup", "master-file", "master-override", "map-type")) {
      if (line.hasOption(only)) {
        throw new UsageException("--" + only + " needs --file (a catalog overlay states env, master and"
            + " master_cf_append itself)");
      }
    }
    if (args.get(0).equals("lint")) {
      List<Finding> findings;
      try {
        findings = dev.stackgen.Stackgen.postfixLint(ctx.repo(),
            java.util.Optional.ofNullable(line.getOptionValue("stack")), verbose, ctx.err()::println);
      } catch (dev.stackgen.UnknownStackException e) {
        throw Main.unknownStack(e);
      }
      ctx.out().print(PostfixLint.format(findings));
      ctx.out().println(summary(findings));
      return PostfixLint.exitCode(findings);
    }
    Catalog catalog = ctx.unlintedCatalog();
    List<Stack> stacks = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      if (!s.overlays().isEmpty() && (!line.hasOption("stack") || s.name().equals(line.getOptionValue("stack")))) {
        stacks.add(s);
      }
    }
    if (line.hasOption("stack")) {
      Main.requireStack(catalog, line.getOptionValue("stack"));
    }
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
        DmsContext context = CatalogLint.context(o, o.file());
        if (!print(ctx, line, context.effective(o.file(), o.text().text()), context, overlayOrigins(ctx, catalog, s,
            o, line.hasOption("origins")))) {
          return Main.ERROR;
        }
      }
    }
    return Main.OK;
  }

  /**
   * How an origin of a catalog overlay is printed: an overlay line as the generated file's whole
   * repository-relative path and real line, with the catalog line that makes it; others as they are.
   */
  private static java.util.function.Function<Effective.Origin, String> overlayOrigins(Context ctx, Catalog catalog,
      Stack s, PostfixOverlay o, boolean wanted) {
    java.util.function.Function<Effective.Origin, String> plain = Effective.Origin::toString;
    if (!wanted) {
      return plain;
    }
    String path = catalog.settings().stackDir(s.name()) + o.file();
    int start;
    try {
      dev.stackgen.Stackgen sg = dev.stackgen.Stackgen.of(ctx.repo(), catalog);
      if (ctx.templatesDir() != null) {
        sg = sg.withTemplates(ctx.templatesDir());
      }
      start = sg.explain(path).map(e -> dev.stackgen.output.ExplainReport.heredocStart(e, o.variable())).orElse(0);
    } catch (Exception e) {
      start = 0;
    }
    int at = start;
    PostfixOverlay.Text text = o.text();
    return origin -> {
      if (!origin.overlay() || origin.line() == 0) {
        return origin.toString();
      }
      dev.stackgen.model.SourceRef src = text.sourceOf(origin.line());
      String catalogLine = src.line() > 0 ? " (catalog " + src.file() + ":" + src.line() + ")" : "";
      return (at > 0 ? path + ":" + (at + origin.line()) : path + " overlay line " + origin.line()) + catalogLine;
    };
  }

  private static boolean print(Context ctx, CommandLine line, Effective effective, DmsContext context) {
    return print(ctx, line, effective, context, Effective.Origin::toString);
  }

  /** Prints the effective files; false (after one line on stderr) when master.cf is asked for and postconf dies on it. */
  private static boolean print(Context ctx, CommandLine line, Effective effective, DmsContext context,
      java.util.function.Function<Effective.Origin, String> describe) {
    java.util.Optional<dev.stackgen.postfix.MasterCf.Problem> fatal = context.finalMaster().fatal();
    if (fatal.isPresent() && (line.hasOption("master") || line.hasOption("master-parameters"))) {
      // postconf -M/-P print nothing and exit 1 here: never print master.cf without the entry
      ctx.err().println(fatal.get().where() + ": postconf rejects this master.cf entry (fatal: " + fatal.get().message()
          + "), so there is no master.cf to print; see stackgen postfix lint");
      return false;
    }
    ctx.out().print(line.hasOption("origins") ? effective.renderWithOrigins(describe) : effective.render());
    if (line.hasOption("master")) {
      if (line.hasOption("origins")) {
        context.finalMaster().services().forEach(s -> ctx.out().print("# " + s.where() + "\n" + s.render() + "\n"));
      } else {
        ctx.out().print(context.finalMaster().render());
      }
    }
    if (line.hasOption("master-parameters")) {
      ctx.out().print(context.finalMaster().renderParameters());
    }
    return true;
  }

  private static DmsContext fileContext(CommandLine line, String profile) throws Exception {
    Optional<Map<String, String>> env = Optional.empty();
    if (line.hasOption("env") || line.hasOption("startup")) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String nv : line.getOptionValues("env") == null ? new String[0] : line.getOptionValues("env")) {
        int eq = nv.indexOf('=');
        if (eq <= 0) {
          throw new UsageException("--env " + nv + ": expected NAME=VALUE");
        }
        String name = nv.substring(0, eq);
        if (!dev.stackgen.postfix.DmsStartup.isKnown(name)) {
          String best = dev.stackgen.model.Suggestions.closest(name,
              new java.util.ArrayList<>(new java.util.TreeSet<>(dev.stackgen.model.DmsSetup.VARIABLES)),
              Math.max(2, name.length() / 4));
          throw new UsageException("--env " + name + ": not a docker-mailserver "
              + dev.stackgen.model.DmsSetup.DMS_VERSION
              + " variable" + (best == null ? "" : " (did you mean " + best + "?)"));
        }
        values.put(name, nv.substring(eq + 1));
      }
      env = Optional.of(values);
    }
    return DmsContext.of(Profile.load(profile), env, source(line, "master-override"), source(line, "master-file"));
  }

  /** {@code --map-type} values, then the types a {@code user-patches.sh} beside the file installs. */
  private static Map<String, String> mapTypes(CommandLine line, Path file) throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    for (String t : line.getOptionValues("map-type") == null ? new String[0] : line.getOptionValues("map-type")) {
      if (!t.matches("[a-z][a-z0-9]*")) {
        throw new UsageException("--map-type " + t
            + ": not a Postfix map type (as postconf -m lists them, e.g. pgsql)");
      }
      types.putIfAbsent(t, "--map-type " + t);
    }
    Path dir = file.toAbsolutePath().getParent();
    Path patches = dir == null ? null : dir.resolve("user-patches.sh");
    if (patches != null && Files.isRegularFile(patches)) {
      Path shown = file.getParent() == null ? Path.of("user-patches.sh") : file.getParent().resolve("user-patches.sh");
      DmsContext.mapTypesInstalledBy(shown.toString(),
          dev.stackgen.hcl.HclSource.decode(Files.readAllBytes(patches), patches.toString())).forEach(
              types::putIfAbsent);
    }
    return types;
  }

  private static Optional<DmsContext.Source> source(CommandLine line, String option) throws Exception {
    if (!line.hasOption(option)) {
      return Optional.empty();
    }
    Path p = Path.of(line.getOptionValue(option));
    if (!Files.isRegularFile(p)) {
      throw new UsageException("--" + option + " " + p + ": no such file");
    }
    return Optional.of(new DmsContext.Source(p.toString(),
        dev.stackgen.hcl.HclSource.decode(Files.readAllBytes(p), p.toString())));
  }

  static String summary(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
    long warnings = findings.stream().filter(f -> f.severity().name().equals("WARNING")).count();
    return "postfix lint: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning, " : " warnings, ") + (findings.size() - errors - warnings) + " info";
  }
}
