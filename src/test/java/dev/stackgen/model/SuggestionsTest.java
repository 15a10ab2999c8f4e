package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void editDistance() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void closestWithinTheLimitFirstOnTies() {
    assertThat(Suggestions.closest("smtpd_sasl_auth_only",
        List.of("smtpd_sasl_auth_enable", "smtpd_tls_auth_only"), 5)).isEqualTo("smtpd_tls_auth_only");
    assertThat(Suggestions.closest("headr", List.of("stacks_dir", "header"), 2)).isEqualTo("header");
    assertThat(Suggestions.closest("ab", List.of("ax", "ay"), 2)).isEqualTo("ax");
    assertThat(Suggestions.closest("zzzzzz", List.of("header"), 2)).isNull();
    assertThat(Suggestions.closest("header", List.of("header"), 2)).isNull();
  }
}
