package org.claims.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored claim; written by native upserts (see ClaimStore), read through Panache and native queries. */
@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {
    @Id
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "article_id")
    public String articleId;
    public String extractor;
    public String language;
    public String measure;
    @Column(name = "subject_name")
    public String subjectName;
    @Column(name = "subject_text")
    public String subjectText;
    public long low;
    public long high;
    public String qualifier;
    @Column(name = "quantity_text")
    public String quantityText;
    @Column(name = "location_name")
    public String locationName;
    @Column(name = "location_text")
    public String locationText;
    @Column(name = "location_country")
    public String locationCountry;
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "source_text")
    public String sourceText;
    @Column(name = "source_person")
    public String sourcePerson;
    @Column(name = "source_via")
    public String sourceVia;
    @Column(name = "stated_on")
    public LocalDate statedOn;
    public boolean hedged;
    @Column(name = "evidence_text")
    public String evidenceText;
    @Column(name = "evidence_start")
    public int evidenceStart;
    @Column(name = "evidence_end")
    public int evidenceEnd;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    public String outlet;
    @Column(insertable = false, updatable = false)
    public long seq;
}
