package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbatimTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      inputs = {\\n  a = 1\\n}          | inputs
      prevent_destroy=true             | prevent_destroy
      locals {\\n  x = 1\\n}            | locals
      generate "provider" {}           | generate "provider"
      include root {}                  | include "root"
      x == y                           | x
      """)
  void keyNamesTheItem(String text, String key) {
    assertThat(Verbatim.of(text.replace("\\\\n", "\\n")).key()).isEqualTo(key);
  }
}
