package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostfixLintTest {

  @TempDir
  Path dir;

  @Test
  void lintsAFragmentFileAndFormatsFindings() throws Exception {
    Path file = dir.resolve("postfix-main.cf");
    Files.writeString(file, "smtpd_sasl_auth_only = yes\npostscreen_cache_map =\n");
    List<Finding> findings = PostfixLint.lintFragment(file, "dms-15");
    assertThat(PostfixLint.format(findings)).isEqualTo(file + ":1: error: [unknown-parameter] `smtpd_sasl_auth_only`"
        + " is not a Postfix 3.7.11 parameter (did you mean `smtpd_tls_auth_only`?); postconf -n drops it"
        + " (unused parameter)\n"
        + file + ":2: info: [postscreen-cache-disabled] empty `postscreen_cache_map` disables postscreen's cache:"
        + " every connection repeats the pregreet, DNSBL and protocol tests and passing clients are not"
        + " remembered for the *_ttl periods (fine at low volume)\n");
    assertThat(PostfixLint.exitCode(findings)).isEqualTo(1);
  }

  @Test
  void effectiveWithAndWithoutOrigins() {
    String plain = PostfixLint.effective("o.cf", "postscreen_cache_map =\n", "dms-15", false);
    assertThat(plain).contains("\npostscreen_cache_map =\n").doesNotContain("# o.cf");
    assertThat(PostfixLint.effective("o.cf", "postscreen_cache_map =\n", "dms-15", true))
        .contains("# o.cf:1\npostscreen_cache_map =\n");
    assertThat(PostfixLint.effective("o.cf", "broken\n", "dms-15", false)).isEmpty();
  }

  @Test
  void exitCodeIsZeroWithoutErrors() {
    assertThat(PostfixLint.exitCode(List.of(new Finding(Severity.WARNING, "f", 1, "r", "m"),
        new Finding(Severity.INFO, "f", 2, "r", "m")))).isZero();
    assertThat(PostfixLint.exitCode(List.of())).isZero();
    assertThat(PostfixLint.format(List.of())).isEmpty();
  }

  /** Found by FuzzTest: invalid UTF-8 printed "stackgen postfix: Input length = 1". */
  @Test
  void invalidUtf8IsAPositionedError() throws Exception {
    Path file = dir.resolve("main.cf");
    Files.write(file, new byte[] {'a', ' ', '=', ' ', 'b', '\n', 'c', ' ', '=', ' ', (byte) 0xc3, 0x28, '\n'});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostfixLint.lintFragment(file, "dms-15"))
        .isInstanceOf(dev.stackgen.hcl.HclSyntaxException.class)
        .hasMessage(file + ":2:5: invalid UTF-8 encoding at byte offset 10");
    dev.stackgen.testing.Run run = dev.stackgen.testing.Run.of("postfix", "lint", "--file", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(file + ":2:5: invalid UTF-8 encoding at byte offset 10\n");
  }
}
