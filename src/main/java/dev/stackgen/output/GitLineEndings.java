package dev.stackgen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which files git normalises to LF when it commits them (its "clean" conversion): those with the
 * {@code text} attribute set or {@code auto}, or an {@code eol} attribute, and, where the attributes
 * say nothing, every file when {@code core.autocrlf} is {@code true} or {@code input}. A file git
 * normalises is the same commit whatever its line endings, so a CRLF checkout made by git
 * ({@code core.autocrlf=true}, {@code eol=crlf}) is clean. Asked of git itself (one
 * {@code git config} and one {@code git check-attr} for all paths), and only when some owned file
 * differs from what the catalog produces in its line endings alone.
 */
final class GitLineEndings {
  private GitLineEndings() {}

  /** The subset of {@code paths} (relative to {@code dir}) git would commit with LF line endings. */
  static Set<String> normalised(Path dir, List<String> paths) {
    Set<String> result = new HashSet<>();
    if (paths.isEmpty()) {
      return result;
    }
    try {
      Git.Result config = Git.run(dir, null, "config", "--get", "core.autocrlf");
      String autocrlf = config.exit() == 0 ? config.out().strip().toLowerCase(java.util.Locale.ROOT) : "false";
      boolean byConfig = autocrlf.equals("true") || autocrlf.equals("input") || autocrlf.equals("yes")
          || autocrlf.equals("on") || autocrlf.equals("1");
      StringBuilder in = new StringBuilder();
      for (String p : paths) {
        in.append(p).append('\0');
      }
      Git.Result attrs = Git.run(dir, in.toString().getBytes(StandardCharsets.UTF_8),
          "check-attr", "-z", "--stdin", "text", "eol");
      if (attrs.exit() != 0) {
        return result; // not a git repository: nothing normalises
      }
      String[] f = attrs.out().split("\0", -1);
      java.util.Map<String, String[]> byPath = new java.util.HashMap<>();
      for (int i = 0; i + 2 < f.length; i += 3) {
        String[] v = byPath.computeIfAbsent(f[i], k -> new String[2]);
        v[f[i + 1].equals("text") ? 0 : 1] = f[i + 2];
      }
      for (String p : paths) {
        String[] v = byPath.getOrDefault(p, new String[] {"unspecified", "unspecified"});
        String text = v[0] == null ? "unspecified" : v[0];
        String eol = v[1] == null ? "unspecified" : v[1];
        boolean normalises = switch (text) {
          case "set", "auto" -> true;
          case "unset" -> false;
          default -> !eol.equals("unspecified") && !eol.equals("unset") || byConfig;
        };
        if (normalises) {
          result.add(p);
        }
      }
    } catch (IOException e) {
      // git is not installed: nothing normalises, the files are reported as line-endings
    }
    return result;
  }
}
