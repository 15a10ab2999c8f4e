package dev.stackgen.hcl;

/** Counts user-perceived characters (extended grapheme clusters, simplified) as hclwrite does. */
final class Graphemes {
  private Graphemes() {}

  static int count(String s) {
    int n = 0;
    int prev = -1;
    boolean prevZwj = false;
    boolean pictSeq = false;
    int regionalRun = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean joins;
      if (prev == '\r' && cp == '\n') {
        joins = true;
      } else if (prev == -1 || prev == '\r' || prev == '\n' || isControl(prev)) {
        joins = false;
      } else if (cp == '\r' || cp == '\n' || isControl(cp)) {
        joins = false;
      } else if (isExtend(cp) || cp == 0x200D) {
        joins = true;
      } else if (prevZwj && pictSeq && isPictographic(cp)) {
        joins = true;
      } else if (isRegional(cp) && isRegional(prev) && regionalRun % 2 == 1) {
        joins = true;
      } else {
        joins = isHangulJoin(prev, cp);
      }
      if (!joins) {
        n++;
        pictSeq = isPictographic(cp);
      } else if (!(isExtend(cp) || cp == 0x200D || isPictographic(cp))) {
        pictSeq = false;
      }
      regionalRun = isRegional(cp) ? regionalRun + 1 : 0;
      prevZwj = cp == 0x200D;
      prev = cp;
    }
    return n;
  }

  private static boolean isControl(int cp) {
    int type = Character.getType(cp);
    return (type == Character.CONTROL || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR
            || (type == Character.FORMAT && cp != 0x200D && cp != 0x200C))
        && cp != '\t';
  }

  private static boolean isExtend(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == 0x200C
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean isPictographic(int cp) {
    return (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0x2764;
  }

  private static boolean isRegional(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isHangulJoin(int prev, int cp) {
    boolean prevL = prev >= 0x1100 && prev <= 0x115F;
    boolean prevV = prev >= 0x1160 && prev <= 0x11A7;
    boolean prevT = prev >= 0x11A8 && prev <= 0x11FF;
    boolean prevLv = prev >= 0xAC00 && prev <= 0xD7A3 && (prev - 0xAC00) % 28 == 0;
    boolean prevLvt = prev >= 0xAC00 && prev <= 0xD7A3 && !prevLv;
    boolean curL = cp >= 0x1100 && cp <= 0x115F;
    boolean curV = cp >= 0x1160 && cp <= 0x11A7;
    boolean curT = cp >= 0x11A8 && cp <= 0x11FF;
    boolean curSyl = cp >= 0xAC00 && cp <= 0xD7A3;
    if (prevL && (curL || curV || curSyl)) {
      return true;
    }
    if ((prevLv || prevV) && (curV || curT)) {
      return true;
    }
    return (prevLvt || prevT) && curT;
  }
}
