package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.SourceRef;
import java.util.Optional;

/**
 * Input stackgen cannot work with: a wrong catalog, a syntax error, a template that fails. The message
 * is one line, {@code file:line:col: what is wrong} where there is a position, which {@link #position()}
 * also gives.
 */
public class StackgenException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Optional<SourceRef> position;

  /** An error with its message, position (if known) and cause (may be null). */
  public StackgenException(String message, Optional<SourceRef> position, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  static StackgenException of(CatalogException e) {
    return new StackgenException(e.getMessage(), Optional.of(e.source()), e);
  }

  static StackgenException of(HclSyntaxException e) {
    return new StackgenException(e.getMessage(),
        Optional.of(new SourceRef(e.fileName(), e.line(), e.column())), e);
  }

  /**
   * One printable line saying what {@code failure} is, for a person: a {@link StackgenException}'s message
   * as it is when it has a position ({@code file:line:col: what is wrong}), else the message of its cause;
   * a missing file or a denied permission named as such; a run of more than 80 non-blank characters cut
   * to its first 60 and {@code ...}.
   */
  public static String describe(Throwable failure) {
    Throwable e = failure;
    if (e instanceof StackgenException s) {
      if (s.position().isPresent()) {
        return s.getMessage();
      }
      if (s.getCause() != null) {
        e = s.getCause();
      }
    }
    String message = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      message = "no such file: " + message;
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      message = "permission denied: " + message;
    } else if (e instanceof StackOverflowError) {
      message = "input nested too deeply";
    } else {
      message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
    return dev.stackgen.hcl.HclEscaper.oneLine(message);
  }

  /** True when {@link #describe} is a position and what is wrong there ({@code file:line:col: ...}). */
  public static boolean located(Throwable failure) {
    return failure instanceof StackgenException s && s.position().isPresent();
  }

  /** Where in which file the problem is, when it has a position. */
  public Optional<SourceRef> position() {
    return position;
  }
}
