package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackTest {
  private static Stack withItems(String... texts) {
    List<StackItem> items = java.util.Arrays.stream(texts).map(t -> (StackItem) Verbatim.of(t)).toList();
    return new Stack("a", "apps", State.PG, Trivia.NONE, items, true, List.of(), Trivia.NONE, SourceRef.NONE);
  }

  @Test
  void includeIndexFindsTheFirstIncludeBlock() {
    assertThat(withItems("locals {\n}", "include \"root\" {\n}", "include \"env\" {\n}").includeIndex()).isEqualTo(1);
    assertThat(withItems("include {\n  path = find_in_parent_folders()\n}").includeIndex()).isZero();
    assertThat(withItems("include_tags = true", "include = 1", "inputs = {}").includeIndex()).isEqualTo(-1);
  }

  @Test
  void defaultLayoutWithoutFileBlocksUnlessSaid() {
    Stack s = withItems("inputs = {}");
    assertThat(s.exact()).isFalse();
    assertThat(s.files()).isEmpty();
    assertThat(s.module()).isEmpty();
  }
}
