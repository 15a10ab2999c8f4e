package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HclSourceTest {
  @Test
  void decodesValidUtf8() throws HclSyntaxException {
    assertThat(HclSource.decode("a = \"é😀\"\n".getBytes(StandardCharsets.UTF_8), "f.hcl"))
        .isEqualTo("a = \"é😀\"\n");
  }

  @Test
  void reportsPositionOfMalformedByte() {
    byte[] data = {'a', '\n', 'b', ' ', '=', ' ', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '"'};
    assertThatThrownBy(() -> HclSource.decode(data, "f.hcl"))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessage("f.hcl:2:7: invalid UTF-8 encoding at byte offset 9");
  }
}
