package dev.stackgen.output;

import dev.stackgen.catalog.InsideRepo;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.model.Background;
import dev.stackgen.model.OneByOne;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what the catalog produces with the working tree, without writing anything: each owned
 * path is clean, stale, missing, hand-written or differs only in line endings; files under the
 * stacks directory that carry the header but are no longer produced are orphaned.
 */
public final class DriftChecker {
  private static final byte[] HEADER = Renderer.HEADER.getBytes(StandardCharsets.UTF_8);
  /** Bytes read past the header's length: room for the line break and blank lines before it. */
  private static final int HEADER_PROBE = 64;

  private DriftChecker() {}

  /**
   * Reports, in plan order then orphans by path. With {@code headerOwnership} false (catalog says
   * {@code header = false}) every planned path counts as owned and orphans cannot be recognised.
   */
  public static List<FileReport> check(Path repo, List<GeneratedFile> plan, String stacksDir,
      boolean headerOwnership) throws IOException {
    SafePaths.Resolver paths = new SafePaths.Resolver(repo);
    InsideRepo inside = new InsideRepo(repo);
    Set<String> planned = new HashSet<>();
    for (GeneratedFile f : plan) {
      planned.add(f.path());
    }
    // The walk of the stacks folder (orphans, leftovers) reads only what the compare does not: on
    // large plans it runs on a thread of its own meanwhile (its error, if any, comes after the compare's).
    Background<Scan> scanning = plan.size() >= PARALLEL_FROM
        ? Background.start("stackgen-scan", new Scanning(repo, stacksDir, planned, headerOwnership)) : null;
    List<FileReport> reports = new ArrayList<>(plan.size());
    if (plan.size() >= PARALLEL_FROM) {
      reports.addAll(compareAll(paths, inside, plan, headerOwnership));
    } else {
      for (GeneratedFile f : plan) {
        reports.add(compare(paths, inside, f, headerOwnership));
      }
    }
    List<String> crlf = new ArrayList<>();
    for (FileReport r : reports) {
      if (r.status() == FileStatus.LINE_ENDINGS) {
        crlf.add(r.path());
      }
    }
    if (!crlf.isEmpty()) {
      // Line endings alone: clean where git would commit the file with LF anyway (autocrlf, text, eol).
      Set<String> normalised = GitLineEndings.normalised(repo, crlf);
      reports.replaceAll(r -> r.status() == FileStatus.LINE_ENDINGS && normalised.contains(r.path())
          ? new FileReport(r.path(), r.stack(), FileStatus.CLEAN, r.expected(), r.actual()) : r);
    }
    Scan scan = scanning != null ? scanning.result() : scan(repo, stacksDir, planned, headerOwnership);
    for (String orphan : scan.orphans()) {
      byte[] bytes = inside.read(orphan);
      if (bytes != null) {
        reports.add(new FileReport(orphan, stackOf(orphan, stacksDir), FileStatus.ORPHANED, null,
            new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    for (String leftover : leftovers(repo, planned, stacksDir, scan)) {
      reports.add(new FileReport(leftover, stackOf(leftover, stacksDir), FileStatus.LEFTOVER, null, null));
    }
    return reports;
  }

  /**
   * {@link #compare} of every planned file, on this thread and the common pool's, each taking the next file
   * as it finishes one (issue 23: a parallel stream split the plan into four chunks on two processors, and
   * the thread done first waited for the other's last chunk); the reports in plan order, or the error of
   * the first file in plan order that failed.
   */
  private static List<FileReport> compareAll(SafePaths.Resolver paths, InsideRepo inside, List<GeneratedFile> plan,
      boolean headerOwnership) throws IOException {
    Object[] done = new OneByOne() {
      @Override
      protected Object run(int i) {
        try {
          return compare(paths, inside, plan.get(i), headerOwnership);
        } catch (IOException | RuntimeException | Error e) {
          return e;
        }
      }
    }.runAll(plan.size());
    List<FileReport> reports = new ArrayList<>(done.length);
    for (Object d : done) {
      if (d instanceof IOException e) {
        throw e;
      }
      if (d instanceof RuntimeException e) {
        throw e;
      }
      if (d instanceof Error e) {
        throw e;
      }
      reports.add((FileReport) d);
    }
    return reports;
  }

  /** A {@link #scan} as background work (a class, not a lambda: no class spun at run time). */
  private record Scanning(Path repo, String stacksDir, Set<String> planned, boolean headerOwnership)
      implements
        Background.Work<Scan> {
    @Override
    public Scan run() throws IOException {
      return scan(repo, stacksDir, planned, headerOwnership);
    }
  }

  /** Plans with at least this many files are compared on all processors. */
  static final int PARALLEL_FROM = 64;

  private static FileReport compare(SafePaths.Resolver paths, InsideRepo inside, GeneratedFile f,
      boolean headerOwnership) throws IOException {
    paths.resolve(f.path());
    InsideRepo.Entry e = ownedEntry(inside, f.path());
    if (!e.isRegularFile()) {
      // nothing there, or a folder (generate names what is in the way)
      return new FileReport(f.path(), f.stack(), FileStatus.MISSING, f.content(), null);
    }
    byte[] bytes;
    try {
      bytes = inside.readFile(e.path(), f.path());
    } catch (NoSuchFileException ex) {
      return new FileReport(f.path(), f.stack(), FileStatus.MISSING, f.content(), null);
    }
    String actual = new String(bytes, StandardCharsets.UTF_8);
    FileStatus status;
    if (actual.equals(f.content())) {
      status = FileStatus.CLEAN;
    } else if (headerOwnership && !startsWithHeader(bytes)) {
      status = FileStatus.HAND_WRITTEN;
    } else if (actual.indexOf('\r') >= 0 && actual.replace("\r\n", "\n").equals(f.content())) {
      // (mixed endings too; the caller asks git whether it would commit this file normalised)
      status = FileStatus.LINE_ENDINGS;
    } else {
      status = FileStatus.STALE;
    }
    return new FileReport(f.path(), f.stack(), status, f.content(), actual);
  }

  /**
   * The entry at an owned path, checked without opening it: refused inside another repository's
   * working tree (a submodule), where a symbolic link stands (git stores a link, not the file it
   * points to, so the link is data stackgen does not own) and where a FIFO, device or socket stands.
   * {@code check}, {@code check --staged} and {@code generate} refuse the same paths with the same words.
   */
  static InsideRepo.Entry ownedEntry(InsideRepo inside, String path) throws IOException {
    String other = inside.otherRepositoryAbove(path);
    if (other != null) {
      throw insideOtherRepository(path, other);
    }
    InsideRepo.Entry e = inside.entry(path);
    if (e.isLink()) {
      throw linkInTheWay(path, Files.readSymbolicLink(e.path()).toString());
    }
    if (e.isSpecial()) {
      throw new InsideRepo.NotRegularFileException(path);
    }
    return e;
  }

  static IOException insideOtherRepository(String path, String other) {
    return new IOException(path + ": inside another git repository (" + other
        + " holds .git: a submodule or nested repository); stackgen generates nothing there");
  }

  /** The error for a symbolic link at a path stackgen owns (the same for check, check --staged and generate). */
  static IOException linkInTheWay(String path, String target) {
    return new IOException("a symbolic link is where stackgen writes the file " + path + " (it points to " + target
        + "); stackgen replaces only regular files: replace the link with a file, or take the path out of the"
        + " catalog (import leaves linked files alone)");
  }

  /**
   * True when the bytes start with the header line (LF or CRLF after it), after the blank lines a
   * file may start with ({@code leading_blank_lines}).
   */
  public static boolean startsWithHeader(byte[] bytes) {
    int start = 0;
    while (start < bytes.length && (bytes[start] == '\n' || bytes[start] == '\r')) {
      start++;
    }
    if (bytes.length - start < HEADER.length) {
      return false;
    }
    for (int i = 0; i < HEADER.length; i++) {
      if (bytes[start + i] != HEADER[i]) {
        return false;
      }
    }
    int end = start + HEADER.length;
    return bytes.length == end || bytes[end] == '\n' || bytes[end] == '\r';
  }

  /** What a walk of the stacks folder found: orphaned owned files and temporary files of killed runs. */
  record Scan(List<String> orphans, List<String> leftovers) {}

  /** The stack a path below the stacks folder belongs to (null directly in it or outside it). */
  static String stackOf(String path, String stacksDir) {
    if (!underStacks(path, stacksDir)) {
      return null;
    }
    String rest = stacksDir.equals(".") ? path : path.substring(stacksDir.length() + 1);
    return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : null;
  }

  /** True when {@code path} (repository-relative) is below the stacks folder ({@code "."}: everywhere). */
  static boolean underStacks(String path, String stacksDir) {
    return stacksDir.equals(".") || path.startsWith(stacksDir + "/");
  }

  /** Files under the stacks folder that carry the header but are not in {@code planned}, sorted. */
  static List<String> orphans(Path repo, String stacksDir, Set<String> planned) throws IOException {
    return scan(repo, stacksDir, planned, true).orphans();
  }

  /**
   * Walks the stacks folder (links not followed, folders starting with {@code .} skipped): orphans
   * (only with header ownership) and leftover temporary files, each sorted.
   */
  private static final String LEGACY_ROOT = "terragrunt.hcl";

  static Scan scan(Path repo, String stacksDir, Set<String> planned, boolean headerOwnership) throws IOException {
    return scan(repo, stacksDir, planned, headerOwnership, null);
  }

  /**
   * {@link #scan}, also putting into {@code seen} (when not null) the attributes the walk read of each
   * planned regular file it met: links are not followed below the stacks folder's real place, so such
   * a file has no link on its way there and its attributes are those of the file itself.
   */
  static Scan scan(Path repo, String stacksDir, Set<String> planned, boolean headerOwnership,
      java.util.Map<String, BasicFileAttributes> seen) throws IOException {
    Path dir = repo.resolve(stacksDir).normalize();
    List<String> found = new ArrayList<>();
    List<String> temps = new ArrayList<>();
    // A generated root terragrunt.hcl the catalog no longer writes (root_file = "root.hcl"; e.g. left by
    // an interrupted migrate root-hcl) is orphaned too: Terragrunt would take it for a unit.
    Path legacyRoot = repo.resolve(LEGACY_ROOT);
    if (headerOwnership && !planned.contains(LEGACY_ROOT) && !dir.equals(repo.normalize())
        && Files.isRegularFile(legacyRoot, java.nio.file.LinkOption.NOFOLLOW_LINKS) && hasHeader(legacyRoot)) {
      found.add(LEGACY_ROOT);
    }
    if (!Files.isDirectory(dir)) {
      return new Scan(found, temps);
    }
    // A stacks folder reached through a link inside the repository is walked at its real place and
    // reported under its catalog path; one leading outside is not walked (writing there is refused).
    Path real = dir.toRealPath();
    Path top = repo.toRealPath();
    if (!real.startsWith(top)) {
      return new Scan(found, temps);
    }
    String prefix = repo.normalize().relativize(dir).toString().replace('\\', '/');
    new Walk(planned, headerOwnership, seen, found, temps).folder(real, prefix, listing(real));
    found.sort(null);
    temps.sort(null);
    return new Scan(found, temps);
  }

  /**
   * The walk of {@link #scan}: folders by their listing, each entry's attributes read without
   * following links; a folder starting with {@code .} is not entered, and one holding a {@code .git}
   * entry (a submodule or another repository's working tree) is skipped, both never stackgen's. The
   * listing answers the {@code .git} question, so no folder costs a failed lookup.
   */
  private record Walk(Set<String> planned, boolean headerOwnership, java.util.Map<String, BasicFileAttributes> seen,
      List<String> found, List<String> temps) {
    void folder(Path folder, String rel, List<Path> entries) throws IOException {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        String sub = rel.isEmpty() ? name : rel + "/" + name;
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          if (!name.startsWith(".")) {
            List<Path> inner = listing(p);
            if (!hasGit(inner)) {
              folder(p, sub, inner);
            }
          }
        } else if (a.isRegularFile()) {
          if (AtomicWriter.isTempName(name)) {
            temps.add(sub);
          } else if (planned.contains(sub)) {
            if (seen != null && name.indexOf('\\') < 0) {
              seen.put(sub, a);
            }
          } else if (headerOwnership && hasHeader(p)) {
            found.add(sub);
          }
        }
      }
    }

    private static boolean hasGit(List<Path> entries) {
      for (Path p : entries) {
        if (p.getFileName().toString().equals(".git")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The entries of {@code folder}. Through {@code java.io.File.list}, one native call per folder
   * (a directory stream makes one per entry and was an eighth of a cache hit's main thread), unless
   * that fails or a name did not decode (bytes the file name encoding cannot read): then through a
   * directory stream, which keeps such names' bytes and throws the failure as it is.
   */
  private static List<Path> listing(Path folder) throws IOException {
    String[] names = folder.toFile().list();
    if (names != null) {
      List<Path> entries = new ArrayList<>(names.length);
      for (String name : names) {
        if (name.indexOf('\uFFFD') >= 0) {
          entries = null;
          break;
        }
        entries.add(folder.resolve(name));
      }
      if (entries != null) {
        return entries;
      }
    }
    List<Path> entries = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        entries.add(p);
      }
    }
    return entries;
  }

  /**
   * Temporary files of killed runs: those the walk of the stacks folder found, and those in the
   * folder of every planned file outside the stacks folder (the repository root), sorted.
   */
  static List<String> leftovers(Path repo, java.util.Collection<String> planned, String stacksDir, Scan scan)
      throws IOException {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(scan.leftovers());
    Set<String> folders = new java.util.TreeSet<>();
    folders.add("");
    for (String path : planned) {
      int slash = path.lastIndexOf('/');
      String folder = slash < 0 ? "" : path.substring(0, slash);
      if (!folder.equals(stacksDir) && !underStacks(folder + "/", stacksDir)) {
        folders.add(folder);
      }
    }
    for (String folder : folders) {
      Path d = folder.isEmpty() ? repo : repo.resolve(folder);
      if (!Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      // every entry and a name test, not a glob: a glob compiles a regex (start-up time on a cache hit)
      try (var entries = Files.newDirectoryStream(d)) {
        for (Path p : entries) {
          String name = p.getFileName().toString();
          if (AtomicWriter.isTempName(name)) {
            all.add(folder.isEmpty() ? name : folder + "/" + name);
          }
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // gone meanwhile
      }
    }
    return new ArrayList<>(all);
  }

  private static boolean hasHeader(Path file) throws IOException {
    // no link followed, no FIFO waited on (the scan saw a regular file; it may have been swapped since)
    return startsWithHeader(InsideRepo.readRegular(file, HEADER.length + HEADER_PROBE));
  }
}
