package dev.stackgen.postfix;

import java.util.Comparator;
import java.util.Objects;

/**
 * One lint result: {@code file:line: severity: [rule-id] message}. Line 0 means the file as a whole.
 *
 * @param severity how serious it is
 * @param file the file name as given to the linter
 * @param line 1-based physical line of the logical line concerned, or 0
 * @param ruleId stable rule id (see RULES.md)
 * @param message one line: the reason and the fix
 */
public record Finding(Severity severity, String file, int line, String ruleId, String message) {

  /** Deterministic order: file, line, rule id, message, severity. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
      .thenComparingInt(Finding::line)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message)
      .thenComparing(Finding::severity);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    if (message.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("message must be one line: " + message);
    }
  }

  /**
   * The same finding in another file, {@code lineOffset} lines further down (for an overlay embedded in a
   * larger file, e.g. a heredoc starting after line {@code lineOffset}); line 0 stays 0.
   */
  public Finding relocate(String newFile, int lineOffset) {
    return new Finding(severity, newFile, line == 0 ? 0 : line + lineOffset, ruleId, message);
  }

  /** {@code file:line: severity: [rule-id] message}; {@code file: ...} when line is 0. */
  public String format() {
    String where = line == 0 ? file : file + ":" + line;
    return where + ": " + severity.label() + ": [" + ruleId + "] " + message;
  }
}
