package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainCfTest {

  @Test
  void continuationLinesJoinWithTheirWhitespaceKept() {
    MainCf cf = MainCf.parse("m.cf", "a = x\n  y\n\tz\nb=1\n");
    assertThat(cf.definitions()).containsExactly(
        new MainCf.Definition("a", "x  y\tz", 1, 3),
        new MainCf.Definition("b", "1", 4, 4));
    assertThat(cf.physicalLines()).isEqualTo(4);
  }

  @Test
  void commentAndBlankLinesAreSkippedEvenInsideAValue() {
    MainCf cf = MainCf.parse("m.cf", "# top\na = x\n\n   \n  # inner\n  y\n#c\nb =\n");
    assertThat(cf.definitions()).containsExactly(
        new MainCf.Definition("a", "x  y", 2, 6),
        new MainCf.Definition("b", "", 8, 8));
    assertThat(cf.lines().get(0).parts()).extracting(MainCf.Physical::line).containsExactly(2, 6);
  }

  @Test
  void hashAfterAValueIsPartOfIt() {
    assertThat(MainCf.parse("m.cf", "a = 1 # one\n").definitions())
        .containsExactly(new MainCf.Definition("a", "1 # one", 1, 1));
  }

  @Test
  void malformedLinesUsePostfixWording() {
    MainCf cf = MainCf.parse("m.cf", "foo\n  bar\n= x\nmy host = y\n");
    assertThat(cf.malformed()).containsExactly(
        new MainCf.Malformed(1, "foo  bar", "missing '=' after attribute name"),
        new MainCf.Malformed(3, "= x", "missing attribute name"),
        new MainCf.Malformed(4, "my host = y", "missing '=' after attribute name"));
    assertThat(cf.definitions()).isEmpty();
  }

  @Test
  void aFirstLineStartingWithWhitespaceIsNeitherDefinitionNorMalformed() {
    MainCf cf = MainCf.parse("m.cf", "  a = 1\n  b\nc = 2\n");
    assertThat(cf.lines().get(0).startsWithWhitespace()).isTrue();
    assertThat(cf.lines().get(0).text()).isEqualTo("  a = 1  b");
    assertThat(cf.malformed()).isEmpty();
    assertThat(cf.definitions()).containsExactly(new MainCf.Definition("c", "2", 3, 3));
  }

  @Test
  void carriageReturnsAndMissingFinalNewline() {
    MainCf cf = MainCf.parse("m.cf", "a = 1\r\nb = 2");
    assertThat(cf.definitions()).extracting(MainCf.Definition::value).containsExactly("1", "2");
    assertThat(cf.physicalLines()).isEqualTo(2);
    assertThat(MainCf.parse("m.cf", "").physicalLines()).isZero();
  }

  @Test
  void macroErrorsUsePostfixWording() {
    assertThat(MainCf.macroError("a $ b")).contains("empty macro name");
    assertThat(MainCf.macroError("a$")).contains("empty macro name");
    assertThat(MainCf.macroError("${}")).contains("empty macro name");
    assertThat(MainCf.macroError("${x")).contains("truncated macro reference");
    assertThat(MainCf.macroError("$(x}")).contains("truncated macro reference");
    assertThat(MainCf.macroError("${x!y}")).contains("attribute name syntax error");
    assertThat(MainCf.macroError("${x?{$}}")).contains("empty macro name");
    for (String fine : new String[] {"a $$ b", "${x?}", "${x:}", "$x ${y} $(z)", "${x}y}",
        "${{$a} == {b} ? {c} : {d}}"}) {
      assertThat(MainCf.macroError(fine)).as(fine).isEmpty();
    }
  }

  @Test
  void referencesInEveryMacroForm() {
    assertThat(MainCf.references("$a ${b} $(c) ${d?x $e} ${f:{$g}} $$h $ i ${{$j} == {k} ? {l} : {$m}}"))
        .isEqualTo(List.of("a", "b", "c", "d", "e", "f", "g", "j", "m"));
    assertThat(MainCf.references("no macros, 100$")).isEmpty();
    assertThat(MainCf.references("${unclosed")).containsExactly("unclosed");
  }
}
