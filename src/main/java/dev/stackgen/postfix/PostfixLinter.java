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
    private final List<String> knownNames;
    private final MainCf image;

    /** A linter for the profile's own master.cf. */
    public PostfixLinter(Profile profile) {
        this(profile, profile.master());
    }

    /** A linter for a different master.cf (e.g. the image's plus a {@code postfix-master.cf} overlay). */
    public PostfixLinter(Profile profile, MasterCf master) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.master = Objects.requireNonNull(master, "master");
        List<String> names = new ArrayList<>(profile.defaults().keySet());
        names.addAll(profile.serviceParameters(master).keySet());
        names.sort(null);
        this.knownNames = List.copyOf(names);
        this.image = MainCf.parse(Effective.IMAGE_MAIN_CF, profile.mainCfText());
    }

    /** All findings for one overlay, sorted by {@link Finding#ORDER}. */
    public List<Finding> lint(String file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        MainCf overlay = MainCf.parse(file, text);
        Effective eff = Effective.lenient(profile, file, text, master);
        Map<String, MainCf.Definition> imageDefs = new HashMap<>();
        image.definitions().forEach(d -> imageDefs.put(d.name(), d));
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
                sink.add(Severity.ERROR, e.origin().line(), "unknown-parameter", unknownMessage(e.name()));
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
        overlayValues(eff, imageDefs, sink);
        postscreenCache(eff, sink);
        out.sort(Finding.ORDER);
        return List.copyOf(out);
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
            line.malformed().ifPresent(m -> sink.add(Severity.ERROR, m.line(), "line-syntax", "`"
                    + Effective.normalise(m.text()) + "` is not `name = value` (postconf: " + m.message()
                    + "); docker-mailserver's postconf -n then fails and leaves main.cf empty; add the `=` or start"
                    + " the line with `#`"));
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
        defs.forEach(d -> lines.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d.line()));
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
        MainCf.macroError(d.value()).ifPresent(error -> sink.add(Severity.ERROR, d.line(), "macro-syntax", "`"
                + d.name() + "` has a malformed `$` macro (postconf: " + error + "); once a built-in parameter"
                + " expands it, postconf -n dies with \"macro processing error\" and docker-mailserver's main.cf ends"
                + " up empty; write `$$` for a literal `$`, `$name` or `${name}` for a parameter"));
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
            if (POSTFIX_MAP_TYPES.contains(type) && !profile.mapTypes().contains(type) && reported.add(type)) {
                String hint = d.name().equals("postscreen_cache_map")
                        ? "; for a shared postscreen cache use `proxy:btree:$data_directory/postscreen_cache`, or leave"
                        + " it empty to disable the cache"
                        : "; use one of those (e.g. `hash:` or `texthash:`)";
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

    private void overlayValues(Effective eff, Map<String, MainCf.Definition> imageDefs, Sink sink) {
        Map<String, Boolean> firstSeen = new HashMap<>();
        for (Effective.Redefinition r : eff.overrides()) {
            if (r.earlier().origin().overlay() || !r.later().origin().overlay()
                    || firstSeen.putIfAbsent(r.name(), true) != null || profile.computed().containsKey(r.name())) {
                continue;
            }
            MainCf.Definition image = imageDefs.get(r.name());
            sink.add(Severity.INFO, r.later().origin().line(), "overrides-image-value", "replaces docker-mailserver's `"
                    + abbreviate(Effective.normalise(image.name() + " = " + image.value())) + "` (its main.cf line "
                    + image.line() + ")");
        }
        for (String name : profile.computed().keySet()) {
            eff.definition(name).filter(e -> e.origin().overlay()).ifPresent(e -> sink.add(Severity.WARNING,
                    e.origin().line(), "dms-computed-override", "`" + name + "` is computed by docker-mailserver at"
                    + " start-up; this value replaces " + profile.computed().get(name)
                    + "; prefer docker-mailserver's settings, or keep it only if that loss is intended"));
        }
        String chain = eff.expand(eff.value("smtpd_tls_chain_files").orElse("")).trim();
        if (!chain.isEmpty()) {
            for (String name : LEGACY_TLS) {
                eff.definition(name).filter(e -> e.origin().overlay() && !e.value().isEmpty())
                        .ifPresent(e -> sink.add(Severity.WARNING, e.origin().line(), "tls-legacy-cert-ignored", "`"
                                + name + "` is ignored while `smtpd_tls_chain_files` is set (docker-mailserver sets it:"
                                + " `" + abbreviate(chain) + "`); set `smtpd_tls_chain_files = KEY CERT` instead"));
            }
        }
    }

    private void postscreenCache(Effective eff, Sink sink) {
        Optional<Effective.Entry> def = eff.definition("postscreen_cache_map");
        int line = def.filter(e -> e.origin().overlay()).map(e -> e.origin().line()).orElse(0);
        boolean inOverlay = line > 0;
        String raw = eff.value("postscreen_cache_map").orElse("");
        String value = eff.expand(raw).trim();
        if (value.isEmpty()) {
            if (inOverlay) {
                sink.add(Severity.INFO, line, "postscreen-cache-disabled", "empty `postscreen_cache_map` disables"
                        + " postscreen's cache: every connection repeats the pregreet, DNSBL and protocol tests and"
                        + " passing clients are not remembered for the *_ttl periods (fine at low volume)");
            }
            return;
        }
        if (value.startsWith("proxy:")) {
            String table = value.substring("proxy:".length());
            Set<String> writable = new TreeSet<>();
            for (String t : eff.expand(eff.value("proxy_write_maps").orElse("")).split("[\\s,]+")) {
                writable.add(t.startsWith("proxy:") ? t.substring("proxy:".length()) : t);
            }
            if (!writable.contains(table)) {
                int where = inOverlay ? line : eff.definition("proxy_write_maps")
                        .filter(e -> e.origin().overlay()).map(e -> e.origin().line()).orElse(0);
                sink.add(Severity.ERROR, where, "postscreen-cache-proxy-write", "`postscreen_cache_map = " + raw
                        + "` goes through proxymap, but `" + table + "` is not in `proxy_write_maps`, so postscreen's"
                        + " cache updates are refused; add `$postscreen_cache_map` to `proxy_write_maps`");
            }
            return;
        }
        if (value.startsWith("btree:")) {
            List<String> services = new ArrayList<>();
            long processes = 0;
            for (MasterCf.Service s : master.services()) {
                if (s.command().equals("postscreen")) {
                    services.add(s.name() + " (line " + s.line() + ", maxproc " + s.maxproc() + ")");
                    processes += maxproc(s.maxproc(), eff);
                }
            }
            if (processes > 1) {
                sink.add(Severity.ERROR, line, "postscreen-cache-lock", "postscreen's btree cache `" + value
                        + "` is opened by more than one postscreen process (" + String.join(", ", services)
                        + "), which fails with \"unable to get exclusive lock\"; use"
                        + " `proxy:btree:$data_directory/postscreen_cache` or leave `postscreen_cache_map` empty");
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

    private String unknownMessage(String name) {
        String s = suggestion(name);
        String base = "`" + name + "` is not a Postfix " + profile.postfixVersion() + " parameter";
        return s.isEmpty()
                ? base + " and nothing refers to it as `$" + name + "`; postconf -n drops it (unused parameter),"
                        + " fix the name or refer to it"
                : base + s + "; postconf -n drops it (unused parameter)";
    }

    /** {@code " (did you mean `x`?)"} for the closest known name by edit distance, or "". */
    private String suggestion(String name) {
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
