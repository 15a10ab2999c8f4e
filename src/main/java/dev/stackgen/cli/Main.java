package dev.stackgen.cli;

import dev.stackgen.StackgenException;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Suggestions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclSyntaxException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Command-line entry point; all logic lives in {@link #run}, which returns the exit code. */
public final class Main {
  /** Exit code for success or a clean check. */
  public static final int OK = 0;
  /** Exit code for drift, lint errors, unformatted files. */
  public static final int FINDINGS = 1;
  /** Exit code for bad input or usage, with one line on stderr. */
  public static final int ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs stackgen with the given arguments (standard input is {@code System.in}). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** Runs stackgen with the given arguments and streams and returns the process exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    // -C DIR may come before the command too (stackgen -C repo check), as with git.
    Path base = null;
    int first = 0;
    while (first < args.length) {
      String a = args[first];
      String dir = null;
      int used = 1;
      if ((a.equals("-C") || a.equals("--directory")) && first + 1 < args.length) {
        dir = args[first + 1];
        used = 2;
      } else if (a.startsWith("--directory=")) {
        dir = a.substring("--directory=".length());
      } else if (a.startsWith("-C") && a.length() > 2) {
        dir = a.substring(2);
      } else if (a.equals("-C") || a.equals("--directory")) {
        err.println("stackgen: " + a + " needs a directory (stackgen -C DIR <command>)");
        return ERROR;
      }
      if (dir == null) {
        break;
      }
      base = (base == null ? Path.of(dir) : base.resolve(dir));
      first += used;
    }
    args = Arrays.copyOfRange(args, first, args.length);
    if (base != null && !Files.isDirectory(base)) {
      err.println("stackgen: -C " + base + ": not a directory");
      return ERROR;
    }
    if (args.length == 0) {
      err.print(usage(commands()));
      return ERROR;
    }
    String name = args[0];
    if (name.equals("--version") || name.equals("version")) {
      out.println("stackgen " + version() + " (commit " + dev.stackgen.Stackgen.commit() + ")");
      return OK;
    }
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      out.print(usage(commands()));
      return OK;
    }
    // only the command run is created (each command class loaded costs start-up time)
    Command command = command(name);
    if (command == null) {
      Map<String, Command> commands = commands();
      String near = Suggestions.didYouMean(name, commands.keySet());
      err.println("stackgen: unknown command '" + name + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
          + " (commands: " + String.join(", ", commands.keySet()) + "; see stackgen --help)");
      return ERROR;
    }
    Options options = withCommonOptions(command.options());
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    boolean debug = Arrays.asList(rest).contains("--debug");
    CommandLine line;
    try {
      line = DefaultParser.builder().setStripLeadingAndTrailingQuotes(false).build().parse(options, rest);
    } catch (ParseException e) {
      String hint = "";
      if (e instanceof UnrecognizedOptionException u) {
        List<String> known = new java.util.ArrayList<>();
        for (Option o : options.getOptions()) {
          if (o.getLongOpt() != null) {
            known.add("--" + o.getLongOpt());
          }
        }
        String option = u.getOption().contains("=") ? u.getOption().substring(0, u.getOption().indexOf('='))
            : u.getOption();
        String near = Suggestions.didYouMean(option, known);
        hint = near == null ? "" : "; did you mean " + near + "?";
      }
      err.println("stackgen " + name + ": " + e.getMessage() + hint + " (see stackgen " + name + " --help)");
      return ERROR;
    }
    if (line.hasOption("help")) {
      out.print(help(command, options));
      return OK;
    }
    try {
      Path dir = Path.of(line.getOptionValue("directory", "."));
      Path start = (base == null ? dir : base.resolve(dir)).toAbsolutePath().normalize();
      if (!Files.isDirectory(start)) {
        throw new UsageException("-C " + line.getOptionValue("directory") + ": not a directory");
      }
      Path repo = CatalogReader.discover(start).orElse(start);
      String flag = line.getOptionValue("templates");
      if (flag != null && base != null && !Path.of(flag).isAbsolute()) {
        flag = base.resolve(flag).toString();
      }
      Path templates = List.of("fmt", "completion", "lsp").contains(command.name()) ? null
          : Context.templatesFor(repo, flag);
      return command.run(line, new Context(out, err, in, repo, start, templates));
    } catch (UsageException e) {
      err.println("stackgen " + name + ": " + e.getMessage() + " (see stackgen " + name + " --help)");
      return ERROR;
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return failed(name, e, debug, err);
    }
  }

  /**
   * The one line (and with {@code --debug} the stack trace) for a command that failed, and its exit
   * code: a catalog or syntax error as it is ({@code file:line:col: what is wrong}), anything else
   * after {@code stackgen NAME: }. A {@link StackgenException} from the library is reported as its
   * cause, when it has one.
   */
  static int failed(String name, Throwable e, boolean debug, PrintStream err) {
    if (e instanceof StackgenException s && s.getCause() != null) {
      e = s.getCause();
    }
    if (e instanceof CatalogException || e instanceof HclSyntaxException) {
      err.println(e.getMessage());
    } else {
      err.println(HclEscaper.oneLine("stackgen " + name + ": " + describe(e)));
    }
    debug(debug, e, err);
    return ERROR;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + message;
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + message;
    }
    if (e instanceof StackOverflowError) {
      return "input nested too deeply";
    }
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  private static void debug(boolean debug, Throwable e, PrintStream err) {
    if (debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
  }

  /** Fails unless the catalog has the stack {@code name} given with --stack (suggesting the nearest name). */
  static void requireStack(dev.stackgen.model.Catalog catalog, String name) throws UsageException {
    if (catalog.stack(name).isEmpty()) {
      String near = Suggestions.didYouMean(name, catalog.stacks().stream().map(s -> s.name()).toList());
      throw new UsageException("--stack " + name + ": no such stack in the catalog"
          + (near == null ? "" : "; did you mean " + near + "?"));
    }
  }

  /** The usage error for a {@code --stack NAME} the catalog does not have (suggesting the nearest name). */
  static UsageException unknownStack(dev.stackgen.UnknownStackException e) {
    return new UsageException("--stack " + e.stack() + ": no such stack in the catalog"
        + e.suggestion().map(near -> "; did you mean " + near + "?").orElse(""));
  }

  /** The command names, in the order usage and completion list them. */
  private static final List<String> NAMES = List.of("generate", "check", "explain", "new", "changed", "graph",
      "postfix", "fmt", "import", "migrate", "lsp", "completion");

  /** A new instance of the command {@code name}, or null when there is none. */
  static Command command(String name) {
    return switch (name) {
      case "generate" -> new GenerateCommand();
      case "check" -> new CheckCommand();
      case "explain" -> new ExplainCommand();
      case "new" -> new NewCommand();
      case "changed" -> new ChangedCommand();
      case "graph" -> new GraphCommand();
      case "postfix" -> new PostfixCommand();
      case "fmt" -> new FmtCommand();
      case "import" -> new ImportCommand();
      case "migrate" -> new MigrateCommand();
      case "lsp" -> new LspCommand();
      case "completion" -> new CompletionCommand();
      case CompleteCommand.NAME -> new CompleteCommand(); // hidden: not in NAMES, usage or completion
      default -> null;
    };
  }

  static Map<String, Command> commands() {
    Map<String, Command> map = new LinkedHashMap<>();
    for (String name : NAMES) {
      Command c = command(name);
      if (!c.name().equals(name)) {
        throw new IllegalStateException("command " + name + " calls itself " + c.name());
      }
      map.put(name, c);
    }
    return map;
  }

  static Options withCommonOptions(Options own) {
    Options options = new Options();
    for (Option o : own.getOptions()) {
      options.addOption(o);
    }
    options.addOption(Option.builder("C").longOpt("directory").hasArg().argName("DIR")
        .desc("run as if started in DIR (the repository is the nearest folder at or above it holding"
            + " stackgen.hcl); may also come before the command").get());
    options.addOption(Option.builder().longOpt("templates").hasArg().argName("DIR")
        .desc("use templates from DIR where it has them").get());
    options.addOption(Option.builder().longOpt("debug").desc("print stack traces on errors").get());
    options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    return options;
  }

  private static String usage(Map<String, Command> commands) {
    StringBuilder b = new StringBuilder("usage: stackgen <command> [options]\n\ncommands:\n");
    commands.values().forEach(c -> b.append(String.format("  %-10s %s%n", c.name(), c.summary())));
    b.append("\nstackgen <command> --help shows a command's options; stackgen --version its version.\n");
    return b.toString().replace("\r", "");
  }

  private static String help(Command command, Options options) {
    StringWriter w = new StringWriter();
    HelpFormatter f = HelpFormatter.builder().get();
    f.printHelp(new PrintWriter(w), 100, "stackgen " + command.name() + " [options] " + command.arguments(),
        command.summary(), options, 2, 2, null, false);
    StringBuilder b = new StringBuilder(w.toString().replace("\r", ""));
    b.append("examples:\n");
    for (String example : HelpExamples.of(command.name())) {
      b.append("  ").append(example).append('\n');
    }
    return b.toString();
  }

  static String version() {
    return dev.stackgen.Stackgen.version();
  }
}
