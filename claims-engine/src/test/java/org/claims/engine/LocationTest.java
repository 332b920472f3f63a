package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {

    private static Claim.Location where(String body) {
        return Engine.one(Engine.run(body, null, "2024-10-29")).location();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Strikes on Iran-backed militia positions killed five people, a spokesman said.",
        "The Iran-backed group reported 24 deaths.",
        "Les séparatistes pro-Russie ont fait état de 12 morts."})
    void aPlaceHyphenedToAModifierIsNoScene(String body) {
        assertThat(where(body)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le président Santos a annoncé la mort de onze militaires.",
        "President Luiz Carlos Santos said 11 soldiers were killed."})
    void aSurnameThatIsAlsoATownIsNoPlace(String body) {
        assertThat(where(body)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aPlaceInATitleCaseHeadlineIsTheHeadlinePlace() {
        java.util.List<Claim> claims = new ClaimExtractor().extract(new org.claims.model.Article(null, null, null,
                "Death Toll in Peru Bus Crash Rises to 24", "Officials put the toll at 24 dead.", "en", "2024-10-29", null));
        assertThat(claims).extracting(c -> c.location().name()).containsExactly("Peru");
    }

    @org.junit.jupiter.api.Test
    void aTownTheBodyNamesInsideTheHeadlineCountryIsFinerThanTheHeadline() {
        java.util.List<Claim> claims = new ClaimExtractor().extract(new org.claims.model.Article(null, null, null,
                "Pakistan market blast kills nine", "A bomb exploded in a crowded market in Kohat on Monday.\n\n"
                + "Police said nine people were killed.", "en", "2024-10-29", null));
        assertThat(claims).extracting(c -> c.location().name()).containsExactly("Kohat");
    }

    @org.junit.jupiter.api.Test
    void aPlaceFollowedByAWeekdayStillStandsAlone() {
        assertThat(where("More than 40 people were arrested in Seattle Saturday after protests.").name()).isEqualTo("Seattle");
    }

    @org.junit.jupiter.api.Test
    void aPlaceInsideTheCountryASentenceLeavesIsTheSceneOfTheNextOne() {
        java.util.List<Claim> claims = Engine.fr("Depuis le début de l'offensive en Russie, 60 000 personnes ont fui, selon "
                + "les autorités de la région de Koursk. Au moins 12 civils ont été tués.");
        assertThat(claims).extracting(c -> c.location().name()).last().isEqualTo("Kursk");
    }

    @org.junit.jupiter.api.Test
    void aTownFarFromItsCountryInTheSentenceIsWhereAnotherVerbHappens() {
        assertThat(where("Quelque 9 000 soldats seraient déployés en Russie et ont commencé à combattre contre les forces "
                + "ukrainiennes dans la région de Koursk.").name()).isEqualTo("Russia");
    }

    @org.junit.jupiter.api.Test
    void aLocalStoryIsWhereItsDatelineSaysWhenNothingFinerIsNamed() {
        java.util.List<Claim> claims = new ClaimExtractor().extract(new org.claims.model.Article(null, null, null,
                "Seven killed in attack in Pakistan", "KOHAT, Pakistan — A bomber attacked police here on Sunday, killing "
                + "seven people, a police official said.", "en", "2024-10-29", null));
        assertThat(claims).extracting(c -> c.location().name()).containsExactly("Kohat");
    }

    @org.junit.jupiter.api.Test
    void theOnePlaceAnArticleNamesIsWhereItsUnplacedFiguresAre() {
        java.util.List<Claim> claims = Engine.en("Police said around 400 people were arrested.\n\nThe unrest in Hong Kong "
                + "began last year.");
        assertThat(claims).extracting(c -> c.location().name()).containsExactly("Hong Kong");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Au moins 15 soldats ont été tués dans le nord, près du Mali.",
        "Trois personnes ont été tuées au cours du match France-Allemagne.",
        "Nine soldiers were killed in an ambush near Syria, officials said.",
        "La coalition dirigée par l'Arabie saoudite a tué 150 rebelles.",
        "More than 40 fighters were killed by Israel, the group said."})
    void aCountryPeopleAreNearOrThatActsIsNotWhereTheyAre(String body) {
        assertThat(where(body)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Au moins 12 personnes ont été tuées à Kharkiv, selon le gouverneur.|Kharkiv|Ukraine",
        "Police arrested 40 people in Leeds on Saturday.|Leeds|United Kingdom",
        "Plus de 2 000 migrants sont arrivés en Italie.|Italy|Italy",
        "At least 40 people were killed by the landslide in Papua New Guinea, officials said.|Papua New Guinea|Papua New Guinea",
        "More than 3,000 people have fled the fighting in eastern DRC, the UN said.|Democratic Republic of the Congo|Democratic Republic of the Congo"})
    void aPlaceCarriesItsCountry(String body, String place, String country) {
        Claim.Location l = where(body);
        assertThat(l.name() + "|" + l.country()).isEqualTo(place + "|" + country);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trois personnes ont été blessées et hospitalisées à Boulogne-sur-Mer.|Boulogne-sur-Mer",
        "In Sunderland, 23 people have been arrested, police said.|Sunderland",
        "At least five people died in Altadena, near Pasadena, officials said.|Altadena",
        "La province d'Al-Haouz est la plus touchée avec 1 293 morts.|Al-Haouz",
        "Au moins 12 personnes ont été tuées à San Pedro Sula, selon la police.|San Pedro Sula",
        "In the Mai Mahiu area, about 60 people died when a dam burst, officials said.|Mai Mahiu",
        "More than a million refugees live in camps near Cox's Bazar, the UN said.|Cox's Bazar"})
    void townsTheGazetteerDoesNotKnowAfterALocative(String body, String place) {
        assertThat(where(body).name()).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vingt manifestants ont été interpellés à Nanterre (Hauts-de-Seine), et 12 d'entre eux placés en garde à vue.|Nanterre",
        "Selon l'ONG Iran Human Rights, basée en Norvège, au moins 30 manifestants ont été tués en Iran.|Iran",
        "Seven people were arrested near the White House in D.C. on Sunday.|Washington, D.C.",
        "At least 300 people have died this year trying to reach Europe across the Mediterranean, the IOM said.|Mediterranean",
        "La préfecture de police de Lyon annonçait 40 interpellations.|Lyon",
        "Quito — Le gouvernement péruvien a fait état de 18 morts.|Peru",
        "LIMA -- Twelve people were killed, the Peruvian government said.|Peru",
        "Les secours ont dégagé 19 corps à Hodeïda, ont rapporté à Xinhua des sources médicales.|Hodeidah",
        "Three people were arrested in Christchurch, one of them born in Australia.|Christchurch"})
    void aPlaceThatOnlySaysWhereAnotherIsOrWhereABodySitsIsNotWhereThePeopleAre(String body, String place) {
        assertThat(Engine.run(body, null, "2024-10-29")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.location() == null ? null : c.location().name()).isEqualTo(place));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le ministre a confirmé à Emmanuel Macron que 300 soldats avaient été tués.",
        "A Republican senator said 300 people were arrested.",
        "In March, 300 people were arrested, police said.",
        "In Parliament, the minister said 300 soldiers had been killed."})
    void namesThatAreNotPlaces(String body) {
        assertThat(where(body)).isNull();
    }

    @Test
    void aCountInBracketsAfterAPlaceIsThatPlacesCount() {
        assertThat(Engine.run("La province du Pendjab compte le plus grand nombre de décès avec 30, suivie par le Sindh (12) et le "
                + "Baloutchistan (9).", "fr", "2024-10-29"))
                .extracting(c -> c.quantity().low() + ":" + c.location().name())
                .containsExactly("30:Punjab", "12:Sindh", "9:Balochistan");
    }

    @Test
    void thePlaceOfAPartIsNotThePlaceOfTheWhole() {
        assertThat(Engine.run("Au Pérou, le gouvernement a dressé un bilan. Il y a eu 20 morts dans le pays, dont 12 dans "
                + "la région de Puno.", "fr", "2024-10-29"))
                .extracting(c -> c.quantity().low() + ":" + c.location().name()).containsExactly("20:Peru", "12:Puno");
    }

    @Test
    void aStreetNamedAfterAPlaceIsNotThatPlace() {
        assertThat(where("Une vingtaine de personnes ont été interpellées place du Luxembourg, selon la police."))
                .isNull();
    }

    @Test
    void aKnownPlaceWinsOverAGuess() {
        assertThat(where("Au moins 12 personnes ont été tuées en Syrie, près de Lattaquié, selon l'OSDH.").name())
                .isEqualTo("Syria");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police arrested 1,024 people across England.|England",
        "Au moins 20 migrants sont morts en Angleterre.|England",
        "Police arrested 300 people in Northern Ireland.|Northern Ireland",
        "Quelque 1 000 militaires français sont déployés au Tchad.|Chad",
        "Plus de 2 000 personnes ont été évacuées en Californie.|California"})
    void theGazetteerCoversCommonCountriesAndRegions(String body, String place) {
        assertThat(where(body).name()).isEqualTo(place);
    }

    @Test
    void frenchYStandsForThePlaceOfTheSentenceBefore() {
        Claim c = Engine.one(Engine.fr("Les derniers militaires français présents au Niger ont quitté le pays. Environ "
                + "1 500 soldats français y étaient encore déployés cet été, avant le putsch hostile à Paris."));
        assertThat(c.location().name()).isEqualTo("Niger");
    }

    @Test
    void claimsWithoutAPlaceTakeTheOnePlaceOfTheHeadline() {
        Claim c = Engine.one(Engine.fr("Séisme au Maroc : le bilan s'alourdit\nAu moins 2 012 personnes ont été "
                + "tuées, selon le ministère de l'Intérieur."));
        assertThat(c.location().name()).isEqualTo("Morocco");
    }

    @Test
    void aSpeakerInTheHeadlineIsNotWhereThingsHappen() {
        Claim c = Engine.one(Engine.fr("Selon Kiev, la situation est grave\nAu moins 12 personnes ont été tuées, "
                + "selon les autorités."));
        assertThat(c.location()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le Nord a enregistré jeudi quelque 30 000 manifestants, selon la préfecture.|Nord",
        "La Seine-Maritime a compté 25 000 manifestants, selon les syndicats.|Seine-Maritime",
        "Les Bouches-du-Rhône ont compté 140 000 manifestants selon les syndicats.|Bouches-du-Rhone",
        "Le Pas-de-Calais compte désormais plus de 2 000 personnes évacuées, selon le préfet.|Pas-de-Calais"})
    void departementsNamedWithoutAPreposition(String body, String place) {
        assertThat(where(body).name()).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dans le nord du pays, 3 000 manifestants ont défilé.|",
        "Au Darfour-Nord, 300 personnes ont été tuées.|North Darfur",
        "Près du gazoduc Nord Stream, 30 soldats ont été déployés.|"})
    void aCommonWordIsADepartementOnlyWhenItStandsAsAName(String body, String place) {
        Claim.Location l = where(body);
        assertThat(l == null ? null : l.name()).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Des combats ont eu lieu lundi à Pokrovsk. Au moins 12 civils ont été tués, selon le parquet.|Pokrovsk",
        "Heavy shelling hit Kherson on Sunday. At least seven people were killed, the governor said.|Kherson",
        "Inondations en Libye : le bilan s'alourdit à Derna. Le Croissant-Rouge a fait état de 11 300 morts.|Derna"})
    void aSentenceWithoutAPlaceTakesTheLastPlaceOfItsParagraph(String body, String place) {
        assertThat(where("Titre\n" + body).name()).isEqualTo(place);
    }

    @Test
    void theContextPlaceIsNotThePlaceOfAPart() {
        Claim c = Engine.fr("Titre\n540 personnes ont été interpellées en France, dont 305 à Paris. 406 policiers "
                + "ont été blessés.").get(2);
        assertThat(c.location().name()).isEqualTo("France");
    }

    @Test
    void aClaimNothingNearerPlacesTakesTheArticlesScene() {
        assertThat(where("Titre\nDes combats ont eu lieu lundi à Pokrovsk.\nAu moins 12 civils ont été tués, "
                + "selon le parquet.").name()).isEqualTo("Pokrovsk");
    }

    @Test
    void thePlaceOfTheClaimsOwnSentenceWinsOverTheScene() {
        assertThat(where("Titre\nDes combats ont eu lieu lundi à Pokrovsk.\nAu moins 12 civils ont été tués "
                + "à Kramatorsk, selon le parquet.").name()).isEqualTo("Kramatorsk");
    }

    @Test
    void wordsPointingBackAtAPlaceReachAcrossParagraphs() {
        Claim c = Engine.en("Title\nFighting raged on Monday as rebels advanced on Goma.\nHospitals in the city "
                + "treated more than 700 wounded people, the Red Cross said.").get(0);
        assertThat(c.location().name()).isEqualTo("Goma");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Quelque 5 000 soldats seront envoyés en Pologne depuis l'Allemagne.|Poland",
        "Quelque 5 000 soldats seront envoyés depuis l'Allemagne vers la Pologne.|Poland",
        "Some 300 soldiers were sent from Germany to Lithuania on Monday.|Lithuania",
        "A further 1,000 troops already based in Germany will move to Romania, he said.|Romania",
        "Plus de 500 000 habitants ont fui le Soudan vers le Tchad, selon le HCR.|Chad"})
    void peopleOnTheMoveAreCountedWhereTheMoveEnds(String body, String place) {
        assertThat(where(body).name()).isEqualTo(place);
    }

    @Test
    void thePlaceFledIsWhereTheDisplacementHappened() {
        assertThat(where("Plus de 33 000 personnes ont fui Port-au-Prince en dix jours, selon l'OIM.").name())
                .isEqualTo("Port-au-Prince");
    }

    @Test
    void aDestinationCountsOnlyForPeopleOnTheMove() {
        assertThat(where("At least 300 people were killed in Gaza as the war spread to Lebanon.").name())
                .isEqualTo("Gaza");
    }

    @Test
    void aSquareIsNotGuessedAsATown() {
        assertThat(where("Twelve people were arrested after scuffles near Place de la Republique, police said."))
                .isNull();
    }

    @Test
    void anAsideThatPlacesATownInItsCountryKeepsTheTown() {
        assertThat(where("Les combats pour Goma, dans l'Est de la République démocratique du Congo, ont fait au "
                + "moins 700 morts.").name()).isEqualTo("Goma");
    }

    @Test
    void aPlaceNameIsNotReadFromLowerCaseWords() {
        assertThat(where("The northern village faced the worst violence when at least 124 people were killed.")).isNull();
    }

    @Test
    void aVenueNamedAfterItsTownIsInThatTown() {
        assertThat(where("At least 22 people have died in a suicide attack at Manchester Arena.").name())
                .isEqualTo("Manchester");
    }

    @Test
    void saintWrittenShortIsTheSamePlace() {
        assertThat(where("At least three people have been reported dead in St. Vincent and the Grenadines.").name())
                .isEqualTo("Saint Vincent and the Grenadines");
    }

    @Test
    void theCapitalBeforeAnyIsNamedIsThatOfTheArticlesCountry() {
        List<Claim> c = Engine.fr("Plus de 300 personnes ont été arrêtées en France. Dans la capitale, 120 personnes ont "
                + "été interpellées.");
        assertThat(c.get(1).location().name()).isEqualTo("Paris");
    }

    @Test
    void aCompassPointInAnArticleAboutAnotherCountryIsARegionOfThatCountry() {
        List<Claim> c = Engine.fr("L'ouragan a frappé Haïti mardi. Dans le Nord, 271 personnes sont mortes, selon la "
                + "Protection civile.");
        assertThat(c.get(0).location().name()).isEqualTo("Haiti");
    }

    @Test
    void aProvinceWrittenWithItsLowerCaseNounIsStillAPlace() {
        assertThat(where("The attack in central Wardak province killed 36 people, officials said.").name())
                .isEqualTo("Maidan Wardak");
    }

    @Test
    void aCountryAPlaceBordersIsNotWherePeopleAreUnlessTheSentenceSaysSo() {
        assertThat(where("A police commander in Maroof, which borders Pakistan, said 14 soldiers were killed.").name())
                .isEqualTo("Maroof");
        assertThat(where("The state borders Nepal, where 146 people have died.").name()).isEqualTo("Nepal");
    }

    @Test
    void aPlaceInAMediumsNameSaysNothingOfWherePeopleAre() {
        List<Claim> c = Engine.fr("L'attaque contre une prison s'est soldée par la mort de 19 personnes, selon les autorités."
                + "\n\nAgence France-Presse\n\nLe ministre a précisé que 10 gardiens avaient été tués.");
        assertThat(c).hasSize(2).allSatisfy(x -> assertThat(x.location()).isNull());
    }
}
