package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.junit.jupiter.api.Test;

/** Reporting frames across sentences, relays, and who is not a source. */
class DiscourseTest {

    @Test
    void aFrameOpenedBySourceAndDayCarriesToTheNextSentenceOfItsParagraph() {
        List<Claim> claims = Engine.fr("Le ministère de la Santé a publié un nouveau bilan lundi. "
                + "Au moins 41 personnes ont été tuées dans les frappes sur Beyrouth.");
        Claim c = Engine.one(claims);
        assertThat(c.source().name()).containsIgnoringCase("health");
        assertThat(c.statedOn()).isEqualTo(LocalDate.of(2024, 10, 28));
    }

    @Test
    void aPronounSubjectOfASpeechVerbIsTheLastSpeaker() {
        List<Claim> claims = Engine.en("At least 40 people were killed in the strikes, the health ministry said. "
                + "It added that 120 others were wounded.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).source().name()).containsIgnoringCase("health");
    }

    @Test
    void aFrameDoesNotReachPastTheParagraphAfterItsOwn() {
        List<Claim> claims = Engine.en("The ministry said 40 people were killed in Homs.\n"
                + "The city was quiet on Monday.\nThirty people were arrested in Aleppo on Tuesday.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).source()).isNull();
    }

    @Test
    void aCitedAuthorityIsTheSourceAndTheAgencyItsRelay() {
        Claim c = Engine.one(Engine.fr("Selon l'AFP, citant des sources policières, 300 personnes ont été interpellées à Marseille."));
        assertThat(c.source().name()).isEqualTo("Police sources");
        assertThat(c.source().via()).isEqualTo("AFP");
    }

    @Test
    void aSourceThatIsNotRelayedHasNoVia() {
        Claim c = Engine.one(Engine.en("At least 12 people were killed in Kathmandu, police said."));
        assertThat(c.source().via()).isNull();
    }

    @Test
    void aCountryActingIsNotWhereThePeopleAre() {
        Claim c = Engine.one(Engine.en("More than 9,000 civilians have been killed since Russia invaded Ukraine, the UN said."));
        assertThat(c.location().name()).isEqualTo("Ukraine");
    }

    @Test
    void aKnownPlaceOpeningALongerNameIsNotThatPlace() {
        Claim c = Engine.one(Engine.en("Some 46 people remain missing in Mexico Beach, the mayor said."));
        assertThat(c.location() == null ? null : c.location().name()).isNotEqualTo("Mexico");
    }

    @Test
    void thePlaceOfAPartIsNotThePlaceOfTheWhole() {
        List<Claim> claims = Engine.fr("Les autorités attendaient entre 600 000 et 800 000 manifestants en France, "
                + "dont 60 000 à 90 000 à Paris.");
        assertThat(claims.get(0).measure()).isEqualTo(Measure.EXPECTED);
        assertThat(claims.get(0).location().name()).isEqualTo("France");
    }

    @Test
    void theDayAfterAnInvertedSourceAndItsAppositionIsTheStatementDay() {
        Claim c = Engine.en("\"Besides the 2,060 dead, 1,240 people are injured,\" said Abdul Wahid Rayan, a spokesman "
                + "at the Ministry of Information, on Sunday.").get(0);
        assertThat(c.statedOn()).isEqualTo(LocalDate.of(2024, 10, 27));
    }

    @Test
    void anOfficialTollWithoutABodyIsAttributedToOfficialFigures() {
        Claim c = Engine.one(Engine.fr("Plus de 2000 personnes ont péri dans le séisme, selon un nouveau bilan officiel "
                + "communiqué dimanche."));
        assertThat(c.source().name()).isEqualTo("Official figures");
        assertThat(c.statedOn()).isEqualTo(LocalDate.of(2024, 10, 27));
    }

    @Test
    void aSourceKeepsTheDayItWasSaidToSpeakOn() {
        List<Claim> claims = Engine.run("The ministry said on Saturday that 120 people had been killed.\n\n"
                + "Another 40 were injured in the province of Herat, the ministry said in a statement.", "en", "2024-03-18");
        assertThat(claims).extracting(Claim::statedOn).containsOnly(LocalDate.of(2024, 3, 16));
    }

    @Test
    void aReportDatedInTheParagraphBeforeDatesTheFiguresThatFollowIt() {
        List<Claim> claims = Engine.run("Un nouveau bilan a été dévoilé vendredi soir par le gouvernement.\n\n"
                + "Au moins 35 morts et 80 blessés selon le ministre de l'Information.", "fr", "2024-03-18");
        assertThat(claims).extracting(Claim::statedOn).containsOnly(LocalDate.of(2024, 3, 15));
    }

    @org.junit.jupiter.api.Test
    void aBareFigureCountsTheLastPeopleNamedBeforeIt() {
        java.util.List<org.claims.model.Claim> claims = Engine.run("Combien de manifestants ont défilé ? Le chiffre fait "
                + "débat.\n\n8 000 selon la police, 20 000 selon les syndicats.", "fr", "2024-10-29");
        org.assertj.core.api.Assertions.assertThat(claims)
                .extracting(c -> c.measure().wire() + ":" + c.quantity().low() + ":" + c.subject().name())
                .containsExactly("present:8000:protesters", "present:20000:protesters");
    }

    @org.junit.jupiter.api.Test
    void figuresAmongThePeopleJustCountedKeepTheirMeasure() {
        java.util.List<org.claims.model.Claim> claims = Engine.run("Les combats ont fait 90 morts en août, selon l'ONG. "
                + "Parmi eux figurent 40 combattants rebelles et 30 soldats.", "fr", "2024-10-29");
        org.assertj.core.api.Assertions.assertThat(claims)
                .extracting(c -> c.measure().wire() + ":" + c.quantity().low())
                .containsExactly("killed:90", "killed:40", "killed:30");
    }
}
