package dev.stackgen.postfix;

import dev.stackgen.model.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker-mailserver's start-up does to main.cf and master.cf for a given environment, before and after
 * it appends the user's {@code postfix-main.cf} (the overlay).
 *
 * <p>Facts encoded from docker-mailserver v15.0.0 (read, not copied): {@code target/scripts/start-mailserver.sh}
 * (the order of the setup functions), {@code target/scripts/startup/variables-stack.sh} (defaults),
 * {@code startup/setup.d/saslauthd.sh} ({@code _setup_saslauthd}), {@code startup/setup.d/dmarc_dkim_spf.sh}
 * ({@code _setup_opendkim}, {@code _setup_opendmarc}, {@code _setup_policyd_spf}),
 * {@code startup/setup.d/security/misc.sh} ({@code __setup__security__postgrey}, {@code __setup__security__postscreen},
 * {@code __setup__security__amavis}), {@code startup/setup.d/security/rspamd.sh} ({@code __rspamd__setup_postfix}),
 * {@code startup/setup.d/networking.sh} ({@code _setup_docker_permit}), {@code startup/setup.d/postfix.sh}
 * ({@code _setup_postfix_early}, {@code _setup_postfix_late}, {@code __postfix__setup_override_configuration},
 * {@code _setup_SRS}), {@code startup/setup.d/security/spoofing.sh} ({@code _setup_spoof_protection}),
 * {@code helpers/relay.sh} ({@code _setup_relayhost}), {@code helpers/postfix.sh}
 * ({@code _add_to_or_update_postfix_main}), {@code startup/setup-stack.sh} ({@code _setup_run_user_patches}).
 *
 * <p>Order: saslauthd, opendkim, opendmarc, policyd-spf, security stack (postgrey, postscreen, amavis), rspamd,
 * docker permit, postfix early (hostname, protocols, SASL, size limits, Dovecot transport), spoof protection,
 * postfix late (relay host, then {@code postfix-master.cf} through {@code postconf -P}, then {@code postfix-main.cf}
 * appended and rewritten with {@code postconf -n}), SRS (after the overlay: it wins), and last {@code user-patches.sh}.
 *
 * <p>Not modelled: values only known inside the running container (container IPs for {@code PERMIT_DOCKER} other
 * than {@code none}/{@code network}, the host name unless {@code OVERRIDE_HOSTNAME} or {@code HOSTNAME} is given,
 * TLS files from {@code SSL_TYPE}), LDAP maps, the Amavis services appended from the image's
 * {@code /etc/dms/postfix/master.d/postfix-amavis.cf}, and files in the config volume (access lists, relay maps,
 * {@code postfix-regexp.cf}).
 */
public final class DmsStartup {

  /** The docker-mailserver release these facts come from. */
  public static final String DMS_VERSION = "v15.0.0";

  /** Variables whose value becomes the parameter's value (rather than switching a feature on or off). */
  static final Set<String> VALUES = Set.of("DEFAULT_RELAY_HOST", "HOSTNAME", "OVERRIDE_HOSTNAME", "POSTFIX_DAGENT",
      "POSTFIX_INET_PROTOCOLS", "POSTFIX_MAILBOX_SIZE_LIMIT", "POSTFIX_MESSAGE_SIZE_LIMIT", "POSTSCREEN_ACTION",
      "SRS_SENDER_CLASSES");

  /** True when {@code variable}'s value is what the start-up writes (set it to change the parameter). */
  public static boolean carriesValue(String variable) {
    return VALUES.contains(variable);
  }

  /** Defaults docker-mailserver gives the variables this model acts on (variables-stack.sh). */
  public static final Map<String, String> DEFAULTS;

  /** Further variables docker-mailserver reads; accepted, no effect on Postfix's files in this model. */
  public static final Set<String> OTHER;

