package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Stack;
import dev.stackgen.model.State;
import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random strings written by {@link HclEscaper} (quoted) and {@link Expr#heredoc} decode back to
 * exactly themselves: through our parser, and as input values of generated files read by the
 * official HCL parser (hcl2json). Seed printed on failure; {@code -Dstackgen.escaping.seed=N}.
 */
class EscapingPropertyTest {
  private static final long SEED = "random".equals(System.getProperty("stackgen.escaping.seed")) ? new Random()
      .nextLong()
      : Long.getLong("stackgen.escaping.seed", 20261128L);

  private static final String[] PIECES = {
      "a", "Z", "0", " ", "  ", "\"", "\\", "\\\\", "\\n", "\\u0041", "${", "%{", "$${", "%%{", "$$", "%%", "$",
      "%", "{", "}", "~}", "${a}", "%{ if x }", "\n", "\r\n", "\t", "\u0000", "\u0001", "\u001b", "\u007f",
      "\u0085", "\u00a0", "\u00e9", "\u4e2d", "\u2028", "\u2029", "\ufeff", "\ud83d\ude00", "\udbff\udfff",
      "EOT", "EOF", "\nEOT\n", "\nEOF\n", "\n  EOT  \n", "\nEOT1\n", "<<EOT", "#", "//", "/*", "*/", "=", "'"};

  static String randomString(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int k = 0; k < n; k++) {
      if (r.nextInt(8) == 0) {
        sb.appendCodePoint(randomCodePoint(r));
      } else {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static int randomCodePoint(Random r) {
    while (true) {
      int cp = r.nextInt(4) == 0 ? r.nextInt(0x110000) : r.nextInt(0x3000);
      if (cp < 0xd800 || cp > 0xdfff) {
        return cp;
      }
    }
  }

  /** A heredoc value: whole lines, no lone CR. */
  static String heredocValue(String s) {
    String v = s.replace("\r\n", "\n").replace('\r', ' ');
    return v.isEmpty() || v.endsWith("\n") ? v : v + "\n";
  }

  @Test
  void quotedAndHeredocRoundTripThroughOurParser() throws Exception {
    Random r = new Random(SEED);
    for (int k = 0; k < 20_000; k++) {
      String s = randomString(r);
      String quoted = HclEscaper.quoted(s);
      assertThat(decode(quoted)).as("seed %d, quoted %s", SEED, quoted).isEqualTo(nfc(s));
      String h = heredocValue(s);
      String heredoc = Expr.heredoc(h).text();
      assertThat(decode(heredoc)).as("seed %d, heredoc %s", SEED, heredoc).isEqualTo(nfc(h));
    }
  }

  /**
   * HCL gives every string literal in Unicode NFC (U+0FA7 reads back as U+0FA6 U+0FB7, escaped or
   * not), so that is the value a generated file can carry; for NFC strings it is the string itself.
   */
  static String nfc(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  @Test
  void nonNfcStringsReadBackInNfcLikeHcl() throws Exception {
    assertThat(decode(HclEscaper.quoted("\u0fa7"))).isEqualTo("\u0fa6\u0fb7");
    assertThat(decode("\"e\\u0301\"")).isEqualTo("\u00e9");
    assertThat(decode("<<EOT\ne\u0301\nEOT")).isEqualTo("\u00e9\n");
    assertThat(decode(HclEscaper.quoted("plain \u00e9 \ud83d\ude00"))).isEqualTo("plain \u00e9 \ud83d\ude00");
  }

  private static String decode(String expression) throws Exception {
    Attribute a = HclParser.parse("v = " + expression + "\n", "f.hcl").body().attributes().get(0);
    return Expressions.decodeString(a.expression());
  }

  @Test
  void generatedInputsReadBackByTheOfficialParser() {
    HclOracle.assumeAvailable();
    Random r = new Random(SEED);
    Renderer renderer = new Renderer(Templates.bundled());
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (int f = 0; f < 100; f++) {
      Stack.Builder stack = Stack.builder("s").tier("core").state(State.LOCAL);
      List<String> values = new ArrayList<>();
      for (int k = 0; k < 20; k++) {
        String s = randomString(r);
        if (k % 2 == 0) {
          stack.input("v" + k, s);
        } else {
          s = heredocValue(s);
          stack.input("v" + k, Expr.heredoc(s));
        }
        values.add(s);
      }
      Catalog catalog = Catalog.builder().tier("core", "0-core").stack(stack.build()).build();
      GeneratedFile file = renderer.renderStack(catalog, catalog.stacks().get(0)).get(0);
      files.put("f" + f + ".hcl", file.content());
      expected.put("f" + f + ".hcl", values);
    }
    Map<String, HclOracle.ParseResult> parsed = HclOracle.parse(files);
    for (var e : expected.entrySet()) {
      HclOracle.ParseResult result = parsed.get(e.getKey());
      assertThat(result.ok()).as("seed %d: %s\n%s", SEED, result.error(), files.get(e.getKey())).isTrue();
      @SuppressWarnings("unchecked")
      Map<String, Object> inputs = (Map<String, Object>) ((Map<String, Object>) HclOracle.readJson(result.json()))
          .get("inputs");
      for (int k = 0; k < e.getValue().size(); k++) {
        String actual = literal((String) inputs.get("v" + k));
        String want = nfc(e.getValue().get(k));
        assertThat(HclEscaper.printable(actual))
            .as("seed %d, %s v%d in\n%s", SEED, e.getKey(), k, files.get(e.getKey()))
            .isEqualTo(HclEscaper.printable(want));
        assertThat(actual).isEqualTo(want);
      }
    }
  }

  /**
   * hcl2json writes HCL's JSON syntax, where every string is a template: a literal "${" or "%{"
   * comes out as "$${" / "%%{" (tools/hcl-oracle). Undoing exactly that gives the string value.
   */
  static String literal(String hclJsonTemplate) {
    StringBuilder sb = new StringBuilder();
    String s = hclJsonTemplate;
    int k = 0;
    while (k < s.length()) {
      char c = s.charAt(k);
      if ((c == '$' || c == '%') && k + 2 < s.length() && s.charAt(k + 1) == c && s.charAt(k + 2) == '{') {
        sb.append(c).append('{');
        k += 3;
      } else if ((c == '$' || c == '%') && k + 1 < s.length() && s.charAt(k + 1) == '{') {
        throw new AssertionError("hcl2json returned a template sequence, not a literal: " + s);
      } else {
        sb.append(c);
        k++;
      }
    }
    return sb.toString();
  }
}
