package org.bulletincms.issue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.bulletincms.locale.TextByLocale;

/**
 * A section heading of an issue that groups items, e.g. {@code 同一个地球网络最新进展}
 * (One Planet Network updates) or {@code 合作伙伴最新进展} (partner updates). Part of the {@link Issue} aggregate.
 */
@Entity
@Table(name = "rubric")
public class Rubric {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private TextByLocale title;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    @Version
    private long version;

    protected Rubric() {
        // for JPA
    }

    Rubric(Issue issue, int position, TextByLocale title) {
        this.id = UUID.randomUUID();
        this.issue = issue;
        this.position = position;
        this.title = title;
    }

    public UUID id() {
        return id;
    }

    public Issue issue() {
        return issue;
    }

    public int position() {
        return position;
    }

    public TextByLocale title() {
        return title;
    }

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    public long version() {
        return version;
    }

    void retitle(TextByLocale newTitle) {
        this.title = newTitle;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void place(List<Item> ordered) {
        items.clear();
        items.addAll(ordered);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeIn(this, i);
        }
    }

    void append(Item item) {
        items.add(item);
    }

    void detach(Item item) {
        items.remove(item);
    }
}
