package org.bulletincms.web.request;

/**
 * What text the product stores. PostgreSQL cannot store NUL in text columns and H2 can, so NUL and other
 * control characters (except tab and line breaks) and unpaired surrogates are refused up front: the same
 * input then gets the same answer on every database.
 */
final class Text {

    private Text() {
    }

    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
