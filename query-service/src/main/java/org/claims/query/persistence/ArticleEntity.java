package org.claims.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String url;
    public String outlet;
    public String title;
    public String body;
    public String language;
    @Column(name = "published_at")
    public String publishedAt;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "ingested_at")
    public String ingestedAt;
}
