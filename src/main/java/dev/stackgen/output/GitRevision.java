package dev.stackgen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads files of one git revision with the {@code git} command, by paths relative to a folder of the
 * working tree (the stackgen repository, which may be a sub-folder of the git repository).
 */
public final class GitRevision {
  private final Path dir;
  private final String rev;
  private final String commit;

  private GitRevision(Path dir, String rev, String commit) {
    this.dir = dir;
    this.rev = rev;
    this.commit = commit;
  }

  /** A git command failed: not a repository, unknown revision, git missing. */
  public static final class GitException extends IOException {
    public GitException(String message) {
      super(message);
    }
  }

  /** Resolves {@code rev} to a commit of the git repository holding {@code dir}. */
  public static GitRevision open(Path dir, String rev) throws IOException {
    if (rev.isEmpty() || rev.startsWith("-")) {
      throw new GitException("invalid revision \"" + rev + "\"");
    }
    Git.Result inside = git(dir, "rev-parse", "--is-inside-work-tree");
    if (inside.exit() != 0 || !inside.out().strip().equals("true")) {
      throw new GitException("not a git repository (or not inside its working tree): " + dir);
    }
    Git.Result commit = git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}");
    if (commit.exit() != 0) {
      throw new GitException("unknown revision \"" + rev + "\" (not a commit in " + dir + ")");
    }
    return new GitRevision(dir, rev, commit.out().strip());
  }

  /** The revision as given. */
  public String rev() {
    return rev;
  }

  /** The full commit id the revision names. */
  public String commit() {
    return commit;
  }

  /** The content of {@code path} (relative to the folder) at this revision, empty when absent. */
  public Optional<byte[]> read(String path) throws IOException {
    Git.Result r = git(dir, "cat-file", "blob", commit + ":./" + path);
    if (r.exit() != 0) {
      if (list(path, false).isEmpty()) {
        return Optional.empty();
      }
      throw new GitException("git cat-file " + rev + ":" + path + ": " + r.err().strip());
    }
    return Optional.of(r.bytes());
  }

  /**
   * The files at this revision below {@code folder} (relative to the folder given to {@link #open}),
   * recursively or not, as paths relative to that folder, sorted.
   */
  public List<String> list(String folder, boolean recursive) throws IOException {
    List<String> args = new ArrayList<>(List.of("ls-tree", "-z", "--name-only"));
    if (recursive) {
      args.add("-r");
    }
    args.addAll(List.of(commit, "--", folder));
    Git.Result r = git(dir, args.toArray(String[]::new));
    if (r.exit() != 0) {
      throw new GitException("git ls-tree " + rev + " " + folder + ": " + r.err().strip());
    }
    List<String> names = new ArrayList<>();
    for (String name : r.out().split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  private static Git.Result git(Path dir, String... args) throws IOException {
    return Git.run(dir, null, args);
  }
}
