package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentCharsTest {
  @Test
  void ascii() {
    assertThat(IdentChars.isStart('a')).isTrue();
    assertThat(IdentChars.isStart('Z')).isTrue();
    assertThat(IdentChars.isStart('1')).isFalse();
    assertThat(IdentChars.isStart('_')).isFalse();
    assertThat(IdentChars.isContinue('_')).isTrue();
    assertThat(IdentChars.isContinue('9')).isTrue();
    assertThat(IdentChars.isContinue('-')).isFalse();
    assertThat(IdentChars.isContinue('$')).isFalse();
  }

  @Test
  void unicode9Letters() {
    assertThat(IdentChars.isStart('é')).isTrue();
    assertThat(IdentChars.isStart('日')).isTrue();
    assertThat(IdentChars.isStart(0x0301)).isFalse();
    assertThat(IdentChars.isContinue(0x0301)).isTrue();
    assertThat(IdentChars.isStart(0x2118)).isTrue();
  }

  @Test
  void lettersAddedAfterUnicode9AreNotIdentifiers() {
    assertThat(IdentChars.isStart(0x05EF)).isFalse();
    assertThat(IdentChars.isContinue(0x0862)).isFalse();
  }
}
