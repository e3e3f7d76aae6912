package org.bulletincms.it.sources;

/** Escaping for the XML and HTML this package writes by hand. */
final class Xml {

    private Xml() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
