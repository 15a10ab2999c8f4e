package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.HclCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HclFormatterTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("a=1", "a = 1"),
        Arguments.of("a=1   ", "a = 1   "),
        Arguments.of("\uFEFF", "   "),
        Arguments.of("\uFEFFa=1\n", "a = 1\n"),
        Arguments.of("a=1\nbbb  =  2\n\nc=3\n", "a   = 1\nbbb = 2\n\nc = 3\n"),
        Arguments.of("a=1 # x\nbbb=22 # y\n", "a   = 1  # x\nbbb = 22 # y\n"),
        Arguments.of("b{\nc=[1,2]\n}\n", "b {\n  c = [1, 2]\n}\n"),
        Arguments.of("\tx\t=\t1\t\r\n", "x = 1\r\n"),
        Arguments.of("a = <<EOT\n   keep ${ x }  \n  EOT\n", "a = <<EOT\n   keep ${x}  \n  EOT\n"),
        Arguments.of("a = !x\nb = - 1\nc = x - 1\nd = [-1]\n", "a = !x\nb = -1\nc = x - 1\nd = [-1]\n"),
        Arguments.of("v = { a : 1 }\n", "v = { a : 1 }\n"),
        Arguments.of("x = [for a in [1]: a]\n", "x = [for a in [1] : a]\n"),
        Arguments.of("s = \"%{ if a }${b}%{ endif }\"\n", "s = \"%{if a}${b}%{endif}\"\n"),
        Arguments.of("i = \"${ {a=1} }\"\n", "i = \"${ { a = 1 } }\"\n"),
        Arguments.of("f = provider :: p :: fn( x )\n", "f = provider::p::fn(x)\n"),
        Arguments.of("f = provider::p::fn(x)\n", "f = provider::p::fn(x)\n"),
        Arguments.of("e = \"👨‍👩‍👧\" # c\nab = 1 # d\n", "e  = \"👨‍👩‍👧\" # c\nab = 1   # d\n"),
        Arguments.of("}}}\n", "} } }\n"),
        Arguments.of("b { a = 1 }\nv \"x\" {}\n", "b { a = 1 }\nv \"x\" {}\n"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void formatsLikeHclwrite(String input, String expected) {
    assertThat(HclFormatter.format(input, "f.hcl")).isEqualTo(expected);
    assertThat(HclFormatter.isCanonical(expected)).isTrue();
  }

  @Test
  void isCanonical() {
    assertThat(HclFormatter.isCanonical("a = 1\n")).isTrue();
    assertThat(HclFormatter.isCanonical("a  = 1\n")).isFalse();
    assertThat(HclFormatter.isCanonical("a = 1\n", "f.hcl")).isTrue();
  }

  @Test
  void neverThrowsOnGarbage() {
    java.util.Random rnd = new java.util.Random(99);
    String alphabet = "{}[]()\"$%#/*\n\r\t =<>-.,:?!~\\aEOT1é😀";
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(30);
      for (int k = 0; k < len; k++) {
        int idx = alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length())));
        sb.appendCodePoint(alphabet.codePointAt(idx));
      }
      String once = HclFormatter.format(sb.toString());
      assertThat(once).isNotNull();
    }
  }

  @TestFactory
  Stream<DynamicTest> corpusFormatsToTheOfficialOutput() {
    return CaseCount.atLeast(303, "HCL corpus cases", HclCorpus.cases()).stream()
        .map(
            c -> DynamicTest.dynamicTest(
                c.name(),
                () -> assertThat(HclFormatter.format(c.input(), c.inputFile())).isEqualTo(c.expected())));
  }

  @TestFactory
  Stream<DynamicTest> corpusOutputsAreFixedPoints() {
    return CaseCount.atLeast(303, "HCL corpus cases", HclCorpus.cases()).stream()
        .map(
            c -> DynamicTest.dynamicTest(
                c.name(), () -> assertThat(HclFormatter.format(c.expected())).isEqualTo(c.expected())));
  }
}
