package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.claims.engine.lexicon.LanguagePacks;
import org.claims.engine.lexicon.LexiconFile;
import org.claims.engine.lexicon.Schema;
import org.junit.jupiter.api.Test;

class LanguagePackTest {

    @Test
    void theBuiltInPacksAreThoseOfLanguagesTsvInItsOrder() {
        assertThat(Engine.EXTRACTOR.languages()).containsExactly("fr", "en");
    }

    @Test
    void aFolderOfPacksListsOnlyTheCodesOfItsLanguagesTsv() {
        LanguagePacks packs = LanguagePacks.load("/packs/tiny/", null);
        assertThat(packs.codes()).containsExactly("xx");
        assertThat(packs.pack("xx").words.of("stopword")).containsExactly("le");
    }

    @Test
    void anUnknownKindStopsLoadingNamingTheFileAndLine() {
        assertThatThrownBy(() -> LanguagePacks.load("/packs/badkind/", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/packs/badkind/lang/xx/quantities.tsv line 3")
                .hasMessageContaining("unknown kind 'qualifer'");
    }

    @Test
    void aLineMissingAColumnItsKindNeedsStopsLoading() {
        Map<String, Schema.Kind> dates = Map.of("weekday", new Schema.Kind("date", 3));
        assertThatThrownBy(() -> LexiconFile.parse("dates.tsv", List.of("# days", "weekday\tlundi\t1", "weekday\tmardi"), dates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dates.tsv line 3");
    }

    @Test
    void aPlaceCountryLineWithoutItsCountryStopsLoading() {
        assertThatThrownBy(() -> new org.claims.engine.lexicon.PlaceCountries("place-countries.tsv",
                List.of("# places", "Kharkiv\tUkraine", "Leeds")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("place-countries.tsv line 3");
    }

    @Test
    void aFrenchOnlyPeopleNounDoesNotFireOnEnglishText() {
        String body = "Police counted 2,000 manifestants in Paris on Saturday.";
        assertThat(Engine.run(body, "en", "2024-10-29")).isEmpty();
        assertThat(Engine.run(body, "fr", "2024-10-29")).hasSize(1); // the same words read as French count protesters
    }
}
