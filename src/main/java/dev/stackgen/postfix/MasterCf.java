package dev.stackgen.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services of a master.cf (same logical-line rules as main.cf): name, type, maxproc, command, the
 * {@code -o name=value} overrides each service sets, and every field as written, so the file can be printed
 * the way {@code postconf -M} and {@code postconf -P} print it and edited the way {@code postconf -P} edits it.
 *
 * @param services services in file order (entries postconf rejects are not services)
 * @param problems what postconf (or the daemon at start-up) says about the entries, in file order
 */
public record MasterCf(List<Service> services, List<Problem> problems) {

  /** The file name services get when none is given. */
  public static final String FILE = "master.cf";

  /** Column where {@code postconf -M} starts each of the first eight fields. */
  private static final int[] COLUMNS = {0, 11, 17, 25, 33, 41, 49, 57};

  public MasterCf {
    services = List.copyOf(services);
    problems = List.copyOf(problems);
  }

  /** Services without problems. */
  public MasterCf(List<Service> services) {
    this(services, List.of());
  }

  /**
   * One master.cf entry postconf refuses or warns about, read as postconf 3.7's {@code postconf_master.c} reads it
   * ({@code pcf_parse_master_entry}, {@code pcf_check_master_entry}, {@code pcf_normalize_daemon_args}), or an
   * {@code -o} a Postfix daemon refuses when it starts ({@code single_server.c} and the other skeletons:
   * {@code invalid "-o x" option value}).
   *
   * @param file the file the entry was read from
   * @param line the entry's first physical line in {@code file}
   * @param fatal true when postconf (and Postfix's master) dies on it, or the service dies when it starts
   * @param message postconf's own wording: {@code bad field count}, {@code invalid type field "x" in "..."},
   *     {@code master.cf: missing '}' in "..."}, ...
   * @param byPostconf true when postconf itself prints {@code message}; false for a start-up failure of the service
   *     that postconf does not see
   */
  public record Problem(String file, int line, boolean fatal, String message, boolean byPostconf) {
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }

