package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  // ---- external oracles: the real mermaid parser (tools/mermaid-oracle) and Graphviz (gvpr) ----

  private static final String[] FRAGMENTS = {
      "end", "graph", "subgraph", "o", "x", "ops", "class", "style", "click", "a.b", "1", "-", "_",
      "ü", "default", "flowchart", "__proto__", "constructor", " ", "A", "node", "edge", "digraph", "strict",
  };

  /**
   * Random DAGs with names made of words mermaid and DOT treat specially; no two names equal, none
   * with surrounding whitespace (mermaid trims labels; stack names are directory names anyway).
   */
  private static DependencyGraph trickyGraph(Random rnd, String extraChars) {
    List<StackNode> dag = RandomGraphs.dag(rnd, 1 + rnd.nextInt(25), 3);
    Map<String, String> rename = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (StackNode n : dag) {
      String name;
      do {
        StringBuilder b = new StringBuilder();
        int parts = 1 + rnd.nextInt(3);
        for (int k = 0; k < parts; k++) {
          b.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
          if (!extraChars.isEmpty() && rnd.nextInt(4) == 0) {
            b.append(extraChars.charAt(rnd.nextInt(extraChars.length())));
          }
        }
        name = b.toString();
      } while (!name.equals(name.strip()) || !used.add(name));
      rename.put(n.name(), name);
    }
    List<StackNode> nodes = new ArrayList<>();
    for (StackNode n : dag) {
      List<Edge> deps = new ArrayList<>();
      for (Edge e : n.deps()) {
        deps.add(new Edge(rename.get(e.target()), e.file(), e.line(), e.column()));
      }
      String tier = rnd.nextInt(5) == 0 ? "lab " + rnd.nextInt(3) : n.tier();
      nodes.add(new StackNode(rename.get(n.name()), tier, n.tierZero(), deps));
    }
    return DependencyGraph.of(nodes);
  }

  private static Set<String> edgeSet(DependencyGraph g) {
    Set<String> edges = new HashSet<>();
    for (StackNode n : g.nodes()) {
      for (Edge e : n.deps()) {
        edges.add(n.name() + " -> " + e.target());
      }
    }
    return edges;
  }

  private static void assumeOracle(boolean present, String message) {
    if (!present) {
      if ("1".equals(System.getenv("STACKGEN_REQUIRE_ORACLES"))) {
        fail(message + " (STACKGEN_REQUIRE_ORACLES=1)");
      }
      Assumptions.assumeTrue(false, message);
    }
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code command}; returns stdout, failing with stderr when it exits non-zero. */
  private static String run(List<String> command, String at) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).start();
    byte[] err;
    byte[] out;
    try (InputStream stdout = p.getInputStream(); InputStream stderr = p.getErrorStream()) {
      out = stdout.readAllBytes();
      err = stderr.readAllBytes();
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(at + ": timed out: " + command);
    }
    String stdout = new String(out, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      fail(at + ": " + command + " exited " + p.exitValue() + ":\n" + stdout + new String(err, StandardCharsets.UTF_8));
    }
    return stdout;
  }

  private static Path mermaidOracle() {
    Path dir = Path.of(System.getProperty("stackgen.repoRoot", ".")).resolve("tools/mermaid-oracle");
    assumeOracle(Files.isDirectory(dir.resolve("node_modules/mermaid")) && runs("node", "--version"),
        "mermaid oracle absent: run `npm ci --prefix tools/mermaid-oracle` (needs node)");
    return dir.resolve("dump.mjs");
  }

  @Test
  void mermaidParsesWithTheRealParserToTheSameNodesEdgesShapesAndClasses(@TempDir Path tmp)
      throws IOException, InterruptedException {
    Path script = mermaidOracle();
    long seeds = 40;
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    List<DependencyGraph> graphs = new ArrayList<>();
    for (long seed = 1; seed <= seeds; seed++) {
      DependencyGraph g = trickyGraph(new Random(seed), "\"#<>&;:|[]{}()`\\");
      graphs.add(g);
      Path file = tmp.resolve("g" + seed + ".mmd");
      Files.writeString(file, GraphFormat.mermaid(g, TIERS), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    Path golden = Path.of(System.getProperty("stackgen.repoRoot", ".")).resolve("src/test/resources/graph/small.mmd");
    command.add(golden.toString());

    String[] sections = run(command, "mermaid oracle").split("(?m)^F\\t[^\\n]*\\n");
    assertThat(sections).hasSize(graphs.size() + 2);
    for (int k = 0; k < graphs.size(); k++) {
      String at = "seed " + (k + 1);
      DependencyGraph g = graphs.get(k);
      Map<String, String> nameOfId = new HashMap<>();
      Map<String, String> classOfTier = new HashMap<>();
      Set<String> edges = new HashSet<>();
      for (String line : sections[k + 1].split("\\n")) {
        String[] f = line.split("\\t", -1);
        if (f[0].equals("N")) {
          String label = f[2];
          boolean zero = f[3].equals("hexagon");
          String name = zero ? label.substring(0, label.length() - " (tier-0)".length()) : label;
          assertThat(f[3]).as(at).isIn("hexagon", "square");
          assertThat(label.endsWith(" (tier-0)")).as("%s: label %s", at, label).isEqualTo(zero);
          StackNode node = g.node(name);
          assertThat(node.tierZero()).as(at).isEqualTo(zero);
          String previous = classOfTier.putIfAbsent(node.tier(), f[4]);
          assertThat(previous == null ? f[4] : previous).as("%s: one class per tier", at).isEqualTo(f[4]);
          nameOfId.put(f[1], name);
        } else if (f[0].equals("E")) {
          edges.add(nameOfId.get(f[1]) + " -> " + nameOfId.get(f[2]));
        }
      }
      assertThat(new HashSet<>(nameOfId.values())).as(at).hasSize(g.nodes().size());
      assertThat(new LinkedHashSet<>(classOfTier.values())).as("%s: tiers have distinct classes", at)
          .hasSize(classOfTier.size());
      assertThat(edges).as(at).isEqualTo(edgeSet(g));
    }
  }

  @Test
  void dotParsesWithGraphvizToTheSameNodesEdgesAndColours(@TempDir Path tmp)
      throws IOException, InterruptedException {
    assumeOracle(runs("gvpr", "-V"), "Graphviz absent: install it (apt-get install -y graphviz)");
    String program = "N{printf(\"N\\t%s\\t%s\\t%s\\t%s\\n\", $.name, $.label, $.fillcolor, $.peripheries)} "
        + "E{printf(\"E\\t%s\\t%s\\n\", $.tail.name, $.head.name)}";
    for (long seed = 1; seed <= 40; seed++) {
      String at = "seed " + seed;
      DependencyGraph g = trickyGraph(new Random(seed), "\"'#<>&;{}[]=,\\");
      Path file = tmp.resolve("g" + seed + ".dot");
      Files.writeString(file, GraphFormat.dot(g, TIERS), StandardCharsets.UTF_8);
      Set<String> names = new HashSet<>();
      Map<String, String> fillOfTier = new HashMap<>();
      Set<String> edges = new HashSet<>();
      for (String line : run(List.of("gvpr", program, file.toString()), at).split("\\n")) {
        String[] f = line.split("\\t", -1);
        if (f[0].equals("N")) {
          // DOT keeps "\\" in an ID as two characters; labels (\N by default) show it as one.
          String name = f[1].replace("\\\\", "\\");
          StackNode node = g.node(name);
          names.add(name);
          assertThat(f[2]).as(at).isEqualTo(node.tierZero() ? f[1] + " (tier-0)" : "");
          assertThat(f[4]).as(at).isEqualTo(node.tierZero() ? "2" : "");
          String previous = fillOfTier.putIfAbsent(node.tier(), f[3]);
          assertThat(previous == null ? f[3] : previous).as("%s: one colour per tier", at).isEqualTo(f[3]);
        } else if (f[0].equals("E")) {
          edges.add(f[1].replace("\\\\", "\\") + " -> " + f[2].replace("\\\\", "\\"));
        }
      }
      assertThat(names).as(at).hasSize(g.nodes().size());
      assertThat(new HashSet<>(fillOfTier.values())).as("%s: tiers have distinct colours", at)
          .hasSize(fillOfTier.size());
      assertThat(edges).as(at).isEqualTo(edgeSet(g));
    }
    assertThat(run(List.of("dot", "-Tsvg", Path.of(System.getProperty("stackgen.repoRoot", "."))
        .resolve("src/test/resources/graph/small.dot").toString()), "golden")).contains("<svg");
  }
}
