package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphFormatTest {
  private static final List<String> TIERS = List.of("core", "cluster", "edge", "aux");

  private static StackNode node(String name, String tier, boolean tierZero, String... deps) {
    List<Edge> edges = new ArrayList<>();
    for (String d : deps) {
      edges.add(Edge.to(d));
    }
    return new StackNode(name, tier, tierZero, edges);
  }

  /** A small homelab-like graph: two tier-0 stacks, a hyphenated name, "end", and a tier outside the order. */
  static DependencyGraph small() {
    return DependencyGraph.of(List.of(
        node("webmail", "edge", false, "kyverno", "cert-manager"),
        node("postgres", "core", true),
        node("vault", "core", true, "postgres"),
        node("cert-manager", "cluster", false, "vault"),
        node("kyverno", "cluster", false),
        node("mailserver", "edge", false, "cert-manager", "postgres"),
        node("end", "aux", false, "webmail"),
        node("scratch", "lab", false, "kyverno")));
  }

  private static String golden(String name) throws IOException {
    String resource = "/graph/" + name;
    try (InputStream in = GraphFormatTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing golden file src/test/resources" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Writes actual output next to the build for inspection when a golden comparison is about to fail. */
  private static void dump(String name, String actual) throws IOException {
    Path dir = Path.of("target", "graph-actual");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
  }

  @Test
  void orderPrintsOneLinePerWave() {
    assertThat(GraphFormat.order(small().waves())).isEqualTo(
        "wave 1: kyverno postgres\n"
            + "wave 2: scratch vault\n"
            + "wave 3: cert-manager\n"
            + "wave 4: mailserver webmail\n"
            + "wave 5: end\n");
    assertThat(GraphFormat.order(small().reverseWaves())).isEqualTo(
        "wave 1: end mailserver scratch\n"
            + "wave 2: webmail\n"
            + "wave 3: cert-manager kyverno\n"
            + "wave 4: vault\n"
            + "wave 5: postgres\n");
    assertThat(GraphFormat.order(List.of())).isEmpty();
  }

  @Test
  void mermaidMatchesGolden() throws IOException {
    String actual = GraphFormat.mermaid(small(), TIERS);
    if (!actual.equals(golden("small.mmd"))) {
      dump("small.mmd", actual);
    }
    assertThat(actual).isEqualTo(golden("small.mmd"));
  }

  @Test
  void dotMatchesGolden() throws IOException {
    String actual = GraphFormat.dot(small(), TIERS);
    if (!actual.equals(golden("small.dot"))) {
      dump("small.dot", actual);
    }
    assertThat(actual).isEqualTo(golden("small.dot"));
  }

  @Test
  void outputDoesNotDependOnCatalogOrder() {
    DependencyGraph g = small();
    for (long seed = 1; seed <= 20; seed++) {
      DependencyGraph h = DependencyGraph.of(RandomGraphs.shuffled(g.nodes(), new Random(seed)));
      assertThat(GraphFormat.mermaid(h, TIERS)).as("seed %d", seed).isEqualTo(GraphFormat.mermaid(g, TIERS));
      assertThat(GraphFormat.dot(h, TIERS)).as("seed %d", seed).isEqualTo(GraphFormat.dot(g, TIERS));
    }
  }

  @Test
  void mermaidIdsAreUniqueAndLabelsEscaped() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("a-b", "edge", false, "a_b"),
        node("a_b", "edge", false),
        node("q\"#<&>", "edge", true, "a-b")));
    assertThat(GraphFormat.mermaid(g, List.of("edge"))).isEqualTo(
        "flowchart RL\n"
            + "  %% an arrow a --> b reads \"a needs b\"; tier-0 stacks are hexagons\n"
            + "  classDef t1_edge fill:#dbeafe,stroke:#1d4ed8,color:#111827\n"
            + "  s_a_b[\"a-b\"]:::t1_edge\n"
            + "  s_a_b_2[\"a_b\"]:::t1_edge\n"
            + "  s_q_____{{\"q#quot;#35;#lt;#amp;#gt; (tier-0)\"}}:::t1_edge\n"
            + "  s_a_b --> s_a_b_2\n"
            + "  s_q_____ --> s_a_b\n");
  }

  @Test
  void dotQuotesEveryIdentifier() {
    DependencyGraph g = DependencyGraph.of(List.of(
        node("a\"b\\c", "my tier", false, "x"),
        node("x", "my tier", true)));
    assertThat(GraphFormat.dot(g, List.of())).isEqualTo(
        "digraph stacks {\n"
            + "  // an edge \"a\" -> \"b\" reads \"a needs b\"; tier-0 stacks have a double border\n"
            + "  rankdir=RL;\n"
            + "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
            + "  subgraph \"cluster_my tier\" {\n"
            + "    label=\"my tier\";\n"
            + "    style=\"rounded\";\n"
            + "    color=\"#1d4ed8\";\n"
            + "    \"a\\\"b\\\\c\" [fillcolor=\"#dbeafe\", color=\"#1d4ed8\"];\n"
            + "    \"x\" [fillcolor=\"#dbeafe\", color=\"#1d4ed8\", peripheries=2, label=\"x (tier-0)\"];\n"
            + "  }\n"
            + "  \"a\\\"b\\\\c\" -> \"x\";\n"
            + "}\n");
  }

  @Test
  void paletteIsReusedAfterItsLastColourAndUnknownEdgesAreNotDrawn() {
    List<String> tiers = List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");
    DependencyGraph g = DependencyGraph.of(List.of(node("a", "t9", false, "ghost")));
    String mermaid = GraphFormat.mermaid(g, tiers);
    assertThat(mermaid).contains("  classDef t9_t9 fill:#dbeafe,stroke:#1d4ed8,color:#111827\n")
        .contains("  classDef t8_t8 fill:#f3f4f6,stroke:#374151,color:#111827\n")
        .doesNotContain("ghost");
    assertThat(GraphFormat.dot(g, tiers)).doesNotContain("ghost").doesNotContain("cluster_t1");
  }
}
