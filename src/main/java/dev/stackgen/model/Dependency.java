package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code dependency "<label>"} block. Without a {@code config_path} of its own it is rendered
 * with {@code config_path = "../<label>"} and {@code skip_outputs = true} followed by the extra
 * attributes; with one, exactly as written ({@code text}, the source of the block as it stands at
 * depth 0, {@link Verbatim}'s convention, when read), and it points at the stack its literal
 * {@code "../<name>"} path names (any other path form is an external dependency: no graph edge).
 */
public record Dependency(
    String label,
    List<Attr> extra,
    Trivia leading,
    String openComment,
    Trivia closing,
    SourceRef source,
    String text,
    boolean oneLine)
    implements
      StackItem {
  /**
   * The config_path forms, compiled when a dependency states one (a holder class: a catalog without
   * compiles no regex in the cold start of the run; issue 23).
   */
  private static final class Paths {
    static final Pattern SIBLING = Pattern.compile("\"\\.\\./([a-z0-9][a-z0-9._-]*)\"");
    static final Pattern RELATIVE =
        Pattern.compile("\"(?:\\$\\{get_terragrunt_dir\\(\\)\\}/)?([A-Za-z0-9._/-]+)\"");
  }

  public Dependency(
      String label, List<Attr> extra, Trivia leading, String openComment, Trivia closing, SourceRef source) {
    this(label, extra, leading, openComment, closing, source, "");
  }

  /**
   * A dependency written on one line in the catalog ({@code dependency "x" {} # why}, the comment after
   * the closing brace), as a Java caller builds it; {@code oneLine} false keeps a comment after the opening
   * brace of an empty block there (<code>dependency "x" &#123; # why</code>). The rendered file is the same.
   */
  public Dependency(String label, List<Attr> extra, Trivia leading, String openComment, Trivia closing,
      SourceRef source, String text) {
    this(label, extra, leading, openComment, closing, source, text, true);
  }

  public Dependency {
    Objects.requireNonNull(label, "label");
    extra = List.copyOf(extra);
    boolean configPath = false;
    for (Attr a : extra) {
      configPath |= a.name().equals(CatalogNames.CONFIG_PATH);
    }
    if (!configPath) {
      Names.requireStackName(label);
    } else if (label.isBlank()) {
      throw new IllegalArgumentException("dependency label must not be blank");
    }
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(source, "source");
    text = text == null ? "" : text;
  }

  public static Dependency on(String stack) {
    return new Dependency(stack, List.of(), Trivia.NONE, "", Trivia.NONE, SourceRef.NONE);
  }

  /**
   * The stack this dependency points at: the label, or the name in a literal {@code "../<name>"}
   * config_path; null for an external dependency (any other config_path).
   */
  public String stack() {
    Attr path = configPath();
    if (path == null) {
      return label;
    }
    Matcher m = Paths.SIBLING.matcher(path.value().text().strip());
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The path of the stack this dependency points at, seen from the stack at {@code from} (a path below
   * the stacks folder, e.g. {@code prod/us-east-1/mysql}): the sibling named by the label, or the
   * folder a literal relative {@code config_path} leads to ({@code "../vpc"},
   * {@code "../../shared/vpc"}, {@code "${get_terragrunt_dir()}/../vpc"}); null when the path is any
   * other expression or leads outside the stacks folder (an external dependency).
   */
  public String target(String from) {
    // plain loops, no streams: called about a thousand times per check of a 50-stack catalog
    Attr path = configPath();
    String relative;
    if (path == null && from.indexOf('/') < 0) {
      // "../<label>" from a top-level stack: the label itself (what resolvePath gives, without its lists);
      // without a config_path the constructor held the label to a stack name, which is a stack path
      return label;
    } else if (path == null) {
      relative = "../" + label;
    } else {
      Matcher m = Paths.RELATIVE.matcher(path.value().text().strip());
      if (!m.matches()) {
        return null;
      }
      relative = m.group(1);
    }
    String target = Names.resolvePath(from, relative);
    return target != null && Names.isStackPath(target) ? target : null;
  }

  /** The {@code config_path} attribute the catalog states, or null. */
  private Attr configPath() {
    for (Attr a : extra) {
      if (a.name().equals(CatalogNames.CONFIG_PATH)) {
        return a;
      }
    }
    return null;
  }

  /**
   * True when the dependency names its stack the strict way: no {@code config_path}, or a literal
   * {@code "../<name>"}; such a target must exist. Other relative paths to a folder that is not a stack
   * of the catalog are external.
   */
  public boolean strict() {
    Attr path = configPath();
    return path == null || Paths.SIBLING.matcher(path.value().text().strip()).matches();
  }

  /** True when the block states its own {@code config_path} and is therefore written exactly as given. */
  public boolean explicit() {
    return overrides(CatalogNames.CONFIG_PATH);
  }

  /** The same dependency with other comments above it. */
  public Dependency withLeading(Trivia trivia) {
    return new Dependency(label, extra, trivia, openComment, closing, source, text, oneLine);
  }

  /** True when the catalog states its own {@code config_path} or {@code skip_outputs}. */
  public boolean overrides(String attribute) {
    for (Attr a : extra) { // a loop, not a stream: asked for every dependency rendered (issue 23)
      if (a.name().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String key() {
    return CatalogNames.DEPENDENCY + " \"" + label + "\"";
  }
}
