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

    /** Where a definition comes from: a file name and its 1-based line. */
    public record Origin(String file, int line) {
        public Origin {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return file + ":" + line;
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

    /** File name used for origins inside the image's own main.cf. */
    public static final String IMAGE_MAIN_CF = "main.cf";

    private final Profile profile;
    private final MasterCf master;
    private final Optional<Fatal> fatal;
    private final Map<String, Entry> dict;
    private final List<Entry> entries;
    private final List<Entry> unused;
    private final List<Entry> readOnly;
    private final List<Undefined> undefined;
    private final List<Redefinition> overrides;
    private final List<Origin> leadingWhitespace;
    private final Map<String, String> table;

    private Effective(Profile profile, MasterCf master, MainCf merged, int imageLines, String overlayFile, boolean lenient) {
        this.profile = profile;
        this.master = master;
        Optional<Fatal> f = Optional.empty();
        List<Origin> lws = new ArrayList<>();
        Map<String, Entry> d = new LinkedHashMap<>();
        List<Redefinition> ov = new ArrayList<>();
        for (MainCf.LogicalLine line : merged.lines()) {
            Origin origin = origin(line.line(), imageLines, overlayFile);
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
        this.fatal = lenient ? Optional.empty() : f;
        if (this.fatal.isPresent()) {
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
        profile.legacy().forEach(name -> t.putIfAbsent(name, ""));
        this.table = t;

        Set<String> validated = new HashSet<>();
        Set<String> masterNames = new HashSet<>();
        master.services().forEach(s -> s.options().forEach(o -> masterNames.add(o.name())));
        List<Undefined> undef = new ArrayList<>();
        if (fatal.isEmpty()) {
            for (MasterCf.Service s : master.services()) {
                Set<String> local = new HashSet<>();
                s.options().forEach(o -> local.add(o.name()));
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
                for (String name : expandBounded(classes.value(), true).split("[\\s,]+")) {
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
            }
        }
        this.undefined = List.copyOf(undef);

        List<Entry> used = new ArrayList<>();
        List<Entry> notUsed = new ArrayList<>();
        for (Entry e : d.values()) {
            (t.containsKey(e.name()) || validated.contains(e.name()) ? used : notUsed).add(e);
        }
        used.sort((a, b) -> a.name().compareTo(b.name()));
        this.entries = List.copyOf(used);
        this.unused = List.copyOf(notUsed);
    }

    private void flag(String ref, String parameter, Optional<Origin> where, Map<String, Entry> d, Set<String> masterNames,
            Set<String> validated, List<Undefined> undef) {
        if (d.containsKey(ref)) {
            validated.add(ref);
        } else if (!masterNames.contains(ref) && !table.containsKey(ref)) {
            undef.add(new Undefined(ref, parameter, where));
        }
    }

    private static Origin origin(int mergedLine, int imageLines, String overlayFile) {
        return mergedLine <= imageLines
                ? new Origin(IMAGE_MAIN_CF, mergedLine)
                : new Origin(overlayFile, mergedLine - imageLines);
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

    private static Effective build(Profile profile, String overlayFile, String overlayText, MasterCf master, boolean lenient) {
        Objects.requireNonNull(overlayFile, "overlayFile");
        Objects.requireNonNull(overlayText, "overlayText");
        String image = profile.mainCfText();
        if (!image.isEmpty() && !image.endsWith("\n")) {
            image += "\n";
        }
        int imageLines = MainCf.parse(IMAGE_MAIN_CF, image).physicalLines();
        MainCf merged = MainCf.parse(IMAGE_MAIN_CF, image + overlayText);
        return new Effective(profile, master, merged, imageLines, overlayFile, lenient);
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

    /** Expands {@code $name}, {@code ${name}}, {@code $(name)}, {@code ${name?x}} and {@code ${name:x}} recursively. */
    public String expand(String value) {
        return expandBounded(value, false);
    }

    /** Longest expansion computed; beyond it (e.g. {@code a = $a$a$a...}, exponential) the value stays unexpanded. */
    static final int MAX_EXPANSION = 1 << 20;

    /** Thrown when an expansion grows past {@link #MAX_EXPANSION} (found by FuzzTest: a 1 KB fragment ran out of heap). */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private String expandBounded(String value, boolean explicitOnly) {
        try {
            return expand(value, 0, explicitOnly, new int[] {MAX_EXPANSION});
        } catch (TooLarge e) {
            return value;
        }
    }

    /** Expansion; with {@code explicitOnly} names resolve in main.cf only (as postconf reads restriction classes). */
    private String expand(String s, int depth, boolean explicitOnly, int[] budget) {
        if (depth > 20) {
            return s;
        }
        budget[0] -= s.length();
        if (budget[0] < 0) {
            throw new TooLarge();
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
                    String v = expand(lookup(inner.substring(0, k), explicitOnly), depth + 1, explicitOnly, budget);
                    String rest = inner.substring(k);
                    if (rest.isEmpty()) {
                        out.append(v);
                    } else {
                        String text = rest.substring(1);
                        if (text.startsWith("{") && text.endsWith("}")) {
                            text = text.substring(1, text.length() - 1);
                        }
                        boolean set = !v.isEmpty();
                        if ((rest.charAt(0) == '?' && set) || (rest.charAt(0) == ':' && !set)) {
                            out.append(expand(text, depth + 1, explicitOnly, budget));
                        }
                    }
                }
                i = j;
            } else if (MainCf.isNameChar(next)) {
                int j = i + 1;
                while (j < n && MainCf.isNameChar(s.charAt(j))) {
                    j++;
                }
                out.append(expand(lookup(s.substring(i + 1, j), explicitOnly), depth + 1, explicitOnly, budget));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.append("# ").append(e.origin()).append('\n').append(e.line()).append('\n'));
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
