package org.claims.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.claims.engine.ClaimExtractor;
import org.claims.model.Article;
import org.claims.model.Claim;

/** Developer tool: prints every claim the engine finds in a corpus file, gold first. */
public final class Dump {
    private Dump() {
    }

    public static void main(String[] args) {
        ClaimExtractor engine = new ClaimExtractor();
        for (JsonNode c : CorpusScorer.load(Path.of(args[0]))) {
            if (args.length > 1 && !c.path("id").asText().equals(args[1])) {
                continue;
            }
            System.out.println("### " + c.path("id").asText());
            c.path("gold").forEach(g -> System.out.println("  GOLD " + g));
            String pub = c.path("publishedAt").isTextual() ? c.path("publishedAt").asText() : null;
            String title = c.path("title").isTextual() ? c.path("title").asText() : null;
            for (Claim p : engine.extract(new Article(null, null, null, title, c.path("body").asText(),
                    c.path("lang").asText(null), pub, null))) {
                System.out.printf("  %s %d-%d %s [%s] subj=%s src=%s loc=%s on=%s hedged=%s%n     << %s%n",
                        p.measure().wire(), p.quantity().low(), p.quantity().high(), p.quantity().qualifier().wire(),
                        p.quantity().text(), p.subject().name() + "/" + p.subject().text(),
                        p.source() == null ? null : p.source().name() + "/" + p.source().text() + "/" + p.source().person(),
                        p.location() == null ? null : p.location().name() + "/" + p.location().text(), p.statedOn(),
                        p.hedged(), p.evidence().text());
            }
        }
    }
}
