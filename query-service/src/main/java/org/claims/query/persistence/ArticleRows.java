package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.claims.model.Article;

/**
 * A batch of articles upserted in one statement (ids must be distinct within it). An article's publication day and
 * outlet, when it has them, replace the copies its claims' events carried.
 */
final class ArticleRows {
    private static final String UPSERT = """
            with a as (
                insert into article (id, url, outlet, title, body, language, published_at, published_on, ingested_at)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[]::date[], ?::text[])
                on conflict (id) do update set url = excluded.url, outlet = excluded.outlet, title = excluded.title,
                    language = coalesce(excluded.language, article.language), published_at = excluded.published_at,
                    published_on = excluded.published_on
                returning id, published_on, outlet, xmax = 0 as inserted),
            u as (update claim c set published_on = coalesce(a.published_on, c.published_on), outlet = coalesce(a.outlet, c.outlet)
            from a where c.article_id = a.id
                and (c.published_on is distinct from coalesce(a.published_on, c.published_on)
                     or c.outlet is distinct from coalesce(a.outlet, c.outlet))
            returning c.fact_key)
            select null::text, count(*)::text from a where inserted union all select fact_key, null from u""";
    private static final List<Function<Article, Object>> COLUMNS = List.of(
            Article::id, Article::url, Article::outlet, Article::title, Article::body, Article::language,
            Article::publishedAt, Article::publishedDate, Article::ingestedAt);

    private ArticleRows() {
    }

    /**
     * Returns one row with no fact key and the count of articles that were new, then the fact key of every claim
     * whose publication day or outlet changed.
     */
    static List<String[]> upsert(Connection conn, Collection<Article> articles) throws SQLException {
        return Columns.query(conn, UPSERT, articles, COLUMNS);
    }
}
