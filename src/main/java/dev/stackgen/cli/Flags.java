package dev.stackgen.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/**
 * A parsed command line's options looked up exactly as {@link CommandLine#hasOption(String)}, {@link
 * CommandLine#getOptionValue(String)} and {@link CommandLine#getOptionValues(String)} look them up (the
 * first option given under that short or long name, then the values of every option equal to it), with a
 * loop instead of their stream and lambdas: on a cached {@code check} those lookups were the process's
 * only streams, and their first use cost ~4 % of its main thread (issue 23). None of stackgen's options
 * is deprecated, so commons-cli's deprecation handler, which these lookups would call, never runs.
 */
final class Flags {
  private Flags() {}

  /** The first option of {@code line} named {@code name} (short or long, without hyphens), or null. */
  private static Option find(CommandLine line, String name) {
    for (Option o : line.getOptions()) {
      if (name.equals(o.getOpt()) || name.equals(o.getLongOpt())) {
        return o;
      }
    }
    return null;
  }

  /** {@link CommandLine#hasOption(String)}. */
  static boolean has(CommandLine line, String name) {
    return find(line, name) != null;
  }

  /** {@link CommandLine#getOptionValues(String)}: null when the option is not given or has no value. */
  static String[] values(CommandLine line, String name) {
    Option option = find(line, name);
    if (option == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Option o : line.getOptions()) {
      if (o.equals(option)) {
        values.addAll(o.getValuesList());
      }
    }
    return values.isEmpty() ? null : values.toArray(new String[0]);
  }

  /** {@link CommandLine#getOptionValue(String)}: the first value, or null. */
  static String value(CommandLine line, String name) {
    String[] values = values(line, name);
    return values == null ? null : values[0];
  }

  /** {@link CommandLine#getOptionValue(String, String)}: the first value, or {@code otherwise}. */
  static String value(CommandLine line, String name, String otherwise) {
    String value = value(line, name);
    return value != null ? value : otherwise;
  }
}
