package dev.stackgen.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded byte-level mutations of text inputs: bit flips, interesting bytes, truncation, duplicated,
 * deleted and swapped lines, unbalanced brackets and quotes, unterminated heredocs and comments,
 * invalid UTF-8, NUL bytes, splices from other seeds and repeated chunks. The same seed and
 * inputs always give the same mutants.
 */
public final class Mutator {
  private static final byte[] INTERESTING = bytes("\0\"{}[]()$%\\\n\r#=<~/*.,:?-\t '`");

  private static final String[] TOKENS = {
      "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "$${", "%%{", "~}", "}}", "<<EOT\n", "<<-EOF\n",
      "EOT\n", "EOF\n", "/*", "*/", "//", "#", "\\", "\\u", "\\U0010FFFF", "\\ud800", "\"\"\"", "=", "==",
      ":", "...", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\ud83d\ude00", "\ufeff", "stack \"x\" {\n",
      "stack \"../x\" {\n", "dependency \"..\" {}\n", "dependency \"/etc\" {}\n", "stacks_dir = \"/tmp\"\n",
      "stacks_dir = \"../out\"\n", "tier = \"core\"\n", "state = \"local\"\n", "root {\n", "defaults {\n",
      "stackgen {\n", "inputs = {\n", "generate \"g\" {\n", "a = b\n", "x = [for k, v in m : v if k]\n",
      "for", "if", "in", "null", "true", "1e999999999", "0x1", "-", "!", "?", "=>", "%{ if x }", "%{ endif }",
      "%{ for a in b }", "%{ endfor }", "${a}", "\u0000", "tiers = {}\n", "header = false\n", "provider \"p\" {\n",
      "locals {\n", "inputs = merge(\n", "\"\\\"\"", "a.b.c", "a[0]", "a.*.b", "a[*]",
      "$", "$(", "${x?y}", "${x:y}", "$$", "\n ", "\n\t", " = ", "postfix_overlay \"postfix_cf\" {\n",
      "file = \"../../etc/x\"\n", "module \"m\" {\n", "vault \"v\" {\n", "\"a\\nb\"", "\"\\u2028\""};

  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};

  private final Random random;
  private final List<byte[]> corpus;

  /** A mutator drawing from {@code corpus} (the seeds, also used for splices). */
  public Mutator(long seed, List<byte[]> corpus) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("corpus must not be empty");
    }
    this.random = new Random(seed);
    this.corpus = List.copyOf(corpus);
  }

  /** The next mutant: a random seed with one to four stacked mutations. */
  public byte[] next() {
    byte[] data = corpus.get(random.nextInt(corpus.size()));
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      data = mutate(data);
    }
    return data;
  }

  byte[] mutate(byte[] in) {
    int op = random.nextInt(16);
    int len = in.length;
    int at = len == 0 ? 0 : random.nextInt(len + 1);
    return switch (op) {
      case 0 -> flipBit(in);
      case 1 -> replaceByte(in, INTERESTING[random.nextInt(INTERESTING.length)]);
      case 2 -> slice(in, 0, at);
      case 3 -> duplicateLine(in);
      case 4 -> deleteLine(in);
      case 5 -> swapLines(in);
      case 6 -> insert(in, at, bytes(TOKENS[random.nextInt(TOKENS.length)]));
      case 7 -> insert(in, at, bytes(random.nextBoolean() ? "<<EOT\nno end here\n" : "<<-" + marker()
          + "\n  " + marker() + "x\n"));
      case 8 -> insert(in, at, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
      case 9 -> insert(in, at, new byte[1 + random.nextInt(3)]);
      case 10 -> splice(in, at);
      case 11 -> repeatChunk(in);
      case 12 -> deleteRange(in);
      case 13 -> insert(in, at, bytes(unbalanced()));
      case 14 -> replaceWord(in);
      default -> insert(in, at, randomBytes());
    };
  }

  private String marker() {
    return random.nextBoolean() ? "EOT" : "EOF";
  }

  private String unbalanced() {
    String[] open = {"{", "[", "(", "\"", "${", "%{", "/*", "<<EOT\n"};
    String s = open[random.nextInt(open.length)];
    return random.nextInt(4) == 0 ? s.repeat(1 + random.nextInt(50)) : s;
  }

  private byte[] flipBit(byte[] in) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    int i = random.nextInt(out.length);
    out[i] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  private byte[] replaceByte(byte[] in, byte b) {
    if (in.length == 0) {
      return new byte[] {b};
    }
    byte[] out = in.clone();
    out[random.nextInt(out.length)] = b;
    return out;
  }

  private static byte[] slice(byte[] in, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(in, from, out, 0, out.length);
    return out;
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  /** Line spans as [start, end) offsets, each including its newline. */
  private static List<int[]> lines(byte[] in) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < in.length) {
      out.add(new int[] {start, in.length});
    }
    return out;
  }

  private byte[] duplicateLine(byte[] in) {
    List<int[]> lines = lines(in);
    if (lines.isEmpty()) {
      return in;
    }
    int[] l = lines.get(random.nextInt(lines.size()));
    int[] dest = lines.get(random.nextInt(lines.size()));
    return insert(in, dest[0], slice(in, l[0], l[1]));
  }

  private byte[] deleteLine(byte[] in) {
    List<int[]> lines = lines(in);
    if (lines.isEmpty()) {
      return in;
    }
    int[] l = lines.get(random.nextInt(lines.size()));
    return cut(in, l[0], l[1]);
  }

  private static byte[] cut(byte[] in, int from, int to) {
    byte[] out = new byte[in.length - (to - from)];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(in, to, out, from, in.length - to);
    return out;
  }

  private byte[] swapLines(byte[] in) {
    List<int[]> lines = lines(in);
    if (lines.size() < 2) {
      return in;
    }
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int k = 0; k < lines.size(); k++) {
      int[] l = lines.get(k == a ? b : k == b ? a : k);
      out.write(in, l[0], l[1] - l[0]);
    }
    return out.toByteArray();
  }

  private byte[] splice(byte[] in, int at) {
    byte[] other = corpus.get(random.nextInt(corpus.size()));
    if (other.length == 0) {
      return in;
    }
    int from = random.nextInt(other.length);
    int to = Math.min(other.length, from + 1 + random.nextInt(400));
    return insert(in, at, slice(other, from, to));
  }

  private byte[] repeatChunk(byte[] in) {
    if (in.length == 0) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + random.nextInt(40));
    byte[] chunk = slice(in, from, to);
    int times = 2 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 20);
    ByteArrayOutputStream rep = new ByteArrayOutputStream(chunk.length * times);
    for (int k = 0; k < times; k++) {
      rep.write(chunk, 0, chunk.length);
    }
    return insert(in, to, rep.toByteArray());
  }

  private byte[] deleteRange(byte[] in) {
    if (in.length == 0) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + random.nextInt(64));
    return cut(in, from, to);
  }

  /** Replaces a random identifier-like word with another word of the input or a keyword. */
  private byte[] replaceWord(byte[] in) {
    String s = new String(in, StandardCharsets.ISO_8859_1);
    List<int[]> words = new ArrayList<>();
    int k = 0;
    while (k < s.length()) {
      if (Character.isLetter(s.charAt(k))) {
        int start = k;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) {
          k++;
        }
        words.add(new int[] {start, k});
      } else {
        k++;
      }
    }
    if (words.isEmpty()) {
      return in;
    }
    int[] w = words.get(random.nextInt(words.size()));
    int[] other = words.get(random.nextInt(words.size()));
    String[] keywords = {"stack", "root", "defaults", "stackgen", "dependency", "tier", "state", "tiers",
        "inputs", "use_defaults", "local", "pg", "provider", "stacks_dir", "header", "generate", "locals"};
    String replacement = random.nextBoolean() ? s.substring(other[0], other[1])
        : keywords[random.nextInt(keywords.length)];
    return (s.substring(0, w[0]) + replacement + s.substring(w[1])).getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] randomBytes() {
    byte[] b = new byte[1 + random.nextInt(8)];
    random.nextBytes(b);
    return b;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
