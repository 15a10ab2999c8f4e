package dev.stackgen.cli;

import dev.stackgen.InvalidRequestException;
import dev.stackgen.Stackgen;
import dev.stackgen.StackgenException;
import dev.stackgen.UnknownStackException;
import dev.stackgen.model.Suggestions;
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

/**
 * Command-line entry point; all logic lives in {@link #run}, which returns the exit code. Every command
 * parses its options, makes one call on {@link Stackgen} and prints the result; the exit codes are here:
 * a command returns {@link #OK} or {@link #FINDINGS} from what it printed, and every failure becomes
 * {@link #ERROR} with one line on stderr in {@link #run} (a usage error, an {@link InvalidRequestException}
 * or an {@link UnknownStackException} with a pointer to the command's {@code --help}; anything else
 * through {@link #failed}).
 */
public final class Main {
  /** Exit code for success or a clean check. */
  public static final int OK = 0;
  /** Exit code for drift, lint errors, unformatted files. */
  public static final int FINDINGS = 1;
  /** Exit code for bad input or usage, with one line on stderr. */
  public static final int ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    quietFreeMarker();
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * FreeMarker logs nowhere in stackgen's own process (unless {@code -Dorg.freemarker.loggerLibrary} says
   * otherwise): stackgen reports template errors itself, and FreeMarker's only other message, a failed
   * {@code [#attempt]} that its {@code [#recover]} handled, printed a dated Java stack trace per file on
   * standard error through {@code java.util.logging}. Setting up that logging cost ~10 ms of CPU in every
   * run that renders (issue 23). Before any FreeMarker class is loaded: its choice is made once.
   */
  static void quietFreeMarker() {
    if (System.getProperty(FREEMARKER_LOGGER) == null) {
      System.setProperty(FREEMARKER_LOGGER, "none");
    }
  }

  /** FreeMarker's {@code Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY} (named here: its class must not load yet). */
  static final String FREEMARKER_LOGGER = "org.freemarker.loggerLibrary";

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
      out.println("stackgen " + version() + " (commit " + Stackgen.commit() + ")");
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
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    SimpleCheck simple = command instanceof CheckCommand ? SimpleCheck.of(rest) : null;
    if (simple != null) {
      // the pre-commit hook's and the everyday command lines, read without commons-cli (SimpleCheck)
      return execute(name, command, simple, simple.directory(), null, base, false, in, out, err);
    }
    Options options = withCommonOptions(command.options());
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
    return execute(name, command, new Parsed(command, line), line.getOptionValue("directory"),
        line.getOptionValue("templates"), base, debug, in, out, err);
  }

  /** How a command runs once its context is known: from its parsed command line, or a simple check. */
  interface Invocation {
    int run(Context ctx) throws Exception;
  }

  /** A command with the command line commons-cli parsed for it. */
  private record Parsed(Command command, CommandLine line) implements Invocation {
    @Override
    public int run(Context ctx) throws Exception {
      return command.run(line, ctx);
    }
  }

  /**
   * Resolves the folders of a run ({@code directory}: the command's {@code -C DIR}, or null; {@code
   * templatesFlag}: {@code --templates DIR}, or null), runs it and turns its failures into messages
   * and exit codes.
   */
  private static int execute(String name, Command command, Invocation invocation, String directory,
      String templatesFlag, Path base, boolean debug, InputStream in, PrintStream out, PrintStream err) {
    try {
      Path dir = Path.of(directory == null ? "." : directory);
      Path start = (base == null ? dir : base.resolve(dir)).toAbsolutePath().normalize();
      if (!Files.isDirectory(start)) {
        throw new UsageException("-C " + directory + ": not a directory");
      }
      Path repo = Stackgen.discover(start).orElse(start);
      String flag = templatesFlag;
      if (flag != null && base != null && !Path.of(flag).isAbsolute()) {
        flag = base.resolve(flag).toString();
      }
      Path templates = List.of("fmt", "completion", "lsp").contains(command.name()) ? null
          : Context.templatesFor(repo, flag);
      return invocation.run(new Context(out, err, in, repo, start, templates));
    } catch (UnknownStackException e) {
      return usage(name, "--stack " + e.stack() + ": no such stack in the catalog"
          + e.suggestion().map(near -> "; did you mean " + near + "?").orElse(""), err);
    } catch (UsageException | InvalidRequestException e) {
      return usage(name, e.getMessage(), err);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return failed(name, e, debug, err);
    }
  }

  /** A usage error of command {@code name}: one line with a pointer to its help; {@link #ERROR}. */
  private static int usage(String name, String message, PrintStream err) {
    err.println("stackgen " + name + ": " + message + " (see stackgen " + name + " --help)");
    return ERROR;
  }

  /**
   * The one line (and with {@code --debug} the stack trace) for a command that failed, and its exit
   * code: an error at a position in the input as it is ({@code file:line:col: what is wrong}), anything
   * else after {@code stackgen NAME: } ({@link StackgenException#describe}).
   */
  static int failed(String name, Throwable e, boolean debug, PrintStream err) {
    err.println(StackgenException.located(e) ? e.getMessage() : "stackgen " + name + ": " + StackgenException.describe(
        e));
    if (debug) {
      Throwable shown = e instanceof StackgenException s && s.getCause() != null ? s.getCause() : e;
      StringWriter trace = new StringWriter();
      shown.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    return ERROR;
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
    return Stackgen.version();
  }
}
