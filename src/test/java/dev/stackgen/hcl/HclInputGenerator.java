package dev.stackgen.hcl;

import java.util.List;
import java.util.Random;

/** Seeded generator of HCL-ish inputs: reformatted real shapes, mutations and token soup. */
final class HclInputGenerator {
  private static final List<String> WORDS =
      List.of("a", "b", "foo", "bar_baz", "x-y", "é", "日本", "var", "local", "for", "in", "if", "true", "null");
  private static final List<String> TOKENS =
      List.of(
          "é", "👍🏽", "e\u0301", "\t", "\r\n", "$", "\\", "\"", "<<EOT\n", "EOT\n", "${", "%{", "~}", "{", "}",
          "[", "]", "(", ")", "=", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "+", "-", "*", "/", "%",
          ".", ",", "...", "=>", "?", ":", "\"s\"", "\"${x}\"", "\"%{if a}b%{endif}\"", "1", "2.5", "1e3",
          "# c\n", "// c\n", "/* c */", "\n", "\n", "\n", "<<EOT\nline ${x}\nEOT\n", "<<-EOT\n  a\n  EOT\n",
          "~", "::");
  private static final String MUTATIONS = "{}[]()\"'$%#/*\n\r\t =<>-.,:?!~\\abcEOT1é😀";

  private final Random rnd;
  private final List<String> seeds;

  HclInputGenerator(long seed, List<String> seeds) {
    this.rnd = new Random(seed);
    this.seeds = List.copyOf(seeds);
  }

  String next() {
    double k = rnd.nextDouble();
    if (k < 0.15) {
      return pick(seeds);
    }
    if (k < 0.55) {
      StringBuilder sb = new StringBuilder();
      for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
        sb.append(pick(seeds));
      }
      return perturb(sb.toString());
    }
    if (k < 0.7) {
      return mutate(perturb(pick(seeds)));
    }
    if (k < 0.8) {
      return breakExpression(pick(seeds));
    }
    return soup();
  }

  private String pick(List<String> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private String perturb(String s) {
    String[] lines = s.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String stripped = l.replaceFirst("^ +", "");
      double r = rnd.nextDouble();
      if (r < 0.3) {
        l = " ".repeat(rnd.nextInt(8)) + stripped;
      } else if (r < 0.4) {
        l = "\t" + stripped;
      }
      if (rnd.nextDouble() < 0.2) {
        l = l + " ".repeat(1 + rnd.nextInt(3));
      }
      if (rnd.nextDouble() < 0.3) {
        l = l.replace(" = ", pick(List.of("=", "   =  ", " =", "= ")));
      }
      if (rnd.nextDouble() < 0.2) {
        l = l.replace(", ", ",");
      }
      sb.append(l);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    String out = sb.toString();
    if (rnd.nextDouble() < 0.15) {
      out = out.replace("\n", "\r\n");
    }
    if (rnd.nextDouble() < 0.1) {
      out = out.replaceFirst("\n+$", "");
    }
    return out;
  }

  private String mutate(String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
      int at = rnd.nextInt(sb.length() + 1);
      if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) {
        at--;
      }
      if (rnd.nextBoolean()) {
        int idx = MUTATIONS.offsetByCodePoints(0, rnd.nextInt(MUTATIONS.codePointCount(0, MUTATIONS.length())));
        sb.insert(at, Character.toChars(MUTATIONS.codePointAt(idx)));
      } else if (at < sb.length()) {
        sb.delete(at, at + Character.charCount(sb.codePointAt(at)));
      }
    }
    return sb.toString();
  }

  /** Typical ways a hand edit breaks an expression: doubled "=" or ",", a value or operand left out. */
  private String breakExpression(String s) {
    List<String[]> edits =
        List.of(
            new String[] {" = ", " = = "},
            new String[] {" = ", " =\n"},
            new String[] {", ", ",, "},
            new String[] {"[", "[,"},
            new String[] {"(", "(,"},
            new String[] {" + ", " + * "},
            new String[] {" ? ", " ?\n"},
            new String[] {" : ", " "},
            new String[] {".", "."},
            new String[] {"}", "+}"},
            new String[] {"]", " 1]"},
            new String[] {"%{ endif }", ""},
            new String[] {" in ", " "});
    String[] e = edits.get(rnd.nextInt(edits.size()));
    int at = s.indexOf(e[0]);
    if (at < 0) {
      return s + "x = " + pick(List.of("= 1", "[1,, 2]", "{ b = }", "f(1 2)", "\"${}\"", "a ? b")) + "\n";
    }
    for (int n = rnd.nextInt(3); n > 0 && s.indexOf(e[0], at + 1) >= 0; n--) {
      at = s.indexOf(e[0], at + 1);
    }
    return s.substring(0, at) + e[1] + s.substring(at + e[0].length());
  }

  private String soup() {
    StringBuilder sb = new StringBuilder();
    for (int n = 1 + rnd.nextInt(40); n > 0; n--) {
      sb.append(rnd.nextDouble() < 0.3 ? pick(WORDS) : pick(TOKENS));
      sb.append(pick(List.of("", " ", "  ", "\t", " ")));
    }
    return sb.toString();
  }
}
