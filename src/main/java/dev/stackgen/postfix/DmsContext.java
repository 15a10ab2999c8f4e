package dev.stackgen.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What docker-mailserver merges the overlay with: its start-up for an environment (when one is given; without
 * it, the image's files as shipped), its {@code postfix-master.cf} override file (applied with
 * {@code postconf -P} before the overlay is merged) and lines appended to master.cf by a {@code user-patches.sh}
 * (after the merge, last of all).
 */
public final class DmsContext {

    /** A file given by the user: a name for findings, its text, and whether it was given at all. */
    public record Source(String file, String text) {
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One line of {@code postfix-master.cf} that changes nothing, and why.
     *
     * @param line 1-based line in the override file
     * @param text the line as docker-mailserver reads it (trimmed)
     * @param problem postconf's warning, or why docker-mailserver skips the line
     */
    public record Unapplied(int line, String text, String problem) {
    }

    private final Profile profile;
    private final Optional<DmsStartup> startup;
    private final Optional<Source> overrides;
    private final Optional<Source> appended;
    private final MasterCf mergeMaster;
    private final MasterCf finalMaster;
    private final List<Unapplied> unapplied;

    private DmsContext(Profile profile, Optional<DmsStartup> startup, Optional<Source> overrides, Optional<Source> appended) {
        this.profile = profile;
        this.startup = startup;
        this.overrides = overrides;
        this.appended = appended;
        // plain code, not Optional.map: `check` builds a context for every overlay, and each lambda costs a class
        MasterCf m = startup.isPresent() ? startup.get().master(profile) : profile.master();
        List<Unapplied> bad = new ArrayList<>();
        if (overrides.isPresent()) {
            String[] lines = overrides.get().text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String t = MainCf.trim(lines[i]);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                char c = t.charAt(0);
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
                    bad.add(new Unapplied(i + 1, t, "docker-mailserver only applies lines that start with a lower-case"
                            + " letter or a digit"));
                    continue;
                }
                MasterCf.Edit e = m.set(t, overrides.get().file(), i + 1);
                if (e.problem().isPresent()) {
                    bad.add(new Unapplied(i + 1, t, e.problem().get()));
                }
                m = e.result();
            }
        }
        this.mergeMaster = m;
        this.unapplied = List.copyOf(bad);
        this.finalMaster = appended.isPresent() ? mergeMaster.append(appended.get().file(), appended.get().text())
                : mergeMaster;
    }

    /** The image's own files, nothing around them (what {@link Effective#merge} models). */
    public static DmsContext image(Profile profile) {
        return new DmsContext(profile, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A context; {@code env} present (even empty) runs the start-up model with docker-mailserver's defaults for
     * unset variables.
     *
     * @throws IllegalArgumentException for an unknown environment variable
     */
    public static DmsContext of(Profile profile, Optional<Map<String, String>> env, Optional<Source> masterOverrides,
            Optional<Source> masterAppended) {
        Optional<DmsStartup> startup = env.isPresent() ? Optional.of(DmsStartup.of(profile, env.get())) : Optional.empty();
        return new DmsContext(profile, startup, masterOverrides, masterAppended);
    }

    /** The profile. */
    public Profile profile() {
        return profile;
    }

    /** The start-up model, when an environment was given. */
    public Optional<DmsStartup> startup() {
        return startup;
    }

    /** The {@code postfix-master.cf} override file, if given. */
    public Optional<Source> masterOverrides() {
        return overrides;
    }

    /** The lines appended to master.cf, if given. */
    public Optional<Source> masterAppended() {
        return appended;
    }

    /** master.cf when docker-mailserver merges the overlay (image, start-up, {@code postfix-master.cf}). */
    public MasterCf mergeMaster() {
        return mergeMaster;
    }

    /** master.cf Postfix finally runs with (the merge-time one plus the appended lines). */
    public MasterCf finalMaster() {
        return finalMaster;
    }

    /**
     * The line of {@code /etc/postfix/master.cf} that line {@code line} of the appended text becomes, when it is
     * known: without {@code postfix-master.cf} lines (postconf -P rewrites the entries it edits, which can change the
     * line count), it is the line count of the master.cf the start-up leaves plus {@code line}.
     */
    public java.util.OptionalInt appendedMasterLine(int line) {
        if (overrides.isPresent()) {
            return java.util.OptionalInt.empty();
        }
        StringBuilder text = new StringBuilder();
        if (startup.isPresent()) {
            text.append(startup.get().masterCfText());
            startup.get().masterAppends().forEach(a -> text.append(a.get(1)));
        } else {
            text.append(profile.masterCfText());
        }
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            lines++;
        }
        return java.util.OptionalInt.of(lines + line);
    }

    /** Override lines that change nothing. */
    public List<Unapplied> unapplied() {
        return unapplied;
    }

    /** The main.cf docker-mailserver ends up with for {@code overlayText}. */
    public Effective effective(String overlayFile, String overlayText) {
        return startup.map(s -> Effective.startup(profile, s, overlayFile, overlayText, mergeMaster))
                .orElseGet(() -> Effective.merge(profile, overlayFile, overlayText, mergeMaster));
    }

    Effective lenient(String overlayFile, String overlayText) {
        return startup.isPresent()
                ? Effective.startupLenient(profile, startup.get(), overlayFile, overlayText, mergeMaster)
                : Effective.lenient(profile, overlayFile, overlayText, mergeMaster);
    }
}
