package dev.stackgen;

import dev.stackgen.model.PostfixOverlay;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a plain main.cf fragment is linted or merged ({@code stackgen postfix lint|effective --file F}); build
 * with {@link #builder()}. The defaults: profile {@code dms-15}, no start-up modelled, no master.cf changes.
 *
 * @param profile the lint profile ({@link PostfixOverlay#PROFILES})
 * @param environment docker-mailserver's environment variables, when its start-up is modelled (unset ones at
 *     their defaults; present but empty: the default environment, {@code --startup})
 * @param masterOverride docker-mailserver's {@code postfix-master.cf} ({@code service/type/parameter = value})
 * @param masterAppend lines appended to master.cf (as a {@code user-patches.sh} does)
 * @param mapTypes map types the container installs beside the image's ({@code pgsql}); a {@code user-patches.sh}
 *     next to the fragment that runs {@code apt-get install postfix-TYPE} counts too
 * @param verbose lint: also the info findings hidden by default
 * @param origins effective: say above each line where it comes from
 */
public record PostfixOptions(String profile, Optional<Map<String, String>> environment, Optional<Path> masterOverride,
    Optional<Path> masterAppend, List<String> mapTypes, boolean verbose, boolean origins) {
  public PostfixOptions {
    Objects.requireNonNull(profile, "profile");
    environment = environment.map(Map::copyOf);
    Objects.requireNonNull(masterOverride, "masterOverride");
    Objects.requireNonNull(masterAppend, "masterAppend");
    mapTypes = List.copyOf(mapTypes);
  }

  /** The defaults, to change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PostfixOptions}. */
  public static final class Builder {
    private String profile = PostfixOverlay.DEFAULT_PROFILE;
    private Map<String, String> environment;
    private Path masterOverride;
    private Path masterAppend;
    private List<String> mapTypes = List.of();
    private boolean verbose;
    private boolean origins;

    private Builder() {}

    /** The lint profile. */
    public Builder profile(String name) {
      this.profile = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Model docker-mailserver's start-up with these variables (the others at their defaults). */
    public Builder environment(Map<String, String> variables) {
      this.environment = new java.util.LinkedHashMap<>(variables);
      return this;
    }

    /** docker-mailserver's {@code postfix-master.cf} (null: none). */
    public Builder masterOverride(Path file) {
      this.masterOverride = file;
      return this;
    }

    /** Lines appended to master.cf (null: none). */
    public Builder masterAppend(Path file) {
      this.masterAppend = file;
      return this;
    }

    /** Map types the container installs beside the image's. */
    public Builder mapTypes(List<String> types) {
      this.mapTypes = List.copyOf(types);
      return this;
    }

    /** Lint: also info findings. */
    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /** Effective: where each line comes from. */
    public Builder origins(boolean origins) {
      this.origins = origins;
      return this;
    }

    /** The options. */
    public PostfixOptions build() {
      return new PostfixOptions(profile, Optional.ofNullable(environment), Optional.ofNullable(masterOverride),
          Optional.ofNullable(masterAppend), mapTypes, verbose, origins);
    }
  }
}
