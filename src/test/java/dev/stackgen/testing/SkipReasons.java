package dev.stackgen.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints on the console why a test was skipped (an absent oracle, no git...), so a skip is seen in
 * the build log and not only in target/surefire-reports. Registered for every test through
 * META-INF/services and junit-platform.properties.
 */
public final class SkipReasons implements TestWatcher {

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    String reason = cause == null || cause.getMessage() == null ? "aborted" : cause.getMessage();
    print(context, reason.replaceFirst("^Assumption failed: ", ""));
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    print(context, reason.orElse("disabled"));
  }

  /** The console line for a skipped test: {@code SKIPPED Class.method: reason}. */
  static String line(String test, String reason) {
    return "SKIPPED " + test + ": " + reason.lines().findFirst().orElse("");
  }

  private static void print(ExtensionContext context, String reason) {
    String test = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    System.err.println(line(test, reason));
  }
}
