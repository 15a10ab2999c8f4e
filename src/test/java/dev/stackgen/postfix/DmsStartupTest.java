package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DmsStartupTest {

  private static final Profile DMS = Profile.load("dms-15");

  private static Effective effective(Map<String, String> env, String overlay) {
    return DmsContext.of(DMS, Optional.of(env), Optional.empty(), Optional.empty()).effective("o.cf", overlay);
  }

  @Test
  void defaultsAddPolicydSpfAndTheMilters() {
    DmsStartup s = DmsStartup.of(DMS, Map.of());
    assertThat(s.master(DMS).services()).filteredOn(x -> x.key().equals("policyd-spf/unix")).singleElement()
        .satisfies(x -> {
          assertThat(x.command()).isEqualTo("spawn");
          assertThat(x.file()).isEqualTo("env ENABLE_POLICYD_SPF");
        });
    Effective e = effective(Map.of(), "");
    assertThat(e.value("policyd-spf_time_limit")).contains("3600");
    assertThat(e.value("smtpd_milters")).contains("$dkim_milter $dmarc_milter");
    assertThat(e.value("non_smtpd_milters")).contains("$dkim_milter");
    assertThat(e.value("smtpd_recipient_restrictions").orElseThrow())
        .contains(
            "reject_unauth_destination, check_policy_service unix:private/policyd-spf, reject_invalid_helo_hostname");
    assertThat(e.value("message_size_limit")).contains("10240000");
    assertThat(e.value("mynetworks")).contains("");
    assertThat(e.value("postscreen_dnsbl_action")).contains("ignore");
    assertThat(e.value("virtual_transport")).contains("lmtp:unix:/var/run/dovecot/lmtp");
    assertThat(e.value("content_filter")).contains("smtp-amavis:[127.0.0.1]:10024");
    assertThat(e.definition("myhostname")).isEmpty(); // only known inside the container
  }

  @Test
  void switchesAndValues() {
    Effective e = effective(Map.of("ENABLE_POLICYD_SPF", "0", "ENABLE_POSTGREY", "1", "ENABLE_DNSBL", "1",
        "POSTSCREEN_ACTION", "drop", "PERMIT_DOCKER", "network", "OVERRIDE_HOSTNAME", "mail.example.org",
        "POSTFIX_DAGENT", "lmtp:inet:dovecot:24", "ENABLE_RSPAMD", "1", "ENABLE_OPENDKIM", "0"), "");
    assertThat(e.value("smtpd_recipient_restrictions").orElseThrow())
        .doesNotContain("policyd-spf").endsWith(
            "reject_unknown_recipient_domain, check_policy_service inet:127.0.0.1:10023");
    assertThat(e.value("postscreen_greet_action")).contains("drop");
    assertThat(e.value("postscreen_dnsbl_action")).contains("drop");
    assertThat(e.value("mynetworks")).contains("127.0.0.0/8 [::1]/128 [fe80::]/64 172.16.0.0/12");
    assertThat(e.value("myhostname")).contains("mail.example.org");
    assertThat(e.value("mydomain")).contains("example.org");
    assertThat(e.value("virtual_transport")).contains("lmtp:inet:dovecot:24");
    assertThat(e.value("smtpd_milters")).contains("$dmarc_milter $rspamd_milter");
    assertThat(e.definition("dkim_milter")).isEmpty();
  }

  @Test
  void srsIsWrittenAfterTheOverlayAndWins() {
    Effective e = effective(Map.of("ENABLE_SRS", "1", "SRS_SENDER_CLASSES", "envelope_sender,header_sender"),
        "sender_canonical_maps = texthash:/etc/postfix/mine\n");
    assertThat(e.value("sender_canonical_maps")).contains("tcp:localhost:10001");
    assertThat(e.value("sender_canonical_classes")).contains("envelope_sender,header_sender");
    assertThat(e.definition("sender_canonical_maps").orElseThrow().origin().toString()).isEqualTo("env ENABLE_SRS");
    List<Finding> f = new PostfixLinter(DmsContext.of(DMS, Optional.of(Map.of("ENABLE_SRS", "1")), Optional.empty(),
        Optional.empty()), false).lint("o.cf", "sender_canonical_maps = texthash:/etc/postfix/mine\n");
    assertThat(f).extracting(Finding::ruleId).containsExactly("dms-env-overwritten");
  }

  @Test
  void saslauthdRemovesDovecotSaslFromBothFiles() {
    DmsStartup s = DmsStartup.of(DMS, Map.of("ENABLE_SASLAUTHD", "1"));
    assertThat(s.mainCfBeforeOverlay()).doesNotContain("smtpd_sasl_type =").doesNotContain("smtpd_sasl_path =");
    assertThat(s.master(DMS).services()).allSatisfy(x -> assertThat(x.option("smtpd_sasl_type")).isEmpty());
    assertThat(s.masterCfText()).contains("#  -o smtpd_sasl_type=dovecot");
  }

  @Test
  void smtpOnlyDisablesSaslOnTheSubmissionServices() {
    DmsStartup s = DmsStartup.of(DMS, Map.of("SMTP_ONLY", "1"));
    assertThat(s.master(DMS).services()).filteredOn(x -> x.name().startsWith("submission"))
        .hasSize(2).allSatisfy(x -> assertThat(x.option("smtpd_sasl_auth_enable")).contains("no"));
    assertThat(effective(Map.of("SMTP_ONLY", "1"), "").definition("virtual_transport")).isEmpty();
  }

  @Test
  void relayHostSettings() {
    Effective e = effective(Map.of("RELAY_HOST", "smtp.example.net", "RELAY_USER", "u", "RELAY_PASSWORD", "p",
        "DEFAULT_RELAY_HOST", "[smtp.example.net]:587"), "");
    assertThat(e.value("relayhost")).contains("[smtp.example.net]:587");
    assertThat(e.value("smtp_sasl_password_maps")).contains("texthash:/etc/postfix/sasl_passwd");
    assertThat(e.value("sender_dependent_relayhost_maps")).contains("texthash:/etc/postfix/relayhost_map");
    assertThat(e.value("smtp_tls_security_level")).contains("encrypt");
  }

  @Test
  void unknownVariablesAreRefusedWithASuggestion() {
    assertThatThrownBy(() -> DmsStartup.of(DMS, Map.of("ENABLE_POLICY_SPF", "1")))
        .hasMessage("unknown docker-mailserver variable ENABLE_POLICY_SPF (did you mean ENABLE_POLICYD_SPF?)");
    assertThat(DmsStartup.isKnown("ENABLE_CLAMAV")).isTrue();
  }

  @Test
  void aServiceAppendedAfterTheMergeComesTooLateForItsParameters() {
    DmsContext c = DmsContext.of(DMS, Optional.empty(), Optional.empty(), Optional.of(new DmsContext.Source(
        "user-patches", "mydelivery unix - n n - - pipe flags=R user=x argv=/bin/true\n")));
    List<Finding> f = new PostfixLinter(c, false).lint("o.cf", "mydelivery_destination_recipient_limit = 1\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("unknown-parameter");
      assertThat(x.message()).contains("only appended to master.cf (user-patches:1) after docker-mailserver's"
          + " `postconf -n`");
    });
    // the same service through the environment-free image + an override is fine when master.cf has it at merge time
    assertThat(new PostfixLinter(DMS, c.finalMaster()).lint("o.cf", "mydelivery_destination_recipient_limit = 1\n"))
        .isEmpty();
  }
}
