package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {

    private static Claim.Source source(String body) {
        return Engine.one(Engine.run(body, null, "2024-10-29")).source();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon le Pentagone, 10 000 soldats nord-coréens sont en Russie.|US Department of Defense",
        "D'après Kiev, 11 000 soldats nord-coréens sont déployés en Russie.|Ukraine",
        "10 000 soldats nord-coréens sont en Russie, selon les autorités ukrainiennes.|Ukraine",
        "Le département d'État a déclaré que 10 000 soldats étaient déployés en Russie.|US Department of State",
        "Le service de renseignement sud-coréen a affirmé que 10 000 soldats étaient déployés.|South Korea National Intelligence Service",
        "Selon Séoul, 10 000 soldats sont déployés en Russie.|South Korea",
        "Selon le ministère de l'Intérieur, 1 280 000 personnes ont manifesté.|French Interior Ministry",
        "Selon l'Otan, 10 000 soldats sont déployés en Russie.|NATO",
        "Selon un haut responsable américain, 3 000 soldats sont déployés en Russie.|United States",
        "At least 10,000 troops were sent to Russia, the Pentagon said.|US Department of Defense",
        "According to NATO, 10,000 troops are deployed in Russia.|NATO",
        "Citing the State Department, the paper said 10,000 troops were in Russia.|US Department of State"})
    void sourcesGetCanonicalEnglishNames(String sentence, String canonical) {
        assertThat(source(sentence).name()).isEqualTo(canonical);
    }

    @Test
    void invertedIncisAfterTheFigureNamesSpokesmanAndPerson() {
        Claim.Source s = source("Quelque 2 000 soldats sont sur le point d'arriver, a déclaré le porte-parole du "
                + "Pentagone, le général Pat Ryder, lors d'un point presse.");
        assertThat(s.name()).isEqualTo("US Department of Defense");
        assertThat(s.text()).contains("porte-parole du Pentagone").contains("Pat Ryder");
        assertThat(s.person()).isEqualTo("Pat Ryder");
    }

    @Test
    void attributionAtTheEndOfAQuote() {
        Claim.Source s = source("« Plus de 10 000 soldats nord-coréens ont été envoyés en Russie », a déclaré mardi "
                + "le porte-parole du département d'Etat américain, Vedant Patel.");
        assertThat(s.name()).isEqualTo("US Department of State");
        assertThat(s.person()).isEqualTo("Vedant Patel");
    }

    @Test
    void namedPeopleSpeakForTheirOrganisation() {
        Claim.Source zelensky = source("Volodymyr Zelensky affirme que 10 000 soldats sont en préparation.");
        assertThat(zelensky.name()).isEqualTo("Ukraine");
        assertThat(zelensky.person()).isEqualTo("Volodymyr Zelensky");
        Claim.Source blinken = source("Antony Blinken a déclaré que 8 000 soldats étaient déployés à Koursk.");
        assertThat(blinken.name()).isEqualTo("US Department of State");
        assertThat(blinken.person()).isEqualTo("Antony Blinken");
    }

    @Test
    void unknownPeopleAreStillNamed() {
        Claim.Source s = source("Strikes killed 12 people in Kharkiv, regional governor Oleh Syniehubov said.");
        assertThat(s.person()).isEqualTo("Oleh Syniehubov");
        assertThat(s.text()).contains("governor");
    }

    @Test
    void twoSourcesInOneSentenceGiveTwoClaims() {
        List<Claim> claims = Engine.fr("Les manifestants étaient 1,28 million selon l'Intérieur, 3,5 millions selon la CGT.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).quantity().low()).isEqualTo(1_280_000);
        assertThat(claims.get(0).source().name()).isEqualTo("French Interior Ministry");
        assertThat(claims.get(1).quantity().low()).isEqualTo(3_500_000);
        assertThat(claims.get(1).source().name()).isEqualTo("CGT");
    }

    @Test
    void policeAndOrganisersInEnglish() {
        List<Claim> claims = Engine.en("About 40,000 people marched in London, according to police, while "
                + "organisers said more than 100,000 took part.");
        assertThat(claims).extracting(c -> c.source().name()).containsExactly("Police", "Organisers");
    }

    @Test
    void theUnionRefersBackToTheUnionNamedBefore() {
        Claim.Source s = Engine.one(Engine.fr("La CGT revendique une forte mobilisation. D'après le syndicat, "
                + "200 000 personnes ont manifesté.")).source();
        assertThat(s.name()).isEqualTo("CGT");
    }

    @Test
    void pronounRefersBackToTheLastSpeaker() {
        Claim.Source il = Engine.one(Engine.fr("Antony Blinken a déclaré que la Russie était isolée. Il a "
                + "affirmé que 8 000 soldats étaient déployés à Koursk.")).source();
        assertThat(il.name()).isEqualTo("US Department of State");
        Claim.Source he = Engine.one(Engine.en("Zelensky spoke to reporters. He said 31,000 soldiers had been killed.")).source();
        assertThat(he.name()).isEqualTo("Ukraine");
    }

    @Test
    void quoteSpanningSentencesTakesTheClosingAttribution() {
        Claim.Source s = Engine.one(Engine.en("\"We have lost 31,000 soldiers. Every one is a tragedy,\" "
                + "Zelensky told reporters.")).source();
        assertThat(s.name()).isEqualTo("Ukraine");
    }

    @Test
    void articleVoiceHasNoSource() {
        assertThat(source("Plus de 1 200 migrants sont arrivés à Lampedusa en 24 heures.")).isNull();
    }

    @Test
    void selonLesquelsIsNotAnAttribution() {
        assertThat(source("Des indices selon lesquels 2 000 soldats sont arrivés en Russie.")).isNull();
    }

    @Test
    void extraGazetteerAddsAndOverridesEntries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "# local names\nsource\tsyndicat sud education\tSUD Education\tunion\n"
                + "source\tpentagone\tPentagon\tmilitary\n");
        ClaimExtractor custom = new ClaimExtractor(file);
        List<Claim> a = custom.extract(new org.claims.model.Article(null, null, null, null,
                "Selon le syndicat Sud Education, 5 000 enseignants ont manifesté. Selon le Pentagone, 10 000 "
                        + "soldats sont en Russie.", "fr", null, null));
        assertThat(a).extracting(c -> c.source().name()).containsExactly("SUD Education", "Pentagon");
    }
}
