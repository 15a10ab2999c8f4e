package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A corpus of invalid and tricky valid expressions: the official parser and ours must both say
 * what the label says, so ours accepts exactly what the official one accepts.
 */
class ExpressionSyntaxOracleTest {
  static final List<String> INVALID =
      List.of(
          "a = { b = = 1 }\n",
          "a = { b = }\n",
          "a = {\n  b =\n  c = 1\n}\n",
          "a = [1,, 2]\n",
          "a = [,]\n",
          "a = [1 2]\n",
          "a = f(,)\n",
          "a = f(1 2)\n",
          "a = f(1..., 2)\n",
          "a = f(1,,)\n",
          "a = { b = 1 c = 2 }\n",
          "a = { b = 1,, c = 2 }\n",
          "a = { b }\n",
          "a = { b, c }\n",
          "a = { = 1 }\n",
          "a = { b = 1 +\n 2 }\n",
          "a = { b = x ?\n 1 : 2 }\n",
          "a = x.\n",
          "a = x.[0]\n",
          "a = x[]\n",
          "a = x[*\n",
          "a = x[* ]]\n",
          "a = x.*.*\n",
          "a = x.0.1\n",
          "a = x ? y\n",
          "a = (x ? y)\n",
          "a = x ? : z\n",
          "a = (1 +)\n",
          "a = (1 2)\n",
          "a = ()\n",
          "a = (* 2)\n",
          "a = [1 + * 2]\n",
          "a = [1 == ]\n",
          "a = [!]\n",
          "a = [-]\n",
          "a = [for]\n",
          "a = [for x]\n",
          "a = [for x in]\n",
          "a = [for x in y]\n",
          "a = [for x, in y : x]\n",
          "a = [for x, y, z in q : 1]\n",
          "a = [for x in y : k => x]\n",
          "a = [for x in y : x...]\n",
          "a = [for x in y : x if]\n",
          "a = [for x in y : x if c d]\n",
          "a = {for x in y : x}\n",
          "a = {for = 1}\n",
          "a = {for x in y : x => }\n",
          "a = x::y\n",
          "a = x::(1)\n",
          "a = ::x()\n",
          "a = \"${}\"\n",
          "a = \"${ 1 2 }\"\n",
          "a = \"${ x = 1 }\"\n",
          "a = \"%{ if x }y\"\n",
          "a = \"%{ endif }\"\n",
          "a = \"%{ else }\"\n",
          "a = \"%{ if x }a%{ else }b%{ else }c%{ endif }\"\n",
          "a = \"%{ for x in y }a%{ endif }\"\n",
          "a = \"%{ for x in y }a%{ else }b%{ endfor }\"\n",
          "a = \"%{ iff x }y%{ endif }\"\n",
          "a = \"%{ }\"\n",
          "a = \"%{ for in y }a%{ endfor }\"\n",
          "a = \"%{ if x y }a%{ endif }\"\n",
          "a = \"\\q\"\n",
          "a = \"\\u12\"\n",
          "a = <<EOT\n${ 1 + }\nEOT\n",
          "a = <<EOT\n%{ if x }\nEOT\n",
          "a = [\"${\"${1 +}\"}\"]\n",
          "a = { \"k\" = [1,, 2] }\n",
          "b {\n  a = { x = }\n}\n",
          "b { a = [1,,2] }\n",
          "a = x[1 2]\n",
          "a = x[1,]\n",
          "a = 1 ? 2 : 3 ? 4\n");

