package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void frenchNews() {
        assertThat(Engine.EXTRACTOR.detectLanguage("Selon le Pentagone, un total de 10.000 soldats nord-coréens se trouvent "
                + "actuellement en Russie.")).isEqualTo("fr");
    }

    @Test
    void englishNews() {
        assertThat(Engine.EXTRACTOR.detectLanguage("At least 10,000 North Korean troops have been sent to Russia, the "
                + "Pentagon said on Monday.")).isEqualTo("en");
    }

    @Test
    void emptyOrSymbolsDefaultToFrench() {
        assertThat(Engine.EXTRACTOR.detectLanguage("")).isEqualTo("fr");
        assertThat(Engine.EXTRACTOR.detectLanguage("12 345 !!!")).isEqualTo("fr");
    }

    @Test
    void extractorDetectsWhenLanguageIsMissing() {
        assertThat(Engine.one(Engine.run("About 40,000 people marched in London, police said.", " ", null))
                .language()).isEqualTo("en");
    }
}
