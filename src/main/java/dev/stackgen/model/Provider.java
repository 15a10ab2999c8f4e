package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A provider shared by every stack: its {@code required_providers} entry and, when attributes are
 * given, a {@code provider} configuration block.
 */
public record Provider(String name, String source, String version, List<Verbatim> config, Trivia leading) {
  public Provider {
    Names.requireIdentifier(name, "provider name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    config = List.copyOf(config);
    Objects.requireNonNull(leading, "leading");
  }

  public static Provider of(String name, String source, String version) {
    return new Provider(name, source, version, List.of(), Trivia.NONE);
  }
}
