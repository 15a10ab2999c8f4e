package dev.stackgen.render;

import java.util.List;

/** The view behind {@code providers.tf.ftl}: required_providers entries and provider blocks. */
public record ProvidersView(List<Entry> providers) {
  public ProvidersView {
    providers = List.copyOf(providers);
  }

  /** One provider: quoted source and version, and its configuration lines (may be empty). */
  public record Entry(String name, List<String> leading, String source, String version, List<String> config) {
    public Entry {
      leading = List.copyOf(leading);
      config = List.copyOf(config);
    }
  }
}
