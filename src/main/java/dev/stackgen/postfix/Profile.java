package dev.stackgen.postfix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the linter knows about one target image: its Postfix version's parameters and defaults, its map
 * types, the main.cf and master.cf it starts from, and the parameters its start-up scripts compute.
 */
public final class Profile {

  /** Profiles shipped as resources under {@code dev/stackgen/postfix/<name>/}. */
  public static final List<String> KNOWN = dev.stackgen.model.PostfixOverlay.PROFILES;

  private static final Map<String, Profile> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern VERSION = Pattern.compile("from postconf (\\S+)");

  private final String name;
  private final String postfixVersion;
  private final Map<String, String> defaults;
  private final Set<String> readOnly;
  private final Set<String> raw;
  private final Map<String, Map<String, String>> serviceSuffixes;
  private final Set<String> mapTypes;
  private final Map<String, String> computed;
  private final Set<String> legacy;
  private final Map<String, List<String>> dbmsSuffixes;
  private final String mainCfText;
  private final String masterCfText;
  private final MasterCf master;

  private Profile(String name) {
    this.name = name;
    String parameters = resource(name, "parameters.txt");
    Matcher m = VERSION.matcher(parameters);
    this.postfixVersion = m.find() ? m.group(1) : "unknown";
    Map<String, String> d = new TreeMap<>();
    for (String line : dataLines(parameters)) {
      int eq = line.indexOf(" =");
      d.put(line.substring(0, eq), MainCf.trim(line.substring(eq + 2)));
    }
    this.defaults = Collections.unmodifiableMap(d);
    this.readOnly = Collections.unmodifiableSet(new TreeSet<>(dataLines(resource(name, "readonly-parameters.txt"))));
    this.raw = Collections.unmodifiableSet(new TreeSet<>(dataLines(resource(name, "raw-parameters.txt"))));
    Map<String, Map<String, String>> s = new TreeMap<>();
    for (String line : dataLines(resource(name, "service-parameters.txt"))) {
      String[] f = line.split(" ", 3);
      s.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1], f.length > 2 ? f[2] : "");
    }
    s.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.serviceSuffixes = Collections.unmodifiableMap(s);
    Map<String, List<String>> db = new TreeMap<>();
    for (String line : dataLines(resource(name, "dbms-parameters.txt"))) {
      String[] f = line.split(" ", 2);
      db.computeIfAbsent(f[0], k -> new java.util.ArrayList<>()).add(f[1]);
    }
    db.replaceAll((k, v) -> List.copyOf(v));
    this.dbmsSuffixes = Collections.unmodifiableMap(db);
    this.mapTypes = Collections.unmodifiableSet(new TreeSet<>(dataLines(resource(name, "map-types.txt"))));
    Map<String, String> c = new TreeMap<>();
    for (String line : dataLines(resource(name, "computed.txt"))) {
      int tab = line.indexOf('\t');
      c.put(line.substring(0, tab), line.substring(tab + 1));
    }
    this.computed = Collections.unmodifiableMap(c);
    // loops, not streams: runs for each of the ~800 defaults on every lint, mostly in the interpreter
    Set<String> l = new TreeSet<>();
    for (Map.Entry<String, String> e : d.entrySet()) {
      if (e.getValue().indexOf('$') < 0 || raw.contains(e.getKey())) {
        continue;
      }
      for (String ref : MainCf.references(e.getValue())) {
        if (!d.containsKey(ref)) {
          l.add(ref);
        }
      }
    }
    this.legacy = Collections.unmodifiableSet(l);
    this.mainCfText = resource(name, "main.cf");
    this.masterCfText = resource(name, "master.cf");
    this.master = MasterCf.parse(name + "/" + Effective.MASTER_CF, masterCfText);
  }

  /** Loads a shipped profile, e.g. {@code Profile.load("dms-15")}. */
  public static Profile load(String name) {
    if (!KNOWN.contains(name)) {
      throw new IllegalArgumentException("unknown Postfix profile: " + name + " (known: " + String.join(", ", KNOWN)
          + ")");
    }
    return LOADED.computeIfAbsent(name, Profile::new);
  }

  /** The profile name, e.g. {@code dms-15}. */
  public String name() {
    return name;
  }

  /** The {@code mail_version} of the postconf the parameter list came from, e.g. {@code 3.7.11}. */
  public String postfixVersion() {
    return postfixVersion;
  }

  /** Built-in parameter names and their {@code postconf -d} defaults, sorted by name. */
  public Map<String, String> defaults() {
    return defaults;
  }

  /** True for a built-in parameter of this Postfix version. */
  public boolean isBuiltin(String parameter) {
    return defaults.containsKey(parameter);
  }

  /**
   * Legacy names postconf still accepts: the {@code $name}s in built-in defaults that are not built-in
   * themselves ({@code virtual_maps} in {@code virtual_alias_maps = $virtual_maps}).
   */
  public Set<String> legacy() {
    return legacy;
  }

  /**
   * Legacy database parameter suffixes by map type: with {@code ldap:NAME} in a value, postconf accepts
   * {@code NAME_server_host} and the other {@code ldap} suffixes.
   */
  public Map<String, List<String>> dbmsSuffixes() {
    return dbmsSuffixes;
  }

  /** Parameters postconf refuses to assign. */
  public Set<String> readOnly() {
    return readOnly;
  }

  /** Parameters whose values postconf does not scan for {@code $name}. */
  public Set<String> raw() {
    return raw;
  }

  /** Per-service parameter suffixes by program ({@code spawn} -> {@code _time_limit} and its default). */
  public Map<String, Map<String, String>> serviceSuffixes() {
    return serviceSuffixes;
  }

  /** The image's {@code postconf -m} map types. */
  public Set<String> mapTypes() {
    return mapTypes;
  }

  /** Parameters the image's start-up scripts compute, with what an overlay value replaces. */
  public Map<String, String> computed() {
    return computed;
  }

  /** The image's main.cf, byte for byte. */
  public String mainCfText() {
    return mainCfText;
  }

  /** The image's master.cf, byte for byte. */
  public String masterCfText() {
    return masterCfText;
  }

  /** The image's master.cf services. */
  public MasterCf master() {
    return master;
  }

  /**
   * Per-service parameters a master.cf defines ({@code relay_destination_concurrency_limit} for a service
   * {@code relay} running {@code smtp}), with their defaults; built-in names are not repeated.
   */
  public Map<String, String> serviceParameters(MasterCf masterCf) {
    Map<String, String> out = new LinkedHashMap<>();
    for (MasterCf.Service s : masterCf.services()) {
      Map<String, String> suffixes = serviceSuffixes.get(s.command());
      if (suffixes == null) {
        continue;
      }
      suffixes.forEach((suffix, def) -> {
        String p = s.name() + suffix;
        if (!defaults.containsKey(p)) {
          out.putIfAbsent(p, def);
        }
      });
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<String> dataLines(String text) {
    // a loop, not text.lines().filter(...): the tables hold ~1,000 lines, read on every lint
    List<String> out = new java.util.ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }

  private static String resource(String profile, String file) {
    String path = "/dev/stackgen/postfix/" + profile + "/" + file;
    try (InputStream in = Profile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
