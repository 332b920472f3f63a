package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.engine.text.SentenceSplitter;
import org.claims.engine.text.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    /** The abbreviations of both built-in packs, so French and English examples split as in their own pack. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(java.util.stream.Stream.of("fr", "en")
            .flatMap(c -> Engine.packs().pack(c).words.of("abbreviation").stream())
            .collect(java.util.stream.Collectors.toSet()));

    private static List<String> split(String body) {
        return SPLITTER.split(body).stream().map(s -> body.substring(s.start(), s.end())).toList();
    }

    @Test
    void stopsFollowedByACapitalEndSentences() {
        assertThat(split("Il pleut. Le vent souffle! Viendra-t-il? Oui.")).containsExactly("Il pleut.",
                "Le vent souffle!", "Viendra-t-il?", "Oui.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(split("M. Dupont a parlé. Dr. Smith met U.S. officials on Dec. 18 in Washington. J. Doe agreed."))
                .containsExactly("M. Dupont a parlé.", "Dr. Smith met U.S. officials on Dec. 18 in Washington.",
                        "J. Doe agreed.");
    }

    @Test
    void newlinesAlwaysEndSentences() {
        assertThat(split("Titre sans point\nPremier paragraphe.\n\nSecond")).containsExactly("Titre sans point",
                "Premier paragraphe.", "Second");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("« Nous sommes inquiets. » Il a ajouté: \"C'est grave.\" Fin."))
                .containsExactly("« Nous sommes inquiets. »", "Il a ajouté: \"C'est grave.\"", "Fin.");
    }

    @Test
    void lowercaseAfterAStopContinuesTheSentence() {
        assertThat(split("Il a parlé dans un communiqué. conférence de presse commune.")).hasSize(1);
    }

    @Test
    void spansAreTrimmedOffsetsIntoTheBody() {
        String body = "  Une phrase.   Une autre.  ";
        for (Span s : SPLITTER.split(body)) {
            assertThat(s.start()).isLessThan(s.end());
            assertThat(body.substring(s.start(), s.end())).isEqualTo(body.substring(s.start(), s.end()).strip());
        }
    }
}
