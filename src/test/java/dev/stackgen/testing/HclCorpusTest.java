package dev.stackgen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclCorpusTest {

  @Test
  void corpusHasAtLeast170NumberedPairs() {
    List<String> names = HclCorpus.inputNames();
    assertThat(names).hasSizeGreaterThanOrEqualTo(170);
    assertThat(names).allMatch(n -> n.matches("\\d{3}-[a-z0-9-]+"), "NNN-short-name");
    for (String name : names) {
      assertThat(HclCorpus.dir().resolve(name + ".out.hcl")).as(name).exists();
    }
  }

  @Test
  void everyOutputHasAnInput() throws Exception {
    try (var files = Files.list(HclCorpus.dir())) {
      List<String> outputs = files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".out.hcl")).toList();
      assertThat(outputs).hasSameSizeAs(HclCorpus.inputNames());
      for (String out : outputs) {
        assertThat(HclCorpus.dir().resolve(out.replace(".out.hcl", ".in.hcl"))).exists();
      }
    }
  }

  @Test
  void indexListsExactlyTheInputsAndMostParse() {
    Map<String, String[]> index = HclCorpus.index();
    assertThat(index.keySet()).containsExactlyElementsOf(HclCorpus.inputNames());
    List<HclCorpus.Case> cases = HclCorpus.cases();
    long parsing = cases.stream().filter(HclCorpus.Case::parses).count();
    assertThat(parsing).isGreaterThanOrEqualTo(cases.size() * 9L / 10);
    assertThat(cases).filteredOn(c -> !c.parses())
        .allMatch(c -> c.name().contains("-invalid-"), "unparseable inputs are named invalid");
  }

  @Test
  void bytesSurviveCheckoutForCrlfTabAndBomCases() {
    Map<String, HclCorpus.Case> byName = new java.util.HashMap<>();
    HclCorpus.cases().forEach(c -> byName.put(c.name().substring(4), c));
    assertThat(byName.get("crlf-simple").input()).isEqualTo("a = 1\r\nbbb = 2\r\n");
    assertThat(byName.get("crlf-simple").expected()).isEqualTo("a   = 1\r\nbbb = 2\r\n");
    assertThat(byName.get("tabs-before-equals").input()).startsWith("a\t=\t1\n");
    assertThat(byName.get("utf8-bom").input()).startsWith("\uFEFFa = 1");
    assertThat(byName.get("empty-file").input()).isEmpty();
  }
}
