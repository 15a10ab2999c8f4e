package dev.stackgen.postfix;

import java.io.IOException;
import dev.stackgen.hcl.HclSource;
import dev.stackgen.hcl.HclSyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Entry points for the CLI: lint a main.cf fragment file, format findings, pick the exit code. */
public final class PostfixLint {

  private PostfixLint() {}

  /**
   * Lints a plain main.cf fragment with a shipped profile; findings name the file as given.
   *
   * @throws HclSyntaxException {@code file:line:col} of the first byte that is not UTF-8
   */
  public static List<Finding> lintFragment(Path file, String profile) throws IOException, HclSyntaxException {
    String text = HclSource.decode(Files.readAllBytes(file), file.toString());
    return new PostfixLinter(Profile.load(profile)).lint(file.toString(), text);
  }

  /**
   * The main.cf docker-mailserver ends up with after appending {@code overlayText}, as {@code postconf -n}
   * prints it (empty when postconf would fail); with {@code origins} each line is preceded by
   * {@code # file:line}.
   */
  public static String effective(String overlayFile, String overlayText, String profile, boolean origins) {
    Effective e = Effective.merge(Profile.load(profile), overlayFile, overlayText);
    return origins ? e.renderWithOrigins() : e.render();
  }

  /** One {@code file:line: severity: [rule-id] message} line per finding, each ending in a newline. */
  public static String format(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    findings.forEach(f -> sb.append(f.format()).append('\n'));
    return sb.toString();
  }

  /** 1 when any finding is an error, else 0. */
  public static int exitCode(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }
}
