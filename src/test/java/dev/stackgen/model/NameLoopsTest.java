package dev.stackgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The name checks written as loops instead of regexes (issue 23: a regex compiled in the cold start of
 * a run costs milliseconds) give the regex's answer: on every BMP char alone and after a letter, on
 * supplementary code points and lone surrogates, and on random strings over the characters that matter.
 */
class NameLoopsTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_-]*");
  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
  private static final Pattern ROOT_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*\\.hcl");
  private static final Pattern INCLUDE = Pattern.compile("^include\\s*(\"|\\{)");

  private static List<String> samples(String alphabet, int count, int maxLength, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(List.of("", "include", "include \"x\"", "include{", "include\n\t\u000B\f\r{",
        "include x", "a.hcl", ".hcl", "_.hcl", "a/.tf", "root.hcl", "a//b", "/a", "a/", ".", "..", "a.b/c-d"));
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(maxLength + 1);
      StringBuilder b = new StringBuilder();
      if (random.nextInt(4) == 0) {
        b.append(random.nextBoolean() ? "include" : "a");
      }
      for (int k = 0; k < length; k++) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      if (random.nextInt(4) == 0) {
        b.append(random.nextBoolean() ? ".hcl" : "{");
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void identifierIsTheRegexOnEveryBmpCharAndSupplementaryOnes() {
    List<String> inputs = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      inputs.add(String.valueOf((char) c));
      inputs.add("a" + (char) c);
      inputs.add("_" + (char) c + "x");
    }
    for (int cp : new int[] {0x10400, 0x1D7CE, 0x10140, 0x1F600, 0x20000, 0x16A0, 0x2160}) {
      String s = new String(Character.toChars(cp));
      inputs.add(s);
      inputs.add("a" + s);
      inputs.add(s + "_");
    }
    inputs.add("a\uD800");
    inputs.add("a\uDC00b");
    inputs.add("\uDC00\uD800");
    inputs.addAll(samples("aZ_-09\u00e9\u0660\u00b2\u2160 .\uD801\uDC00\uD800", 20_000, 6, 1));
    for (String s : inputs) {
      assertEquals(IDENTIFIER.matcher(s).matches(), Names.isIdentifier(s), () -> "isIdentifier(" + s + ")");
    }
    assertEquals(false, Names.isIdentifier(null));
  }

  @Test
  void folderPathRootFileAndIncludeAreTheirRegexes() {
    List<String> inputs = samples("aZ09._-/ x\u00e9\n\t\"{", 50_000, 8, 2);
    for (int c = 0; c < 0x180; c++) {
      inputs.add(String.valueOf((char) c));
      inputs.add("a" + (char) c + "b.hcl");
      inputs.add("include" + (char) c);
    }
    for (String s : inputs) {
      assertEquals(FOLDER.matcher(s).matches(), Names.isFolderPath(s), () -> "isFolderPath(" + s + ")");
      assertEquals(ROOT_FILE.matcher(s).matches(), Settings.rootFilePattern(s), () -> "rootFilePattern(" + s + ")");
      assertEquals(INCLUDE.matcher(s).find(), Stack.startsInclude(s), () -> "startsInclude(" + s + ")");
    }
    assertEquals(false, Names.isFolderPath(null));
  }
}
