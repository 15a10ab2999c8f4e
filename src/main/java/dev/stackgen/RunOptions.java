package dev.stackgen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@link Stackgen#generate(Path, RunOptions)} and {@link Stackgen#check(Path, RunOptions)} run with;
 * build with {@link #builder()}. The defaults: every stack, the catalog's templates, no check cache,
 * warnings dropped.
 *
 * @param stacks only the files of these stacks (empty: all; the root file is always included)
 * @param prune generate: also remove orphaned generated files
 * @param adopt generate: take over hand-written files where stackgen writes (overwrites them)
 * @param dryRun generate: report what would change, write nothing
 * @param staged check: compare with the git index (what the next commit holds) instead of the working tree
 * @param templates template overrides (empty: the catalog's {@code stackgen { templates }}, else bundled)
 * @param cacheEnvironment where the check cache lives, as the variables of {@code CheckCache.ENVIRONMENT}
 *     name it ({@code STACKGEN_CACHE_DIR}, {@code XDG_CACHE_HOME}, {@code HOME}; {@code STACKGEN_NO_CACHE}
 *     turns it off); empty: no cache
 * @param warnings receives each catalog warning ({@code file:line:col: warning: ...}) as it is read
 */
public record RunOptions(List<String> stacks, boolean prune, boolean adopt, boolean dryRun, boolean staged,
    Optional<Path> templates, Optional<Map<String, String>> cacheEnvironment, Consumer<String> warnings) {
  /**
   * The environment variables that say where the check cache lives, the only ones stackgen reads ({@link
   * #cacheEnvironment()} takes their values): {@code STACKGEN_NO_CACHE}, {@code STACKGEN_CACHE_DIR},
   * {@code XDG_CACHE_HOME}, {@code HOME}.
   */
  public static final List<String> CACHE_VARIABLES = dev.stackgen.output.CheckCache.ENVIRONMENT;

  public RunOptions {
    stacks = List.copyOf(stacks);
    Objects.requireNonNull(templates, "templates");
    cacheEnvironment = cacheEnvironment.isPresent() ? Optional.of(Map.copyOf(cacheEnvironment.get()))
        : cacheEnvironment;
    Objects.requireNonNull(warnings, "warnings");
  }

  /** The defaults, to change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RunOptions}. */
  public static final class Builder {
    private List<String> stacks = List.of();
    private boolean prune;
    private boolean adopt;
    private boolean dryRun;
    private boolean staged;
    private Path templates;
    private Map<String, String> cacheEnvironment;
    private Consumer<String> warnings = IGNORED;

    private Builder() {}

    /** Warnings nobody asked for (a class, not a lambda: a cached check links none; docs/speed.md). */
    private static final Consumer<String> IGNORED = new Consumer<>() {
      @Override
      public void accept(String warning) {
        // dropped
      }
    };

    /** Only the files of these stacks (empty: all). */
    public Builder stacks(List<String> names) {
      this.stacks = List.copyOf(names);
      return this;
    }

    /** Generate: also remove orphaned generated files. */
    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    /** Generate: take over hand-written files where stackgen writes. */
    public Builder adopt(boolean adopt) {
      this.adopt = adopt;
      return this;
    }

    /** Generate: report what would change, write nothing. */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Check: compare with the git index instead of the working tree. */
    public Builder staged(boolean staged) {
      this.staged = staged;
      return this;
    }

    /** Template overrides (null: the catalog's, else the bundled templates). */
    public Builder templates(Path folder) {
      this.templates = folder;
      return this;
    }

    /** Use the check cache where these variables say (null: no cache). */
    public Builder cacheEnvironment(Map<String, String> environment) {
      this.cacheEnvironment = environment;
      return this;
    }

    /** Where catalog warnings go. */
    public Builder warnings(Consumer<String> sink) {
      this.warnings = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** The options. */
    public RunOptions build() {
      return new RunOptions(stacks, prune, adopt, dryRun, staged, Optional.ofNullable(templates),
          Optional.ofNullable(cacheEnvironment), warnings);
    }
  }
}
