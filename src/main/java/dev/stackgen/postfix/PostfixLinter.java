package dev.stackgen.postfix;

import dev.stackgen.model.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints a main.cf overlay against a {@link Profile}: what postconf would reject, drop or warn about once
 * docker-mailserver appends the overlay to its own main.cf, plus the image-specific traps. Rule ids are
 * listed in {@code dev/stackgen/postfix/RULES.md}.
 */
public final class PostfixLinter {

  /** Every map type Postfix 3.7 can be built with; only these are checked against the profile. */
  static final Set<String> POSTFIX_MAP_TYPES = Set.of("btree", "cdb", "cidr", "dbm", "environ", "fail", "hash",
      "inline", "internal", "ldap", "lmdb", "memcache", "mongodb", "mysql", "netinfo", "nis", "nisplus", "pcre",
      "pgsql", "pipemap", "proxy", "randmap", "regexp", "sdbm", "socketmap", "sqlite", "static", "tcp",
      "texthash", "unionmap", "unix");

  private static final Pattern MAP_TYPE = Pattern.compile("(?<![A-Za-z0-9_.\\-/\\[])([a-z][a-z0-9]*):");
  private static final Pattern TRAILING_COMMENT = Pattern.compile("(^|[ \\t])#");
  private static final Pattern INDENTED_DEFINITION = Pattern.compile("^[ \\t]+([A-Za-z0-9_]+)[ \\t]*=");
  private static final List<String> LEGACY_TLS = List.of("smtpd_tls_cert_file", "smtpd_tls_key_file",
      "smtpd_tls_eccert_file", "smtpd_tls_eckey_file", "smtpd_tls_dcert_file", "smtpd_tls_dkey_file");

  private final Profile profile;
  private final MasterCf master;
  private final MasterCf finalMaster;
  private final DmsContext context;
  private final boolean verbose;
  /** Built-in and per-service parameter names, sorted; made on the first suggestion (most overlays need none). */
  private List<String> knownNames;
  private final MainCf image;

  /** Obsolete parameters postconf(5) says are ignored while their replacement is non-empty. */
  static final Map<String, String> IGNORED_WHEN_SET = Map.of(
      "smtpd_use_tls", "smtpd_tls_security_level", "smtpd_enforce_tls", "smtpd_tls_security_level",
      "smtp_use_tls", "smtp_tls_security_level", "smtp_enforce_tls", "smtp_tls_security_level",
      "smtp_tls_enforce_peername", "smtp_tls_security_level",
      "lmtp_use_tls", "lmtp_tls_security_level", "lmtp_enforce_tls", "lmtp_tls_security_level",
      "lmtp_tls_enforce_peername", "lmtp_tls_security_level");

  /**
   * Computed parameters whose override in {@code postfix-main.cf} docker-mailserver itself documents as the way to
   * change them: {@code dms-computed-override} is info there, not a warning. {@code mynetworks}: docker-mailserver
   * v15's docs/content/config/environment.md and mailserver.env, PERMIT_DOCKER: "Set different options for mynetworks
   * option (can be overwrite in postfix-main.cf)".
   */
  static final Map<String, String> DOCUMENTED_OVERRIDES = Map.of("mynetworks", "docker-mailserver documents as"
      + " overridable in postfix-main.cf (docs: config/environment.md, PERMIT_DOCKER)");

  /** Map types that are safe to share between postscreen processes. */
  private static final Set<String> SHARED_CACHE_TYPES = Set.of("proxy", "memcache");

  /** A linter for the profile's own master.cf. */
  public PostfixLinter(Profile profile) {
    this(profile, profile.master());
  }

  /** A linter for a different master.cf (e.g. the image's plus a {@code postfix-master.cf} overlay). */
  public PostfixLinter(Profile profile, MasterCf master) {
    this(profile, master, false);
  }

  /** As {@link #PostfixLinter(Profile, MasterCf)}; {@code verbose} adds the hidden info findings. */
  public PostfixLinter(Profile profile, MasterCf master, boolean verbose) {
    this(profile, master, master, null, verbose);
  }

  /**
   * A linter for an overlay merged in {@code context} (docker-mailserver's start-up, {@code postfix-master.cf},
   * appended master.cf lines); {@code verbose} adds info findings that are hidden by default
   * ({@code redundant-override}).
   */
  public PostfixLinter(DmsContext context, boolean verbose) {
    this(context.profile(), context.mergeMaster(), context.finalMaster(), context, verbose);
  }

