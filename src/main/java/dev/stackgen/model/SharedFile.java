package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An owned {@code .hcl} file below the stacks folder that units share: a hierarchy file
 * ({@code prod/account.hcl}, {@code prod/us-east-1/region.hcl}, {@code prod/us-east-1/dev/env.hcl}, read
 * with {@code read_terragrunt_config(find_in_parent_folders("env.hcl"))}) or a component's common
 * configuration ({@code _envcommon/mysql.hcl}, pulled in by an {@code include}). Its items are written in
 * order, exactly as given (comments and blank lines too); {@code locals} are typed, as are its
 * {@code include} and {@code dependency} blocks.
 */
public record SharedFile(
    String path, Trivia header, List<StackItem> items, List<Attr> locals, Trivia footer, SourceRef source) {
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*\\.hcl");
  private static final List<String> UNIT_FILES =
      List.of("terragrunt.hcl", "terragrunt.stack.hcl", "terragrunt.values.hcl");

  public SharedFile {
    if (!isSharedPath(path)) {
      throw new IllegalArgumentException("shared file path must be a relative .hcl path (not terragrunt.hcl,"
          + " terragrunt.stack.hcl or terragrunt.values.hcl): " + path);
    }
    Objects.requireNonNull(header, "header");
    items = List.copyOf(items);
    locals = List.copyOf(locals);
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(source, "source");
  }

  /** True for a path a shared file may have: relative, {@code .hcl}, no {@code ..}, not a unit's own file. */
  public static boolean isSharedPath(String path) {
    if (path == null || !PATH.matcher(path).matches()) {
      return false;
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return !UNIT_FILES.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  public List<Include> includes() {
    return items.stream().filter(Include.class::isInstance).map(Include.class::cast).toList();
  }

  public List<Dependency> dependencies() {
    return items.stream().filter(Dependency.class::isInstance).map(Dependency.class::cast).toList();
  }
}
