package org.claims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.claims.engine.lexicon.Match;
import org.claims.engine.text.Doc;
import org.claims.model.Claim;

/**
 * Words that point back at a source named earlier: a pronoun ("il", "a-t-elle ajoute"), a definite role
 * ("le ministere", "the agency", "l'administration"), or someone belonging to one ("un responsable de
 * l'agence", "a senior official of the ministry"): the closest earlier organisation that role can stand for.
 */
final class RoleReference {
    /** Determiners making a role definite ("le ministere", "the ministry"): such a role refers back. */
    private final Set<String> definite;
    /** "le decompte des policiers": a role after "de" names whose count it is. */
    private final Set<String> of;

    RoleReference(Set<String> definite, Set<String> of) {
        this.definite = definite;
        this.of = of;
    }

    static Match role(List<Match> hits) {
        for (Match m : hits) {
            if (m.kind().equals("role")) {
                return m;
            }
        }
        return null;
    }

    /** The source the words [a, b), whose gazetteer matches are hits, refer back to, or null. */
    Claim.Source back(Doc doc, int a, int b, List<Match> hits, SourceMemory memory) {
        String text = doc.text(a, b);
        int end = a + 1;
        while (end < b && !Spans.boundary(doc, end - 1, end)) {
            end++; // "The official, who spoke on condition of anonymity": the noun phrase before the comma
        }
        b = end;
        Match first = null;
        Match owner = null;
        for (Match m : hits) {
            if (m.last() > b) {
                break;
            }
            if (m.kind().equals("pronoun") && (m.first() == a || m.first() == a + 1)) {
                Claim.Source last = "person".equals(m.value()) ? memory.lastPerson()
                        : "org".equals(m.value()) ? memory.lastOrganisation() : memory.last();
                if (last == null && !"person".equals(m.value())) { // "State Police arrived ... They said": no one spoke yet
                    last = memory.compatible("org", m.first());
                }
                // "he added": the words that named the speaker say who it is, not the pronoun
                return last == null ? null : new Claim.Source(last.name(), last.text(), last.person());
            }
            if (!m.kind().equals("role")) {
                continue;
            }
            String before = m.first() > a + 1 ? doc.toks.get(m.first() - 1).text() : "";
            if (!m.value().equals("any") && (definite.contains(before) || of.contains(before))) {
                owner = m; // "un responsable de l'agence", "un bilan actualise du ministere": the one to find
            }
            first = first == null ? m : first;
        }
        if (first == null || first.value().equals("group")) {
            return null; // "les medias locaux", "the witnesses": people speaking for themselves
        }
        boolean bare = definite.contains(doc.toks.get(a).text()) && first.first() <= a + 1 && first.last() >= b - 1;
        if (bare) {
            Claim.Source back = memory.compatible(first.value(), a);
            return back == null ? null : new Claim.Source(back.name(), text, back.person());
        }
        if (owner != null && owner.last() >= b - 1) {
            Claim.Source back = memory.compatible(owner.value(), a);
            return back == null ? null : new Claim.Source(back.name(), text, null);
        }
        return null;
    }
}
