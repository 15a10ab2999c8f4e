package dev.stackgen.hcl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides the values of {@code variable} blocks marked {@code sensitive = true}
 * before anything is printed (diffs, explain, error messages, lint findings): CI logs must not carry
 * them. Printed as Terraform prints them, {@code (sensitive value)}.
 *
 * <p>Works on text lines, so it applies equally to a generated file, a hand-kept file and a catalog
 * file (whose {@code variable} blocks are nested in {@code module} blocks), even one that does not
 * parse: a variable block runs from {@code variable "name" {} to the {@code }} at its indentation.
 */
public final class Redaction {
  private Redaction() {}

  /** What Terraform prints for a sensitive value. */
  public static final String SENSITIVE = "(sensitive value)";

  private static final Pattern VARIABLE_OPEN =
      Pattern.compile("(\\s*)variable\\s+\"[^\"]*\"\\s*\\{\\s*(#.*|//.*)?");
  private static final Pattern SENSITIVE_TRUE = Pattern.compile("\\s*sensitive\\s*=\\s*true\\s*(#.*|//.*)?");
  private static final Pattern DEFAULT_ATTR = Pattern.compile("(\\s*default\\s*=)(.*)");
  private static final Pattern HEREDOC = Pattern.compile(".*<<-?([A-Za-z_][A-Za-z0-9_-]*)\\s*");

  /** The 0-based line ranges (first, last inclusive) that hold a sensitive variable's default. */
  static List<int[]> sensitiveRanges(List<String> lines) {
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = VARIABLE_OPEN.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String close = open.group(1) + "}";
      int end = i + 1;
      boolean sensitive = false;
      while (end < lines.size() && !lines.get(end).stripTrailing().equals(close)) {
        sensitive |= SENSITIVE_TRUE.matcher(lines.get(end)).matches();
        end = skipHeredoc(lines, end) + 1;
      }
      if (sensitive) {
        for (int k = i + 1; k < end && k < lines.size(); k++) {
          Matcher m = DEFAULT_ATTR.matcher(lines.get(k));
          if (!m.matches()) {
            continue;
          }
          int last;
          if (HEREDOC.matcher(lines.get(k)).matches()) {
            last = Math.min(skipHeredoc(lines, k), end - 1);
          } else {
            // a value over several lines runs until the next attribute or block at the default's indentation
            String indent = lines.get(k).substring(0, lines.get(k).indexOf('d'));
            last = k;
            while (last + 1 < end && !startsName(lines.get(last + 1), indent)) {
              last++;
            }
          }
          ranges.add(new int[] {k, last});
          k = last;
        }
      }
      i = Math.max(i, end - 1);
    }
    return ranges;
  }

  private static boolean startsName(String line, String indent) {
    return line.startsWith(indent) && line.length() > indent.length()
        && Character.isLetter(line.charAt(indent.length()));
  }

  /** The line that closes a heredoc opened on line {@code i} (or the last line), else {@code i}. */
  private static int skipHeredoc(List<String> lines, int i) {
    Matcher h = HEREDOC.matcher(lines.get(i));
    if (!h.matches() || lines.get(i).strip().startsWith("#") || lines.get(i).strip().startsWith("//")) {
      return i;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals(h.group(1))) {
        return j;
      }
    }
    return lines.size() - 1;
  }

  /**
   * {@code lines} with the {@code default} of every {@code variable} block that says {@code sensitive
   * = true} replaced by {@code (sensitive value)}, line for line (the line count stays, so line numbers
   * and diffs line up). Every line of a multi-line default (an object, a list, a heredoc) is replaced.
   */
  public static List<String> lines(List<String> lines) {
    List<int[]> ranges = sensitiveRanges(lines);
    if (ranges.isEmpty()) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    for (int[] r : ranges) {
      Matcher m = DEFAULT_ATTR.matcher(lines.get(r[0]));
      m.matches();
      out.set(r[0], m.group(1) + " " + SENSITIVE);
      String indent = lines.get(r[0]).substring(0, lines.get(r[0]).indexOf('d'));
      for (int j = r[0] + 1; j <= r[1]; j++) {
        out.set(j, indent + SENSITIVE);
      }
    }
    return out;
  }

  /** {@link #lines(List)} over a whole text (lines split at {@code \n}; the line endings kept). */
  public static String text(String text) {
    List<String> split = List.of(text.split("\n", -1));
    List<String> redacted = lines(split);
    return redacted == split ? text : String.join("\n", redacted);
  }

  /** Whether 1-based {@code line} of {@code text} lies in a sensitive variable's default. */
  public static boolean inSensitiveValue(String text, int line) {
    for (int[] r : sensitiveRanges(List.of(text.split("\n", -1)))) {
      if (line - 1 >= r[0] && line - 1 <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The secret texts of {@code text}'s sensitive defaults: each value line (stripped of the {@code
   * default =} and of quotes) and each word in it, longest first, for {@link #mask}.
   */
  public static List<String> secrets(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    List<String> out = new ArrayList<>();
    for (int[] r : sensitiveRanges(lines)) {
      for (int j = r[0]; j <= r[1]; j++) {
        String value = j == r[0] ? DEFAULT_ATTR.matcher(lines.get(j)).replaceFirst("$2") : lines.get(j);
        out.add(value.strip());
        for (String word : value.split("[\\s\"'=:,{}\\[\\]()]+")) {
          out.add(word);
        }
      }
    }
    return out;
  }

  /**
   * {@code message} with every occurrence of each of {@code secrets} replaced by {@code (sensitive
   * value)}; secrets shorter than three characters (a brace, {@code true}'s neighbours like {@code =})
   * are left, as they would mask the message itself rather than a value.
   */
  public static String mask(String message, Collection<String> secrets) {
    List<String> sorted = secrets.stream().filter(s -> s.strip().length() >= 3).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String out = message;
    for (String s : sorted) {
      out = out.replace(s, SENSITIVE);
    }
    return out;
  }

  private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");

  /**
   * {@link #mask} applied to the {@code `quoted`} parts of {@code message} only (lint findings quote the
   * lines and values they concern that way; the prose around them stays readable).
   */
  public static String maskQuoted(String message, Collection<String> secrets) {
    if (secrets.isEmpty()) {
      return message;
    }
    Matcher m = BACKTICKED.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(mask(m.group(), secrets)));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|number \\S+");

  /**
   * {@code reason} with each {@code "quoted"} word (and {@code number N}) in it replaced by {@code
   * (sensitive value)}: for a message about a place that holds a sensitive value. Quoted punctuation
   * ({@code "}"}, {@code ","}) stays.
   */
  public static String quoted(String reason) {
    return QUOTED.matcher(reason).replaceAll(m -> m.group().chars().anyMatch(Character::isLetterOrDigit)
        ? Matcher.quoteReplacement(m.group().startsWith("number") ? "number " + SENSITIVE : SENSITIVE)
        : Matcher.quoteReplacement(m.group()));
  }

  /**
   * A syntax error of {@code source} as it may be printed: when it lies in a sensitive default, every
   * quoted word of its reason (the token found, the value) becomes {@code (sensitive value)}.
   */
  public static HclSyntaxException redact(String source, HclSyntaxException e) {
    if (!inSensitiveValue(source, e.line())) {
      return e;
    }
    String reason = mask(quoted(e.reason()), secrets(source));
    if (reason.equals(e.reason())) {
      return e;
    }
    HclSyntaxException r = new HclSyntaxException(e.fileName(), e.line(), e.column(), reason);
    r.setStackTrace(e.getStackTrace());
    return r;
  }
}