  private PostfixLinter(Profile profile, MasterCf master, MasterCf finalMaster, DmsContext context, boolean verbose) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.master = Objects.requireNonNull(master, "master");
    this.finalMaster = finalMaster;
    this.context = context;
    this.verbose = verbose;
    this.image = MainCf.parse(Effective.IMAGE_MAIN_CF, profile.mainCfText());
  }

  /** All findings for one overlay, sorted by {@link Finding#ORDER}. */
  public List<Finding> lint(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    MainCf overlay = MainCf.parse(file, text);
    Effective eff = context != null ? context.lenient(file, text) : Effective.lenient(profile, file, text, master);
    Optional<DmsStartup> startup = context == null ? Optional.empty() : context.startup();
    Map<String, MainCf.Definition> imageDefs = new HashMap<>();
    for (MainCf.Definition d : image.definitions()) {
      imageDefs.put(d.name(), d);
    }
    List<Finding> out = new ArrayList<>();
    Sink sink = (severity, line, rule, message) -> out.add(new Finding(severity, file, line, rule, message));

    syntax(overlay, image, sink);
    List<MainCf.Definition> defs = overlay.definitions();
    duplicates(defs, sink);
    for (MainCf.Definition d : defs) {
      macroSyntax(d, sink);
      trailingComment(d, sink);
      mapTypes(d, sink);
    }
    for (Effective.Entry e : eff.unused()) {
      if (e.origin().overlay()) {
        sink.add(Severity.ERROR, e.origin().line(), "unknown-parameter", unknownMessage(e.name(), startup));
      }
    }
    for (Effective.Entry e : eff.readOnly()) {
      if (e.origin().overlay()) {
        sink.add(Severity.ERROR, e.origin().line(), "read-only-parameter", "`" + e.name()
            + "` is read-only: postconf ignores the assignment (read-only parameter assignment); remove the line");
      }
    }
    for (Effective.Undefined u : eff.undefined()) {
      if (u.origin().isPresent() && u.origin().get().overlay()) {
        sink.add(Severity.ERROR, u.origin().get().line(), "undefined-reference", "`$" + u.name() + "` in `"
            + u.parameter() + "` is defined nowhere (overlay, docker-mailserver's main.cf, Postfix defaults)"
            + " and expands to nothing" + suggestion(u.name()) + "; define `" + u.name()
            + "` or fix the name");
      }
    }
    recursion(eff, sink);
    overlayValues(eff, imageDefs, startup, sink);
    if (startup.isPresent()) {
      environment(eff, startup.get(), sink);
    }
    ignored(eff, sink);
    tlsEncrypt(eff, sink);
    saslType(eff, startup, sink);
    postscreenCache(eff, file, out);
    if (context != null && context.masterOverrides().isPresent()) {
      String overrides = context.masterOverrides().get().file();
      for (DmsContext.Unapplied u : context.unapplied()) {
        out.add(new Finding(Severity.WARNING, overrides, u.line(), "master-override-unapplied", "`" + u.text()
            + "` changes nothing (" + u.problem() + "); postfix-master.cf lines are"
            + " `service/type/parameter = value` for a service master.cf defines, without whitespace in the value"));
      }
    }
    masterSyntax(out);
    out.sort(Finding.ORDER);
    return List.copyOf(out);
  }

  private static final Pattern MASTER_OVERRIDE_LINE = Pattern.compile("^[^/\\s=]+/[^/\\s=]+/[^/\\s=]+[ \\t]*=.*$");

  /** master.cf entries postconf rejects or warns about, and {@code -o} values the service refuses at start. */
  private void masterSyntax(List<Finding> out) {
    for (MasterCf.Problem p : finalMaster.problems()) {
      String text = entryText(p);
      String shown = text.isEmpty() ? "this entry" : "`" + abbreviate(text) + "`";
      if (!p.byPostconf()) {
        out.add(new Finding(Severity.ERROR, p.file(), p.line(), "master-cf-syntax", shown
            + ": the service dies when Postfix starts it (`fatal: " + p.message() + "`; postconf -M does"
            + " not check this); write `-o name=value`"));
        continue;
      }
      if (!p.fatal()) {
        out.add(new Finding(Severity.WARNING, p.file(), p.line(), "master-cf-syntax", "postconf: `warning: "
            + p.message() + "` in " + shown + (p.message().contains("missing '}'") ? "; close the `{`"
                : "; write `{ name = value }`")));
        continue;
      }
      String fatal = p.message();
      if (fatal.equals("bad field count")) {
        String at = "";
        if (context != null && context.masterAppended().isPresent()
            && context.masterAppended().get().file().equals(p.file())) {
          java.util.OptionalInt n = context.appendedMasterLine(p.line());
          at = n.isPresent() ? "line " + n.getAsInt() + ": " : "";
        }
        fatal = "file /etc/postfix/master.cf: " + (at.isEmpty() ? "line N: " : at) + fatal;
      }
      String hint;
      if (MASTER_OVERRIDE_LINE.matcher(text.trim()).matches()) {
        hint = "this is a postfix-master.cf line (`service/type/parameter = value`, which docker-mailserver"
            + " applies with postconf -P), not a master.cf entry; put it in postfix-master.cf (in the catalog:"
            + " a `master \"" + text.trim().substring(0, text.trim().lastIndexOf('/', text.indexOf('=')))
            + "\" { ... }` block)";
      } else if (p.message().equals("bad field count")) {
        hint = "a master.cf entry has at least 8 fields: service type private unpriv chroot wakeup maxproc"
            + " command (continuation lines start with whitespace)";
      } else if (p.message().startsWith("invalid type field")) {
        hint = "the type is one of unix, unix-dgram, fifo, inet, pass";
      } else if (p.message().startsWith("invalid process_limit")) {
        hint = "maxproc is a number or `-`";
      } else if (p.message().startsWith("invalid wakeup")) {
        hint = "wakeup is a number of seconds (optionally ending in `?`) or `-`";
      } else {
        hint = "private, unpriv and chroot are `y`, `n` or `-`";
      }
      out.add(new Finding(Severity.ERROR, p.file(), p.line(), "master-cf-syntax", "postconf dies on this master.cf"
          + " entry (`fatal: " + fatal + "`) and Postfix does not start; " + hint));
    }
  }

  /** The entry's first physical line as written, for messages. */
  private String entryText(MasterCf.Problem p) {
    String text = null;
    if (context != null && context.masterAppended().isPresent() && context.masterAppended().get().file().equals(p
        .file())) {
      text = context.masterAppended().get().text();
    }
    if (text == null) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    return p.line() >= 1 && p.line() <= lines.length ? lines[p.line() - 1].strip() : "";
  }

  @FunctionalInterface
  private interface Sink {
    void add(Severity severity, int line, String rule, String message);
  }

  private void syntax(MainCf overlay, MainCf image, Sink sink) {
    for (MainCf.LogicalLine line : overlay.lines()) {
      if (line.startsWithWhitespace()) {
        String last = image.lines().isEmpty() ? "" : image.lines().get(image.lines().size() - 1).text();
        sink.add(Severity.ERROR, line.line(), "leading-whitespace", "the first line starts with whitespace, so it"
            + " continues docker-mailserver's last main.cf line `" + Effective.normalise(last)
            + "` instead of starting a parameter; remove the leading whitespace");
      }
      if (line.malformed().isPresent()) {
        MainCf.Malformed m = line.malformed().get();
        sink.add(Severity.ERROR, m.line(), "line-syntax", "`" + Effective.normalise(m.text())
            + "` is not `name = value` (postconf: " + m.message() + "); docker-mailserver's postconf -n then"
            + " fails and leaves main.cf empty; add the `=` or start the line with `#`");
      }
      for (MainCf.Physical p : line.parts().subList(1, line.parts().size())) {
        Matcher m = INDENTED_DEFINITION.matcher(p.text());
        if (m.find() && profile.isBuiltin(m.group(1))) {
          sink.add(Severity.WARNING, p.line(), "indented-parameter", "`" + m.group(1) + "` is indented, so"
              + " Postfix reads it as part of the value on line " + line.line()
              + ", not as a parameter; remove the indentation");
        }
      }
    }
  }

  private static void duplicates(List<MainCf.Definition> defs, Sink sink) {
    Map<String, List<Integer>> lines = new HashMap<>();
    for (MainCf.Definition d : defs) {
      lines.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d.line());
    }
    for (MainCf.Definition d : defs) {
      List<Integer> all = lines.get(d.name());
      if (all.size() < 2) {
        continue;
      }
      int last = all.get(all.size() - 1);
      if (d.line() == last) {
        List<Integer> earlier = all.subList(0, all.size() - 1);
        sink.add(Severity.WARNING, d.line(), "duplicate-parameter", "`" + d.name() + "` is also set on line"
            + (earlier.size() > 1 ? "s " : " ") + join(earlier) + "; this last one wins, remove the others");
      } else {
        sink.add(Severity.WARNING, d.line(), "duplicate-parameter", "`" + d.name() + "` is set again on line "
            + last + ", which wins; this line has no effect, remove it");
      }
    }
  }

  private void macroSyntax(MainCf.Definition d, Sink sink) {
    if (profile.raw().contains(d.name())) {
      return;
    }
    Optional<String> error = MainCf.macroError(d.value());
    if (error.isPresent()) {
      sink.add(Severity.ERROR, d.line(), "macro-syntax", "`" + d.name() + "` has a malformed `$` macro (postconf: "
          + error.get() + "); once a built-in parameter expands it, postconf -n dies with \"macro processing"
          + " error\" and docker-mailserver's main.cf ends up empty; write `$$` for a literal `$`, `$name` or"
          + " `${name}` for a parameter");
    }
  }

  private static void trailingComment(MainCf.Definition d, Sink sink) {
    Matcher m = TRAILING_COMMENT.matcher(d.value());
    if (m.find()) {
      sink.add(Severity.WARNING, d.line(), "trailing-comment", "`" + d.value().substring(m.start(1) == m.end(1)
          ? m.start() : m.start(1)).trim() + "` is part of the value of `" + d.name() + "` (Postfix comments"
          + " only start at the beginning of a line); move the comment to its own line");
    }
  }

  private void mapTypes(MainCf.Definition d, Sink sink) {
    Matcher m = MAP_TYPE.matcher(d.value());
    Set<String> reported = new TreeSet<>();
    while (m.find()) {
      String type = m.group(1);
      if (POSTFIX_MAP_TYPES.contains(type) && !profile.mapTypes().contains(type) && context != null
          && context.mapTypes().containsKey(type)) {
        if (reported.add(type) && context.mapTypes().get(type).contains(" installs ")) {
          sink.add(Severity.INFO, d.line(), "map-type-installed", "`" + type + ":` is not a map type of "
              + profile.name() + "'s image, but " + context.mapTypes().get(type)
              + " before Postfix starts, so it is taken as available");
        }
        continue;
      }
      if (POSTFIX_MAP_TYPES.contains(type) && !profile.mapTypes().contains(type) && reported.add(type)) {
        String hint = d.name().equals("postscreen_cache_map")
            ? "; for a shared postscreen cache use `proxy:btree:$data_directory/postscreen_cache`, or leave"
                + " it empty to disable the cache"
            : "; use one of those (e.g. `hash:` or `texthash:`), or declare the type when the container"
                + " installs it (`map_types = [\"" + type + "\"]`, `--map-type " + type + "`, or apt-get install"
                + " postfix-" + type + " in user-patches.sh)";
        sink.add(Severity.ERROR, d.line(), "map-type-unavailable", "`" + type + ":` in `" + d.name()
            + "` is not a map type of " + profile.name() + " (postconf -m: "
            + String.join(" ", profile.mapTypes()) + ")" + hint);
      }
    }
  }

  private static void recursion(Effective eff, Sink sink) {
    Set<Integer> reported = new TreeSet<>();
    for (Effective.Recursion r : eff.recursions()) {
      if (r.syntax().isPresent()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(r.parameter());
      names.addAll(r.path());
      String loop = "`$" + String.join("` -> `$", r.path()) + "`";
      for (String name : names) {
        eff.definition(name).filter(e -> e.origin().overlay())
            .filter(e -> reported.add(e.origin().line()))
            .ifPresent(e -> sink.add(Severity.ERROR, e.origin().line(), "recursive-reference", "`"
                + e.name() + (r.path().contains(e.name()) ? "` is part of" : "` expands into")
                + " the reference loop " + loop + "; postconf -n dies with \"macro processing error\" and"
                + " docker-mailserver's main.cf ends up empty; break the loop"));
      }
    }
  }

  private void overlayValues(Effective eff, Map<String, MainCf.Definition> imageDefs, Optional<DmsStartup> startup,
      Sink sink) {
    Map<String, Boolean> firstSeen = new HashMap<>();
    for (Effective.Redefinition r : eff.overrides()) {
      if (r.earlier().origin().overlay() || !r.later().origin().overlay()
          || firstSeen.putIfAbsent(r.name(), true) != null || profile.computed().containsKey(r.name())
          || startup.isPresent() && startup.get().setting(r.name()).isPresent()) {
        continue;
      }
      MainCf.Definition image = imageDefs.get(r.name());
      if (image == null) {
        continue;
      }
      String was = Effective.normalise(image.value());
      if (was.equals(Effective.normalise(r.later().value()))) {
        if (verbose) {
          sink.add(Severity.INFO, r.later().origin().line(), "redundant-override", "sets the value"
              + " docker-mailserver's main.cf already has (its line " + image.line() + "); the line can go");
        }
        continue;
      }
      sink.add(Severity.INFO, r.later().origin().line(), "overrides-image-value", "replaces docker-mailserver's `"
          + abbreviate(Effective.normalise(image.name() + " = " + image.value())) + "` (its main.cf line "
          + image.line() + ")");
    }
    for (String name : profile.computed().keySet()) {
      Optional<DmsStartup.Setting> set = startup.isPresent() ? startup.get().setting(name) : Optional.empty();
      if (set.isPresent() && !set.get().because().contains("known only")
          && !set.get().because().contains("hostname")) {
        continue;
      }
      Optional<Effective.Entry> e = inOverlay(eff, name);
      if (e.isPresent() && DOCUMENTED_OVERRIDES.containsKey(name)) {
        sink.add(Severity.INFO, e.get().origin().line(), "dms-computed-override", "`" + name + "` is computed"
            + " by docker-mailserver at start-up; this value replaces " + profile.computed().get(name)
            + ", which " + DOCUMENTED_OVERRIDES.get(name));
      } else if (e.isPresent()) {
        sink.add(Severity.WARNING, e.get().origin().line(), "dms-computed-override", "`" + name + "` is computed"
            + " by docker-mailserver at start-up; this value replaces " + profile.computed().get(name)
            + "; prefer docker-mailserver's settings, or keep it only if that loss is intended");
      }
    }
    String chain = eff.expand(eff.value("smtpd_tls_chain_files").orElse("")).trim();
    if (!chain.isEmpty()) {
      for (String name : LEGACY_TLS) {
        Optional<Effective.Entry> e = inOverlay(eff, name);
        if (e.isPresent() && !e.get().value().isEmpty()) {
          sink.add(Severity.WARNING, e.get().origin().line(), "tls-legacy-cert-ignored", "`" + name + "` is"
              + " ignored while `smtpd_tls_chain_files` is set (docker-mailserver sets it: `"
              + abbreviate(chain) + "`); set `smtpd_tls_chain_files = KEY CERT` instead");
        }
      }
    }
  }

  private void postscreenCache(Effective eff, String file, List<Finding> out) {
    int line = overlayLine(eff, "postscreen_cache_map");
    boolean inOverlay = line > 0;
    String raw = eff.value("postscreen_cache_map").orElse("");
    String value = eff.expand(raw).trim();
    if (value.isEmpty() && inOverlay) {
      out.add(new Finding(Severity.INFO, file, line, "postscreen-cache-disabled", "empty `postscreen_cache_map`"
          + " disables postscreen's cache: every connection repeats the pregreet, DNSBL and protocol tests and"
          + " passing clients are not remembered for the *_ttl periods (fine at low volume)"));
    }
    if (value.startsWith("proxy:")) {
      String table = value.substring("proxy:".length());
      Set<String> writable = new TreeSet<>();
      for (String t : eff.expand(eff.value("proxy_write_maps").orElse("")).split("[\\s,]+")) {
        writable.add(t.startsWith("proxy:") ? t.substring("proxy:".length()) : t);
      }
      if (!writable.contains(table)) {
        int where = inOverlay ? line : overlayLine(eff, "proxy_write_maps");
        out.add(new Finding(Severity.ERROR, file, where, "postscreen-cache-proxy-write", "`postscreen_cache_map = "
            + raw + "` goes through proxymap, but `" + table + "` is not in `proxy_write_maps`, so"
            + " postscreen's cache updates are refused; add `$postscreen_cache_map` to `proxy_write_maps`"));
      }
    }
    // Group the postscreen services by the cache each one opens (its -o, else main.cf's).
    Map<String, List<MasterCf.Service>> byCache = new java.util.LinkedHashMap<>();
    for (MasterCf.Service s : finalMaster.services()) {
      if (s.command().equals("postscreen")) {
        Optional<String> own = s.option("postscreen_cache_map");
        String cache = own.isPresent() ? eff.expand(own.get()).trim() : value;
        byCache.computeIfAbsent(cache, k -> new ArrayList<>()).add(s);
      }
    }
    for (Map.Entry<String, List<MasterCf.Service>> g : byCache.entrySet()) {
      String cache = g.getKey();
      int colon = cache.indexOf(':');
      if (cache.isEmpty() || colon < 0 || SHARED_CACHE_TYPES.contains(cache.substring(0, colon))) {
        continue;
      }
      long processes = 0;
      List<String> names = new ArrayList<>();
      for (MasterCf.Service s : g.getValue()) {
        names.add(s.key() + " (" + s.where() + ", maxproc " + s.maxproc() + ")");
        processes += maxproc(s.maxproc(), eff);
      }
      if (processes <= 1) {
        continue;
      }
      String message = "postscreen's " + cache.substring(0, colon) + " cache `" + cache + "` is opened by more than"
          + " one postscreen process (" + String.join(", ", names) + "), which fails with \"unable to get"
          + " exclusive lock\" (POSTSCREEN_README: share it through proxymap); use"
          + " `proxy:btree:$data_directory/postscreen_cache` (listed in `proxy_write_maps`) or leave"
          + " `postscreen_cache_map` empty";
      boolean overlaySetsIt = g.getValue().stream().anyMatch(s -> s.option("postscreen_cache_map").isEmpty())
          && inOverlay;
      if (overlaySetsIt) {
        out.add(new Finding(Severity.ERROR, file, line, "postscreen-cache-lock", message));
      } else {
        // The cache comes from the image (or an -o): point at the services that add the extra processes.
        String imageMaster = profile.master().services().get(0).file();
        MasterCf.Service at = g.getValue().stream().filter(s -> !s.file().equals(imageMaster)).findFirst()
            .orElse(g.getValue().get(g.getValue().size() - 1));
        out.add(new Finding(Severity.ERROR, at.file(), at.line(), "postscreen-cache-lock", message));
      }
    }
  }

  private static long maxproc(String field, Effective eff) {
    String v = field.equals("-") ? eff.expand(eff.value("default_process_limit").orElse("100")).trim() : field;
    try {
      long n = Long.parseLong(v);
      return n == 0 ? Long.MAX_VALUE / 1024 : n;
    } catch (NumberFormatException e) {
      return 2;
    }
  }

  private String unknownMessage(String name, Optional<DmsStartup> startup) {
    String[] parts = name.split("/", -1);
    if (parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty()) {
      boolean defined = finalMaster.services().stream()
          .anyMatch(s -> s.name().equals(parts[0]) && s.type().equals(parts[1]));
      return "`" + name + " = ...` is a postfix-master.cf line (a master.cf -o override: service/type/parameter ="
          + " value), not a main.cf parameter; postconf -n drops it here (unused parameter); move it to"
          + " postfix-master.cf (in the catalog: `master \"" + parts[0] + "/" + parts[1] + "\" { " + parts[2]
          + " = ... }`)" + (defined ? "" : "; note that master.cf defines no service `" + parts[0] + "/"
              + parts[1] + "`");
    }
    Map<String, String> later = profile.serviceParameters(finalMaster);
    if (later.containsKey(name) && !profile.serviceParameters(master).containsKey(name)) {
      MasterCf.Service s = finalMaster.services().stream().filter(x -> name.startsWith(x.name() + "_"))
          .reduce((a, b) -> b).orElseThrow();
      return "`" + name + "` belongs to the `" + s.key() + "` service that is only appended to master.cf ("
          + s.where() + ") after docker-mailserver's `postconf -n` has rewritten main.cf, so that run drops it"
          + " (unused parameter); set it in the same user-patches.sh (postconf -e) instead";
    }
    Map<String, List<String>> programsBySuffix = new java.util.TreeMap<>();
    profile.serviceSuffixes().forEach((program, suffixes) -> suffixes.keySet()
        .forEach(x -> programsBySuffix.computeIfAbsent(x, k -> new ArrayList<>()).add(program)));
    for (Map.Entry<String, List<String>> bySuffix : programsBySuffix.entrySet()) {
      String suffix = bySuffix.getKey();
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String service = name.substring(0, name.length() - suffix.length());
        String hint = service.equals("policyd-spf")
            ? (startup.isPresent() ? "; docker-mailserver adds it with ENABLE_POLICYD_SPF=1"
                : "; docker-mailserver adds it with ENABLE_POLICYD_SPF=1 (its default): state the"
                    + " environment (`env`, `--env`) to lint with it")
            : "";
        return "`" + name + "` would be the `" + suffix.substring(1) + "` of a `" + service + "` master.cf"
            + " service (running " + String.join(" or ", bySuffix.getValue()) + "), but master.cf defines"
            + " no service `" + service + "`" + hint + "; postconf -n drops it (unused parameter)";
      }
    }
    String s = suggestion(name);
    String base = "`" + name + "` is not a Postfix " + profile.postfixVersion() + " parameter";
    return s.isEmpty()
        ? base + " and nothing refers to it as `$" + name + "`; postconf -n drops it (unused parameter),"
            + " fix the name or refer to it"
        : base + s + "; postconf -n drops it (unused parameter)";
  }

  private void environment(Effective eff, DmsStartup startup, Sink sink) {
    Map<String, List<DmsStartup.Setting>> byParameter = new java.util.LinkedHashMap<>();
    startup.settings().forEach(x -> byParameter.computeIfAbsent(x.parameter(), k -> new ArrayList<>()).add(x));
    for (List<DmsStartup.Setting> group : byParameter.values()) {
      DmsStartup.Setting last = group.get(group.size() - 1);
      List<String> reasons = group.stream().map(DmsStartup.Setting::because).distinct().toList();
      List<String> variables = group.stream().map(DmsStartup.Setting::variable).distinct().toList();
      DmsStartup.Setting st = new DmsStartup.Setting(last.parameter(), String.join(" or ", variables),
          String.join(" and ", reasons), last.afterOverlay());
      Optional<Effective.Entry> e = eff.definition(st.parameter());
      if (st.afterOverlay()) {
        List<Effective.Redefinition> lost = eff.overrides().stream()
            .filter(r -> r.name().equals(st.parameter()) && r.earlier().origin().overlay()).toList();
        for (Effective.Redefinition r : lost) {
          sink.add(Severity.WARNING, r.earlier().origin().line(), "dms-env-overwritten", "docker-mailserver"
              + " sets `" + st.parameter() + "` after merging the overlay (" + st.because() + "), so this"
              + " line has no effect; change " + st.variable() + " or set it in user-patches.sh");
        }
        continue;
      }
      if (e.isEmpty() || !e.get().origin().overlay()) {
        continue;
      }
      Optional<String> before = startup.value(st.parameter());
      if (before.isEmpty()) {
        continue; // the start-up removes it (e.g. ENABLE_SASLAUTHD=1); the overlay's value is all there is
      }
      String was = "`" + Effective.normalise(st.parameter() + " = " + before.get()) + "`";
      if (Effective.normalise(before.get()).equals(Effective.normalise(e.get().value()))) {
        if (verbose) {
          sink.add(Severity.INFO, e.get().origin().line(), "redundant-override", "docker-mailserver's start-up"
              + " already sets " + abbreviate(was) + " (" + st.because() + "); the line can go");
        }
        continue;
      }
      sink.add(Severity.WARNING, e.get().origin().line(), "dms-env-override", "`" + st.parameter() + "` is set"
          + " by docker-mailserver's start-up from " + st.because() + " (" + abbreviate(was) + "); this line"
          + (variables.size() == 1 && DmsStartup.carriesValue(st.variable()) ? " hides that, set " + st.variable()
              + " instead"
              : " replaces it; to change it through docker-mailserver, set " + st.variable()));
    }
  }

  private void ignored(Effective eff, Sink sink) {
    for (Map.Entry<String, String> pair : new java.util.TreeMap<>(IGNORED_WHEN_SET).entrySet()) {
      Optional<Effective.Entry> old = inOverlay(eff, pair.getKey());
      String replacement = eff.expand(eff.value(pair.getValue()).orElse("")).trim();
      if (old.isPresent() && !replacement.isEmpty()) {
        String from = eff.definition(pair.getValue()).map(e -> e.origin().overlay()
            ? "this overlay, line " + e.origin().line() : e.origin().toString()).orElse("its default");
        sink.add(Severity.WARNING, old.get().origin().line(), "ignored-parameter", "`" + pair.getKey() + "` is"
            + " ignored while `" + pair.getValue() + "` is non-empty (postconf(5); here `"
            + pair.getValue() + " = " + replacement + "` from " + from + "); remove the line or set `"
            + pair.getValue() + "`");
      }
    }
  }

  private void tlsEncrypt(Effective eff, Sink sink) {
    Optional<Effective.Entry> level = inOverlay(eff, "smtpd_tls_security_level");
    if (level.isEmpty() || !eff.expand(level.get().value()).trim().equals("encrypt")) {
      return;
    }
    for (MasterCf.Service s : finalMaster.services()) {
      if (!s.type().equals("inet") || !(s.name().equals("smtp") || s.name().equals("25") || s.name().endsWith(":25")
          || s.name().endsWith(":smtp"))) {
        continue;
      }
      MasterCf.Service server = s;
      if (s.command().equals("postscreen")) {
        server = finalMaster.services().stream().filter(x -> x.name().equals("smtpd") && x.type().equals("pass"))
            .findFirst().orElse(s);
      } else if (!s.command().equals("smtpd")) {
        continue;
      }
      if (server.option("smtpd_tls_security_level").isPresent() || s.option("smtpd_tls_security_level").isPresent()) {
        continue;
      }
      sink.add(Severity.WARNING, level.get().origin().line(), "tls-encrypt-public-mx", "`smtpd_tls_security_level"
          + " = encrypt` in main.cf also applies to port 25 (" + s.key() + ", " + s.where() + "): postconf(5)"
          + " says mandatory TLS \"MUST NOT be applied in case of a publicly-referenced SMTP server\"; keep `may`"
          + " here and set `-o smtpd_tls_security_level=encrypt` on the submission service");
      return;
    }
  }

  private void saslType(Effective eff, Optional<DmsStartup> startup, Sink sink) {
    Optional<Effective.Entry> type = inOverlay(eff, "smtpd_sasl_type");
    if (type.isEmpty()) {
      return;
    }
    String value = eff.expand(type.get().value()).trim();
    List<String> forced = new ArrayList<>();
    for (MasterCf.Service s : finalMaster.services()) {
      Optional<String> o = s.option("smtpd_sasl_type");
      if (s.command().equals("smtpd") && o.isPresent() && !o.get().equals(value)) {
        forced.add(s.key() + " (" + s.where() + ") `smtpd_sasl_type=" + o.get() + "`");
      }
    }
    if (forced.isEmpty()) {
      return;
    }
    String fix = value.equals("cyrus") ? "set ENABLE_SASLAUTHD=1 (docker-mailserver then removes those overrides)"
        + " or override them in postfix-master.cf" : "override them in postfix-master.cf";
    sink.add(Severity.WARNING, type.get().origin().line(), "sasl-type-mismatch", "`smtpd_sasl_type = " + value
        + "` does not reach the services that authenticate: " + String.join(", ", forced) + " force their own"
        + " type; " + fix);
  }

  /**
   * The definition of {@code name} when the overlay makes it. Plain code, not {@code Optional.filter}: most
   * rules ask this on every lint, and each lambda costs a class at start-up.
   */
  private static Optional<Effective.Entry> inOverlay(Effective eff, String name) {
    Optional<Effective.Entry> e = eff.definition(name);
    return e.isPresent() && e.get().origin().overlay() ? e : Optional.empty();
  }

  /** The overlay line that defines {@code name}, or 0. */
  private static int overlayLine(Effective eff, String name) {
    Optional<Effective.Entry> e = inOverlay(eff, name);
    return e.isPresent() ? e.get().origin().line() : 0;
  }

  /** {@code " (did you mean `x`?)"} for the closest known name by edit distance, or "". */
  private String suggestion(String name) {
    if (knownNames == null) {
      List<String> names = new ArrayList<>(profile.defaults().keySet());
      names.addAll(profile.serviceParameters(finalMaster).keySet());
      names.sort(null);
      knownNames = List.copyOf(names);
    }
    String best = Suggestions.closest(name, knownNames, Math.max(2, name.length() / 4));
    return best == null ? "" : " (did you mean `" + best + "`?)";
  }

  private static String join(List<Integer> lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
