package dev.stackgen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class HclOracleTest {

  @Test
  void jsonRoundTripKeepsControlCharactersAndUnicode() {
    String tricky = "a\r\n\t\"q\" \\ é ☃ 😀 \u0001 ${x}";
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "n");
    item.put("content", tricky);
    String json = HclOracle.Json.write(List.of(item));
    assertThat(json).isEqualTo("[{\"name\":\"n\",\"content\":\"a\\u000d\\u000a\\u0009\\\"q\\\" "
        + "\\\\ \\u00e9 \\u2603 \\ud83d\\ude00 \\u0001 ${x}\"}]");
    assertThat(HclOracle.Json.read(json)).isEqualTo(List.of(item));
  }

  @Test
  void jsonReaderHandlesNestedValues() {
    Object v = HclOracle.Json.read(" {\"a\": [true, false, null, 1.5, \"x\\ny\"], \"b\": {}} ");
    assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(true, false, null, 1.5, "x\ny"),
        "b", Map.of()));
  }

  @Test
  void formatAlignsEqualsSignsLikeTerraformFmt() {
    HclOracle.assumeAvailable();
    Map<String, String> in = new LinkedHashMap<>();
    in.put("a.tf", "resource \"x\" \"y\" {\nname = \"a\"\n    instance_type=\"t3\"\n}\n");
    in.put("b.hcl", "a=1\r\nbb=2\r\n");
    Map<String, String> out = HclOracle.format(in);
    assertThat(out).containsExactly(
        Map.entry("a.tf",
            "resource \"x\" \"y\" {\n  name          = \"a\"\n  instance_type = \"t3\"\n}\n"),
        Map.entry("b.hcl", "a  = 1\r\nbb = 2\r\n"));
  }

  @Test
  void parseAcceptsValidAndReportsSyntaxErrors() {
    HclOracle.assumeAvailable();
    Map<String, String> in = new LinkedHashMap<>();
    in.put("good.hcl", "inputs = { name = \"é\" }\n");
    in.put("bad.hcl", "a = {\n");
    Map<String, HclOracle.ParseResult> out = HclOracle.parse(in);
    assertThat(out.keySet()).containsExactly("good.hcl", "bad.hcl");
    assertThat(out.get("good.hcl"))
        .isEqualTo(new HclOracle.ParseResult(true, "{\"inputs\":{\"name\":\"é\"}}", null));
    assertThat(out.get("bad.hcl").ok()).isFalse();
    assertThat(out.get("bad.hcl").error()).startsWith("parse config: [bad.hcl:2,1-1:");
  }

  @Test
  void absentOracleSkipsUnlessRequired() {
    Optional<String> reason = Optional.of("no node");
    assertThatThrownBy(() -> HclOracle.assumeAvailable(reason, null))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("no node");
    assertThatThrownBy(() -> HclOracle.assumeAvailable(reason, "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no node (required because STACKGEN_REQUIRE_ORACLES=1)");
    HclOracle.assumeAvailable(Optional.empty(), "1");
  }

  @Test
  void emptyBatchNeedsNoProcess() {
    assertThat(HclOracle.format(Map.of())).isEmpty();
    assertThat(HclOracle.parse(Map.of())).isEmpty();
  }
}
