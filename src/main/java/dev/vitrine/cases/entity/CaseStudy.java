package dev.vitrine.cases.entity;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * A case study (工程案例): a job the company did, for whom, where and when, told with pictures and text;
 * listed newest job first in its category.
 */
@Entity
@Table(name = "case_study")
@NamedEntityGraph(
        name = CaseStudy.WHOLE,
        attributeNodes = {@NamedAttributeNode("category"), @NamedAttributeNode("files")})
public class CaseStudy extends CategorizedItem {

    private static final long serialVersionUID = 1L;

    /** The entity graph that loads everything an edit or preview page shows. */
    public static final String WHOLE = "CaseStudy.whole";

    public static final int CLIENT_LENGTH = 200;
    public static final int PLACE_LENGTH = 200;

    /** For whom: a company, or a car ("2021 款凯美瑞车主"). */
    @Size(max = CLIENT_LENGTH)
    @Column(length = CLIENT_LENGTH)
    private String client;

    /** Where the job was done. */
    @Size(max = PLACE_LENGTH)
    @Column(length = PLACE_LENGTH)
    private String place;

    /** When the job was finished. */
    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected CaseStudy() {
        // for JPA
    }

    public CaseStudy(Category category, String slug, String title) {
        super(category, slug, title);
    }

    /** Adds the client, place and date, so that a revision shows and restores them. */
    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = super.snapshot();
        fields.put("client", client);
        fields.put("place", place);
        fields.put("completedOn", completedOn == null ? null : completedOn.toString());
        return fields;
    }

    @Override
    public void restoreSnapshot(Map<String, String> fields) {
        super.restoreSnapshot(fields);
        if (fields.containsKey("client")) {
            client = fields.get("client");
            place = fields.get("place");
            completedOn = fields.get("completedOn") == null ? null : LocalDate.parse(fields.get("completedOn"));
        }
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = Texts.strippedOrNull(client);
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = Texts.strippedOrNull(place);
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
