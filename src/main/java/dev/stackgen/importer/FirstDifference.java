package dev.stackgen.importer;

import dev.stackgen.hcl.Redaction;

/** Where two texts first differ, for import reasons: the line number and both lines. */
final class FirstDifference {
  private FirstDifference() {}

  /** {@code line N: the file has `...`, the catalog renders `...`}. */
  static String describe(String expected, String actual) {
    if (actual == null) {
      return "nothing rendered";
    }
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    // compared as they are, shown with sensitive defaults redacted (import reasons reach CI logs)
    java.util.List<String> shownA = Redaction.lines(java.util.List.of(a));
    java.util.List<String> shownB = Redaction.lines(java.util.List.of(b));
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + " is " + show(shownA.get(i)) + " in the file, " + show(shownB.get(i)) + " rendered";
      }
    }
    if (a.length > b.length) {
      return "the file goes on at line " + (n + 1) + " with " + show(shownA.get(n)) + " (" + (a.length - n)
          + " more lines)";
    }
    if (b.length > a.length) {
      return "the file ends at line " + n + ", the rendering goes on with " + show(shownB.get(n));
    }
    return "identical";
  }

  private static String show(String line) {
    String s = line.length() > 60 ? line.substring(0, 57) + "..." : line;
    return s.isEmpty() ? "a blank line" : "`" + s + "`";
  }
}
