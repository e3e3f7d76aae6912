package org.bulletincms.it;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /metrics} on the management port said at one moment, read as Prometheus reads it (the text
 * exposition format): series by name and labels.
 */
record Scrape(List<Series> series) {

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One time series: its name, its labels and its value. */
    record Series(String name, Map<String, String> labels, double value) {}

    /** Scrapes the test server's metrics endpoint, anonymously, as a Prometheus server would. */
    static Scrape now() {
        return now(Api.management());
    }

    /** Scrapes the metrics endpoint of the server whose management interface is {@code management}. */
    static Scrape now(URI management) {
        Api.Reply reply = Api.anonymous().get(management.resolve("/metrics").toString());
        if (reply.status() != 200) {
            throw new AssertionError("GET /metrics: " + reply);
        }
        return parse(reply.body());
    }

    static Scrape parse(String text) {
        return new Scrape(text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    Matcher m = LINE.matcher(line);
                    if (!m.matches()) {
                        throw new AssertionError("not a line of the Prometheus text format: " + line);
                    }
                    Map<String, String> labels = new HashMap<>();
                    if (m.group(2) != null) {
                        Matcher label = LABEL.matcher(m.group(2));
                        while (label.find()) {
                            labels.put(label.group(1), label.group(2));
                        }
                    }
                    return new Series(m.group(1), labels, Double.parseDouble(m.group(3)));
                })
                .toList());
    }

    /** The series of that name whose labels include {@code labels} (name, value, name, value…). */
    List<Series> find(String name, String... labels) {
        return series.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    /** The value of the one series of that name and labels; fails when there is none or more than one. */
    double value(String name, String... labels) {
        List<Series> found = find(name, labels);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " series " + name + " " + List.of(labels) + " in " + this);
        }
        return found.get(0).value();
    }

    @Override
    public String toString() {
        return series.size() + " series";
    }
}
