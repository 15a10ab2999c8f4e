package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.postfix.MainCf;
import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random Postfix values ({@code $name}, {@code ${name}}, {@code $${x}}, {@code %{}, quotes,
 * backslashes, {@code #}, heredoc delimiters, unicode) written as a postfix_overlay come back, as
 * main.cf text parsed the way Postfix does, exactly: from the heredoc our parser reads and from the
 * one HashiCorp's parser reads. Seed printed on failure; {@code -Dstackgen.escaping.seed=N}.
 */
class PostfixEscapingPropertyTest {
  private static final long SEED = "random".equals(System.getProperty("stackgen.escaping.seed")) ? new Random()
      .nextLong()
      : Long.getLong("stackgen.escaping.seed", 20261128L);
  private static final String[] PIECES = {
      "a", "z", "9", "_", "-", ".", ":", "/", ",", " ", "\t", "$name", "${data_directory}", "$${x}", "%{", "%%{",
      "{", "}", "\"", "\\", "\\n", "#", "# x", "=", "==", "EOT", "EOF", "<<EOT", "proxy:btree:$data_directory/c",
      "[smtp.example.net]:587", "\u00e9", "\u4e2d", "\ud83d\ude00", "~}", "'", "!", "${a:b}", "$(x)"};

  static String randomValue(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(8);
    for (int k = 0; k < n; k++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString().strip();
  }

  private static Map<String, String> files(Random r, int count, List<Map<String, String>> expected) {
    Renderer renderer = new Renderer(Templates.bundled());
    Map<String, String> files = new LinkedHashMap<>();
    for (int f = 0; f < count; f++) {
      Map<String, String> values = new LinkedHashMap<>();
      List<PostfixOverlay.Entry> entries = new ArrayList<>();
      for (int k = 0; k < 12; k++) {
        String v = randomValue(r);
        values.put("p" + k, v);
        entries.add(PostfixOverlay.Entry.parameter("p" + k, v, SourceRef.NONE));
      }
      PostfixOverlay overlay = new PostfixOverlay("postfix_cf", "variables.tf", PostfixOverlay.DEFAULT_PROFILE,
          entries, Trivia.NONE, SourceRef.NONE);
      Stack stack = Stack.builder("mail").tier("core").state(State.LOCAL).postfixOverlay(overlay).build();
      // Random values may reference undefined parameters (a lint error Catalog.Builder.build() refuses,
      // as the CLI does); this property is about escaping, so the catalog is assembled unvalidated.
      Catalog valid = Catalog.builder().tier("core", "0-core").build();
      Catalog catalog = new Catalog(valid.settings(), valid.root(), valid.defaults(), List.of(stack));
      GeneratedFile file = renderer.renderStack(catalog, stack).stream()
          .filter(g -> g.path().endsWith("/variables.tf")).findFirst().orElseThrow();
      files.put("f" + f + ".tf", file.content());
      expected.add(values);
    }
    return files;
  }

  private static Map<String, String> definitions(String mainCf) {
    Map<String, String> out = new LinkedHashMap<>();
    MainCf.parse("main.cf", mainCf).definitions().forEach(d -> out.put(d.name(), d.value()));
    return out;
  }

  @Test
  void overlayValuesRoundTripThroughOurParser() throws Exception {
    Random r = new Random(SEED);
    List<Map<String, String>> expected = new ArrayList<>();
    Map<String, String> files = files(r, 300, expected);
    int k = 0;
    for (var e : files.entrySet()) {
      Block variable = HclParser.parse(e.getValue(), e.getKey()).body().blocks().get(0);
      String mainCf = Expressions.decodeString(variable.body().attributes().stream()
          .filter(a -> a.name().equals("default")).findFirst().orElseThrow().expression());
      assertThat(definitions(mainCf)).as("seed %d\n%s", SEED, e.getValue()).isEqualTo(expected.get(k++));
    }
  }

  @Test
  void overlayValuesRoundTripThroughTheOfficialParser() {
    HclOracle.assumeAvailable();
    Random r = new Random(SEED);
    List<Map<String, String>> expected = new ArrayList<>();
    Map<String, String> files = files(r, 300, expected);
    Map<String, HclOracle.ParseResult> parsed = HclOracle.parse(files);
    int k = 0;
    for (var e : files.entrySet()) {
      HclOracle.ParseResult result = parsed.get(e.getKey());
      assertThat(result.ok()).as("seed %d: %s\n%s", SEED, result.error(), e.getValue()).isTrue();
      @SuppressWarnings("unchecked")
      Map<String, Object> json = (Map<String, Object>) HclOracle.readJson(result.json());
      @SuppressWarnings("unchecked")
      Map<String, Object> variable = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) json.get("variable"))
          .get("postfix_cf")).get(0);
      String mainCf = EscapingPropertyTest.literal((String) variable.get("default"));
      assertThat(definitions(mainCf)).as("seed %d\n%s", SEED, e.getValue()).isEqualTo(expected.get(k++));
    }
  }

  @Test
  void templateSequencesOfPostfixAreEscapedInTheHeredoc() throws Exception {
    PostfixOverlay overlay = new PostfixOverlay("postfix_cf", "variables.tf", PostfixOverlay.DEFAULT_PROFILE,
        List.of(PostfixOverlay.Entry.parameter("postscreen_cache_map", "proxy:btree:${data_directory}/c",
            SourceRef.NONE)), Trivia.NONE, SourceRef.NONE);
    Stack stack = Stack.builder("mail").tier("core").state(State.LOCAL).postfixOverlay(overlay).build();
    Catalog catalog = Catalog.builder().tier("core", "0-core").stack(stack).build();
    String tf = new Renderer(Templates.bundled()).renderStack(catalog, stack).stream()
        .filter(g -> g.path().endsWith("/variables.tf")).findFirst().orElseThrow().content();
    assertThat(tf).contains("postscreen_cache_map = proxy:btree:$${data_directory}/c\n");
    assertThat(HclEscaper.heredocBody("${x}")).isEqualTo("$${x}\n");
  }
}
