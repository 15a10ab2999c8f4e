package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What big catalogs do differently for speed (issue 23) answers as the small path does: stacks looked
 * up through an index, the graph check run beside {@link Catalog#problems()}, a dependency's target
 * without split lists.
 */
class BigCatalogTest {
  private static final int N = 600;

  private static Catalog valid() {
    Catalog.Builder b = Catalog.builder().tier("core", "0-core").tier("apps", "4-aux");
    b.stack(Stack.builder("s0").tier("core").build());
    for (int i = 1; i < N; i++) {
      b.stack(Stack.builder("s" + i).tier("apps").dependsOn("s" + (i - 1)).build());
    }
    return b.build();
  }

  /** The same catalog with other stacks, unvalidated. */
  private static Catalog with(Catalog c, List<Stack> stacks) {
    return new Catalog(c.settings(), c.root(), c.defaults(), stacks);
  }

  /** What validate answered before: problems(), else the graph check's. */
  private static List<Catalog.Problem> sequential(Catalog c) {
    List<Catalog.Problem> p = c.problems();
    return p.isEmpty() ? CatalogGraph.problems(c) : p;
  }

  @Test
  void indexedLookupsFindWhatAScanFinds() {
    Catalog c = valid();
    assertThat(c.stacks()).hasSizeGreaterThan(64);
    for (Stack s : c.stacks()) {
      assertThat(c.stack(s.name())).containsSame(s);
    }
    assertThat(c.stack("nope")).isEmpty();
    // a duplicate name: the first, as the scan answers; another catalog in between rebuilds the index
    List<Stack> stacks = new ArrayList<>(c.stacks());
    Stack again = Stack.builder("s5").tier("core").build();
    stacks.add(again);
    Catalog dup = with(c, stacks);
    assertThat(dup.stack("s5")).containsSame(c.stacks().get(5));
    assertThat(c.stack("s7")).containsSame(c.stacks().get(7));
    assertThat(dup.stack("s7")).containsSame(dup.stacks().get(7));
  }

  @Test
  void validateAnswersAsProblemsThenTheGraph() {
    Catalog c = valid();
    assertThat(c.validate()).isEmpty();
    // a cycle only: the graph check's answer
    List<Stack> cycle = new ArrayList<>(c.stacks());
    cycle.set(3, Stack.builder("s3").tier("apps").dependsOn("s2", "s400").build());
    Catalog cyclic = with(c, cycle);
    assertThat(cyclic.problems()).isEmpty();
    assertThat(cyclic.validate()).isNotEmpty().isEqualTo(sequential(cyclic));
    // an unknown tier and the cycle: problems() answers
    List<Stack> both = new ArrayList<>(cycle);
    both.set(500, Stack.builder("s500").tier("nope").dependsOn("s499").build());
    Catalog bad = with(c, both);
    assertThat(bad.problems()).isNotEmpty();
    assertThat(bad.validate()).isEqualTo(sequential(bad)).isEqualTo(bad.problems());
  }

  @Test
  void aTopLevelTargetIsWhatResolvingThePathGives() {
    for (String from : List.of("a", "web-1", "x.y", "a/b", "prod/eu/db", "")) {
      for (String label : List.of("b", "web_2", "k8s.v2", "0x", "a.b-c", "a..b")) {
        String resolved = Names.resolvePath(from, "../" + label);
        String expected = resolved != null && Names.isStackPath(resolved) ? resolved : null;
        Dependency d = Dependency.on(label);
        assertThat(d.target(from)).as(from + " -> " + label).isEqualTo(expected);
      }
    }
  }
}
