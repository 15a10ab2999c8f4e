package dev.stackgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole typed catalog: settings, root, defaults and stacks in catalog order, and the warnings
 * found while reading it (allowed, but probably mistakes).
 */
public record Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks, List<Warning> warnings) {
  public Catalog {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(defaults, "defaults");
    stacks = List.copyOf(stacks);
    warnings = List.copyOf(warnings);
  }

  /** A catalog without warnings. */
  public Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks) {
    this(settings, root, defaults, stacks, List.of());
  }

  public Optional<Stack> stack(String name) {
    return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The items a stack renders: the defaults that apply to it (see {@link Defaults}) followed by its
   * own items; with an explicit {@code include} item, the defaults follow that include.
   */
  public List<StackItem> effectiveItems(Stack stack) {
    if (!stack.useDefaults() || defaults.items().isEmpty()) {
      return stack.items();
    }
    List<StackItem> out = new ArrayList<>();
    List<StackItem> own = stack.items();
    int include = stack.includeIndex();
    if (include >= 0) {
      out.addAll(own.subList(0, include + 1));
    }
    for (StackItem item : defaults.items()) {
      if (item instanceof Dependency d
          && (stack.tierZero()
              || stack.name().equals(d.target(stack.name()))
              || stack.dependencies().stream()
                  .anyMatch(o -> Objects.equals(o.target(stack.name()), d.target(stack.name()))))) {
        continue;
      }
      out.add(item);
    }
    out.addAll(own.subList(include + 1, own.size()));
    return out;
  }

  /** Names of the stacks a stack depends on, defaults included, in rendering order. */
  public List<String> dependencyNames(Stack stack) {
    return effectiveItems(stack).stream()
        .filter(Dependency.class::isInstance)
        .map(i -> dependencyTarget(stack, (Dependency) i))
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * The stack of this catalog a dependency of {@code stack} points at (see {@link Dependency#target}),
   * or null for an external one: a path that leads outside the stacks folder, an expression, or a
   * relative path other than {@code "../<name>"} to a folder that is not a stack of the catalog.
   */
  public String dependencyTarget(Stack stack, Dependency d) {
    String target = d.target(stack.name());
    if (target == null || d.strict() || stack(target).isPresent()) {
      return target;
    }
    return null;
  }

  /**
   * Problems a catalog built in Java or read from files can have, each at the position of the item
   * at fault: duplicate stacks, unknown tiers, unknown or self dependencies.
   */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    Map<String, Stack> byName = new LinkedHashMap<>();
    for (Stack s : stacks) {
      Stack first = byName.putIfAbsent(s.name(), s);
      if (first != null) {
        problems.add(new Problem(s.source(),
            "duplicate stack \"" + s.name() + "\" (first defined at " + first.source() + ")"));
      }
    }
    if (!root.custom()) {
      // The generated root keys state by basename(get_terragrunt_dir()): two units with one folder name
      // would share one state.
      Map<String, Stack> byBase = new LinkedHashMap<>();
      for (Stack s : stacks) {
        Stack other = byBase.putIfAbsent(s.name().substring(s.name().lastIndexOf('/') + 1), s);
        if (other != null && !other.name().equals(s.name())) {
          problems.add(new Problem(s.source(), "stack \"" + s.name() + "\" and stack \"" + other.name()
              + "\" (at " + other.source() + ") would share one state: the generated root keys state by the"
              + " folder name; write the root's remote_state yourself (a custom root, e.g. keyed by"
              + " path_relative_to_include()) for nested units"));
        }
      }
    }
    for (Stack s : stacks) {
      if (root.tier(s.tier()).isEmpty()) {
        problems.add(new Problem(s.source(), "stack \"" + s.name() + "\": tier \"" + s.tier()
            + "\" is not a key of root.tiers (" + tierNames() + ")"));
      }
      Map<String, SourceRef> seen = new LinkedHashMap<>();
      for (StackItem item : effectiveItems(s)) {
        SourceRef first = seen.putIfAbsent(item.key(), item.source());
        if (first != null) {
          boolean fromDefaults = defaults.items().stream().anyMatch(d -> d.source().equals(first));
          problems.add(new Problem(item.source(), "stack \"" + s.name() + "\" has " + item.key()
              + " twice (also at " + first + (fromDefaults ? ", from defaults" : "")
              + "); a terragrunt.hcl may have it only once"));
        }
        String target = item instanceof Dependency d ? dependencyTarget(s, d) : null;
        if (target != null) {
          if (target.equals(s.name())) {
            problems.add(new Problem(item.source(), "stack \"" + s.name() + "\" depends on itself"));
          } else if (!byName.containsKey(target)) {
            problems.add(new Problem(item.source(), "stack \"" + s.name()
                + "\" depends on unknown stack \"" + target + "\""));
          }
        }
      }
    }
    return problems;
  }

  private String tierNames() {
    return String.join(", ", root.tiers().stream().map(Tier::name).toList());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A problem found in a catalog, at a source position. */
  public record Problem(SourceRef source, String message) {
    @Override
    public String toString() {
      return source + ": " + message;
    }
  }

  /** Builds a catalog from Java; {@link #build} fails on the first problem. */
  public static final class Builder {
    private Settings settings = Settings.DEFAULT;
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<StackItem> defaults = new ArrayList<>();
    private final List<Stack> stacks = new ArrayList<>();

    private Builder() {}

    public Builder settings(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Builder tier(String name, String directory) {
      tiers.add(Tier.of(name, directory));
      return this;
    }

    public Builder provider(Provider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    public Builder defaultItem(StackItem item) {
      defaults.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    public Builder stack(Stack stack) {
      stacks.add(Objects.requireNonNull(stack, "stack"));
      return this;
    }

    public Catalog build() {
      Root root = new Root(tiers, Trivia.NONE, providers, Root.DEFAULT_LOCAL_STATE_PATH, Root.DEFAULT_PG_CONN_STR,
          List.of(), List.of(), Trivia.NONE, Trivia.NONE, SourceRef.NONE);
      Catalog catalog = new Catalog(settings, root, new Defaults(defaults), stacks);
      List<Problem> problems = catalog.problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.get(0).message());
      }
      return catalog;
    }
  }
}
