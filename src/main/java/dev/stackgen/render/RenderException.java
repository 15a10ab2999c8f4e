package dev.stackgen.render;

/** A template could not be loaded or failed while rendering; the message names the place. */
public final class RenderException extends RuntimeException {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
