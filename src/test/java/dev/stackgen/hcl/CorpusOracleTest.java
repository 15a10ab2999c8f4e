package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.CaseCount;
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
  private static List<HclCorpus.Case> cases;
  private static Map<String, String> formatted;
  private static Map<String, HclOracle.ParseResult> parsed;

  /** Inputs and outputs of every case, keyed by file name, so one node process serves both. */
  private static Map<String, String> allFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    for (HclCorpus.Case c : cases()) {
      files.put(c.inputFile(), c.input());
      files.put(c.outputFile(), c.expected());
    }
    return files;
  }

  private static synchronized List<HclCorpus.Case> cases() {
    if (cases == null) {
      cases = CaseCount.atLeast(303, "HCL corpus cases", HclCorpus.cases());
    }
    return cases;
  }

  private static synchronized Map<String, String> formatted() {
    if (formatted == null) {
      formatted = HclOracle.format(allFiles());
    }
    return formatted;
  }

  private static synchronized Map<String, HclOracle.ParseResult> parsed() {
    if (parsed == null) {
      parsed = HclOracle.parse(allFiles());
    }
    return parsed;
  }

  @Test
  void oracleIsInstalled() {
    HclOracle.assumeAvailable();
    assertThat(HclOracle.unavailableReason()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> officialFormatterGivesTheCommittedOutput() {
    HclOracle.assumeAvailable();
    Map<String, String> out = formatted();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      if (providerFunction(c)) {
        // hcl v2.19.1 (this oracle) predates the "::" token and writes "provider : : ns : : f", which
        // nothing parses; the committed output is the valid form Terraform 1.8+ writes (HclFormatterTest)
        assertThat(out.get(c.inputFile()).replace(" : : ", "::")).isEqualTo(c.expected());
        return;
      }
      assertThat(out.get(c.inputFile())).isEqualTo(c.expected());
    }));
  }

  @TestFactory
  Stream<DynamicTest> committedOutputsAreFixedPointsOfTheOfficialFormatter() {
    HclOracle.assumeAvailable();
    Map<String, String> out = formatted();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      if (providerFunction(c)) {
        // hcl v2.19.1 (this oracle) predates the "::" token and writes "provider : : ns : : f", which
        // nothing parses; the committed output is the valid form Terraform 1.8+ writes (HclFormatterTest)
        assertThat(out.get(c.outputFile()).replace(" : : ", "::")).isEqualTo(c.expected());
        return;
      }
      assertThat(out.get(c.outputFile())).isEqualTo(c.expected());
    }));
  }

  private static boolean providerFunction(HclCorpus.Case c) {
    return HclLexer.scan(c.input()).stream().anyMatch(t -> t.type() == TokenType.DOUBLE_COLON);
  }

  @TestFactory
  Stream<DynamicTest> indexAgreesWithTheOfficialParser() {
    HclOracle.assumeAvailable();
    Map<String, HclOracle.ParseResult> result = parsed();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assertThat(result.get(c.inputFile()).ok()).as("input parses").isEqualTo(c.parses());
      assertThat(result.get(c.outputFile()).ok()).as("output parses").isEqualTo(c.outputParses());
    }));
  }
}
