package org.claims.engine.attribution;

import java.util.List;
import org.claims.engine.lexicon.Lexicons;
import org.claims.engine.text.Doc;

/**
 * What a source's kind does to a sentence's attributions: a broadcaster or wire cited after a speaker only relays
 * it (source.via), and an arrest verb names its subject as the source only when that subject is a police force.
 */
final class SourceRoles {
    private static final int POLICE_REACH = 6;
    private final Lexicons lex;

    SourceRoles(Lexicons lex) {
        this.lex = lex;
    }

    /** "organizers said that 750,000 took part, according to the local NBC station": a medium cited after a speaker relays it. */
    void mediaRelays(Doc doc, List<Attribution> out) {
        if (out.size() < 2) {
            return; // a relay needs a speaker and a medium: most sentences have one source or none
        }
        Attribution speaker = null;
        for (int k = 0; k < out.size(); k++) {
            Attribution a = out.get(k);
            boolean media = a.source() != null && names(doc, a.spanFirst(), a.spanLast(), "media");
            if (a.source() != null && !media && !a.prep()) {
                speaker = a;
            } else if (media && a.prep() && speaker != null && speaker.spanLast() <= a.anchorFirst()) {
                out.set(k, new Attribution(true, a.anchorFirst(), a.anchorLast(), a.spanFirst(), a.spanLast(),
                        speaker.source().withVia(a.source().name()), a.day()));
            }
        }
    }

    /** A police force named in the few words before token k: only then is an arrest verb read as a source's (rare). */
    boolean policeBefore(Doc doc, int k, int from) {
        return names(doc, Math.max(from, k - POLICE_REACH), k, "police");
    }

    /** An arrest verb names its subject as the source only when that subject is a police force. */
    Attribution byPolice(Doc doc, Attribution a) {
        if (a == null || a.source() == null) {
            return null;
        }
        return names(doc, a.spanFirst(), a.spanLast(), "police") ? a : null;
    }

    /** Tokens [from, to) name a known speaker of that type. */
    private boolean names(Doc doc, int from, int to, String type) {
        return lex.gazetteer.findAll("speaker", doc.toks, from, to, doc.folded).stream()
                .anyMatch(g -> g.entry().extra().equals(type));
    }
}
