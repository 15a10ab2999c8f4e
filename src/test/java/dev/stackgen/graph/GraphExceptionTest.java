package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphExceptionTest {
  @Test
  void messageIsTheFirstErrorAndAllErrorsAreKept() {
    GraphError first = new GraphError("stackgen.hcl", 1, 2, "cycle: a -> a");
    GraphError second = new GraphError("stackgen.hcl", 5, 2, "cycle: b -> b");
    GraphException e = new GraphException(List.of(first, second));
    assertThat(e).hasMessage("stackgen.hcl:1:2: cycle: a -> a");
    assertThat(e.errors()).containsExactly(first, second);
    assertThat(new GraphException(List.of())).hasMessage("invalid dependency graph");
  }
}
