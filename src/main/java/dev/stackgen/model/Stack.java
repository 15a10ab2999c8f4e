package dev.stackgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack (a Terragrunt unit): one folder under the stacks directory with its {@code terragrunt.hcl},
 * and a {@code main.tf} when it wraps a module. Its name is the folder's path below the stacks
 * directory: {@code web}, or {@code prod/us-east-1/mysql} for a unit of a nested live repository.
 */
public record Stack(
    String name,
    String tier,
    State state,
    Trivia header,
    List<StackItem> items,
    boolean useDefaults,
    List<PostfixOverlay> overlays,
    Trivia footer,
    SourceRef source,
    Optional<ModuleCall> module,
    boolean exact,
    List<StackFile> files,
    StackSyntax syntax) {

  public Stack {
    Names.requireStackPath(name);
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(header, "header");
    items = List.copyOf(items);
    overlays = List.copyOf(overlays);
    files = List.copyOf(files);
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(syntax, "syntax");
  }

  /** A stack with no record of how its catalog block was written. */
  public Stack(String name, String tier, State state, Trivia header, List<StackItem> items, boolean useDefaults,
      List<PostfixOverlay> overlays, Trivia footer, SourceRef source, Optional<ModuleCall> module, boolean exact,
      List<StackFile> files) {
    this(name, tier, state, header, items, useDefaults, overlays, footer, source, module, exact, files,
        StackSyntax.NONE);
  }

  /** A stack without a module call, in the default layout, with no file blocks. */
  public Stack(String name, String tier, State state, Trivia header, List<StackItem> items, boolean useDefaults,
      List<PostfixOverlay> overlays, Trivia footer, SourceRef source) {
    this(name, tier, state, header, items, useDefaults, overlays, footer, source, Optional.empty());
  }

  /** A stack in the default layout with no file blocks. */
  public Stack(String name, String tier, State state, Trivia header, List<StackItem> items, boolean useDefaults,
      List<PostfixOverlay> overlays, Trivia footer, SourceRef source, Optional<ModuleCall> module) {
    this(name, tier, state, header, items, useDefaults, overlays, footer, source, module, false, List.of());
  }

  /** The same stack rendering {@code module} into its main.tf. */
  public Stack withModule(ModuleCall module) {
    return new Stack(name, tier, state, header, items, useDefaults, overlays, footer, source,
        Optional.of(Objects.requireNonNull(module, "module")), exact, files, syntax);
  }

  /** The same stack with another record of how its catalog block was written. */
  public Stack withSyntax(StackSyntax syntax) {
    return new Stack(name, tier, state, header, items, useDefaults, overlays, footer, source, module, exact, files,
        Objects.requireNonNull(syntax, "syntax"));
  }

  public List<Dependency> dependencies() {
    // a loop, not a stream: asked for every default dependency of every stack
    List<Dependency> out = new java.util.ArrayList<>();
    for (StackItem item : items) {
      if (item instanceof Dependency d) {
        out.add(d);
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** Position of an explicit {@code include} block among the items, or -1 (the renderer writes its own). */
  public int includeIndex() {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Include || items.get(i) instanceof Verbatim v && startsInclude(v.text())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code ^include\\s*("|\\{)} found in {@code text} (at its start) as a loop: asked for every item of
   * every stack each time its effective items are listed (issue 23).
   */
  static boolean startsInclude(String text) {
    if (!text.startsWith("include")) {
      return false;
    }
    for (int i = "include".length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '{') {
        return true;
      }
      if (!(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
        return false;
      }
    }
    return false;
  }

  public boolean tierZero() {
    return state == State.LOCAL;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a stack from Java; inputs given one by one are collected into one {@code inputs} object. */
  public static final class Builder {
    private final String name;
    private String tier = "";
    private State state = State.PG;
    private Trivia header = Trivia.NONE;
    private final List<StackItem> items = new ArrayList<>();
    private final Map<String, Expr> inputs = new LinkedHashMap<>();
    private boolean useDefaults = true;
    private final List<PostfixOverlay> overlays = new ArrayList<>();
    private ModuleCall module;

    private Builder(String name) {
      this.name = Names.requireStackPath(name);
    }

    public Builder tier(String tier) {
      this.tier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    public Builder state(State state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /** Comment lines for the top of the stack's files. */
    public Builder comment(String text) {
      this.header = Trivia.comment(text);
      return this;
    }

    public Builder dependsOn(String... stacks) {
      for (String s : stacks) {
        items.add(Dependency.on(s));
      }
      return this;
    }

    public Builder item(StackItem item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** A {@code generate} block writing {@code path} with {@code contents}. */
    public Builder generate(String name, String path, String contents) {
      items.add(Generate.of(name, path, contents));
      return this;
    }

    public Builder input(String key, String value) {
      return input(key, Expr.string(value));
    }

    public Builder input(String key, Expr value) {
      Names.requireIdentifier(key, "input name");
      if (inputs.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("input given twice: " + key);
      }
      return this;
    }

    public Builder postfixOverlay(PostfixOverlay overlay) {
      overlays.add(Objects.requireNonNull(overlay, "overlay"));
      return this;
    }

    public Builder useDefaults(boolean useDefaults) {
      this.useDefaults = useDefaults;
      return this;
    }

    /** The module call rendered into the stack's main.tf. */
    public Builder module(ModuleCall module) {
      this.module = Objects.requireNonNull(module, "module");
      return this;
    }

    public Stack build() {
      List<StackItem> all = new ArrayList<>(items);
      if (!inputs.isEmpty()) {
        StringBuilder text = new StringBuilder("inputs = {\n");
        inputs.forEach((k, v) -> text.append(k).append(" = ").append(v.text()).append('\n'));
        all.add(new Verbatim(text.append('}').toString(), new Trivia(List.of("")), SourceRef.NONE));
      }
      return new Stack(name, tier, state, header, all, useDefaults, overlays, Trivia.NONE, SourceRef.NONE,
          Optional.ofNullable(module));
    }
  }
}
