package org.bulletincms.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Numbers missing from a publication's run of issues, so editors notice a skipped or mistyped number:
 * cumulative numbers missing between the first and the last issue, and numbers within each year missing
 * before that year's highest number.
 */
public record NumberingGaps(List<Integer> missingCumulativeNumbers, Map<Integer, List<Integer>> missingNumbersByYear) {

    public static NumberingGaps of(Collection<IssueNumber> numbers) {
        List<Integer> cumulative = numbers.stream()
                .map(IssueNumber::cumulative)
                .sorted()
                .distinct()
                .toList();
        List<Integer> missingCumulative = new ArrayList<>();
        for (int i = 1; i < cumulative.size(); i++) {
            for (int n = cumulative.get(i - 1) + 1; n < cumulative.get(i); n++) {
                missingCumulative.add(n);
            }
        }
        Map<Integer, List<Integer>> byYear = numbers.stream()
                .collect(Collectors.groupingBy(
                        IssueNumber::year,
                        TreeMap::new,
                        Collectors.mapping(IssueNumber::numberInYear, Collectors.toList())));
        Map<Integer, List<Integer>> missingByYear = new TreeMap<>();
        byYear.forEach((year, inYear) -> {
            int highest = inYear.stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Integer> missing = new ArrayList<>();
            for (int n = 1; n < highest; n++) {
                if (!inYear.contains(n)) {
                    missing.add(n);
                }
            }
            if (!missing.isEmpty()) {
                missingByYear.put(year, missing);
            }
        });
        return new NumberingGaps(List.copyOf(missingCumulative), missingByYear);
    }

    public boolean isEmpty() {
        return missingCumulativeNumbers.isEmpty() && missingNumbersByYear.isEmpty();
    }
}
