package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackNodeTest {
  @Test
  void copiesDependencies() {
    List<Edge> deps = new ArrayList<>(List.of(Edge.to("db")));
    StackNode node = new StackNode("app", "edge", false, deps);
    deps.add(Edge.to("dns"));
    assertThat(node.deps()).containsExactly(Edge.to("db"));
    assertThat(node.file()).isEmpty();
    assertThat(node.line()).isZero();
    assertThatThrownBy(() -> node.deps().add(Edge.to("x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsEmptyNameAndNegativePosition() {
    assertThatThrownBy(() -> new StackNode("", "edge", false, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stack name must not be empty");
    assertThatThrownBy(() -> new StackNode("a", "edge", false, "f", 3, -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stack position must not be negative: line 3, column -1");
  }
}
