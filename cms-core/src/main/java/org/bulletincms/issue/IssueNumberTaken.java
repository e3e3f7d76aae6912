package org.bulletincms.issue;

import org.bulletincms.refusal.Refusal;

/** Another issue of the same publication already has this number in its year, or this cumulative number. */
public class IssueNumberTaken extends Refusal {

    private final String label;

    public IssueNumberTaken(String label) {
        super("issue-number-taken", Kind.CONFLICT, "the publication already has an issue numbered " + label, label);
        this.label = label;
    }

    /** The number that is taken, as people write it ({@code 2024年第2期} or {@code 总第16期}). */
    public String label() {
        return label;
    }
}
