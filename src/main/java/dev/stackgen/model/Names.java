package dev.stackgen.model;

/** Validation of the names the catalog gives to stacks, tiers and attributes. */
public final class Names {
  private Names() {}

  /** Unicode's letter categories: what {@code \\p{L}} matches (and {@link Character#isLetter(int)}). */
  private static final int LETTER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
  /** Unicode's number categories: what {@code \\p{N}} matches. */
  private static final int NUMBER = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
      | 1 << Character.OTHER_NUMBER;

  /**
   * {@code [\\p{L}_][\\p{L}\\p{N}_-]*}, code point by code point, as a loop: asked for every attribute and
   * label the catalog reads, and the first regex of a run costs milliseconds of interpreted start-up
   * (issue 23). A lone surrogate is in neither category, as for the regex.
   */
  public static boolean isIdentifier(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length();) {
      int cp = s.codePointAt(i);
      int type = 1 << Character.getType(cp);
      boolean ok = cp == '_' || (type & LETTER) != 0 || i > 0 && (cp == '-' || (type & NUMBER) != 0);
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * {@code [A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*} as a loop: one or more non-empty segments of those
   * characters joined by single slashes (a folder such as {@code stacks_dir}; "." and ".." are not
   * refused here).
   */
  public static boolean isFolderPath(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    boolean segmentEmpty = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        if (segmentEmpty) {
          return false;
        }
        segmentEmpty = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
          || c == '-') {
        segmentEmpty = false;
      } else {
        return false;
      }
    }
    return !segmentEmpty;
  }

  /** A stack name must be one safe path segment, so it can never lead outside the stacks folder. */
  public static boolean isStackName(String s) {
    // [a-z0-9][a-z0-9._-]* as a loop (no regex: checked for every dependency target); the first
    // character is never a dot, so "." and ".." never match
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A stack (or unit) path: one or more folder names joined by {@code /}, e.g.
   * {@code prod/us-east-1/mysql} or {@code Production/_global/IAM} (the folder names of real Terragrunt
   * trees): letters, digits, '.', '_' and '-', none starting with '.' or '-'; it can never lead outside
   * the stacks folder ("." and ".." never match).
   */
  public static boolean isStackPath(String s) {
    if (s == null || s.isEmpty() || s.startsWith("/") || s.endsWith("/")) {
      return false;
    }
    // segment by segment without splitting (asked for every dependency of every stack)
    int start = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || s.charAt(k) == '/') {
        if (!isPathSegment(s, start, k)) {
          return false;
        }
        start = k + 1;
      }
    }
    return true;
  }

  private static boolean isPathSegment(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          || (i > from && (c == '.' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String requireStackPath(String s) {
    if (!isStackPath(s)) {
      throw new IllegalArgumentException("stack name must be a path of segments matching [A-Za-z0-9_][A-Za-z0-9._-]*"
          + " joined by '/': " + s);
    }
    return s;
  }

  static String requireIdentifier(String s, String what) {
    if (!isIdentifier(s)) {
      throw new IllegalArgumentException(what + " is not an HCL identifier: " + s);
    }
    return s;
  }

  static String requireStackName(String s) {
    if (!isStackName(s)) {
      throw new IllegalArgumentException(
          "stack name must match [a-z0-9][a-z0-9._-]* (one safe path segment): " + s);
    }
    return s;
  }

  /**
   * {@code relative} followed from the folder {@code from} ({@code a/b} and {@code ../c} give {@code a/c}):
   * {@code from}'s segments as they are, then each of {@code relative}'s, {@code .} and empty ones skipped,
   * {@code ..} dropping the last; null when it climbs above the top.
   */
  public static String resolvePath(String from, String relative) {
    return climb(new java.util.ArrayList<>(java.util.Arrays.asList(from.split("/"))), relative);
  }

  /** {@code a/b/../c} as {@code a/c}; null when it climbs above its start, "" when nothing is left. */
  public static String normalizePath(String path) {
    return climb(new java.util.ArrayList<>(), path);
  }

  private static String climb(java.util.List<String> parts, String relative) {
    for (String segment : relative.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }
}
