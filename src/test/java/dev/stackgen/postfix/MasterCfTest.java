package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasterCfTest {

    @Test
    void readsServicesAndTheirOptions() {
        MasterCf m = MasterCf.parse("# c\nsmtp inet n - n - 1 postscreen\nsub inet n - n - - smtpd\n"
                + "  -o syslog_name=postfix/sub\n  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }\n"
                + "  -v\nshort unix -\n");
        assertThat(m.services()).hasSize(2);
        assertThat(m.services().get(0)).isEqualTo(new MasterCf.Service(2, "smtp", "inet", "1", "postscreen", java.util.List.of(),
                "master.cf", java.util.List.of("smtp", "inet", "n", "-", "n", "-", "1", "postscreen")));
        assertThat(m.services().get(1).options()).containsExactly(
                new MasterCf.Option("syslog_name", "postfix/sub"),
                new MasterCf.Option("smtpd_client_restrictions", "permit_sasl_authenticated, reject"));
    }

    @Test
    void dockerMailserverRunsOnePostscreen() {
        MasterCf m = Profile.load("dms-15").master();
        assertThat(m.services()).filteredOn(s -> s.command().equals("postscreen"))
                .singleElement().satisfies(s -> assertThat(s.maxproc()).isEqualTo("1"));
        assertThat(m.services()).filteredOn(s -> s.name().equals("submission"))
                .singleElement().satisfies(s -> assertThat(s.options())
                        .contains(new MasterCf.Option("smtpd_sender_restrictions", "$mua_sender_restrictions")));
    }
}
