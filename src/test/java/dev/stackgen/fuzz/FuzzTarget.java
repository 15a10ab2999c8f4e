package dev.stackgen.fuzz;

import java.util.List;

/**
 * Something the fuzzer feeds bytes to. {@link #run} returns {@code null} when the input is
 * accepted or the single error line when it is rejected; it throws {@link AssertionError} when the
 * contract is broken, and any other exception escaping it is a bug in stackgen.
 */
public interface FuzzTarget {
  String name();

  /** Valid inputs to mutate. */
  List<byte[]> seeds();

  String run(byte[] input) throws Exception;

  /** The shape every error must have: one line {@code file:line:col: message}. */
  String ERROR_LINE = "^[^:\\n]+:\\d+:\\d+: .+$";

  /** An error line must stay readable: quoting a whole huge input is a bug. */
  int MAX_ERROR_LENGTH = 500;

  /** Fails unless {@code message} is one error line of the required shape. */
  static String requireErrorLine(String message) {
    if (message == null || !message.matches(ERROR_LINE) || message.contains("\r")
        || message.contains("\n")) {
      throw new AssertionError("error is not one line file:line:col: message: <" + message + ">");
    }
    if (message.length() > MAX_ERROR_LENGTH) {
      throw new AssertionError("error line longer than " + MAX_ERROR_LENGTH + " characters: <"
          + message.substring(0, 300) + "...>");
    }
    return message;
  }
}
