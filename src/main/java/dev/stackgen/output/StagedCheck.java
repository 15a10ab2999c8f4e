package dev.stackgen.output;

import dev.stackgen.catalog.InsideRepo;
import dev.stackgen.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code check --staged}: compares what the catalog produces with the git index, i.e. with what the
 * next commit will contain, not with the working tree. An owned file that is right in the working
 * tree but not in the index (untracked, or changed and not added) is {@link FileStatus#UNSTAGED};
 * one deleted from the index is missing; an owned file the catalog no longer produces that is still
 * in the index is orphaned. Two git processes in all: {@code git ls-files --stage} lists the index
 * (blob ids compared with the ids of the expected contents, so clean files are never read) and one
 * {@code git cat-file --batch} reads the blobs that differ and the unplanned files below the stacks
 * folder (for the header).
 */
public final class StagedCheck {
  private StagedCheck() {}

  /** The reports, and the repository's folder relative to the top of the git working tree ("" or "infra/"). */
  public record Result(List<FileReport> reports, String prefix) {
    public Result {
      reports = List.copyOf(reports);
    }
  }

  private record Entry(String mode, String id) {}

  public static Result check(Path repo, List<GeneratedFile> plan, String stacksDir, boolean headerOwnership)
      throws IOException {
    Git.Result top = Git.run(repo, null, "rev-parse", "--show-prefix");
    if (top.exit() != 0) {
      throw new GitRevision.GitException("check --staged: not inside a git working tree: " + repo
          + (top.err().isBlank() ? "" : " (" + top.err().strip().lines().findFirst().orElse("") + ")"));
    }
    String prefix = top.out().strip();
    Git.Result ls = Git.run(repo, null, "ls-files", "--stage", "-z");
    if (ls.exit() != 0) {
      throw new GitRevision.GitException("git ls-files: " + ls.err().strip());
    }
    Map<String, Entry> index = new TreeMap<>();
    for (String record : ls.out().split("\0")) {
      int tab = record.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = record.substring(0, tab).split(" ");
      index.put(record.substring(tab + 1), new Entry(meta[0], meta[1]));
    }
    boolean sha256 = false;
    for (Entry e : index.values()) {
      sha256 |= e.id().length() == 64;
    }

    Set<String> gitlinks = new java.util.HashSet<>();
    index.forEach((path, e) -> {
      if (e.mode().equals(GITLINK)) {
        gitlinks.add(path);
      }
    });
    InsideRepo inside = new InsideRepo(repo);
    Set<String> planned = new LinkedHashSet<>();
    Set<String> wanted = new LinkedHashSet<>();
    List<String> links = new ArrayList<>();
    for (GeneratedFile f : plan) {
      planned.add(f.path());
      // the same refusals as check and generate: inside a submodule (in the index or the tree) ...
      String other = gitlinkAbove(gitlinks, f.path());
      if (other == null) {
        other = inside.otherRepositoryAbove(f.path());
      }
      if (other != null) {
        throw DriftChecker.insideOtherRepository(f.path(), other);
      }
      Entry e = index.get(f.path());
      if (e != null && e.mode().equals(SYMLINK)) {
        links.add(f.path()); // ... and a symbolic link where stackgen writes (git stores the link, not its target)
        wanted.add(e.id());
      } else if (e != null && !e.id().equals(blobId(f.content().getBytes(StandardCharsets.UTF_8), sha256))) {
        wanted.add(e.id());
      }
    }
    List<String> unplanned = new ArrayList<>();
    for (var e : index.entrySet()) {
      String path = e.getKey();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (e.getValue().mode().equals(SYMLINK) || e.getValue().mode().equals(GITLINK)) {
        continue; // a link is data, and a submodule is another repository: never orphans
      }
      if (!planned.contains(path) && (AtomicWriter.isTempName(name)
          || headerOwnership && DriftChecker.underStacks(path, stacksDir) && !hiddenFolder(path, stacksDir))) {
        unplanned.add(path);
        if (!AtomicWriter.isTempName(name)) {
          wanted.add(e.getValue().id());
        }
      }
    }
    Map<String, byte[]> blobs = readBlobs(repo, wanted);
    if (!links.isEmpty()) {
      byte[] target = blobs.get(index.get(links.get(0)).id());
      throw DriftChecker.linkInTheWay(links.get(0), target == null ? "?" : new String(target, StandardCharsets.UTF_8));
    }

    List<FileReport> reports = new ArrayList<>();
    for (GeneratedFile f : plan) {
      byte[] expected = f.content().getBytes(StandardCharsets.UTF_8);
      Entry e = index.get(f.path());
      byte[] staged = e == null ? null : blobs.get(e.id());
      FileStatus status;
      if (e != null && staged == null) {
        status = FileStatus.CLEAN; // its id is the id of the expected content
      } else if (Arrays.equals(worktree(inside, f.path()), expected)) {
        status = FileStatus.UNSTAGED;
      } else if (e == null) {
        status = FileStatus.MISSING;
      } else if (headerOwnership && !DriftChecker.startsWithHeader(staged)) {
        status = FileStatus.HAND_WRITTEN;
      } else {
        String s = new String(staged, StandardCharsets.UTF_8);
        status = s.indexOf('\r') >= 0 && s.replace("\r\n", "\n").equals(f.content())
            ? FileStatus.LINE_ENDINGS : FileStatus.STALE;
      }
      reports.add(new FileReport(f.path(), f.stack(), status, f.content(),
          staged == null ? (status == FileStatus.CLEAN ? f.content() : null) : new String(staged,
              StandardCharsets.UTF_8)));
    }
    for (String path : unplanned) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (AtomicWriter.isTempName(name)) {
        reports.add(new FileReport(path, DriftChecker.stackOf(path, stacksDir), FileStatus.LEFTOVER, null, null));
        continue;
      }
      byte[] staged = blobs.get(index.get(path).id());
      if (staged != null && DriftChecker.startsWithHeader(staged)) {
        reports.add(new FileReport(path, DriftChecker.stackOf(path, stacksDir), FileStatus.ORPHANED, null,
            new String(staged, StandardCharsets.UTF_8)));
      }
    }
    return new Result(reports, prefix);
  }

  /**
   * The answer of {@link #check} for a clean index, from the check cache instead of rendering: empty
   * (then the caller renders and runs {@link #check}) unless every file the cache remembers is in
   * the working tree with the content the catalog produces, and the index holds exactly those bytes
   * (git's blob id of the working-tree bytes equals the staged id; git's stat data is not trusted),
   * and no staged file below the stacks folder is an orphan or a temporary file. One git process
   * ({@code git ls-files --stage}); no blob is read from git. Unmerged entries, links or submodules
   * where a file is planned, and any doubt fall back.
   */
  public static java.util.Optional<List<FileReport>> fromCache(Path repo, CheckCache.Hit hit) {
    try {
      return cached(repo, hit);
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty(); // the rendering path reports what is wrong
    }
  }

  private static java.util.Optional<List<FileReport>> cached(Path repo, CheckCache.Hit hit) throws IOException {
    java.util.Optional<List<FileReport>> none = java.util.Optional.empty();
    Git.Result ls = Git.run(repo, null, "ls-files", "--stage", "-z");
    if (ls.exit() != 0) {
      return none;
    }
    Map<String, Entry> index = new HashMap<>();
    boolean sha256 = false;
    for (String record : ls.out().split("\0")) {
      int tab = record.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = record.substring(0, tab).split(" ");
      if (meta.length != 3 || !meta[2].equals("0")) {
        return none; // a merge in progress: stage entries
      }
      index.put(record.substring(tab + 1), new Entry(meta[0], meta[1]));
      sha256 |= meta[1].length() == 64;
    }
    SafePaths.Resolver paths = new SafePaths.Resolver(repo);
    Set<String> planned = new java.util.HashSet<>();
    List<FileReport> reports = new ArrayList<>(hit.files().size());
    for (CheckCache.Entry f : hit.files()) {
      planned.add(f.path());
      Entry e = index.get(f.path());
      if (e == null || !(e.mode().equals("100644") || e.mode().equals("100755"))) {
        return none;
      }
      SafePaths.Resolved r = paths.resolved(f.path());
      if (!sha256 && r.attributes() != null && CheckCache.statClean(f, r.attributes(), hit)) {
        // Unchanged since generate wrote it (the cache hit's own test): its blob is the one generate
        // recorded, compared with the index without reading the file.
        if (!f.blob().equals(e.id())) {
          return none; // the index holds other bytes than the working tree
        }
        reports.add(new FileReport(f.path(), f.stack(), FileStatus.CLEAN, null, null));
        continue;
      }
      Path p = r.path();
      if (r.attributes() == null || !r.attributes().isRegularFile()) {
        return none; // missing, a link, FIFO or device
      }
      byte[] bytes;
      try {
        bytes = InsideRepo.readRegular(p);
      } catch (IOException ex) {
        return none;
      }
      // Stat after the read: a file changed while it was read no longer has the recorded time.
      java.nio.file.attribute.BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException ex) {
        return none;
      }
      boolean statClean = CheckCache.statClean(f, a, hit) && bytes.length == f.size();
      if (!statClean && !HexFormat.of().formatHex(Sha256.of(bytes)).equals(f.sha256())) {
        return none; // the working tree is not what the catalog produces
      }
      if (!blobId(bytes, sha256).equals(e.id())) {
        return none; // the index holds other bytes than the working tree
      }
      reports.add(new FileReport(f.path(), f.stack(), FileStatus.CLEAN, null, null));
    }
    for (var ie : index.entrySet()) {
      String path = ie.getKey();
      if (planned.contains(path)) {
        continue;
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (AtomicWriter.isTempName(name)) {
        return none; // a staged leftover
      }
      if (!hit.header() || !DriftChecker.underStacks(path, hit.stacksDir()) || hiddenFolder(path, hit.stacksDir())) {
        continue;
      }
      // A staged file below the stacks folder: an orphan when its staged bytes carry the header.
      String mode = ie.getValue().mode();
      Path p = paths.resolve(path);
      byte[] staged;
      if (mode.equals("100644") || mode.equals("100755")) {
        staged = regularFile(p);
      } else if (mode.equals("120000")) {
        try {
          staged = Files.isSymbolicLink(p) ? Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8)
              : null;
        } catch (IOException ex) {
          staged = null;
        }
      } else {
        return none; // a submodule
      }
      if (staged == null || !blobId(staged, sha256).equals(ie.getValue().id()) || DriftChecker.startsWithHeader(
          staged)) {
        return none;
      }
    }
    return java.util.Optional.of(reports);
  }

  /** The bytes of a regular file (not a link), or null. */
  private static byte[] regularFile(Path p) {
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return InsideRepo.readRegular(p);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean hiddenFolder(String path, String stacksDir) {
    String[] parts = (stacksDir.equals(".") ? path : path.substring(stacksDir.length() + 1)).split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The working tree's regular file at {@code path} (never a link, FIFO or device), or null. */
  private static byte[] worktree(InsideRepo inside, String path) {
    try {
      InsideRepo.Entry e = inside.entry(path);
      return e.isRegularFile() ? inside.readFile(e.path(), path) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** git's mode of a symbolic link and of a submodule (gitlink) in the index. */
  private static final String SYMLINK = "120000";
  private static final String GITLINK = "160000";

  private static String gitlinkAbove(Set<String> gitlinks, String path) {
    if (gitlinks.isEmpty()) {
      return null;
    }
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (gitlinks.contains(path.substring(0, slash))) {
        return path.substring(0, slash);
      }
    }
    return null;
  }

  /** The blobs with the given ids, through one {@code git cat-file --batch}. */
  private static Map<String, byte[]> readBlobs(Path repo, Set<String> ids) throws IOException {
    Map<String, byte[]> blobs = new HashMap<>();
    if (ids.isEmpty()) {
      return blobs;
    }
    StringBuilder in = new StringBuilder();
    for (String id : ids) {
      in.append(id).append('\n');
    }
    Git.Result r = Git.run(repo, in.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
    if (r.exit() != 0) {
      throw new GitRevision.GitException("git cat-file --batch: " + r.err().strip());
    }
    byte[] out = r.bytes();
    int pos = 0;
    while (pos < out.length) {
      int nl = pos;
      while (nl < out.length && out[nl] != '\n') {
        nl++;
      }
      String[] header = new String(out, pos, nl - pos, StandardCharsets.US_ASCII).split(" ");
      pos = nl + 1;
      if (header.length < 3) {
        continue; // "<id> missing"
      }
      int size = Integer.parseInt(header[2]);
      blobs.put(header[0], Arrays.copyOfRange(out, pos, pos + size));
      pos += size + 1;
    }
    return blobs;
  }

  /** git's object id of a blob with these bytes (SHA-1, or SHA-256 in a SHA-256 repository). */
  static String blobId(byte[] content, boolean sha256) {
    byte[] head = ("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII);
    byte[] digest = sha256 ? new Sha256().update(head).update(content).digest()
        : new Sha1().update(head).update(content).digest();
    return HexFormat.of().formatHex(digest);
  }
}
