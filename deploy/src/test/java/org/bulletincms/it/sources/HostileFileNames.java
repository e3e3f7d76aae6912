package org.bulletincms.it.sources;

import java.util.List;

/**
 * File names an upload may claim, which the product must neither trust as a path nor show unescaped. The bytes
 * uploaded under them can be any well-formed report: it is the name that is hostile.
 */
public final class HostileFileNames {

    /** Climbs out of any directory the name is resolved against. */
    public static final String PATH_TRAVERSAL = "../../etc/passwd";

    /** Truncates the name in C APIs and in some file systems: {@code report} + NUL + {@code .pdf}. */
    public static final String WITH_NUL = "report\u0000.pdf";

    /** Splits log lines and headers: CR, LF, tab and BEL. */
    public static final String WITH_CONTROL_CHARACTERS = "report\r\n\t\u0007.pdf";

    /** Shows as {@code reportexe.pdf} where bidirectional text is rendered, but ends in {@code .exe}. */
    public static final String RIGHT_TO_LEFT_OVERRIDE = "report\u202Efdp.exe";

    /** Not hostile, just not ASCII: a name every editor in China may use, which must survive unchanged. */
    public static final String CHINESE = "绿色采购报告2024.pdf";

    public static final List<String> ALL =
            List.of(PATH_TRAVERSAL, WITH_NUL, WITH_CONTROL_CHARACTERS, RIGHT_TO_LEFT_OVERRIDE, CHINESE);

    private HostileFileNames() {}
}
