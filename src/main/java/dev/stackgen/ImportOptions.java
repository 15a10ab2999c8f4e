package dev.stackgen;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Settings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link Stackgen#importRepository(Path, ImportOptions)} reads a hand-kept repository, and where (if
 * anywhere) it writes the catalog; build with {@link #builder()}.
 *
 * @param stacksDir the folder holding the stacks, relative to the repository ({@code "stacks"})
 * @param templates the template overrides the round trip renders with (empty: the bundled templates)
 * @param out the catalog file to write, relative to the repository (empty: write nothing)
 * @param force overwrite an existing catalog file, and import beside {@code stackgen.d/} drop-ins
 */
public record ImportOptions(String stacksDir, Optional<Path> templates, Optional<String> out, boolean force) {
  public ImportOptions {
    java.util.Objects.requireNonNull(stacksDir, "stacksDir");
    java.util.Objects.requireNonNull(templates, "templates");
    java.util.Objects.requireNonNull(out, "out");
  }

  /** Options with the defaults: stacks in {@code stacks}, bundled templates, nothing written. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportOptions}. */
  public static final class Builder {
    private String stacksDir = Settings.DEFAULT.stacksDir();
    private Path templates;
    private String out;
    private boolean force;

    private Builder() {}

    /** The folder holding the stacks, relative to the repository. */
    public Builder stacksDir(String dir) {
      this.stacksDir = java.util.Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Template overrides for the round trip (null: the bundled templates). */
    public Builder templates(Path folder) {
      this.templates = folder;
      return this;
    }

    /** Write the catalog to {@code file}, relative to the repository (as {@code stackgen import --out}). */
    public Builder write(String file) {
      this.out = java.util.Objects.requireNonNull(file, "file");
      return this;
    }

    /** Write the catalog to {@code stackgen.hcl} (what {@code stackgen import} does). */
    public Builder write() {
      return write(CatalogReader.MAIN_FILE);
    }

    /** Overwrite an existing catalog file, and import beside {@code stackgen.d/} drop-ins. */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /** The options. */
    public ImportOptions build() {
      return new ImportOptions(stacksDir, Optional.ofNullable(templates), Optional.ofNullable(out), force);
    }
  }
}
