package dev.stackgen.output;

import dev.stackgen.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the last {@code generate} produced, remembered outside the repository so that {@code check}
 * of an unchanged catalog can compare file hashes instead of rendering (the pre-commit hook's
 * everyday case). Only {@code generate} writes it; {@code check} only reads it, and on any doubt
 * (other key, a file that differs, an orphan) falls back to rendering. The key covers everything the
 * output depends on: stackgen's own build, the catalog files and the template overrides.
 */
public final class CheckCache {
  private static final String FORMAT = "stackgen-check-cache 2";
  /** The format before blob ids (never a hit now; {@link #lastWritten} still reads it). */
  private static final String FIRST_FORMAT = "stackgen-check-cache 1";

  /** The only environment variables stackgen reads: where (and whether) to keep this cache. */
  public static final List<String> ENVIRONMENT =
      List.of("STACKGEN_NO_CACHE", "STACKGEN_CACHE_DIR", "XDG_CACHE_HOME", "HOME");

  private final Path file;
  private final String key;

  private CheckCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /**
   * One owned file as generate left it: path, stack (or null), SHA-256 of the content, git's (SHA-1)
   * blob id of the content, and the size and modification time (ns) it had on disk then (-1 when
   * unknown). The blob id lets the hook compare a file that is unchanged since generate with git's
   * index without reading it.
   */
  public record Entry(String path, String stack, String sha256, String blob, long size, long mtime) {}

  /**
   * A cache hit: the stacks folder, header ownership, the files, the catalog warnings, and when the
   * cache was written (ns): a file modified at or after that moment is hashed even if it looks unchanged.
   */
  public record Hit(String stacksDir, boolean header, List<Entry> files, List<String> warnings, long written) {
    public Hit {
      files = List.copyOf(files);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The cache of {@code repo} keyed by the given inputs, or empty when caching is off
   * ({@code STACKGEN_NO_CACHE}) or no cache folder can be named.
   *
   * @param inputs relative name to bytes of every catalog file and template override, in a fixed order
   */
  public static Optional<CheckCache> of(Path repo, String toolIdentity, Map<String, byte[]> inputs,
      Map<String, String> env) throws IOException {
    if (env.get("STACKGEN_NO_CACHE") != null) {
      return Optional.empty();
    }
    Path dir;
    if (env.get("STACKGEN_CACHE_DIR") != null) {
      dir = Path.of(env.get("STACKGEN_CACHE_DIR"));
    } else if (env.get("XDG_CACHE_HOME") != null) {
      dir = Path.of(env.get("XDG_CACHE_HOME"), "stackgen");
    } else if (env.get("HOME") != null) {
      dir = Path.of(env.get("HOME"), ".cache", "stackgen");
    } else {
      return Optional.empty();
    }
    Sha256 digest = new Sha256();
    update(digest, FORMAT);
    update(digest, toolIdentity);
    for (var e : inputs.entrySet()) {
      update(digest, e.getKey());
      digest.update(e.getValue());
      digest.update((byte) 0);
    }
    String repoId = HexFormat.of().formatHex(Sha256.of(
        repo.toRealPath().toString().getBytes(StandardCharsets.UTF_8)), 0, 12);
    return Optional.of(new CheckCache(dir.resolve(repoId + ".cache"), HexFormat.of().formatHex(digest.digest())));
  }

  public Path file() {
    return file;
  }

  /**
   * Remembers a plan after {@code generate} wrote it into {@code repo} (best effort: a cache that
   * cannot be written is simply not there).
   */
  public void store(Path repo, List<GeneratedFile> plan, String stacksDir, boolean header, List<String> warnings) {
    StringBuilder b = new StringBuilder(FORMAT).append('\n');
    b.append("key ").append(key).append('\n');
    b.append("stacks_dir ").append(stacksDir).append('\n');
    b.append("header ").append(header).append('\n');
    for (String w : warnings) {
      b.append("warning ").append(w.replace('\n', ' ')).append('\n');
    }
    for (GeneratedFile f : plan) {
      long size = -1;
      long mtime = -1;
      try {
        // Record size and time only for a file that holds exactly the expected bytes and did not
        // change while it was read: an edit between generate's write and this moment must not be
        // remembered as clean.
        Path p = repo.resolve(f.path());
        BasicFileAttributes before = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        byte[] expected = f.content().getBytes(StandardCharsets.UTF_8);
        if (before.isRegularFile() && before.size() == expected.length
            && java.util.Arrays.equals(dev.stackgen.catalog.InsideRepo.readRegular(p, expected.length), expected)) {
          BasicFileAttributes after = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (after.lastModifiedTime().equals(before.lastModifiedTime()) && after.size() == before.size()) {
            size = after.size();
            mtime = after.lastModifiedTime().to(TimeUnit.NANOSECONDS);
          }
        }
      } catch (IOException e) {
        // not on disk (e.g. generate --stack): it will be hashed
      }
      byte[] content = f.content().getBytes(StandardCharsets.UTF_8);
      b.append("file ").append(hex(content)).append(' ').append(StagedCheck.blobId(content, false)).append(' ')
          .append(size).append(' ').append(mtime).append(' ')
          .append(f.stack() == null ? "-" : f.stack()).append(' ').append(f.path()).append('\n');
    }
    try {
      AtomicWriter.write(file, b.toString());
    } catch (IOException e) {
      // best effort: check renders when there is no cache
    }
  }

  /**
   * What the last {@code generate} of this repository wrote, whatever catalog it came from: path to
   * the SHA-256 (hex) of the bytes written; empty without a readable cache file. A stale owned file
   * whose bytes differ from these was edited by hand after that generate. A cache of the first format
   * (no blob ids, written by an older stackgen) still tells it.
   */
  public java.util.Map<String, String> lastWritten() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      // fields before the path (which may hold spaces): file, sha256[, blob], size, mtime, stack
      int fields = !lines.isEmpty() && lines.get(0).equals(FIRST_FORMAT) ? 6 : 7;
      for (String line : lines) {
        if (line.startsWith("file ")) {
          String[] parts = line.split(" ", fields);
          if (parts.length == fields) {
            out.put(parts[fields - 1], parts[1]);
          }
        }
      }
    } catch (IOException e) {
      return java.util.Map.of();
    }
    return out;
  }

