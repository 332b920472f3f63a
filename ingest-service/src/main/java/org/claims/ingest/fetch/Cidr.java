package org.claims.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block such as 10.0.0.0/8 or fd00::/8; a bare IP address is a block of one. */
record Cidr(byte[] network, int prefix) {

    /** The block, or null when the text is not an IP address or CIDR (then it names a host). */
    static Cidr parse(String text) {
        String[] parts = text.split("/", 2);
        if (!parts[0].matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in INGEST_FETCH_ALLOW entry '" + text + "'");
            }
            return new Cidr(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Bad INGEST_FETCH_ALLOW entry '" + text + "'", e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
