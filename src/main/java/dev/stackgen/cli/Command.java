package dev.stackgen.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One {@code stackgen} sub-command. */
interface Command {
  String name();

  /** Arguments after the options, for the usage line (e.g. {@code "FILE..."}). */
  default String arguments() {
    return "";
  }

  String summary();

  /** The command's own options; the common ones ({@code -C}, {@code --help}...) are added for it. */
  Options options();

  int run(CommandLine line, Context context) throws Exception;
}
