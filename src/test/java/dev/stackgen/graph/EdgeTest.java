package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EdgeTest {
  @Test
  void toHasNoPosition() {
    assertThat(Edge.to("db")).isEqualTo(new Edge("db", "", 0, 0));
  }

  @Test
  void rejectsEmptyTargetAndNegativePosition() {
    assertThatThrownBy(() -> new Edge("", "f", 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge target must not be empty");
    assertThatThrownBy(() -> new Edge("a", "f", -1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge position must not be negative: line -1, column 2");
    assertThatThrownBy(() -> new Edge(null, "f", 1, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("target");
  }
}