  /** The SHA-256 (hex) of text as UTF-8, as {@link #lastWritten()} records it. */
  public static String sha256Hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The remembered plan when it was stored under this key. */
  public Optional<Hit> load() {
    List<String> lines;
    try {
      lines = utf8Lines(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines == null) {
      return Optional.empty();
    }
    if (lines.size() < 4 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals("key " + key)
        || !lines.get(2).startsWith("stacks_dir ") || !lines.get(3).startsWith("header ")) {
      return Optional.empty();
    }
    List<Entry> files = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      if (line.startsWith("warning ")) {
        warnings.add(line.substring(8));
      } else if (line.startsWith("file ")) {
        String[] parts = line.split(" ", 7);
        if (parts.length != 7) {
          return Optional.empty();
        }
        try {
          files.add(new Entry(parts[6], parts[5].equals("-") ? null : parts[5], parts[1], parts[2],
              Long.parseLong(parts[3]), Long.parseLong(parts[4])));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    long written;
    try {
      written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new Hit(lines.get(2).substring(11), Boolean.parseBoolean(lines.get(3).substring(7)),
        files, warnings, written));
  }

  /**
   * The lines of {@code bytes} as {@link Files#readAllLines} gives them (split at LF, CR and CRLF; no
   * empty last line after a final break), or null when the bytes are not valid UTF-8. Without the
   * reader and decoder classes readAllLines loads (the cache hit loads as little as it can).
   */
  static List<String> utf8Lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      return null; // a malformed sequence was replaced: readAllLines would have failed
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * Reports of a clean tree when every remembered file is on disk unchanged and nothing is
   * orphaned; empty otherwise (then the caller renders and reports exactly). Like git's index, a
   * file whose size and modification time are what generate left, and older than the cache itself,
   * is taken as unchanged without reading it; any other file is hashed.
   */
  public static Optional<List<FileReport>> cleanReports(Path repo, Hit hit) throws IOException {
    Set<String> planned = new HashSet<>();
    for (Entry e : hit.files()) {
      planned.add(e.path());
    }
    // The walk for orphans reads the attributes of every file under the stacks folder anyway: a
    // planned file it met is judged by those, and only the others (outside the stacks folder, or
    // not met) are resolved one by one.
    java.util.Map<String, BasicFileAttributes> seen = new java.util.HashMap<>();
    DriftChecker.Scan scan = DriftChecker.scan(repo, hit.stacksDir(), planned, hit.header(), seen);
    if (!scan.orphans().isEmpty() || !DriftChecker.leftovers(repo, planned, hit.stacksDir(), scan).isEmpty()) {
      return Optional.empty();
    }
    SafePaths.Resolver paths = null;
    List<FileReport> reports = new ArrayList<>(hit.files().size());
    for (Entry e : hit.files()) {
      BasicFileAttributes a = seen.get(e.path());
      if (a == null || !statClean(e, a, hit)) {
        Path p;
        try {
          if (paths == null) {
            paths = new SafePaths.Resolver(repo);
          }
          SafePaths.Resolved r = paths.resolved(e.path()); // a link leading outside: the full run reports it
          p = r.path();
          a = r.attributes();
        } catch (IOException ex) {
          return Optional.empty();
        }
        if (a == null) {
          return Optional.empty(); // missing: the full run reports it
        }
        if (!a.isRegularFile()) {
          return Optional.empty(); // a link, FIFO or device: the full run reports it without blocking on it
        }
        if (!statClean(e, a, hit)) {
          byte[] bytes;
          try {
            bytes = dev.stackgen.catalog.InsideRepo.readRegular(p);
          } catch (IOException ex) {
            return Optional.empty();
          }
          if (!hex(bytes).equals(e.sha256())) {
            return Optional.empty();
          }
        }
      }
      reports.add(new FileReport(e.path(), e.stack(), FileStatus.CLEAN, null, null));
    }
    return Optional.of(reports);
  }

  /** Size and time what generate left, and older than the cache itself (a regular file). */
  static boolean statClean(Entry e, BasicFileAttributes a, Hit hit) {
    long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    return a.isRegularFile() && e.size() >= 0 && a.size() == e.size() && mtime == e.mtime() && mtime < hit.written();
  }

  /** The identity of the running stackgen build: its jar's path, size and time, or this JVM. */
  public static String toolIdentity(Class<?> anchor) {
    try {
      Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
      }
    } catch (Exception e) {
      // fall through: no jar to identify
    }
    return "jvm:" + ProcessHandle.current().pid() + ":" + ProcessHandle.current().info().startInstant().orElse(null);
  }

  /**
   * Reads an input for the key; a missing file counts as empty. At most 16 MiB and one byte are read
   * (the catalog reader refuses larger files, so no key of one is ever used).
   */
  public static byte[] read(Path file) throws IOException {
    try {
      return dev.stackgen.catalog.InsideRepo.readForHash(file, 16 << 20);
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.of(bytes));
  }

  private static void update(Sha256 d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }
}