    /** Where the entry is, {@code file:line}. */
    public String where() {
      return file + ":" + line;
    }
  }

  /** The first problem postconf dies on, if any (postconf stops reading master.cf there). */
  public Optional<Problem> fatal() {
    for (Problem p : problems) {
      if (p.fatal() && p.byPostconf()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * One master.cf entry.
   *
   * @param line first physical line in {@code file}
   * @param name service name (first field)
   * @param type service type (inet, unix, pass, fifo, ...)
   * @param maxproc process limit field ({@code -} means {@code default_process_limit})
   * @param command program name (eighth field)
   * @param options the {@code -o name=value} settings before the first argument that is not an option, in order
   * @param file the file the entry was read from ({@code master.cf}, an appended file, ...)
   * @param fields every field as written ({@code { ... }} groups as one field, braces included)
   */
  public record Service(int line, String name, String type, String maxproc, String command, List<Option> options,
      String file, List<String> fields) {
    public Service {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(maxproc, "maxproc");
      Objects.requireNonNull(command, "command");
      options = List.copyOf(options);
      Objects.requireNonNull(file, "file");
      fields = List.copyOf(fields);
    }

    /** A service read from {@code master.cf} whose fields are the given ones (no arguments). */
    public Service(int line, String name, String type, String maxproc, String command, List<Option> options) {
      this(line, name, type, maxproc, command, options, FILE, defaultFields(name, type, maxproc, command, options));
    }

    /** {@code name/type}, as {@code postconf -M} and {@code -P} name a service. */
    public String key() {
      return name + "/" + type;
    }

    /** Where the entry is, {@code file:line}. */
    public String where() {
      return file + ":" + line;
    }

    /** The value this service gives {@code parameter} with {@code -o}, if any (the last one wins). */
    public Optional<String> option(String parameter) {
      String v = null;
      for (Option o : options) {
        if (o.name().equals(parameter)) {
          v = o.value();
        }
      }
      return Optional.ofNullable(v);
    }

    /** The entry as one {@code postconf -M} line (columns aligned, arguments separated by one space). */
    public String render() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          int col = i < COLUMNS.length ? COLUMNS[i] : 0;
          if (sb.length() >= col) {
            sb.append(' ');
          } else {
            sb.append(" ".repeat(col - sb.length()));
          }
        }
        boolean optionValue = i > 8 && fields.get(i - 1).equals("-o") && optionPrefix(fields) > i;
        sb.append(optionValue ? renderOption(fields.get(i)) : unbrace(fields.get(i)));
      }
      return sb.toString();
    }

    private static List<String> defaultFields(String name, String type, String maxproc, String command,
        List<Option> options) {
      List<String> f = new ArrayList<>(List.of(name, type, "-", "-", "-", "-", maxproc, command));
      for (Option o : options) {
        f.add("-o");
        f.add(o.value().chars().anyMatch(c -> MainCf.isSpace((char) c))
            ? "{ " + o.name() + " = " + o.value() + " }" : o.name() + "=" + o.value());
      }
      return f;
    }
  }

  /** One {@code -o name=value} of a service. */
  public record Option(String name, String value) {
    public Option {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The result of one {@code postconf -P} request: the edited file, or the warning postconf prints when the
   * request changes nothing ({@code unmatched service_name/type}, {@code unmatched request}, whitespace in
   * the value, which is fatal for that one request).
   */
  public record Edit(MasterCf result, Optional<String> problem) {
    public Edit {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** Reads master.cf text; entries postconf rejects are {@link #problems()}, not services. */
  public static MasterCf parse(String text) {
    return parse(FILE, text);
  }

  /** Reads master.cf text whose services are attributed to {@code file}. */
  public static MasterCf parse(String file, String text) {
    List<Problem> problems = new ArrayList<>();
    List<Service> services = read(file, text, problems);
    return new MasterCf(services, problems);
  }

  /**
   * This master.cf with {@code text} appended (as {@code cat >> master.cf} does), the new services attributed
   * to {@code file} with line numbers counted in {@code text}. A first line starting with whitespace would
   * continue the last entry in a real file; it is read as its own (malformed, hence skipped) entry here.
   */
  public MasterCf append(String file, String text) {
    List<Service> all = new ArrayList<>(services);
    List<Problem> problems = new ArrayList<>(this.problems);
    all.addAll(read(file, text, problems));
    return new MasterCf(all, problems);
  }

  /** {@code pcf_valid_master_types} of Postfix 3.7 (the strings in its postconf binary). */
  private static final List<String> TYPES = List.of("unix", "fifo", "inet", "pass", "unix-dgram");
  private static final String[] FLAG_FIELDS = {"private", "unprivileged", "chroot"};

  private static List<Service> read(String file, String text, List<Problem> problems) {
    List<Service> out = new ArrayList<>();
    for (MainCf.LogicalLine line : MainCf.parse(file, text).lines()) {
      List<String> fields = split(line.text());
      Optional<String> fatal = check(fields, line);
      if (fatal.isPresent()) {
        problems.add(new Problem(file, line.line(), true, fatal.get(), true));
        continue;
      }
      arguments(fields, file, line.line(), problems);
      out.add(service(line.line(), file, fields));
    }
    return out;
  }

  /** {@code pcf_parse_master_entry} and {@code pcf_check_master_entry}: postconf's fatal errors, in its order. */
  private static Optional<String> check(List<String> fields, MainCf.LogicalLine line) {
    if (fields.size() < 8) {
      return Optional.of("bad field count");
    }
    // postconf quotes the logical line (continuation lines joined, newlines deleted, comment lines left out) and its
    // logging replaces control characters (a tab, too) with '?'
    StringBuilder raw = new StringBuilder(line.text());
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < 0x20 || raw.charAt(i) == 0x7f) {
        raw.setCharAt(i, '?');
      }
    }
    String quoted = "\" in \"" + raw + "\"";
    if (!TYPES.contains(fields.get(1))) {
      return Optional.of("invalid type field \"" + fields.get(1) + quoted);
    }
    for (int i = 0; i < FLAG_FIELDS.length; i++) {
      String f = fields.get(2 + i);
      if (f.length() != 1 || "yn-".indexOf(f.charAt(0)) < 0) {
        return Optional.of("invalid " + FLAG_FIELDS[i] + " field \"" + f + quoted);
      }
    }
    String wakeup = fields.get(5);
    int len = wakeup.endsWith("?") ? wakeup.length() - 1 : wakeup.length();
    if (!(wakeup.charAt(0) == '-' && len == 1) && digits(wakeup) != len) {
      return Optional.of("invalid wakeup field \"" + wakeup + quoted);
    }
    String maxproc = fields.get(6);
    if (!maxproc.equals("-") && digits(maxproc) != maxproc.length()) {
      return Optional.of("invalid process_limit field \"" + maxproc + quoted);
    }
    return Optional.empty();
  }

  private static int digits(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * postconf's warnings about {@code { ... }} arguments ({@code pcf_extract_field}, {@code pcf_normalize_nameval}),
   * and the {@code -o} values the service itself refuses when it starts.
   */
  private static void arguments(List<String> fields, String file, int line, List<Problem> problems) {
    int end = optionPrefix(fields);
    for (int i = 8; i < fields.size(); i++) {
      String arg = fields.get(i);
      boolean optionValue = i < end && i > 8 && fields.get(i - 1).equals("-o");
      if (arg.startsWith("{")) {
        if (!arg.endsWith("}")) {
          problems.add(new Problem(file, line, false, "master.cf: missing '}' in \"" + arg + "\"", true));
        }
      }
      if (optionValue) {
        String nv = unbrace(arg);
        Optional<String> err = nameValueError(nv);
        if (err.isPresent()) {
          if (arg.startsWith("{")) {
            problems.add(new Problem(file, line, false, "master.cf: " + err.get() + ": \"" + nv + "\"", true));
          }
          problems.add(new Problem(file, line, true, "invalid \"-o " + nv + "\" option value: " + err.get(),
              false));
        }
      } else if (i < end && arg.equals("-o") && i + 1 >= fields.size()) {
        problems.add(new Problem(file, line, true, "option requires an argument -- 'o'", false));
      }
    }
  }

  /** {@code split_nameval}'s error for {@code name=value} text, if any. */
  private static Optional<String> nameValueError(String nv) {
    int eq = nv.indexOf('=');
    if (eq < 0) {
      return Optional.of("missing '=' after attribute name");
    }
    if (MainCf.trim(nv.substring(0, eq)).isEmpty()) {
      return Optional.of("missing attribute name");
    }
    return Optional.empty();
  }

  private static Service service(int line, String file, List<String> fields) {
    List<Option> options = new ArrayList<>();
    int end = optionPrefix(fields);
    for (int i = 8; i < end; i++) {
      if (fields.get(i).equals("-o") && i + 1 < end) {
        String nameValue = unbrace(fields.get(++i));
        int eq = nameValue.indexOf('=');
        if (eq > 0) {
          options.add(new Option(MainCf.trim(nameValue.substring(0, eq)),
              MainCf.trim(nameValue.substring(eq + 1))));
        }
      }
    }
    return new Service(line, fields.get(0), fields.get(1), fields.get(6), fields.get(7), options, file, fields);
  }

  /** Index just past the options that follow the command ({@code -o x}, {@code -v}, ...). */
  private static int optionPrefix(List<String> fields) {
    int i = 8;
    while (i < fields.size()) {
      String arg = fields.get(i);
      if (!arg.startsWith("-") || arg.equals("--")) {
        break;
      }
      i += arg.equals("-o") && i + 1 < fields.size() ? 2 : 1;
    }
    return Math.min(i, fields.size());
  }

  /** What {@code postconf -M} prints: one line per service. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    services.forEach(s -> sb.append(s.render()).append('\n'));
    return sb.toString();
  }

  /**
   * What {@code postconf -P} prints: {@code service/type/name = value} per {@code -o}, services in file order,
   * names sorted, the last {@code -o} of a name winning, whitespace in values collapsed.
   */
  public String renderParameters() {
    StringBuilder sb = new StringBuilder();
    for (Service s : services) {
      TreeMap<String, String> sorted = new TreeMap<>();
      s.options().forEach(o -> sorted.put(o.name(), o.value()));
      sorted.forEach((k, v) -> sb.append(Effective.normalise(s.key() + "/" + k + " = " + v)).append('\n'));
    }
    return sb.toString();
  }

  /**
   * Applies one {@code postconf -P "service/type/name = value"} request: every {@code -o name=...} of each
   * matching service gets the new value, or a new {@code -o name=value} goes after the service's options.
   * An edited entry is attributed to {@code file:line} of the request.
   */
  public Edit set(String request, String file, int line) {
    String r = MainCf.trim(request);
    int eq = r.indexOf('=');
    String key = eq < 0 ? r : MainCf.trim(r.substring(0, eq));
    String[] parts = key.split("/", -1);
    if (eq < 0 || parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return new Edit(this, Optional.of("unmatched request: \"" + r + "\""));
    }
    String value = MainCf.trim(r.substring(eq + 1));
    if (value.chars().anyMatch(c -> MainCf.isSpace((char) c))) {
      return new Edit(this, Optional.of("-Pe does not accept whitespace in parameter value"));
    }
    String name = parts[2];
    List<Service> out = new ArrayList<>();
    boolean matched = false;
    for (Service s : services) {
      if (!s.name().equals(parts[0]) || !s.type().equals(parts[1])) {
        out.add(s);
        continue;
      }
      matched = true;
      List<String> f = new ArrayList<>(s.fields());
      int end = optionPrefix(f);
      boolean replaced = false;
      for (int i = 8; i < end; i++) {
        if (f.get(i).equals("-o") && i + 1 < end) {
          String nv = unbrace(f.get(i + 1));
          int e = nv.indexOf('=');
          if (e > 0 && MainCf.trim(nv.substring(0, e)).equals(name)) {
            f.set(i + 1, name + "=" + value);
            replaced = true;
          }
          i++;
        }
      }
      if (!replaced) {
        f.add(end, name + "=" + value);
        f.add(end, "-o");
        end += 2;
      }
      // postconf rewrites the edited entry: a { ... } argument after the options is written without braces,
      // so it reads back as separate words.
      List<String> rewritten = new ArrayList<>(f.subList(0, end));
      for (String arg : f.subList(end, f.size())) {
        if (arg.startsWith("{")) {
          rewritten.addAll(split(unbrace(arg)));
        } else {
          rewritten.add(arg);
        }
      }
      out.add(service(s.line(), s.file(), rewritten));
    }
    if (!matched) {
      return new Edit(this, Optional.of("unmatched service_name/type: \"" + r + "\""));
    }
    return new Edit(new MasterCf(out, this.problems), Optional.empty());
  }

  private static String renderOption(String field) {
    String nv = unbrace(field);
    int eq = nv.indexOf('=');
    if (eq <= 0) {
      return nv;
    }
    String name = MainCf.trim(nv.substring(0, eq));
    String value = MainCf.trim(nv.substring(eq + 1));
    String joined = name + "=" + value;
    return value.chars().anyMatch(c -> MainCf.isSpace((char) c)) ? "{" + joined + "}" : joined;
  }

  /** The text inside {@code { ... }} (trimmed), or the field itself. */
  static String unbrace(String field) {
    if (field.startsWith("{")) {
      return MainCf.trim(field.substring(1, field.endsWith("}") ? field.length() - 1 : field.length()));
    }
    return field;
  }

  /** Fields separated by whitespace; a {@code { ... }} group is one field (braces kept). */
  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && MainCf.isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (s.charAt(i) == '{') {
        int j = s.indexOf('}', i);
        int end = j < 0 ? n : j + 1;
        out.add(s.substring(i, end));
        i = end;
      } else {
        int j = i;
        while (j < n && !MainCf.isSpace(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
