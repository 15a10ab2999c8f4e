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
  public record Unapplied(int line, String text, String problem) {}

  private final Profile profile;
  private final Optional<DmsStartup> startup;
  private final Optional<Source> overrides;
  private final Optional<Source> appended;
  private final MasterCf mergeMaster;
  private final MasterCf finalMaster;
  private final List<Unapplied> unapplied;
  private java.util.Map<String, String> mapTypes = java.util.Map.of();

  private DmsContext(Profile profile, Optional<DmsStartup> startup, Optional<Source> overrides,
      Optional<Source> appended) {
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

  /**
   * This context with map types installed beside the image's {@code postconf -m} ({@code pgsql} when a
   * {@code user-patches.sh} runs {@code apt-get install postfix-pgsql}), each with why it is there.
   */
  public DmsContext withMapTypes(java.util.Map<String, String> typesAndReasons) {
    DmsContext c = new DmsContext(profile, startup, overrides, appended);
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(mapTypes);
    typesAndReasons.forEach(all::putIfAbsent);
    c.mapTypes = java.util.Collections.unmodifiableMap(all);
    return c;
  }

  /** Map types installed beside the image's, with why (empty unless {@link #withMapTypes} was called). */
  public java.util.Map<String, String> mapTypes() {
    return mapTypes;
  }

  private static final java.util.regex.Pattern APT_INSTALL =
      java.util.regex.Pattern.compile("\\bapt(?:-get)?\\s+(?:\\S+\\s+)*?install\\b(.*)");
  private static final java.util.regex.Pattern POSTFIX_PACKAGE =
      java.util.regex.Pattern.compile("(?<![\\w.-])postfix-([a-z0-9]+)(?:=\\S*)?(?![\\w.-])");

  /**
   * The map types a docker-mailserver {@code user-patches.sh} installs: each {@code postfix-<type>} package of an
   * {@code apt-get install} / {@code apt install} command (Debian packages Postfix's optional map types that way:
   * postfix-pgsql, postfix-mysql, postfix-lmdb, ...), with {@code "<file>:<line> installs postfix-<type>"}.
   * docker-mailserver runs the script at the end of its start-up, before Postfix starts.
   */
  public static java.util.Map<String, String> mapTypesInstalledBy(String file, String script) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int first = i;
      StringBuilder command = new StringBuilder();
      String l = lines[i];
      while (l.endsWith("\\") && i + 1 < lines.length) {
        command.append(l, 0, l.length() - 1).append(' ');
        l = lines[++i];
      }
      command.append(l);
      String c = command.toString().strip();
      if (c.startsWith("#")) {
        continue;
      }
      for (String part : c.split("&&|;|\\|\\|")) {
        java.util.regex.Matcher m = APT_INSTALL.matcher(part);
        if (!m.find()) {
          continue;
        }
        java.util.regex.Matcher p = POSTFIX_PACKAGE.matcher(m.group(1));
        while (p.find()) {
          out.putIfAbsent(p.group(1), file + ":" + (first + 1) + " installs postfix-" + p.group(1));
        }
      }
    }
    return out;
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
