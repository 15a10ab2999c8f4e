package dev.stackgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphErrorTest {
  @Test
  void printsFileLineColumnMessage() {
    assertThat(new GraphError("stackgen.hcl", 12, 3, "cycle: a -> a"))
        .hasToString("stackgen.hcl:12:3: cycle: a -> a");
  }
}
