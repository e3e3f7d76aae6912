package org.bulletincms.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency percentiles (nearest rank) of a set of samples in nanoseconds, reported in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Percentiles(
                sorted.size(),
                at(sorted, 0.50),
                at(sorted, 0.95),
                at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
