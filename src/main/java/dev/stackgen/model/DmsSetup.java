package dev.stackgen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What docker-mailserver runs a {@link PostfixOverlay} with, for lint and {@code postfix effective} only (nothing
 * is rendered from it): its environment ({@code env = { NAME = "value" }}; absent means "the image's files as
 * shipped", present, even empty, means "the start-up with docker-mailserver's defaults for unset variables"),
 * the {@code postfix-master.cf} override lines ({@code master "service/type" { parameter = "value" }}) and the
 * lines a {@code user-patches.sh} appends to master.cf ({@code master_cf_append = <<EOF ... EOF}), and the map types
 * installed beside the image's ({@code map_types = ["pgsql"]}: a {@code user-patches.sh} that runs
 * {@code apt-get install postfix-pgsql} before Postfix starts).
 */
public record DmsSetup(Optional<Env> env, List<MasterOverride> masterOverrides, Optional<MasterAppend> masterAppend,
    List<String> mapTypes) {

  /** The docker-mailserver this environment is for. */
  public static final String DMS_VERSION = "v15.0.0";

  /**
   * Every variable docker-mailserver v15.0.0 reads, sorted: each name of its {@code mailserver.env} (the documented
   * variables, LDAP/SASLAUTHD/Dovecot filters included) and each name {@code target/scripts/startup/variables-stack.sh}
   * sets or checks ({@code SRS_DOMAINNAME}; {@code SA_SPAM_SUBJECT}, {@code ENABLE_LDAP} and {@code DOVECOT_URIS} only
   * to report them as renamed), read in docker-mailserver/docker-mailserver at commits 003cef9c (mailserver.env) and
   * 05d50008 (variables-stack.sh), plus {@code HOSTNAME} (the container's host name, read by
   * {@code _obtain_hostname_and_domainname}), {@code LDAP_QUERY_FILTER_SENDERS} (setup.d/ldap.sh) and {@code ONE_DIR}. docker-mailserver also
   * reads {@code NAME__FILE} (the value from a file) for each of them: see {@link #isVariable}.
   */
  public static final java.util.Set<String> VARIABLES = java.util.Set.of(
      "ACCOUNT_PROVISIONER", "AMAVIS_LOGLEVEL", "CLAMAV_MESSAGE_SIZE_LIMIT", "DEFAULT_RELAY_HOST", "DMS_DEBUG",
      "DMS_VMAIL_GID", "DMS_VMAIL_UID", "DOVECOT_AUTH_BIND", "DOVECOT_ENABLE_INBOX_SHARING",
      "DOVECOT_INET_PROTOCOLS", "DOVECOT_MAILBOX_FORMAT", "DOVECOT_NAMESPACE_SEPARATOR", "DOVECOT_PASS_FILTER",
      "DOVECOT_TLS", "DOVECOT_URIS", "DOVECOT_USER_FILTER", "ENABLE_AMAVIS", "ENABLE_CLAMAV", "ENABLE_DNSBL",
      "ENABLE_FAIL2BAN", "ENABLE_FETCHMAIL", "ENABLE_GETMAIL", "ENABLE_IMAP", "ENABLE_LDAP", "ENABLE_MANAGESIEVE",
      "ENABLE_MTA_STS", "ENABLE_OAUTH2", "ENABLE_OPENDKIM", "ENABLE_OPENDMARC", "ENABLE_POLICYD_SPF", "ENABLE_POP3",
      "ENABLE_POSTGREY", "ENABLE_QUOTAS", "ENABLE_RSPAMD", "ENABLE_RSPAMD_REDIS", "ENABLE_SASLAUTHD",
      "ENABLE_SPAMASSASSIN", "ENABLE_SPAMASSASSIN_KAM", "ENABLE_SRS", "ENABLE_UPDATE_CHECK", "FAIL2BAN_BLOCKTYPE",
      "FETCHMAIL_PARALLEL", "FETCHMAIL_POLL", "GETMAIL_POLL", "HOSTNAME", "LDAP_BIND_DN", "LDAP_BIND_PW",
      "LDAP_QUERY_FILTER_ALIAS", "LDAP_QUERY_FILTER_DOMAIN", "LDAP_QUERY_FILTER_GROUP", "LDAP_QUERY_FILTER_SENDERS",
      "LDAP_QUERY_FILTER_USER", "LDAP_SEARCH_BASE", "LDAP_SERVER_HOST", "LDAP_START_TLS", "LOGROTATE_COUNT",
      "LOGROTATE_INTERVAL", "LOGWATCH_INTERVAL", "LOGWATCH_RECIPIENT", "LOGWATCH_SENDER", "LOG_LEVEL",
      "MARK_SPAM_AS_READ", "MOVE_SPAM_TO_JUNK", "NETWORK_INTERFACE", "OAUTH2_INTROSPECTION_URL", "ONE_DIR",
      "OVERRIDE_HOSTNAME", "PERMIT_DOCKER", "PFLOGSUMM_RECIPIENT", "PFLOGSUMM_SENDER", "PFLOGSUMM_TRIGGER",
      "POSTFIX_DAGENT", "POSTFIX_INET_PROTOCOLS", "POSTFIX_MAILBOX_SIZE_LIMIT", "POSTFIX_MESSAGE_SIZE_LIMIT",
      "POSTFIX_REJECT_UNKNOWN_CLIENT_HOSTNAME", "POSTGREY_AUTO_WHITELIST_CLIENTS", "POSTGREY_DELAY",
      "POSTGREY_MAX_AGE", "POSTGREY_TEXT", "POSTMASTER_ADDRESS", "POSTSCREEN_ACTION", "RELAY_HOST", "RELAY_PASSWORD",
      "RELAY_PORT", "RELAY_USER", "REPORT_RECIPIENT", "REPORT_SENDER", "RSPAMD_CHECK_AUTHENTICATED",
      "RSPAMD_GREYLISTING", "RSPAMD_HFILTER", "RSPAMD_HFILTER_HOSTNAME_UNKNOWN_SCORE", "RSPAMD_LEARN",
      "RSPAMD_NEURAL", "SASLAUTHD_LDAP_AUTH_METHOD", "SASLAUTHD_LDAP_BIND_DN", "SASLAUTHD_LDAP_FILTER",
      "SASLAUTHD_LDAP_MECH", "SASLAUTHD_LDAP_PASSWORD", "SASLAUTHD_LDAP_PASSWORD_ATTR", "SASLAUTHD_LDAP_SEARCH_BASE",
      "SASLAUTHD_LDAP_SERVER", "SASLAUTHD_LDAP_START_TLS", "SASLAUTHD_LDAP_TLS_CACERT_DIR",
      "SASLAUTHD_LDAP_TLS_CACERT_FILE", "SASLAUTHD_LDAP_TLS_CHECK_PEER", "SASLAUTHD_MECHANISMS",
      "SASLAUTHD_MECH_OPTIONS", "SA_KILL", "SA_SPAM_SUBJECT", "SA_TAG", "SA_TAG2", "SMTP_ONLY",
      "SPAMASSASSIN_SPAM_TO_INBOX", "SPAM_SUBJECT", "SPOOF_PROTECTION", "SRS_DOMAINNAME", "SRS_EXCLUDE_DOMAINS",
      "SRS_SECRET", "SRS_SENDER_CLASSES", "SSL_ALT_CERT_PATH", "SSL_ALT_KEY_PATH", "SSL_CERT_PATH", "SSL_KEY_PATH",
      "SSL_TYPE", "SUPERVISOR_LOGLEVEL", "TLS_LEVEL", "TZ", "UPDATE_CHECK_INTERVAL", "VIRUSMAILS_DELETE_DELAY");

  /** True for a variable docker-mailserver v15.0.0 reads, or its {@code NAME__FILE} form (variables-stack.sh). */
  public static boolean isVariable(String name) {
    return VARIABLES.contains(name)
        || name.endsWith("__FILE") && VARIABLES.contains(name.substring(0, name.length() - "__FILE".length()));
  }

  /** Nothing stated: the image's own files. */
  public static final DmsSetup NONE = new DmsSetup(Optional.empty(), List.of(), Optional.empty());

  public DmsSetup {
    Objects.requireNonNull(env, "env");
    masterOverrides = List.copyOf(masterOverrides);
    Objects.requireNonNull(masterAppend, "masterAppend");
    mapTypes = List.copyOf(mapTypes);
  }

  /** A setup without extra map types. */
  public DmsSetup(Optional<Env> env, List<MasterOverride> masterOverrides, Optional<MasterAppend> masterAppend) {
    this(env, masterOverrides, masterAppend, List.of());
  }

  /** The environment in catalog order, with the catalog position of each variable and of the attribute. */
  public record Env(Map<String, String> values, Map<String, SourceRef> sources, SourceRef source) {
    public Env {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
      Objects.requireNonNull(source, "source");
    }
  }

  /** One {@code postfix-master.cf} line, {@code service/type/parameter = value}. */
  public record MasterOverride(String service, String type, String parameter, String value, SourceRef source) {
    public MasterOverride {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }

    /** The line as docker-mailserver passes it to {@code postconf -P}. */
    public String line() {
      return service + "/" + type + "/" + parameter + " = " + value;
    }
  }

  /** Text appended to master.cf, with the catalog position of each of its lines. */
  public record MasterAppend(String text, List<SourceRef> lineSources, SourceRef source) {
    public MasterAppend {
      Objects.requireNonNull(text, "text");
      lineSources = List.copyOf(lineSources);
      Objects.requireNonNull(source, "source");
    }

    /** The catalog position of 1-based line {@code line} of the text. */
    public SourceRef sourceOf(int line) {
      return line >= 1 && line <= lineSources.size() ? lineSources.get(line - 1) : source;
    }
  }

  /** The override lines as a {@code postfix-master.cf} file. */
  public String masterOverrideText() {
    StringBuilder sb = new StringBuilder();
    masterOverrides.forEach(o -> sb.append(o.line()).append('\n'));
    return sb.toString();
  }

  /** True when nothing is stated. */
  public boolean isEmpty() {
    return env.isEmpty() && masterOverrides.isEmpty() && masterAppend.isEmpty() && mapTypes.isEmpty();
  }
}
