package dev.stackgen.model;

/** "Did you mean" suggestions: the nearest known name by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code name} (Levenshtein distance at most {@code limit}, never
   * {@code name} itself); among equally near ones the first in iteration order; null when none.
   */
  public static String closest(String name, Iterable<String> candidates, int limit) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(name) || Math.abs(candidate.length() - name.length()) > limit) {
        continue;
      }
      int d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /**
   * The nearest candidate worth suggesting for a misspelled {@code name}: at most 2 edits and fewer
   * edits than half the name's length (so short names are not matched to unrelated ones), or the
   * candidate equal to {@code name} in lower case; null when none.
   */
  public static String didYouMean(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    String prefixed = null;
    int prefixes = 0;
    for (String c : candidates) {
      if (c.equals(name)) {
        continue;
      }
      if (c.equals(lower)) {
        return c;
      }
      int d = editDistance(name, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
      if (name.length() >= 5 && c.startsWith(name)) {
        prefixed = c;
        prefixes++;
      }
    }
    if (best != null && bestDistance <= 2 && bestDistance * 2 < name.length()) {
      return best;
    }
    return prefixes == 1 ? prefixed : null;
  }

  /** Edit distance where swapping two neighbouring characters counts as one edit ({@code teir}, {@code tier}). */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** {@code " (did you mean \"x\"?)"} for {@link #didYouMean}, or "". */
  public static String hint(String name, Iterable<String> candidates) {
    String s = didYouMean(name, candidates);
    return s == null ? "" : " (did you mean \"" + s + "\"?)";
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
