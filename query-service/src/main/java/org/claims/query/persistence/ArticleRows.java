package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.claims.model.Article;

/** A batch of articles upserted in one statement (ids must be distinct within it). */
final class ArticleRows {
    private static final String UPSERT = """
            insert into article (id, url, outlet, title, body, language, published_at, published_on, ingested_at)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[]::date[], ?::text[])
            on conflict (id) do update set url = excluded.url, outlet = excluded.outlet, title = excluded.title,
                language = coalesce(excluded.language, article.language), published_at = excluded.published_at,
                published_on = excluded.published_on""";
    private static final List<Function<Article, Object>> COLUMNS = List.of(
            Article::id, Article::url, Article::outlet, Article::title, Article::body, Article::language,
            Article::publishedAt, Article::publishedDate, Article::ingestedAt);

    private ArticleRows() {
    }

    static void upsert(Connection conn, Collection<Article> articles) throws SQLException {
        Columns.execute(conn, UPSERT, articles, COLUMNS);
    }
}
