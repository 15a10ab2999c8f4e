package dev.stackgen.hcl;

import java.util.Objects;

/** Builds HCL string literals and heredocs that decode back to a given value exactly. */
public final class HclEscaper {
  private HclEscaper() {}

  /**
   * A quoted HCL string literal, quotes included: {@code "} and {@code \} backslash-escaped, {@code
   * \n \r \t} for those controls, {@code \}{@code uXXXX} for other control characters, <code>${</code>
   * and <code>%{</code> doubled to <code>$${</code> and <code>%%{</code>; other characters (non-ASCII too) kept.
   */
  public static String quoted(String value) {
    Objects.requireNonNull(value, "value");
    StringBuilder sb = new StringBuilder(value.length() + 2);
    sb.append('"');
    int n = value.length();
    for (int k = 0; k < n; k++) {
      char c = value.charAt(k);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '$':
        case '%':
          sb.append(c);
          if (k + 1 < n && value.charAt(k + 1) == '{') {
            sb.append(c);
          }
          break;
        default:
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(value.charAt(k + 1)))
              && !(Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(value.charAt(k - 1)))) {
            throw new IllegalArgumentException(
                "value contains an unpaired surrogate at index " + k);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
    return sb.toString();
  }

  /**
   * Heredoc body text for {@code value}: <code>${</code> and <code>%{</code> doubled; everything else is
   * literal in a heredoc. A final newline is added when missing, since a heredoc body is whole lines.
   *
   * @throws IllegalArgumentException if the value has a carriage return not followed by a newline
   */
  public static String heredocBody(String value) {
    Objects.requireNonNull(value, "value");
    int cr = value.replace("\r\n", "\n\n").indexOf('\r');
    if (cr >= 0) {
      throw new IllegalArgumentException(
          "a heredoc cannot contain a carriage return not followed by a newline (index " + cr + ")");
    }
    String body = value.replace("${", "$${").replace("%{", "%%{");
    if (!body.isEmpty() && !body.endsWith("\n")) {
      body = body + "\n";
    }
    return body;
  }

  /**
   * A heredoc delimiter that no line of {@code body} equals (ignoring surrounding whitespace, as the
   * scanner does): {@code preferred} if possible, then EOT, EOF, EOT1, EOT2, ...
   */
  public static String heredocDelimiter(String body, String preferred) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(preferred, "preferred");
    if (preferred.isEmpty()
        || !HclLexer.isIdStart(preferred.codePointAt(0)) && preferred.charAt(0) != '_') {
      throw new IllegalArgumentException("heredoc delimiter must be an identifier: " + preferred);
    }
    java.util.Set<String> lines = new java.util.HashSet<>();
    for (String l : body.split("\n", -1)) {
      lines.add(HclLexer.goTrimSpace(l));
    }
    for (String candidate : new String[] {preferred, "EOT", "EOF"}) {
      if (!lines.contains(candidate)) {
        return candidate;
      }
    }
    for (int k = 1;; k++) {
      if (!lines.contains("EOT" + k)) {
        return "EOT" + k;
      }
    }
  }

  /**
   * {@code text} safe for a one-line message: line breaks, control characters, invisible format
   * characters and unpaired surrogates are shown as {@code \}{@code uXXXX}; everything else is kept.
   */
  public static String printable(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = null;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean paired = Character.isHighSurrogate(c) ? k + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(k + 1))
          : Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(text.charAt(k - 1));
      if (isInvisible(c) || (Character.isSurrogate(c) && !paired)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, k);
        }
        sb.append(String.format("\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** True for characters that do not show as themselves on one line of a terminal. */
  static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || (Character.isWhitespace(cp) && cp != ' ')
        || cp == 0x85 || cp == 0xa0 || cp == 0x2007 || cp == 0x202f;
  }

  /** Longest run of non-blank characters {@link #oneLine} keeps whole. */
  static final int MAX_WORD = 80;

  /**
   * {@link #printable} text with every run of more than 80 non-blank characters cut to its first
   * 60 and {@code ...}, so that a message quoting a huge input stays one readable line.
   */
  public static String oneLine(String text) {
    String p = printable(text);
    StringBuilder sb = new StringBuilder(Math.min(p.length(), 1000));
    int k = 0;
    while (k < p.length()) {
      int end = k;
      while (end < p.length() && p.charAt(end) != ' ') {
        end++;
      }
      if (end - k > MAX_WORD) {
        int cut = k + 60;
        if (Character.isLowSurrogate(p.charAt(cut))) {
          cut--;
        }
        sb.append(p, k, cut).append("...");
      } else {
        sb.append(p, k, end);
      }
      if (end < p.length()) {
        sb.append(' ');
      }
      k = end + 1;
    }
    return sb.toString();
  }
}
