package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.stackgen.testing.CaseCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import dev.stackgen.testing.HclCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HclParserTest {
  private static HclFile parse(String s) throws HclSyntaxException {
    return HclParser.parse(s, "f.hcl");
  }

  @Test
  void printReproducesInput() throws HclSyntaxException {
    for (String s : Samples.INPUTS) {
      HclFile f = parse(s);
      assertThat(f.print()).as(s).isEqualTo(s);
      assertThat(f.source()).isEqualTo(s);
      assertThat(f.fileName()).isEqualTo("f.hcl");
    }
  }

  @Test
  void nodesCoverWholeLines() throws HclSyntaxException {
    HclFile f = parse("# c\n\na = 1 # t\nb {\n  c = 2\n}\n\n\n");
    List<Node> nodes = f.body().nodes();
    assertThat(nodes).hasSize(6);
    assertThat(nodes.get(0)).isInstanceOf(Comment.class);
    assertThat(nodes.get(0).print()).isEqualTo("# c\n");
    assertThat(nodes.get(1)).isInstanceOf(BlankLine.class);
    assertThat(nodes.get(2).print()).isEqualTo("a = 1 # t\n");
    assertThat(nodes.get(3).print()).isEqualTo("b {\n  c = 2\n}\n");
    assertThat(nodes.get(4)).isInstanceOf(BlankLine.class);
    assertThat(nodes.get(5)).isInstanceOf(BlankLine.class);
  }

  @Test
  void attribute() throws HclSyntaxException {
    HclFile f = parse("  name   =  merge(a,\n b) // why\n");
    Attribute a = (Attribute) f.body().nodes().get(0);
    assertThat(a.name()).isEqualTo("name");
    assertThat(a.line()).isEqualTo(1);
    assertThat(a.column()).isEqualTo(3);
    assertThat(a.expression().text()).isEqualTo("merge(a,\n b)");
    assertThat(a.expression().line()).isEqualTo(1);
    assertThat(a.expression().column()).isEqualTo(13);
    assertThat(a.trailingComment()).isPresent();
    assertThat(a.trailingComment().get().text()).isEqualTo("// why");
    assertThat(a.trailingComment().get().style()).isEqualTo(Comment.Style.DOUBLE_SLASH);
  }

  @Test
  void attributeWithHeredocEndsAfterMarker() throws HclSyntaxException {
    HclFile f = parse("a = <<EOT\nx = 1\n}\nEOT\nb = 2\n");
    List<Attribute> attrs = f.body().attributes();
    assertThat(attrs).hasSize(2);
    assertThat(attrs.get(0).expression().text()).isEqualTo("<<EOT\nx = 1\n}\nEOT");
    assertThat(attrs.get(1).line()).isEqualTo(5);
  }

  @Test
  void splatAtEndIsNotADanglingOperator() throws HclSyntaxException {
    assertThat(parse("f = g.*\n").body().attributes().get(0).expression().text()).isEqualTo("g.*");
  }

  @Test
  void inlineBlockCommentBelongsToExpression() throws HclSyntaxException {
    Attribute a = parse("a = /* x */ 1\n").body().attributes().get(0);
    assertThat(a.expression().text()).isEqualTo("/* x */ 1");
    assertThat(a.trailingComment()).isEmpty();
  }

  @Test
  void blockWithLabels() throws HclSyntaxException {
    Block b = parse("resource \"aws_s3\\\"x\" plain {\n  a = 1\n\n  # c\n  inner {}\n} # end\n")
        .body().blocks().get(0);
    assertThat(b.type()).isEqualTo("resource");
    assertThat(b.labels()).extracting(Label::value).containsExactly("aws_s3\"x", "plain");
    assertThat(b.labels()).extracting(Label::quoted).containsExactly(true, false);
    assertThat(b.labels().get(1).column()).isEqualTo(22);
    assertThat(b.oneLine()).isFalse();
    assertThat(b.body().nodes()).hasSize(4);
    assertThat(b.body().nodes().get(1)).isInstanceOf(BlankLine.class);
    assertThat(((Comment) b.body().nodes().get(2)).text()).isEqualTo("# c");
    Block inner = b.body().blocks().get(0);
    assertThat(inner.oneLine()).isTrue();
    assertThat(inner.line()).isEqualTo(5);
    assertThat(inner.column()).isEqualTo(3);
    assertThat(b.trailingComment().map(Comment::text)).hasValue("# end");
  }

  @Test
  void bodyLookups() throws HclSyntaxException {
    Body body = parse("a = 1\nb \"x\" {}\nc {}\nb \"y\" {}\n").body();
    assertThat(body.attribute("a").map(x -> x.expression().text())).hasValue("1");
    assertThat(body.attribute("z")).isEmpty();
    assertThat(body.blocks("b")).extracting(bl -> bl.labels().get(0).value()).containsExactly("x", "y");
  }

  @Test
  void oneLineBlocks() throws HclSyntaxException {
    HclFile f = parse("variable \"x\" { type = string }\ndependency \"a\" {}\n");
    Block v = f.body().blocks().get(0);
    assertThat(v.oneLine()).isTrue();
    assertThat(v.body().attributes().get(0).name()).isEqualTo("type");
    assertThat(v.body().attributes().get(0).expression().text()).isEqualTo("string");
    Block d = f.body().blocks().get(1);
    assertThat(d.oneLine()).isTrue();
    assertThat(d.body().nodes()).isEmpty();
  }

  @Test
  void openingBraceComment() throws HclSyntaxException {
    Block b = parse("dependency \"x\" { # why\n  a = 1\n}\n").body().blocks().get(0);
    assertThat(b.openComment().map(Comment::text)).hasValue("# why");
    assertThat(b.body().attributes()).hasSize(1);
  }

  @Test
  void multiLineBlockComment() throws HclSyntaxException {
    Comment c = (Comment) parse("/* a\n   b */\nx = 1\n").body().nodes().get(0);
    assertThat(c.text()).isEqualTo("/* a\n   b */");
    assertThat(c.style()).isEqualTo(Comment.Style.BLOCK);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("a = [1, 2\n", "f.hcl:1:5: unclosed \"[\": missing \"]\""),
        Arguments.of("a = (1]\n", "f.hcl:1:7: unexpected \"]\": expected \")\" to close \"(\" at 1:5"),
        Arguments.of("a = 1)\n", "f.hcl:1:6: unexpected \")\""),
        Arguments.of("b {\n  a = 1\n", "f.hcl:1:3: unclosed \"{\": missing \"}\" before end of file"),
        Arguments.of("}\n", "f.hcl:1:1: unexpected \"}\""),
        Arguments.of("a = \"abc\n", "f.hcl:1:5: unterminated quoted string"),
        Arguments.of("a = \"abc", "f.hcl:1:5: unterminated quoted string"),
        Arguments.of("a = <<EOT\nabc\n", "f.hcl:1:5: unterminated heredoc"),
        Arguments.of("a\n", "f.hcl:1:2: expected \"=\" or a block after \"a\", found newline"),
        Arguments.of("a = \n", "f.hcl:1:5: expected an expression after \"=\", found newline"),
        Arguments.of("1 = 2\n", "f.hcl:1:1: expected an attribute or block definition, found number 1"),
        Arguments.of("x = 1\n  \"s\" = 2\n",
            "f.hcl:2:3: expected an attribute or block definition, found quoted string"),
        Arguments.of("a = 1 @\n", "f.hcl:1:7: invalid character \"@\""),
        Arguments.of("a = 1\r", "f.hcl:1:6: invalid character U+000D"),
        Arguments.of("b \"x\" y\n", "f.hcl:1:8: expected \"{\" to open block \"b\", found newline"),
        Arguments.of("b { a = 1\n}\n", "f.hcl:1:10: a single-line block must end with \"}\" right after its attribute"),
        Arguments.of("b { c {} }\n",
            "f.hcl:1:5: expected a newline or a single attribute after \"{\" of block \"b\", found \"c\""),
        Arguments.of("b {} c = 1\n", "f.hcl:1:6: expected a newline after the \"}\" of block \"b\", found \"c\""),
        Arguments.of("b \"x${y}\" {}\n", "f.hcl:1:5: template sequences are not allowed in block labels"),
        Arguments.of("b \"\\q\" {}\n", "f.hcl:1:4: invalid escape sequence \"\\q\""),
        Arguments.of("é = \"ü\" 😀\n", "f.hcl:1:9: invalid character \"😀\""),
        Arguments.of("a = 1\nb {}\n  a = 2\n", "f.hcl:3:3: attribute \"a\" was already set at 1:1"),
        Arguments.of("a = 1 +\n", "f.hcl:1:8: expected an expression after \"+\", found newline"),
        Arguments.of("a = 'x'\n", "f.hcl:1:5: invalid character \"'\": use double quotes (\") to enclose strings"),
        Arguments.of("a = 1;\n", "f.hcl:1:6: invalid character \";\": use newlines to separate arguments and blocks"),
        Arguments.of("a = x & y\n", "f.hcl:1:7: unsupported operator \"&\""),
        Arguments.of("a = b = c\n", "f.hcl:1:7: unexpected \"=\": an attribute's value must end with a newline"),
        Arguments.of("a = 0x10\n", "f.hcl:1:6: expected a newline after the value of \"a\", found \"x10\""),
        Arguments.of("a = \"${b\"\n", "f.hcl:1:9: unterminated quoted string"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void syntaxErrors(String input, String message) {
    assertThatThrownBy(() -> parse(input))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessage(message);
  }

  @Test
  void deepNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "a {\n".repeat(100_000) + "}\n".repeat(100_000);
    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessage("f.hcl:257:3: blocks are nested more than 256 levels deep");
  }

  @Test
  void exceptionParts() {
    HclSyntaxException e = new HclSyntaxException("x.hcl", 3, 4, "bad");
    assertThat(e.fileName()).isEqualTo("x.hcl");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("bad");
    assertThat(e.getMessage()).isEqualTo("x.hcl:3:4: bad");
  }

  @Test
  void randomMutationsEndInResultOrSyntaxError() {
    Random rnd = new Random(20261128L);
    String alphabet = "{}[]()\"'$%#/*\n\r\t =<>-.,:?!~\\abcEOT1é😀";
    List<String> seeds = new ArrayList<>(Samples.INPUTS);
    int parsed = 0;
    for (int n = 0; n < 20000; n++) {
      String s = seeds.get(rnd.nextInt(seeds.size()));
      StringBuilder sb = new StringBuilder(s);
      int edits = 1 + rnd.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = sb.length() == 0 ? 0 : rnd.nextInt(sb.length() + 1);
        switch (rnd.nextInt(3)) {
          case 0:
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet
                .length()))));
            sb.insert(at, Character.toChars(cp));
            break;
          case 1:
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
            break;
          default:
            if (at < sb.length()) {
              int len = Math.min(sb.length() - at, 1 + rnd.nextInt(8));
              sb.insert(rnd.nextInt(sb.length() + 1), sb.substring(at, at + len));
            }
        }
      }
      String input = sb.toString();
      try {
        HclFile f = parse(input);
        assertThat(f.print()).isEqualTo(input);
        parsed++;
      } catch (HclSyntaxException ex) {
        assertThat(ex.line()).isPositive();
        assertThat(ex.column()).isPositive();
      } catch (RuntimeException ex) {
        fail("input " + input.replace("\n", "\\n") + " threw " + ex, ex);
      }
    }
    assertThat(parsed).isPositive();
  }

  @TestFactory
  Stream<DynamicTest> corpusParsesLikeTheOfficialParserAndPrintsBack() {
    return CaseCount.atLeast(303, "HCL corpus cases", HclCorpus.cases()).stream()
        .map(
            c -> DynamicTest.dynamicTest(
                c.name(),
                () -> {
                  HclFile f = null;
                  try {
                    f = HclParser.parse(c.input(), c.inputFile());
                  } catch (HclSyntaxException e) {
                    assertThat(c.parses()).as("official parser accepts; we said " + e.getMessage()).isFalse();
                    return;
                  }
                  assertThat(c.parses()).as("official parser rejects; we accepted").isTrue();
                  assertThat(f.print()).isEqualTo(c.input());
                }));
  }

  /** Found by FuzzTest: a few thousand nested blocks overflowed the stack (now a positioned error). */
  @Test
  void hundredThousandNestedBlocksAreAnErrorNotAStackOverflow() {
    assertThatThrownBy(() -> HclParser.parse("a {\n".repeat(100_000) + "}\n".repeat(100_000), "f.hcl"))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessageMatching("f\\.hcl:\\d+:\\d+: .*nested.*");
  }

  @Test
  void hundredThousandNestedBracketsParse() throws HclSyntaxException {
    String src = "a = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertThat(HclParser.parse(src, "f.hcl").print()).isEqualTo(src);
  }
}
