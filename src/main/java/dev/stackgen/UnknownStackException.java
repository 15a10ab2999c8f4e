package dev.stackgen;

import java.util.Optional;

/** A stack named in {@link RunOptions#stacks()} that the catalog does not have, with the nearest name it has. */
public final class UnknownStackException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  private final String stack;
  private final String suggestion;

  UnknownStackException(String stack, String suggestion) {
    super("no such stack in the catalog: " + stack + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
    this.stack = stack;
    this.suggestion = suggestion;
  }

  /** The name asked for. */
  public String stack() {
    return stack;
  }

  /** The catalog's nearest stack name, if one is near. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