  static {
    Map<String, String> d = new TreeMap<>();
    d.put("ACCOUNT_PROVISIONER", "FILE");
    d.put("DEFAULT_RELAY_HOST", "");
    d.put("ENABLE_AMAVIS", "1");
    d.put("ENABLE_DNSBL", "0");
    d.put("ENABLE_OPENDKIM", "1");
    d.put("ENABLE_OPENDMARC", "1");
    d.put("ENABLE_POLICYD_SPF", "1");
    d.put("ENABLE_POSTGREY", "0");
    d.put("ENABLE_RSPAMD", "0");
    d.put("ENABLE_SASLAUTHD", "0");
    d.put("ENABLE_SRS", "0");
    d.put("HOSTNAME", "");
    d.put("OVERRIDE_HOSTNAME", "");
    d.put("PERMIT_DOCKER", "none");
    d.put("POSTFIX_DAGENT", "");
    d.put("POSTFIX_INET_PROTOCOLS", "all");
    d.put("POSTFIX_MAILBOX_SIZE_LIMIT", "0");
    d.put("POSTFIX_MESSAGE_SIZE_LIMIT", "10240000");
    d.put("POSTFIX_REJECT_UNKNOWN_CLIENT_HOSTNAME", "0");
    d.put("POSTSCREEN_ACTION", "enforce");
    d.put("RELAY_HOST", "");
    d.put("RELAY_PASSWORD", "");
    d.put("RELAY_USER", "");
    d.put("SMTP_ONLY", "0");
    d.put("SPOOF_PROTECTION", "0");
    d.put("SRS_SENDER_CLASSES", "envelope_sender");
    DEFAULTS = Collections.unmodifiableMap(d);
    Set<String> other = new TreeSet<>(dev.stackgen.model.DmsSetup.VARIABLES);
    other.removeAll(d.keySet());
    OTHER = Collections.unmodifiableSet(other);
    if (!dev.stackgen.model.DmsSetup.VARIABLES.containsAll(d.keySet())) {
      throw new IllegalStateException("DmsSetup.VARIABLES must list every modelled variable");
    }
  }

  /**
   * One main.cf parameter the start-up sets or changes, by which variable (with the value that makes it do
   * so), and whether that happens after the overlay (so the overlay cannot change it).
   */
  public record Setting(String parameter, String variable, String because, boolean afterOverlay) {
    public Setting {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(because, "because");
    }
  }

  /** One physical line of the image's main.cf after the start-up's edits, and where it comes from. */
  record Line(String text, Effective.Origin origin) {}

  private final Map<String, String> env;
  private final Map<String, String> given;
  private final List<Line> main;
  private final List<Line> after = new ArrayList<>();
  private final List<Setting> settings = new ArrayList<>();
  private String masterText;
  private final List<String[]> masterAppends = new ArrayList<>();

  private DmsStartup(Profile profile, Map<String, String> given) {
    this.given = Collections.unmodifiableMap(new TreeMap<>(given));
    Map<String, String> e = new TreeMap<>(DEFAULTS);
    e.putAll(given);
    this.env = Collections.unmodifiableMap(e);
    List<Line> lines = new ArrayList<>();
    String image = profile.mainCfText();
    String[] physical = image.split("\n", -1);
    int count = image.endsWith("\n") ? physical.length - 1 : physical.length;
    String imageFile = profile.name() + "/" + Effective.IMAGE_MAIN_CF;
    for (int i = 0; i < count; i++) {
      lines.add(new Line(physical[i], new Effective.Origin(imageFile, i + 1, false)));
    }
    this.main = lines;
    this.masterText = profile.masterCfText();
    run();
  }

  /**
   * The start-up for {@code env} (unset variables take docker-mailserver's defaults).
   *
   * @throws IllegalArgumentException naming an unknown variable (with the closest known name)
   */
  public static DmsStartup of(Profile profile, Map<String, String> env) {
    for (String name : env.keySet()) {
      if (!isKnown(name)) {
        List<String> known = new ArrayList<>(DEFAULTS.keySet());
        known.addAll(OTHER);
        String best = Suggestions.closest(name, known, Math.max(2, name.length() / 4));
        throw new IllegalArgumentException("unknown docker-mailserver variable " + name
            + (best == null ? "" : " (did you mean " + best + "?)"));
      }
    }
    return new DmsStartup(profile, env);
  }

