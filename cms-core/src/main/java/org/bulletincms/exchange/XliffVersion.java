package org.bulletincms.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The XLIFF versions the exchange writes. 2.1 is the default: the OASIS standard in force, whose metadata module
 * carries a unit's source fingerprint in a place every conforming tool keeps. 1.2 is for older CAT tools and the
 * translate-toolkit, which read only 1.2.
 */
public enum XliffVersion {
    V2_1("2.1", "urn:oasis:names:tc:xliff:document:2.0"),
    V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2");

    public static final XliffVersion DEFAULT = V2_1;

    private final String number;
    private final String namespace;

    XliffVersion(String number, String namespace) {
        this.number = number;
        this.namespace = namespace;
    }

    /** The version a client names ({@code 2.1}, {@code 1.2}), if the exchange writes it. */
    public static Optional<XliffVersion> named(String number) {
        return Arrays.stream(values()).filter(v -> v.number.equals(number)).findFirst();
    }

    public String number() {
        return number;
    }

    String namespace() {
        return namespace;
    }
}
