package org.bulletincms.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an issue stands in its publication: its number within a year ({@code 2024年第2期}, No. 2 of 2024)
 * and its cumulative number across all years ({@code 总第16期}, the 16th issue ever). Both are unique
 * within a publication.
 */
@Embeddable
public record IssueNumber(
        @Column(name = "issue_year", nullable = false) int year,
        @Column(name = "number_in_year", nullable = false) int numberInYear,

        @Column(name = "cumulative_number", nullable = false)
        int cumulative) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    public static final int MAX_NUMBER = 9999;

    public IssueNumber {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (numberInYear < 1 || numberInYear > MAX_NUMBER || cumulative < 1 || cumulative > MAX_NUMBER * 100) {
            throw new IllegalArgumentException("issue numbers start at 1: " + numberInYear + "/" + cumulative);
        }
    }

    /** As Chinese readers see it on the cover: {@code 2024年第2期}. */
    public String chineseLabel() {
        return year + "年第" + numberInYear + "期";
    }

    /** {@code 总第16期}. */
    public String chineseCumulativeLabel() {
        return "总第" + cumulative + "期";
    }

    /** {@code 2024 No. 2}. */
    public String englishLabel() {
        return year + " No. " + numberInYear;
    }
}
