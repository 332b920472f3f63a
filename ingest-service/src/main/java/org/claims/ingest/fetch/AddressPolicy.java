package org.claims.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs ingest may fetch on a client's behalf. Without it, anyone with an API key could make the service
 * read its own admin ports, the cloud metadata endpoint (169.254.169.254) or the private network. A host is
 * refused when any address it resolves to is loopback, link-local, private (site-local, IPv6 ULA), multicast or
 * the any-address, unless a configured host name or CIDR allows it.
 * <p>
 * The check runs before each connection (every redirect hop too). The HTTP client resolves the name again
 * when it connects, so a DNS server answering differently within milliseconds could still slip through;
 * deployments that need more put the service behind an egress proxy.
 */
public final class AddressPolicy {
    private final Set<String> hosts = new HashSet<>();
    private final List<Cidr> networks = new ArrayList<>();

    public AddressPolicy(String allow) {
        if (allow == null) {
            return;
        }
        for (String entry : allow.split(",")) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            Cidr cidr = Cidr.parse(e);
            if (cidr != null) {
                networks.add(cidr);
            } else {
                hosts.add(e);
            }
        }
    }

    /** The URL as a URI once its scheme and host are acceptable and every address of the host is allowed. */
    public URI check(String url) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (hosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchProblems.refused(url, "host '" + host + "' does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!allowed(a) && internal(a)) {
                throw FetchProblems.refused(url, "host '" + host + "' is " + a.getHostAddress()
                        + ", a loopback, link-local or private address (allow it with INGEST_FETCH_ALLOW)");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw FetchProblems.invalid(url, "is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw FetchProblems.invalid(url, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw FetchProblems.invalid(url, "must be an absolute http(s) URL");
        }
        return uri;
    }

    private boolean allowed(InetAddress a) {
        return networks.stream().anyMatch(n -> n.contains(a));
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;          // fc00::/7
        boolean sharedOrZero4 = b.length == 4 && (b[0] == 0 || (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64); // 0/8, 100.64/10
        return a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress() || uniqueLocal6 || sharedOrZero4;
    }
}
