package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {
  /** The rule as the catalog documents it; isStackName checks it with a loop. */
  private static final Pattern STACK = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  @Test
  void stackNameIsTheDocumentedPatternExactly() {
    String alphabet = "az09._-/A Zé\u0000\n";
    Random random = new Random(20261201L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      boolean expected = STACK.matcher(s).matches() && !s.equals(".") && !s.equals("..");
      assertThat(Names.isStackName(s)).as("'%s'", s).isEqualTo(expected);
    }
    assertThat(Names.isStackName(null)).isFalse();
    assertThat(Names.isStackName("")).isFalse();
    assertThat(Names.isStackName("mysql")).isTrue();
    assertThat(Names.isStackName(".hidden")).isFalse();
    assertThat(Names.isStackName("a..b")).isTrue();
  }

  @Test
  void stackPaths() {
    assertThat(Names.isStackPath("prod/us-east-1/mysql")).isTrue();
    assertThat(Names.isStackPath("prod//mysql")).isFalse();
    assertThat(Names.isStackPath("prod/../mysql")).isFalse();
    assertThat(Names.isStackPath("/mysql")).isFalse();
    assertThat(Names.isStackPath("mysql/")).isFalse();
  }
}