  /** True for a variable docker-mailserver reads (whether or not this model acts on it). */
  public static boolean isKnown(String variable) {
    return DEFAULTS.containsKey(variable) || dev.stackgen.model.DmsSetup.isVariable(variable);
  }

  /** The variables as given (no defaults), sorted. */
  public Map<String, String> given() {
    return given;
  }

  /** Every variable with its value in effect (given, else the default), sorted. */
  public Map<String, String> env() {
    return env;
  }

  /** Every main.cf parameter the start-up sets or changes, in the order it does so. */
  public List<Setting> settings() {
    return List.copyOf(settings);
  }

  /** The setting of {@code parameter} (the last one), if the start-up sets it. */
  public Optional<Setting> setting(String parameter) {
    Setting s = null;
    for (Setting x : settings) {
      if (x.parameter().equals(parameter)) {
        s = x;
      }
    }
    return Optional.ofNullable(s);
  }

  /** The value the start-up leaves {@code parameter} with before the overlay, if main.cf then defines it. */
  public Optional<String> value(String parameter) {
    return find(parameter) < 0 ? Optional.empty() : Optional.of(current(parameter));
  }

  /** The image's main.cf as the start-up leaves it before the overlay is appended. */
  public String mainCfBeforeOverlay() {
    StringBuilder sb = new StringBuilder();
    main.forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  /** The lines the start-up writes after the overlay ({@code name = value}, one per line). */
  public String mainCfAfterOverlay() {
    StringBuilder sb = new StringBuilder();
    after.forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  List<Effective.Origin> originsBeforeOverlay() {
    return main.stream().map(Line::origin).toList();
  }

  List<Effective.Origin> originsAfterOverlay() {
    return after.stream().map(Line::origin).toList();
  }

  /** The master.cf the start-up leaves before {@code postfix-master.cf} is applied. */
  public MasterCf master(Profile profile) {
    MasterCf m = MasterCf.parse(profile.name() + "/" + Effective.MASTER_CF, masterText);
    for (String[] a : masterAppends) {
      m = m.append(a[0], a[1]);
    }
    return m;
  }

  /** The image's master.cf text after the start-up's in-place edits (appended services not included). */
  public String masterCfText() {
    return masterText;
  }

  /** Services the start-up appends, as {@code [origin, text]} pairs in order. */
  public List<List<String>> masterAppends() {
    return masterAppends.stream().map(List::of).toList();
  }

  private boolean on(String variable) {
    return env.get(variable).equals("1");
  }

  private String val(String variable) {
    return env.get(variable);
  }

  private void run() {
    if (on("ENABLE_SASLAUTHD")) {
      StringBuilder sb = new StringBuilder();
      for (String l : masterText.split("\n", -1)) {
        if (!l.isEmpty() && l.charAt(0) != '#' && (l.contains("smtpd_sasl_type") || l.contains("smtpd_sasl_path"))) {
          l = "#" + l;
        }
        sb.append(l).append('\n');
      }
      masterText = sb.substring(0, sb.length() - 1);
      for (String p : List.of("smtpd_sasl_path", "smtpd_sasl_type", "dovecot_destination_recipient_limit")) {
        main.removeIf(l -> l.text().contains(p + " ="));
        settings.add(new Setting(p, "ENABLE_SASLAUTHD", "ENABLE_SASLAUTHD=1 removes it (Cyrus SASL through saslauthd)",
            false));
      }
    }
    if (on("ENABLE_OPENDKIM")) {
      postconf("dkim_milter", "inet:localhost:8891", "ENABLE_OPENDKIM");
      addTo("smtpd_milters", "$dkim_milter", "ENABLE_OPENDKIM");
      addTo("non_smtpd_milters", "$dkim_milter", "ENABLE_OPENDKIM");
    }
    if (on("ENABLE_OPENDMARC")) {
      postconf("dmarc_milter", "inet:localhost:8893", "ENABLE_OPENDMARC");
      addTo("smtpd_milters", "$dmarc_milter", "ENABLE_OPENDMARC");
    }
    if (on("ENABLE_POLICYD_SPF")) {
      masterAppends.add(new String[] {"env ENABLE_POLICYD_SPF",
          "\npolicyd-spf    unix  -       n       n       -       0       spawn\n"
              + "    user=policyd-spf argv=/usr/bin/policyd-spf\n"});
      postconf("policyd-spf_time_limit", "3600", "ENABLE_POLICYD_SPF");
      sed("smtpd_recipient_restrictions", Pattern.compile(
          "^(smtpd_recipient_restrictions.*reject_unauth_destination)(.*)$"),
          "$1, check_policy_service unix:private/policyd-spf$2", "ENABLE_POLICYD_SPF");
    }
    if (on("ENABLE_POSTGREY")) {
      sed("smtpd_recipient_restrictions", Pattern.compile("^(smtpd_recipient_restrictions =.*)$"),
          "$1, check_policy_service inet:127.0.0.1:10023", "ENABLE_POSTGREY");
    }
    String action = val("POSTSCREEN_ACTION");
    for (String p : List.of("postscreen_dnsbl_action", "postscreen_greet_action", "postscreen_bare_newline_action")) {
      sed(p, Pattern.compile("^(.*)" + p + " = enforce(.*)$"), "$1" + p + " = " + Matcher.quoteReplacement(action)
          + "$2",
          "POSTSCREEN_ACTION");
    }
    if (!on("ENABLE_DNSBL")) {
      postconf("postscreen_dnsbl_action", "ignore", "ENABLE_DNSBL");
      postconf("postscreen_dnsbl_sites", "", "ENABLE_DNSBL");
    }
    if (on("ENABLE_AMAVIS")) {
      postconf("content_filter", "smtp-amavis:[127.0.0.1]:10024", "ENABLE_AMAVIS");
    }
    if (on("ENABLE_RSPAMD")) {
      postconf("rspamd_milter", "inet:localhost:11332", "ENABLE_RSPAMD");
      addTo("smtpd_milters", "$rspamd_milter", "ENABLE_RSPAMD");
    }
    switch (val("PERMIT_DOCKER")) {
      case "network" -> postconf("mynetworks", current("mynetworks") + " 172.16.0.0/12", "PERMIT_DOCKER");
      case "container", "host", "connected-networks" -> settings.add(new Setting("mynetworks", "PERMIT_DOCKER",
          "PERMIT_DOCKER=" + val("PERMIT_DOCKER") + " adds the container's networks (known only at run time)", false));
      default -> postconf("mynetworks", "", "PERMIT_DOCKER");
    }
    String host = !val("OVERRIDE_HOSTNAME").isEmpty() ? val("OVERRIDE_HOSTNAME") : val("HOSTNAME");
    String hostVar = !val("OVERRIDE_HOSTNAME").isEmpty() ? "OVERRIDE_HOSTNAME" : "HOSTNAME";
    if (!host.isEmpty()) {
      postconf("myhostname", host, hostVar);
      int dot = host.indexOf('.');
      postconf("mydomain", dot > 0 ? host.substring(dot + 1) : host, hostVar);
    } else {
      settings.add(new Setting("myhostname", "OVERRIDE_HOSTNAME", "the container's host name (hostname -f)", false));
      settings.add(new Setting("mydomain", "OVERRIDE_HOSTNAME", "the container's domain name (hostname -d)", false));
    }
    if (!val("POSTFIX_INET_PROTOCOLS").equals("all")) {
      postconf("inet_protocols", val("POSTFIX_INET_PROTOCOLS"), "POSTFIX_INET_PROTOCOLS");
    }
    if (!on("ENABLE_SASLAUTHD") && on("SMTP_ONLY")) {
      sed("smtpd_sasl_auth_enable", Pattern.compile("^smtpd_sasl_auth_enable =.*$"), "smtpd_sasl_auth_enable = no",
          "SMTP_ONLY");
      StringBuilder sb = new StringBuilder();
      for (String l : masterText.split("\n", -1)) {
        sb.append(l.startsWith("  -o smtpd_sasl_auth_enable=") ? "  -o smtpd_sasl_auth_enable=no" : l).append('\n');
      }
      masterText = sb.substring(0, sb.length() - 1);
    }
    postconf("message_size_limit", val("POSTFIX_MESSAGE_SIZE_LIMIT"), "POSTFIX_MESSAGE_SIZE_LIMIT");
    postconf("mailbox_size_limit", val("POSTFIX_MAILBOX_SIZE_LIMIT"), "POSTFIX_MAILBOX_SIZE_LIMIT");
    postconf("virtual_mailbox_limit", val("POSTFIX_MAILBOX_SIZE_LIMIT"), "POSTFIX_MAILBOX_SIZE_LIMIT");
    if (on("POSTFIX_REJECT_UNKNOWN_CLIENT_HOSTNAME")) {
      sed("dms_smtpd_sender_restrictions", Pattern.compile("^(dms_smtpd_sender_restrictions = .*)$"),
          "$1, reject_unknown_client_hostname", "POSTFIX_REJECT_UNKNOWN_CLIENT_HOSTNAME");
    }
    if (!on("SMTP_ONLY")) {
      if (val("ACCOUNT_PROVISIONER").equals("FILE")) {
        postconf("virtual_mailbox_maps", "texthash:/etc/postfix/vmailbox", "SMTP_ONLY");
      }
      postconf("virtual_transport", "lmtp:unix:/var/run/dovecot/lmtp", "POSTFIX_DAGENT",
          "SMTP_ONLY=" + val("SMTP_ONLY") + " (delivery to Dovecot over LMTP)");
    }
    if (!val("POSTFIX_DAGENT").isEmpty()) {
      postconf("virtual_transport", val("POSTFIX_DAGENT"), "POSTFIX_DAGENT");
    }
    if (on("SPOOF_PROTECTION")) {
      postconf("smtpd_sender_login_maps", val("ACCOUNT_PROVISIONER").equals("LDAP")
          ? "ldap:/etc/postfix/ldap-users.cf ldap:/etc/postfix/ldap-aliases.cf ldap:/etc/postfix/ldap-groups.cf"
          : "texthash:/etc/postfix/virtual, hash:/etc/aliases, pcre:/etc/postfix/maps/sender_login_maps.pcre",
          "SPOOF_PROTECTION");
    } else {
      postconf("mua_sender_restrictions", "$dms_smtpd_sender_restrictions", "SPOOF_PROTECTION");
    }
    if (!val("DEFAULT_RELAY_HOST").isEmpty()) {
      postconf("relayhost", val("DEFAULT_RELAY_HOST"), "DEFAULT_RELAY_HOST");
    }
    if (!val("RELAY_HOST").isEmpty()) {
      if (!val("RELAY_USER").isEmpty() && !val("RELAY_PASSWORD").isEmpty()) {
        postconf("smtp_sasl_password_maps", "texthash:/etc/postfix/sasl_passwd", "RELAY_HOST");
      }
      postconf("sender_dependent_relayhost_maps", "texthash:/etc/postfix/relayhost_map", "RELAY_HOST");
      postconf("smtp_sasl_auth_enable", "yes", "RELAY_HOST");
      postconf("smtp_sasl_security_options", "noanonymous", "RELAY_HOST");
      postconf("smtp_tls_security_level", "encrypt", "RELAY_HOST");
    }
    if (on("ENABLE_SRS")) {
      later("sender_canonical_maps", "tcp:localhost:10001", "ENABLE_SRS");
      later("sender_canonical_classes", val("SRS_SENDER_CLASSES"), "SRS_SENDER_CLASSES");
      later("recipient_canonical_maps", "tcp:localhost:10002", "ENABLE_SRS");
      later("recipient_canonical_classes", "envelope_recipient,header_recipient", "ENABLE_SRS");
    }
  }

  private Effective.Origin env(String variable) {
    return new Effective.Origin("env " + variable, 0, false);
  }

  /** {@code postconf "name = value"}: replaces the logical line defining {@code name}, else appends one. */
  private void postconf(String name, String value, String variable) {
    postconf(name, value, variable, variable + "=" + val(variable));
  }

  private void postconf(String name, String value, String variable, String because) {
    settings.add(new Setting(name, variable, because, false));
    Line line = new Line(value.isEmpty() ? name + " =" : name + " = " + value, env(variable));
    int at = find(name);
    if (at < 0) {
      main.add(line);
      return;
    }
    main.set(at, line);
    while (at + 1 < main.size() && continues(main.get(at + 1).text())) {
      main.remove(at + 1);
    }
  }

  private void later(String name, String value, String variable) {
    settings.add(new Setting(name, variable, variable + "=" + val(variable), true));
    after.add(new Line(value.isEmpty() ? name + " =" : name + " = " + value, env(variable)));
  }

  /** {@code _add_to_or_update_postfix_main}: appends a word to a value unless it is already there. */
  private void addTo(String name, String word, String variable) {
    String cur = current(name);
    if ((" " + cur + " ").contains(" " + word + " ")) {
      return;
    }
    postconf(name, cur.isEmpty() ? word : cur + " " + word, variable);
  }

  /** A {@code sed -E s|...|...|} on the first physical line of each definition of {@code name}. */
  private void sed(String name, Pattern pattern, String replacement, String variable) {
    boolean changed = false;
    for (int i = 0; i < main.size(); i++) {
      Matcher m = pattern.matcher(main.get(i).text());
      if (m.matches()) {
        String text = m.replaceFirst(replacement);
        if (!text.equals(main.get(i).text())) {
          main.set(i, new Line(text, env(variable)));
          changed = true;
        }
      }
    }
    if (changed) {
      settings.add(new Setting(name, variable, variable + "=" + val(variable), false));
    }
  }

  /** The value of {@code name} in the edited main.cf (logical line joined, trimmed), or "". */
  private String current(String name) {
    int at = find(name);
    if (at < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(main.get(at).text());
    for (int i = at + 1; i < main.size() && continues(main.get(i).text()); i++) {
      sb.append(main.get(i).text());
    }
    String t = sb.toString();
    return Effective.normalise(t.substring(t.indexOf('=') + 1));
  }

  private int find(String name) {
    for (int i = 0; i < main.size(); i++) {
      MainCf.LogicalLine l = MainCf.parse("x", main.get(i).text() + "\n").lines().stream().findFirst().orElse(null);
      if (l != null && l.definition().map(d -> d.name().equals(name)).orElse(false)) {
        return i;
      }
    }
    return -1;
  }

  /** A continuation line (starts with whitespace and is not blank) or a comment/blank line inside a value. */
  private static boolean continues(String text) {
    return !text.isEmpty() && MainCf.isSpace(text.charAt(0)) && !text.isBlank() && text.strip().charAt(0) != '#';
  }

  /** The variables, sorted, as {@code NAME=VALUE} lines (defaults included when {@code all}). */
  public String describe(boolean all) {
    StringBuilder sb = new StringBuilder();
    (all ? env : given).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString();
  }

  /** The names of the variables that change something in this model, for messages. */
  static Set<String> modelled() {
    return new TreeSet<>(DEFAULTS.keySet());
  }

  /** Convenience: an ordered copy of {@code env} (for records). */
  static Map<String, String> ordered(Map<String, String> env) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }
}
