package dev.stackgen.postfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lint fixtures under src/test/resources/postfix-lint: {@code <case>.cf}, optional {@code <case>.master.cf}
 * (replaces the image's master.cf), {@code <case>.env} (docker-mailserver environment, {@code NAME=VALUE} lines;
 * an empty file means the defaults), {@code <case>.master-override.cf} (docker-mailserver's postfix-master.cf) and
 * {@code <case>.master-append.cf} (lines a user-patches.sh appends to master.cf) and {@code <case>.user-patches.sh}
 * (a user-patches.sh beside the overlay: the map types it installs).
 */
final class LintFixtures {

  static final Path DIR = Path.of("src/test/resources/postfix-lint");

  record Case(String name, Path file, String text, Optional<String> masterCf, Optional<String> env,
      Optional<String> masterOverride, Optional<String> masterAppend, Optional<String> userPatches) {
    Case(String name, Path file, String text, Optional<String> masterCf) {
      this(name, file, text, masterCf, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Case(String name, Path file, String text, Optional<String> masterCf, Optional<String> env,
        Optional<String> masterOverride, Optional<String> masterAppend) {
      this(name, file, text, masterCf, env, masterOverride, masterAppend, Optional.empty());
    }

    /** True when the case runs in a {@link DmsContext} (environment or master.cf changes). */
    boolean inContext() {
      return env.isPresent() || masterOverride.isPresent() || masterAppend.isPresent() || userPatches.isPresent();
    }

    Optional<java.util.Map<String, String>> envMap() {
      return env.map(LintFixtures::parseEnv);
    }

    DmsContext context(Profile profile) {
      return DmsContext.of(profile, envMap(),
          masterOverride.map(t -> new DmsContext.Source(name + ".master-override.cf", t)),
          masterAppend.map(t -> new DmsContext.Source(name + ".master-append.cf", t)))
          .withMapTypes(userPatches.map(t -> DmsContext.mapTypesInstalledBy(name + ".user-patches.sh", t))
              .orElse(java.util.Map.of()));
    }

    String fileName() {
      return name + ".cf";
    }

    Path expected() {
      return DIR.resolve(name + ".expected");
    }
  }

  private LintFixtures() {}

  /** Realistic overlays of different deployments, in the fixture format (no expected findings). */
  static final Path CORPUS = Path.of("src/test/resources/postfix-corpus");

  static List<Case> all() {
    return all(DIR);
  }

  static List<Case> all(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".cf") && !n.endsWith(".master.cf") && !n.endsWith(".master-override.cf")
              && !n.endsWith(".master-append.cf"))
          .sorted()
          .map(n -> load(dir, n.substring(0, n.length() - ".cf".length())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Case load(String name) {
    return load(DIR, name);
  }

  static Case load(Path dir, String name) {
    try {
      Path file = dir.resolve(name + ".cf");
      Path master = dir.resolve(name + ".master.cf");
      Optional<String> masterText = Files.exists(master)
          ? Optional.of(Files.readString(master, StandardCharsets.UTF_8)) : Optional.empty();
      return new Case(name, file, Files.readString(file, StandardCharsets.UTF_8), masterText,
          optional(dir, name + ".env"), optional(dir, name + ".master-override.cf"),
          optional(dir, name + ".master-append.cf"), optional(dir, name + ".user-patches.sh"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> optional(Path dir, String file) throws IOException {
    Path p = dir.resolve(file);
    return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
  }

  static java.util.Map<String, String> parseEnv(String text) {
    java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
    text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(l -> env.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
    return env;
  }

  static PostfixLinter linter(Profile profile, Case c) {
    return linter(profile, c, false);
  }

  static PostfixLinter linter(Profile profile, Case c, boolean verbose) {
    if (c.inContext()) {
      return new PostfixLinter(c.context(profile), verbose);
    }
    return new PostfixLinter(profile, master(profile, c), verbose);
  }

  static MasterCf master(Profile profile, Case c) {
    if (c.inContext()) {
      return c.context(profile).mergeMaster();
    }
    return c.masterCf().map(MasterCf::parse).orElse(profile.master());
  }
}
