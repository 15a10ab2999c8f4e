package dev.stackgen.postfix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The main.cf docker-mailserver ends up with: its own main.cf with the overlay appended, rewritten by
 * {@code postconf -n} (last definition wins, read-only and unused parameters dropped, sorted by name,
 * whitespace in values normalised). Also keeps what postconf warns about on the way.
 */
public final class Effective {

  /**
   * Where a definition comes from: a file name, its 1-based line, and whether that file is the overlay
   * (rather than the image's main.cf or master.cf).
   */
  public record Origin(String file, int line, boolean overlay) {
    public Origin {
      Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
      return line == 0 ? file : file + ":" + line;
    }
  }

  /** One {@code name = value} of the result; {@code value} is as written (not whitespace-normalised). */
  public record Entry(String name, String value, Origin origin) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(origin, "origin");
    }

    /** The line exactly as {@code postconf -n} prints it. */
    public String line() {
      return normalise(name + " = " + value);
    }
  }

  /** A {@code $name} that resolves nowhere, and where it was found ({@code origin} empty for defaults). */
  public record Undefined(String name, String parameter, Optional<Origin> origin) {
    public Undefined {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * A built-in parameter postconf cannot expand, so it dies with "macro processing error": either a loop
   * ({@code path} ends where it repeats; "unreasonable macro call nesting") or, when {@code syntax} is
   * present, a malformed macro in the value of the last name of {@code path} (the parameter itself when
   * {@code path} is empty).
   */
  public record Recursion(String parameter, Origin origin, List<String> path, Optional<String> syntax) {
    public Recursion {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(origin, "origin");
      path = List.copyOf(path);
      Objects.requireNonNull(syntax, "syntax");
    }
  }

  /** A later definition of a name replacing an earlier one ({@code overriding earlier entry}). */
  public record Redefinition(String name, Entry earlier, Entry later) {
    public Redefinition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
    }
  }

  /** The line postconf dies on ({@code fatal: ..., line N: message: "text"}); main.cf ends up empty. */
  public record Fatal(Origin origin, String message, String text) {
    public Fatal {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(text, "text");
    }
  }

  /** File name used for origins inside the image's own main.cf ({@code <profile>/main.cf}). */
  static final String IMAGE_MAIN_CF = "main.cf";

  /** File name used for origins in master.cf. */
  static final String MASTER_CF = "master.cf";

  private final Profile profile;
  private final MasterCf master;
  private final Optional<Fatal> fatal;
  private final Map<String, Entry> dict;
  private final List<Entry> entries;
  private final List<Entry> unused;
  private final List<Entry> readOnly;
  private final List<Undefined> undefined;
  private final List<Recursion> recursions;
  private final List<Redefinition> overrides;
  private final List<Origin> leadingWhitespace;
  private final Map<String, String> table;

  private Effective(Profile profile, MasterCf master, MainCf merged, java.util.function.IntFunction<Origin> originOf,
      boolean lenient) {
    this.profile = profile;
    this.master = master;
    Optional<Fatal> f = Optional.empty();
    List<Origin> lws = new ArrayList<>();
    Map<String, Entry> d = new LinkedHashMap<>();
    List<Redefinition> ov = new ArrayList<>();
    for (MainCf.LogicalLine line : merged.lines()) {
      Origin origin = originOf.apply(line.line());
      if (line.startsWithWhitespace()) {
        lws.add(origin);
        continue;
      }
      Optional<MainCf.Malformed> bad = line.malformed();
      if (bad.isPresent()) {
        if (f.isEmpty()) {
          f = Optional.of(new Fatal(origin, bad.get().message(), bad.get().text()));
        }
        continue;
      }
      MainCf.Definition def = line.definition().orElseThrow();
      Entry e = new Entry(def.name(), def.value(), origin);
      Entry previous = d.remove(def.name());
      if (previous != null) {
        ov.add(new Redefinition(def.name(), previous, e));
      }
      d.put(def.name(), e);
    }
    if (f.isPresent() && !lenient) {
      d.clear();
    }
    this.leadingWhitespace = List.copyOf(lws);
    this.overrides = List.copyOf(ov);

    List<Entry> ro = new ArrayList<>();
    for (String name : profile.readOnly()) {
      Entry e = d.remove(name);
      if (e != null) {
        ro.add(e);
      }
    }
    this.readOnly = List.copyOf(ro);
    this.dict = d;

    Map<String, String> t = new HashMap<>(profile.defaults());
    t.putAll(profile.serviceParameters(master));
    // loops, not forEach lambdas, in this constructor: each lint builds an Effective
    for (String name : profile.legacy()) {
      t.putIfAbsent(name, "");
    }
    this.table = t;

    Set<String> validated = new HashSet<>();
    Set<String> masterNames = new HashSet<>();
    for (MasterCf.Service s : master.services()) {
      for (MasterCf.Option o : s.options()) {
        masterNames.add(o.name());
      }
    }
    List<Undefined> undef = new ArrayList<>();
    List<Recursion> loops = new ArrayList<>();
    if (f.isEmpty() || lenient) {
      for (MasterCf.Service s : master.services()) {
        Set<String> local = new HashSet<>();
        for (MasterCf.Option o : s.options()) {
          local.add(o.name());
        }
        for (MasterCf.Option o : s.options()) {
          if (profile.raw().contains(o.name())) {
            continue;
          }
          for (String ref : MainCf.references(o.value())) {
            if (local.contains(ref)) {
              continue;
            }
            if (d.containsKey(ref)) {
              validated.add(ref);
            } else if (!t.containsKey(ref)) {
              undef.add(new Undefined(ref, s.name() + "/" + o.name(), Optional.empty()));
            }
          }
          if (!expandsForDatabases(o.name())) {
            continue;
          }
          try {
            for (String candidate : dbmsParameters(expand(o.value(), new Walk(), false))) {
              if (d.containsKey(candidate) && !local.contains(candidate)) {
                validated.add(candidate);
              }
            }
          } catch (Cycle c) {
            loops.add(new Recursion(o.name(), new Origin(s.file(), s.line(), false), c.path, c.syntax));
          } catch (TooLarge ignored) {
            continue;
          }
        }
      }
      for (Map.Entry<String, String> def : new TreeMap<>(t).entrySet()) {
        if (profile.raw().contains(def.getKey()) || d.containsKey(def.getKey())) {
          continue;
        }
        for (String ref : MainCf.references(def.getValue())) {
          flag(ref, def.getKey(), Optional.empty(), d, masterNames, validated, undef);
        }
      }
      Entry classes = d.get("smtpd_restriction_classes");
      if (classes != null) {
        for (String name : expandQuietly(classes.value(), true).split("[\\s,]+")) {
          if (!name.isEmpty()) {
            flag(name, classes.name(), Optional.of(classes.origin()), d, masterNames, validated, undef);
          }
        }
      }
      for (Entry e : d.values()) {
        if (profile.raw().contains(e.name())) {
          continue;
        }
        for (String ref : MainCf.references(e.value())) {
          flag(ref, e.name(), Optional.of(e.origin()), d, masterNames, validated, undef);
        }
        if (!expandsForDatabases(e.name())) {
          continue;
        }
        try {
          for (String candidate : dbmsParameters(expand(e.value(), new Walk(), false))) {
            if (d.containsKey(candidate)) {
              validated.add(candidate);
            }
          }
        } catch (Cycle c) {
          loops.add(new Recursion(e.name(), e.origin(), c.path, c.syntax));
        } catch (TooLarge ignored) {
          continue;
        }
      }
    }
    this.undefined = List.copyOf(undef);
    this.recursions = List.copyOf(loops);
    if (f.isEmpty() && !loops.isEmpty()) {
      f = Optional.of(new Fatal(loops.get(0).origin(), "macro processing error", loops.get(0).parameter()));
    }
    this.fatal = lenient ? Optional.empty() : f;
    if (this.fatal.isPresent()) {
      d.clear();
    }

    List<Entry> used = new ArrayList<>();
    List<Entry> notUsed = new ArrayList<>();
    for (Entry e : d.values()) {
      (t.containsKey(e.name()) || validated.contains(e.name()) ? used : notUsed).add(e);
    }
    used.sort((a, b) -> a.name().compareTo(b.name()));
    this.entries = List.copyOf(used);
    this.unused = List.copyOf(notUsed);
  }

  /**
   * postconf fully expands the values of built-in parameters (not raw, not legacy) to find legacy database
   * parameters; that is where a reference loop makes it fail.
   */
  private boolean expandsForDatabases(String name) {
    return table.containsKey(name) && !profile.legacy().contains(name) && !profile.raw().contains(name);
  }

  /**
   * The legacy database parameter names a value makes valid: for each comma/space separated
   * {@code type:name} ({@code proxy:} prefixes skipped, {@code {...}} searched inside) whose name is not a
   * path, {@code name_<suffix>} for the type's suffixes.
   */
  private List<String> dbmsParameters(String value) {
    List<String> out = new ArrayList<>();
    for (String token : tokens(value)) {
      String type = token;
      String prefix = null;
      int colon;
      while ((colon = type.indexOf(':')) >= 0) {
        prefix = type.substring(colon + 1);
        type = type.substring(0, colon);
        if (!type.equals("proxy")) {
          break;
        }
        type = prefix;
        prefix = null;
      }
      if (prefix == null || prefix.isEmpty() || prefix.startsWith("/") || prefix.startsWith(".")) {
        continue;
      }
      if (prefix.startsWith("{")) {
        int end = prefix.lastIndexOf('}');
        out.addAll(dbmsParameters(prefix.substring(1, end > 0 ? end : prefix.length())));
        continue;
      }
      for (String suffix : profile.dbmsSuffixes().getOrDefault(type, List.of())) {
        out.add(prefix + "_" + suffix);
      }
    }
    return out;
  }

  /** Splits on commas and whitespace, keeping {@code {...}} groups (with their braces) inside one token. */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (depth == 0 && (c == ',' || MainCf.isSpace(c))) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      cur.append(c);
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private void flag(String ref, String parameter, Optional<Origin> where, Map<String, Entry> d, Set<String> masterNames,
      Set<String> validated, List<Undefined> undef) {
    if (d.containsKey(ref)) {
      validated.add(ref);
    } else if (!masterNames.contains(ref) && !table.containsKey(ref)) {
      undef.add(new Undefined(ref, parameter, where));
    }
  }

  /** The image's main.cf with {@code overlayText} appended, as docker-mailserver merges it. */
  public static Effective merge(Profile profile, String overlayFile, String overlayText) {
    return merge(profile, overlayFile, overlayText, profile.master());
  }

  /** As {@link #merge(Profile, String, String)} with a different master.cf. */
  public static Effective merge(Profile profile, String overlayFile, String overlayText, MasterCf master) {
    return build(profile, overlayFile, overlayText, master, false);
  }

  /** Like {@link #merge} but skipping malformed lines instead of failing, so every other rule can run. */
  static Effective lenient(Profile profile, String overlayFile, String overlayText, MasterCf master) {
    return build(profile, overlayFile, overlayText, master, true);
  }

  private static Effective build(Profile profile, String overlayFile, String overlayText, MasterCf master,
      boolean lenient) {
    Objects.requireNonNull(overlayFile, "overlayFile");
    Objects.requireNonNull(overlayText, "overlayText");
    String image = profile.mainCfText();
    if (!image.isEmpty() && !image.endsWith("\n")) {
      image += "\n";
    }
    int imageLines = MainCf.parse(IMAGE_MAIN_CF, image).physicalLines();
    String imageFile = profile.name() + "/" + IMAGE_MAIN_CF;
    MainCf merged = MainCf.parse(IMAGE_MAIN_CF, image + overlayText);
    return new Effective(profile, master, merged, line -> line <= imageLines
        ? new Origin(imageFile, line, false)
        : new Origin(overlayFile, line - imageLines, true), lenient);
  }

  /**
   * The main.cf and master.cf docker-mailserver runs with: the image's main.cf as {@code startup} edits it, the
   * overlay appended and rewritten by {@code postconf -n}, then the parameters the start-up sets after the
   * overlay. {@code master} is the master.cf at the time of the merge (image, start-up, {@code postfix-master.cf}).
   */
  public static Effective startup(Profile profile, DmsStartup startup, String overlayFile, String overlayText,
      MasterCf master) {
    return build(profile, startup, overlayFile, overlayText, master, false);
  }

  static Effective startupLenient(Profile profile, DmsStartup startup, String overlayFile, String overlayText,
      MasterCf master) {
    return build(profile, startup, overlayFile, overlayText, master, true);
  }

  private static Effective build(Profile profile, DmsStartup startup, String overlayFile, String overlayText,
      MasterCf master, boolean lenient) {
    Objects.requireNonNull(overlayFile, "overlayFile");
    Objects.requireNonNull(overlayText, "overlayText");
    String before = startup.mainCfBeforeOverlay();
    List<Origin> beforeOrigins = startup.originsBeforeOverlay();
    String overlay = overlayText.isEmpty() || overlayText.endsWith("\n") ? overlayText : overlayText + "\n";
    int overlayLines = MainCf.parse(IMAGE_MAIN_CF, overlay).physicalLines();
    List<Origin> afterOrigins = startup.originsAfterOverlay();
    MainCf merged = MainCf.parse(IMAGE_MAIN_CF, before + overlay + startup.mainCfAfterOverlay());
    int b = beforeOrigins.size();
    return new Effective(profile, master, merged, line -> line <= b ? beforeOrigins.get(line - 1)
        : line <= b + overlayLines ? new Origin(overlayFile, line - b, true)
        : afterOrigins.get(Math.min(line - b - overlayLines, afterOrigins.size()) - 1), lenient);
  }

  /** The postconf fatal error, if the merged file has a line that is not {@code name = value}. */
  public Optional<Fatal> fatal() {
    return fatal;
  }

  /** What {@code postconf -n} prints, sorted by name (empty after a fatal error). */
  public List<Entry> entries() {
    return entries;
  }

  /** Definitions postconf drops as {@code unused parameter}. */
  public List<Entry> unused() {
    return unused;
  }

  /** Definitions postconf drops as {@code read-only parameter assignment}. */
  public List<Entry> readOnly() {
    return readOnly;
  }

  /** {@code $name} references postconf reports as {@code undefined parameter}. */
  public List<Undefined> undefined() {
    return undefined;
  }

  /** Built-in parameters whose expansion loops (each makes postconf fail). */
  public List<Recursion> recursions() {
    return recursions;
  }

  /** Every {@code overriding earlier entry}, in file order. */
  public List<Redefinition> overrides() {
    return overrides;
  }

  /** Logical lines skipped because they start with whitespace. */
  public List<Origin> leadingWhitespace() {
    return leadingWhitespace;
  }

  /** The winning definition of a name, if main.cf (image or overlay) sets it. */
  public Optional<Entry> definition(String name) {
    return Optional.ofNullable(dict.get(name));
  }

  /** The value in effect: the explicit one, else the Postfix or per-service default, else empty. */
  public Optional<String> value(String name) {
    Entry e = dict.get(name);
    if (e != null) {
      return Optional.of(e.value());
    }
    return Optional.ofNullable(table.get(name));
  }

  /** True when a name is a built-in or master.cf per-service parameter. */
  public boolean isKnown(String name) {
    return table.containsKey(name);
  }

  /** The master.cf this result was computed with. */
  public MasterCf master() {
    return master;
  }

  /** The profile this result was computed with. */
  public Profile profile() {
    return profile;
  }

  /**
   * Expands {@code $name}, {@code ${name}}, {@code $(name)}, {@code ${name?x}} and {@code ${name:x}}
   * recursively with explicit values, then defaults; a value that refers back to itself stays unexpanded.
   */
  public String expand(String value) {
    try {
      return expand(value, new Walk(), false);
    } catch (Cycle | TooLarge c) {
      return value;
    }
  }

  /**
   * An expansion postconf cannot finish: a loop (postconf: "unreasonable macro call nesting"; {@code syntax}
   * empty) or a malformed macro in a value reached through {@code path}.
   */
  static final class Cycle extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> path;
    final Optional<String> syntax;

    Cycle(List<String> path) {
      super(String.join(" -> ", path), null, false, false);
      this.path = List.copyOf(path);
      this.syntax = Optional.empty();
    }

    Cycle(List<String> path, String syntax) {
      super(syntax, null, false, false);
      this.path = List.copyOf(path);
      this.syntax = Optional.of(syntax);
    }
  }

  /** Expansion; with {@code explicitOnly} names resolve in main.cf only (as postconf reads restriction classes). */
  /** Most characters one expansion may produce; {@code a = $b$b$b...}, {@code b = $c$c$c...} grows exponentially. */
  static final int MAX_EXPANSION = 1 << 20;

  /** The names being expanded, and what is left of the {@link #MAX_EXPANSION} budget of this expansion. */
  private static final class Walk extends ArrayList<String> {
    private static final long serialVersionUID = 1L;
    private int budget = MAX_EXPANSION;
  }

  /**
   * An expansion past {@link #MAX_EXPANSION}; the value is then treated as unexpanded (found by
   * FuzzTest: a 1 KB fragment ran postfix lint out of heap).
   */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  private String expand(String s, List<String> stack, boolean explicitOnly) throws Cycle {
    if (stack instanceof Walk w) {
      w.budget -= s.length();
      if (w.budget < 0) {
        throw new TooLarge();
      }
    }
    Optional<String> syntax = MainCf.macroError(s);
    if (syntax.isPresent()) {
      List<String> where = new ArrayList<>(stack);
      throw new Cycle(where, syntax.get());
    }
    StringBuilder out = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '$' || i + 1 >= n) {
        out.append(c);
        i++;
        continue;
      }
      char next = s.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{' || next == '(') {
        char close = next == '{' ? '}' : ')';
        int level = 1;
        int j = i + 2;
        while (j < n && level > 0) {
          if (s.charAt(j) == next) {
            level++;
          } else if (s.charAt(j) == close) {
            level--;
          }
          j++;
        }
        String inner = s.substring(i + 2, level == 0 ? j - 1 : n);
        int k = 0;
        while (k < inner.length() && MainCf.isNameChar(inner.charAt(k))) {
          k++;
        }
        if (k == 0) {
          out.append(s, i, j);
        } else {
          String name = inner.substring(0, k);
          String rest = inner.substring(k);
          if (rest.isEmpty()) {
            out.append(expandName(name, stack, explicitOnly));
          } else {
            String text = rest.substring(1);
            if (text.startsWith("{") && text.endsWith("}")) {
              text = text.substring(1, text.length() - 1);
            }
            boolean set = !lookup(name, explicitOnly).isEmpty();
            if ((rest.charAt(0) == '?' && set) || (rest.charAt(0) == ':' && !set)) {
              out.append(expand(text, stack, explicitOnly));
            }
          }
        }
        i = j;
      } else if (MainCf.isNameChar(next)) {
        int j = i + 1;
        while (j < n && MainCf.isNameChar(s.charAt(j))) {
          j++;
        }
        out.append(expandName(s.substring(i + 1, j), stack, explicitOnly));
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String expandName(String name, List<String> stack, boolean explicitOnly) throws Cycle {
    if (stack.contains(name)) {
      List<String> path = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
      path.add(name);
      throw new Cycle(path);
    }
    stack.add(name);
    try {
      return expand(lookup(name, explicitOnly), stack, explicitOnly);
    } finally {
      stack.remove(stack.size() - 1);
    }
  }

  private String expandQuietly(String value, boolean explicitOnly) {
    try {
      return expand(value, new Walk(), explicitOnly);
    } catch (Cycle | TooLarge c) {
      return value;
    }
  }

  private String lookup(String name, boolean explicitOnly) {
    if (explicitOnly) {
      Entry e = dict.get(name);
      return e == null ? "" : e.value();
    }
    return value(name).orElse("");
  }

  /** The {@code postconf -n} output: one line per entry, empty after a fatal error. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    entries.forEach(e -> sb.append(e.line()).append('\n'));
    return sb.toString();
  }

  /** As {@link #render()}, each line preceded by a {@code # file:line} comment naming its origin. */
  public String renderWithOrigins() {
    return renderWithOrigins(Origin::toString);
  }

  /** As {@link #renderWithOrigins()}, each origin worded by {@code describe}. */
  public String renderWithOrigins(java.util.function.Function<Origin, String> describe) {
    StringBuilder sb = new StringBuilder();
    for (Entry e : entries) {
      sb.append("# ").append(describe.apply(e.origin())).append('\n').append(e.line()).append('\n');
    }
    return sb.toString();
  }

  /** Whitespace runs become one space and the ends are trimmed, as postconf prints a line. */
  static String normalise(String line) {
    StringBuilder sb = new StringBuilder();
    for (String word : line.split("[ \\t\\r\\n]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word);
    }
    return sb.toString();
  }
}
