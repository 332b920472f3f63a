package org.claims.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claims.common.ProblemException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private static void refused(AddressPolicy policy, String url) {
        assertThatThrownBy(() -> policy.check(url)).as(url).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(400));
    }

    @Test
    void internalAddressesOfEveryKindAreRefusedByDefault() {
        AddressPolicy policy = new AddressPolicy(null);
        for (String url : new String[] {"http://127.0.0.1/", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.0.1/",
            "http://169.254.169.254/", "http://0.0.0.0/", "http://100.64.0.1/", "http://224.0.0.1/", "http://[::1]/",
            "http://[fe80::1]/", "http://[fd00::1]/", "http://[::ffff:10.0.0.1]/", "http://[::]/"}) {
            refused(policy, url);
        }
    }

    @Test
    void publicAddressesPass() {
        assertThat(new AddressPolicy(null).check("https://93.184.215.14/a?b=c").getHost()).isEqualTo("93.184.215.14");
        assertThat(new AddressPolicy(null).check("http://[2606:4700::1111]/").getHost()).isEqualTo("[2606:4700::1111]");
    }

    @Test
    void configuredCidrsAndHostsAreAllowedAndNothingElse() {
        AddressPolicy policy = new AddressPolicy(" 10.1.0.0/16, fd00::/8 ,intranet.example");
        assertThat(policy.check("http://10.1.200.3/").getHost()).isEqualTo("10.1.200.3");
        assertThat(policy.check("http://[fd00::5]/").getHost()).isEqualTo("[fd00::5]");
        assertThat(policy.check("http://intranet.example/").getHost()).isEqualTo("intranet.example");
        refused(policy, "http://10.2.0.1/");
        refused(policy, "http://127.0.0.1/");
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() {
        AddressPolicy policy = new AddressPolicy("127.0.0.1");
        refused(policy, "file:///etc/passwd");
        refused(policy, "ftp://127.0.0.1/");
        refused(policy, "/relative");
        refused(policy, "http://");
        refused(policy, "");
    }
}
