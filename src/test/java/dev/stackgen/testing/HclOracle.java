package dev.stackgen.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The official HCL formatter and parser (node + tools/hcl-oracle), called once per batch of files. */
public final class HclOracle {
  static final String INSTALL_HINT =
      "install node (>= 18) and run `npm ci --prefix tools/hcl-oracle` in the repository root";
  private static final long TIMEOUT_MINUTES = 5;

  /** What the official parser said about one input: accepted (with hcl2json's JSON) or an error. */
  public record ParseResult(boolean ok, String json, String error) {}

  private HclOracle() {}

  /** The repository root: system property {@code stackgen.repoRoot} (set by surefire), else user.dir. */
  public static Path repoRoot() {
    return Path.of(System.getProperty("stackgen.repoRoot", System.getProperty("user.dir")))
        .toAbsolutePath();
  }

  /** Why the oracle cannot run here, or empty when it can. */
  public static Optional<String> unavailableReason() {
    Path dir = repoRoot().resolve("tools/hcl-oracle");
    if (findNode().isEmpty()) {
      return Optional.of("HCL oracle unavailable: `node` not found on PATH; " + INSTALL_HINT);
    }
    for (String pkg : List.of("hcl-tools", "hcl2json")) {
      if (!Files.isRegularFile(dir.resolve("node_modules/@cdktf/" + pkg + "/package.json"))) {
        return Optional.of(
            "HCL oracle unavailable: " + dir.resolve("node_modules/@cdktf/" + pkg) + " missing; "
                + INSTALL_HINT);
      }
    }
    return Optional.empty();
  }

  public static boolean isAvailable() {
    return unavailableReason().isEmpty();
  }

  /**
   * Skips the calling test when the oracle is absent, or fails it when env
   * STACKGEN_REQUIRE_ORACLES=1.
   */
  public static void assumeAvailable() {
    assumeAvailable(unavailableReason(), System.getenv("STACKGEN_REQUIRE_ORACLES"));
  }

  static void assumeAvailable(Optional<String> reason, String requireOracles) {
    if (reason.isEmpty()) {
      return;
    }
    if ("1".equals(requireOracles)) {
      throw new AssertionError(reason.get() + " (required because STACKGEN_REQUIRE_ORACLES=1)");
    }
    Assumptions.assumeTrue(false, reason.get());
  }

  /** Formats every file with hclwrite.Format; keys and order of the result follow the argument. */
  public static Map<String, String> format(Map<String, String> files) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Map<String, Object> item : run("format", files)) {
      String name = (String) item.get("name");
      if (item.get("formatted") instanceof String formatted) {
        result.put(name, formatted);
      } else {
        throw new IllegalStateException("official formatter failed on " + name + ": "
            + item.get("error"));
      }
    }
    return result;
  }

  /** Parses every file with the official HCL parser; keys and order follow the argument. */
  public static Map<String, ParseResult> parse(Map<String, String> files) {
    Map<String, ParseResult> result = new LinkedHashMap<>();
    for (Map<String, Object> item : run("parse", files)) {
      boolean ok = Boolean.TRUE.equals(item.get("ok"));
      result.put((String) item.get("name"),
          new ParseResult(ok, (String) item.get("json"), (String) item.get("error")));
    }
    return result;
  }

  /** Reads JSON text (e.g. a {@link ParseResult#json}) into maps, lists, strings, numbers, booleans. */
  public static Object readJson(String json) {
    return Json.read(json);
  }

  private static List<Map<String, Object>> run(String mode, Map<String, String> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    unavailableReason().ifPresent(reason -> {
      throw new IllegalStateException(reason);
    });
    List<Map<String, Object>> items = new ArrayList<>();
    files.forEach((name, content) -> items.add(Map.of("name", name, "content", content)));
    byte[] stdin = Json.write(items).getBytes(StandardCharsets.UTF_8);
    Path script = repoRoot().resolve("tools/hcl-oracle/oracle.mjs");
    ProcessBuilder pb = new ProcessBuilder(findNode().orElseThrow().toString(), script.toString(),
        mode);
    pb.directory(repoRoot().toFile());
    try {
      Process process = pb.start();
      CompletableFuture<byte[]> out = readAsync(process.getInputStream());
      CompletableFuture<byte[]> err = readAsync(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException e) {
        // node exited before reading all input; its stderr below says why
      }
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("oracle.mjs " + mode + " timed out");
      }
      String stdout = new String(out.join(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException("oracle.mjs " + mode + " exited " + process.exitValue()
            + ": " + new String(err.join(), StandardCharsets.UTF_8).strip());
      }
      List<Map<String, Object>> results = new ArrayList<>();
      for (Object o : (List<?>) Json.read(stdout)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        results.add(m);
      }
      if (results.size() != files.size()) {
        throw new IllegalStateException("oracle.mjs " + mode + " returned " + results.size()
            + " results for " + files.size() + " inputs");
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for oracle.mjs", e);
    }
  }

  private static CompletableFuture<byte[]> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        stream.transferTo(buffer);
        return buffer.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static Optional<Path> findNode() {
    String override = System.getenv("STACKGEN_NODE");
    if (override != null && !override.isBlank()) {
      Path p = Path.of(override);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String exe : List.of("node", "node.exe")) {
        Path candidate = Path.of(dir, exe);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Just enough JSON for the oracle protocol: objects, arrays, strings, booleans, null, numbers. */
  static final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
      this.text = text;
    }

    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(sb, value);
      return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof String s) {
        writeString(sb, s);
      } else if (value instanceof Boolean || value instanceof Number) {
        sb.append(value);
      } else if (value instanceof Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          writeString(sb, (String) e.getKey());
          sb.append(':');
          write(sb, e.getValue());
        }
        sb.append('}');
      } else if (value instanceof List<?> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(sb, list.get(i));
        }
        sb.append(']');
      } else {
        throw new IllegalArgumentException("cannot write as JSON: " + value.getClass());
      }
    }

    private static void writeString(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }

    static Object read(String text) {
      Json p = new Json(text);
      p.skipSpace();
      Object value = p.value();
      p.skipSpace();
      if (p.pos != text.length()) {
        throw p.error("trailing characters");
      }
      return value;
    }

    private Object value() {
      if (pos >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        default:
          if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
          }
          if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
          }
          if (text.startsWith("null", pos)) {
            pos += 4;
            return null;
          }
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        skipSpace();
        map.put(key, value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        skipSpace();
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      }
    }

    private Number number() {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw error("unexpected character '" + text.charAt(pos) + "'");
      }
      return Double.parseDouble(text.substring(start, pos));
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private void skipSpace() {
      while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("JSON at offset " + pos + ": " + message);
    }
  }
}
