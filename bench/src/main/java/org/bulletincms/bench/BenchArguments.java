package org.bulletincms.bench;

import java.util.HashMap;
import java.util.Map;

/** A benchmark's {@code --name=value} arguments, as its Maven profile passes them, by name. */
final class BenchArguments {

    private BenchArguments() {}

    static Map<String, String> of(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return given;
    }
}
