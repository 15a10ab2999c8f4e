package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclCorpus;
import dev.stackgen.testing.HclOracle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Proves the committed corpus is honest: it is what the official formatter/parser say today. */
class CorpusOracleTest {

  private static Map<String, String> inputs(List<HclCorpus.Case> cases) {
    Map<String, String> files = new LinkedHashMap<>();
    cases.forEach(c -> files.put(c.inputFile(), c.input()));
    return files;
  }

  private static Map<String, String> outputs(List<HclCorpus.Case> cases) {
    Map<String, String> files = new LinkedHashMap<>();
    cases.forEach(c -> files.put(c.outputFile(), c.expected()));
    return files;
  }

  @Test
  void oracleIsInstalled() {
    HclOracle.assumeAvailable();
    assertThat(HclOracle.unavailableReason()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> officialFormatterGivesTheCommittedOutput() {
    HclOracle.assumeAvailable();
    List<HclCorpus.Case> cases = HclCorpus.cases();
    Map<String, String> formatted = HclOracle.format(inputs(cases));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
        () -> assertThat(formatted.get(c.inputFile())).isEqualTo(c.expected())));
  }

  @TestFactory
  Stream<DynamicTest> committedOutputsAreFixedPointsOfTheOfficialFormatter() {
    HclOracle.assumeAvailable();
    List<HclCorpus.Case> cases = HclCorpus.cases();
    Map<String, String> formatted = HclOracle.format(outputs(cases));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
        () -> assertThat(formatted.get(c.outputFile())).isEqualTo(c.expected())));
  }

  @TestFactory
  Stream<DynamicTest> indexAgreesWithTheOfficialParser() {
    HclOracle.assumeAvailable();
    List<HclCorpus.Case> cases = HclCorpus.cases();
    Map<String, HclOracle.ParseResult> in = HclOracle.parse(inputs(cases));
    Map<String, HclOracle.ParseResult> out = HclOracle.parse(outputs(cases));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assertThat(in.get(c.inputFile()).ok()).as("input parses").isEqualTo(c.parses());
      assertThat(out.get(c.outputFile()).ok()).as("output parses").isEqualTo(c.outputParses());
    }));
  }
}
