package dev.stackgen.cli;

import java.util.List;

/**
 * A {@code check} command line of the few words the pre-commit hook and everyday use give it
 * ({@code --staged}, {@code --diff}, {@code -C DIR} or {@code --directory DIR}, each at most once, DIR
 * not starting with {@code -}), read without commons-cli: its parser links the process's first lambda
 * (its {@code CommandLine.Builder} set-up), which on a cached check was ~13 % of the main thread (the
 * JDK's method-handle machinery run in the interpreter; docs/speed.md). Anything else, spellings such
 * as {@code --directory=DIR} or {@code -CDIR} included, is read by commons-cli as before; for the words
 * accepted here both readings mean the same ({@code SimpleCheckTest} runs both).
 */
record SimpleCheck(CheckCommand.Args args, String directory) implements Main.Invocation {
  /** The check {@code rest} (the words after {@code check}) asks for, or null when it is not this simple. */
  static SimpleCheck of(String[] rest) {
    boolean staged = false;
    boolean diff = false;
    String directory = null;
    for (int i = 0; i < rest.length; i++) {
      String a = rest[i];
      if (a.equals("--staged") && !staged) {
        staged = true;
      } else if (a.equals("--diff") && !diff) {
        diff = true;
      } else if ((a.equals("-C") || a.equals("--directory")) && directory == null && i + 1 < rest.length
          && !rest[i + 1].isEmpty() && !rest[i + 1].startsWith("-")) {
        directory = rest[++i];
      } else {
        return null;
      }
    }
    return new SimpleCheck(new CheckCommand.Args(staged, diff, false, List.of()), directory);
  }

  @Override
  public int run(Context ctx) throws Exception {
    return CheckCommand.run(args, ctx);
  }
}
