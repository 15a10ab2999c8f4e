package dev.stackgen.importer;

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
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + " is " + show(a[i]) + " in the file, " + show(b[i]) + " rendered";
      }
    }
    if (a.length > b.length) {
      return "the file goes on at line " + (n + 1) + " with " + show(a[n]) + " (" + (a.length - n) + " more lines)";
    }
    if (b.length > a.length) {
      return "the file ends at line " + n + ", the rendering goes on with " + show(b[n]);
    }
    return "identical";
  }

  private static String show(String line) {
    String s = line.length() > 60 ? line.substring(0, 57) + "..." : line;
    return s.isEmpty() ? "a blank line" : "`" + s + "`";
  }
}
