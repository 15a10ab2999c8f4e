package dev.stackgen.hcl;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/** Strict UTF-8 decoding of HCL files with positioned errors. */
public final class HclSource {
  private HclSource() {}

  /**
   * Decodes {@code data} as UTF-8, failing with the line and column of the first malformed byte
   * sequence.
   */
  public static String decode(byte[] data, String fileName) throws HclSyntaxException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data);
    CharBuffer out = CharBuffer.allocate(data.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String good = out.toString();
      int line = 1;
      int column = 1;
      for (int i = 0; i < good.length(); i++) {
        char c = good.charAt(i);
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      throw new HclSyntaxException(
          fileName, line, column, "invalid UTF-8 encoding at byte offset " + in.position());
    }
    result = decoder.flush(out);
    out.flip();
    return out.toString();
  }

}
