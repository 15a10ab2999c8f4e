package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The formatter measures the width of each aligned cell by grapheme clusters; ASCII text takes a fast
 * path ({@link Graphemes#count}) that must give the number the Unicode rules ({@link Graphemes#countUnicode})
 * give.
 */
class HclFormatterWidthTest {
  @Test
  void asciiFastPathAgreesOnEveryStringOfOneAndTwoChars() {
    for (char a = 0; a < 0x80; a++) {
      String one = String.valueOf(a);
      assertThat(Graphemes.count(one)).as("%04x", (int) a).isEqualTo(Graphemes.countUnicode(one)).isEqualTo(1);
      for (char b = 0; b < 0x80; b++) {
        String two = one + b;
        assertThat(Graphemes.count(two)).as("%04x %04x", (int) a, (int) b).isEqualTo(Graphemes.countUnicode(two));
      }
    }
  }

  @Test
  void asciiFastPathAgreesOnLongerStrings() {
    Random random = new Random(23);
    String common = "\r\n\t =\"#{}ab";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        s.append(random.nextBoolean() ? common.charAt(random.nextInt(common.length())) : (char) random.nextInt(0x80));
      }
      String text = s.toString();
      assertThat(Graphemes.count(text)).as("%s", text.chars().boxed().toList())
          .isEqualTo(Graphemes.countUnicode(text));
    }
  }

  @Test
  void carriageReturnLineFeedIsOneCluster() {
    assertThat(Graphemes.count("a\r\n\r\nb")).isEqualTo(4);
    assertThat(Graphemes.count("\r\r\n\n")).isEqualTo(3);
  }

  @Test
  void textBeyondAsciiTakesTheUnicodeRules() {
    assertThat(Graphemes.count("ab e\u0301")).isEqualTo(4);
    assertThat(Graphemes.count("x = \"日本\"")).isEqualTo(8);
  }

  @Test
  void alignsAsciiAndNonAsciiKeysByTheirWidth() {
    String formatted = HclFormatter.format("a = 1\nbbb = 2\nc\u0301c = 3\n");
    assertThat(formatted).isEqualTo("a   = 1\nbbb = 2\nc\u0301c  = 3\n");
  }
}
