package dev.stackgen.hcl;

import java.util.ArrayList;
import java.util.List;

/** Assigned, non-control, non-private code points above ASCII, for Unicode oracle tests. */
final class UnicodeSample {
  private UnicodeSample() {}

  static List<Integer> codePoints() {
    List<Integer> out = new ArrayList<>();
    for (int cp = 0x80; cp < 0xE1000; cp++) {
      int type = Character.getType(cp);
      if (type == Character.UNASSIGNED
          || type == Character.SURROGATE
          || type == Character.PRIVATE_USE
          || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        continue;
      }
      out.add(cp);
    }
    return out;
  }

  /** Every {@code step}-th code point plus all those of the given general categories. */
  static List<Integer> sample(int step, int... types) {
    List<Integer> out = new ArrayList<>();
    int n = 0;
    for (int cp : codePoints()) {
      int type = Character.getType(cp);
      boolean wanted = n++ % step == 0;
      for (int t : types) {
        wanted |= type == t;
      }
      if (wanted) {
        out.add(cp);
      }
    }
    return out;
  }

  static String str(int cp) {
    return new String(Character.toChars(cp));
  }
}
