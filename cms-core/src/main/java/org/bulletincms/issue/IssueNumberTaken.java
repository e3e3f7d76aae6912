package org.bulletincms.issue;

/** Another issue of the same publication already has this number in its year, or this cumulative number. */
public class IssueNumberTaken extends RuntimeException {

    private final String label;

    public IssueNumberTaken(String label) {
        super("the publication already has an issue numbered " + label);
        this.label = label;
    }

    /** The number that is taken, as people write it ({@code 2024年第2期} or {@code 总第16期}). */
    public String label() {
        return label;
    }
}
