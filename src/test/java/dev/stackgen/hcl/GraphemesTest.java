package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphemesTest {
  static Stream<Arguments> clusters() {
    return Stream.of(
        Arguments.of("abc", 3),
        Arguments.of("é", 1),
        Arguments.of("e\u0301", 1),
        Arguments.of("日本", 2),
        Arguments.of("👍🏽", 1),
        Arguments.of("👨‍👩‍👧", 1),
        Arguments.of("👨‍👩c‍👧", 3),
        Arguments.of("🇫🇷🇩🇪", 2),
        Arguments.of("🇫🇷🇩", 2),
        Arguments.of("한국어", 3),
        Arguments.of("\u1100\u1161\u11A8", 1),
        Arguments.of("a\r\nb", 3),
        Arguments.of("a\tb", 3));
  }

  @ParameterizedTest
  @MethodSource("clusters")
  void countsClusters(String text, int expected) {
    assertThat(Graphemes.count(text)).isEqualTo(expected);
  }
}
