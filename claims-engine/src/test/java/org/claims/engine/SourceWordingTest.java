package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ways of naming who speaks that the first runs of real-news batches 54-57 showed missing (rules/1.10.0). */
class SourceWordingTest {

    @Test
    void anElidedDeReadsLikeDe() {
        assertThat(Engine.one(Engine.fr("L'ONU parle d'au moins 230 personnes tuées dans la province.")).source().name())
                .isEqualTo("United Nations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The UN human rights office published its quarterly report on Tuesday. According to the report, at least 436 "
                + "civilians were killed between March and May.|OHCHR",
        "fr|L'ONU a publié mardi son rapport trimestriel. Selon le rapport, au moins 436 civils ont été tués entre mars "
                + "et mai.|United Nations"})
    void aReportSpeaksForTheOrganisationLastNamed(String lang, String body, String source) {
        assertThat(Engine.run(body, lang, "2025-02-01").get(0).source().name()).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials confirm 89 people are still missing after the floods.|Officials",
        "The rebels claim that overnight strikes around the capital killed six people.|Rebels",
        "Human rights groups say 61 people were killed during the protests.|Human rights groups"})
    void aPluralSubjectInThePresentSpeaks(String body, String source) {
        assertThat(Engine.one(Engine.en(body)).source().name()).isEqualTo(source);
    }

    @Test
    void aKnownSpeakerClosingTheSentenceAfterItsVerbNeedsNoComma() {
        Claim c = Engine.one(Engine.fr("Au moins 300 civils ont été tués dans la région précise le HCR."));
        assertThat(c.source().name()).isEqualTo("UNHCR");
    }

    @Test
    void daysBoundingThePeriodAReportCoversAreNotTheDayItSpoke() {
        Claim c = Engine.one(Engine.fr("L'ONU a publié son bilan. Le rapport indique qu'entre le 8 juillet et le 31 "
                + "décembre, au moins 552 personnes ont été tuées."));
        assertThat(c.source().name()).isEqualTo("United Nations");
        assertThat(c.statedOn()).isEqualTo(LocalDate.parse("2024-10-29")); // "indique", a present: the day of publication
    }

    @Test
    void theSecondDayOfAPeriodIsNotTheDayOfSpeechEither() {
        assertThat(Engine.one(Engine.en("The agency said between 1 March and 31 May at least 436 civilians were killed."))
                .statedOn()).isNull();
    }

    @Test
    void aKnownSpeakerAfterItsVerbWinsOverAPlaceBeforeIt() {
        List<Claim> c = Engine.fr("Au moins 900 civils ont été tués et 1 700 autres blessés en Ukraine précise le HCR.");
        assertThat(c).extracting(x -> x.source().name()).containsOnly("UNHCR");
    }

    @Test
    void dataSpeakForWhoeverGatheredThem() {
        Claim c = Engine.one(Engine.en("The IOM has published new figures. Their data shows 1,457 migrant deaths in 2022."));
        assertThat(c.source().name()).isEqualTo("IOM");
    }

    @Test
    void thePeriodAStatementCoversOpeningTheSentenceIsNotItsDay() {
        List<Claim> c = Engine.fr("Du 24 février au 23 août, l'ONU a enregistré 13 560 victimes civiles dans le pays. Au moins "
                + "5 614 civils ont été tués.");
        assertThat(c).extracting(x -> x.source().name()).containsExactly("United Nations", "United Nations");
    }

    @Test
    void aSpeakerNounOpeningAQuoteAfterTheVerbIsTheQuotesSubjectNotTheSpeaker() {
        Claim c = Engine.one(Engine.en("Officials said protesters \"threw stones at officers\" before 40 people were arrested."));
        assertThat(c.source().name()).isEqualTo("Officials");
    }
}
