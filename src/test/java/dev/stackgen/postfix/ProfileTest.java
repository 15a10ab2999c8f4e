package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final Profile DMS = Profile.load("dms-15");

  @Test
  void knowsPostfix37ParametersAndDefaults() {
    assertThat(DMS.postfixVersion()).startsWith("3.7.");
    assertThat(DMS.defaults()).hasSizeGreaterThan(800)
        .containsEntry("postscreen_cache_map", "btree:$data_directory/postscreen_cache")
        .containsEntry("smtpd_tls_auth_only", "no");
    assertThat(DMS.isBuiltin("smtpd_sasl_auth_only")).isFalse();
    assertThat(DMS.defaults().get("proxy_write_maps")).contains("$postscreen_cache_map");
  }

  @Test
  void readOnlyRawAndLegacySetsComeFromPostconf() {
    assertThat(DMS.readOnly()).containsExactly("process_id", "process_name", "service_name");
    assertThat(DMS.raw()).contains("smtpd_reject_footer", "default_rbl_reply").doesNotContain("relayhost");
    assertThat(DMS.legacy()).contains("virtual_maps", "fallback_relay").doesNotContain("rbl_code", "extension");
  }

  @Test
  void mapTypesAreTheImagesWithoutLmdb() {
    assertThat(DMS.mapTypes()).hasSize(21).contains("btree", "proxy", "texthash").doesNotContain("lmdb");
  }

  @Test
  void servicesAddTheirPerServiceParameters() {
    assertThat(DMS.serviceParameters(DMS.master()))
        .containsEntry("relay_destination_concurrency_limit", "$default_destination_concurrency_limit")
        .doesNotContainKey("local_destination_concurrency_limit")
        .doesNotContainKey("smtpd_destination_concurrency_limit");
  }

  @Test
  void shipsTheImagesFilesUnchanged() {
    assertThat(DMS.mainCfText()).startsWith("# See /usr/share/postfix/main.cf.dist").endsWith(
        "compatibility_level = 3.6\n");
    assertThat(DMS.masterCfText()).contains("postscreen");
    assertThat(DMS.computed()).containsOnlyKeys("myhostname", "mynetworks", "relayhost",
        "smtpd_sender_restrictions", "smtpd_recipient_restrictions");
  }

  @Test
  void loadingTwiceGivesTheSameImmutableProfile() {
    assertThat(Profile.load("dms-15")).isSameAs(DMS);
    assertThat(DMS.dbmsSuffixes().get("ldap")).contains("server_host", "search_base", "query_filter");
    assertThat(DMS.dbmsSuffixes()).containsOnlyKeys("ldap", "memcache", "mysql", "pgsql", "sqlite");
  }

  @Test
  void unknownProfileIsRejected() {
    assertThatThrownBy(() -> Profile.load("dms-14"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown Postfix profile: dms-14 (known: dms-15)");
  }
}