  static final List<String> VALID =
      List.of(
          "a = { b = 1, c = 2, }\n",
          "a = {\n  b = 1,\n  c = 2\n}\n",
          "a = { # c\n b = 1 }\n",
          "a = { b = 1 # c\n }\n",
          "a = { b = 1 // c\n c = 2 }\n",
          "a = { b = /* c */ 1 }\n",
          "a = {}\n",
          "a = {\n}\n",
          "a = { (k) = 1 }\n",
          "a = { \"k\" : 1 }\n",
          "a = { k.x = 1 }\n",
          "a = { f(1) = 1 }\n",
          "a = { b = (1 +\n 2) }\n",
          "a = { b = [\n 1,\n 2\n ] }\n",
          "a = [ # c\n 1 ]\n",
          "a = [1, 2,]\n",
          "a = []\n",
          "a = [\n]\n",
          "a = f(\n)\n",
          "a = f(1,)\n",
          "a = f(1, 2...)\n",
          "a = f([1]...)\n",
          "a = f(\n  1,\n  2\n)\n",
          "a = provider::aws::foo(1)\n",
          "a = a::b::c(1)\n",
          "a = x.0\n",
          "a = x.*.y.0.z\n",
          "a = x[*].y[0]\n",
          "a = x[*][*]\n",
          "a = x.*[0]\n",
          "a = x[\"k\"].y\n",
          "a = x[\n  1\n]\n",
          "a = -!x\n",
          "a = - - 1\n",
          "a = !!true\n",
          "a = 1 == 2 == 3\n",
          "a = 1 < 2 < 3\n",
          "a = x ? y : z ? 1 : 2\n",
          "a = x ? y ? 1 : 2 : 3\n",
          "a = (x ? y : z).w\n",
          "a = (1 +\n 2)\n",
          "a = {}.x\n",
          "a = [1][0]\n",
          "a = \"x\".y\n",
          "a = true.x\n",
          "a = x.true\n",
          "a = x.for\n",
          "a = for\n",
          "a = in\n",
          "a = null\n",
          "a = 01\n",
          "a = 1.5e3\n",
          "a = [for x in y : x if x]\n",
          "a = [for k, v in y : v]\n",
          "a = [\n  for x in y :\n  x\n  if x\n]\n",
          "a = { for k, v in y : k => v... }\n",
          "a = { for k, v in y : k => v if v }\n",
          "a = {\n  for k, v in y :\n  k => v\n}\n",
          "a = {for x in y: x => x}\n",
          "a = \"${ a \n + b }\"\n",
          "a = \"${~ a ~}\"\n",
          "a = \"%{ if x }y%{ endif }\"\n",
          "a = \"%{ if x }y%{ else }z%{ endif }\"\n",
          "a = \"%{~ for k, v in m ~}${k}%{~ endfor ~}\"\n",
          "a = \"%{ for x in y }%{ if x }a%{ endif }%{ endfor }\"\n",
          "a = \"$${x} %%{y}\"\n",
          "a = \"${\"${1}\"}\"\n",
          "a = \"${ {a = 1}.a }\"\n",
          "a = <<EOT\n%{ if x }\nhi\n%{ endif }\nEOT\n",
          "a = [<<EOT\nhi\nEOT\n, 2]\n",
          "a = {\n  b = <<EOT\nhi\nEOT\n  c = 1\n}\n",
          "a = x.y[0].z[*].w\n",
          "a = try(local.x, null)\n",
          "a = merge(local.tags, {\n  Name = \"x\"\n})\n",
          "b { a = [1, 2] }\n",
          "b {\n  a = { x = 1 }\n}\n");

  @Test
  void corpusIsLargeEnough() {
    assertThat(INVALID).hasSizeGreaterThanOrEqualTo(60);
    assertThat(VALID).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void weRejectEveryInvalidOneAtItsLine() {
    for (String input : INVALID) {
      try {
        HclParser.parse(input, "t.hcl");
        throw new AssertionError("accepted: " + input);
      } catch (HclSyntaxException e) {
        assertThat(e.getMessage()).as(input).matches("t\\.hcl:\\d+:\\d+: .+");
        assertThat(e.line()).as(input).isBetween(1, (int) input.lines().count());
      }
    }
  }

  @Test
  void weAcceptEveryValidOneAndPrintItBack() throws HclSyntaxException {
    for (String input : VALID) {
      assertThat(HclParser.parse(input, "t.hcl").print()).as(input).isEqualTo(input);
    }
  }

  @Test
  void theOfficialParserAgreesWithEveryLabel() {
    HclOracle.assumeAvailable();
    Map<String, String> files = new LinkedHashMap<>();
    for (int n = 0; n < INVALID.size(); n++) {
      files.put("invalid-" + n + ".hcl", INVALID.get(n));
    }
    for (int n = 0; n < VALID.size(); n++) {
      files.put("valid-" + n + ".hcl", VALID.get(n));
    }
    Map<String, HclOracle.ParseResult> official = HclOracle.parse(files);
    List<String> wrong = new ArrayList<>();
    files.forEach((name, input) -> {
      boolean ok = official.get(name).ok();
      if (ok != name.startsWith("valid-")) {
        wrong.add(name + " (official: " + (ok ? "accepted" : official.get(name).error()) + "): "
            + input.replace("\n", "\\n"));
      }
    });
    assertThat(wrong).isEmpty();
  }
}
