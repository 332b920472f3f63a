package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 000 soldats ont été déployés en Russie.|present",
        "5 000 soldats ont été envoyés en Russie.|present",
        "5 000 soldats se trouvent en Russie.|present",
        "5 000 soldats sont stationnés en Russie.|present",
        "5 000 manifestants ont défilé à Paris.|present",
        "5 000 personnes ont manifesté à Lyon.|present",
        "5 000 soldats sont sur le point d'arriver.|expected",
        "5 000 soldats sont en préparation.|expected",
        "5 000 soldats pourraient être envoyés en Russie.|expected",
        "5 000 soldats devraient être déployés en Russie.|expected",
        "5 000 civils ont été tués.|killed",
        "5 000 personnes sont mortes.|killed",
        "5 000 personnes ont perdu la vie.|killed",
        "5 000 soldats ont été blessés.|wounded",
        "L'armée a subi 5 000 pertes.|casualties",
        "5 000 soldats ont été tués ou blessés.|casualties",
        "5 000 soldats ont été mis hors de combat.|casualties",
        "5 000 soldats ont été capturés.|captured",
        "5 000 soldats ont été faits prisonniers.|captured",
        "5 000 personnes sont portées disparues.|missing",
        "5 000 personnes ont été déplacées.|displaced",
        "5 000 réfugiés sont arrivés.|displaced",
        "5 000 personnes ont été interpellées.|arrested",
        "5 000 personnes ont été placées en garde à vue.|arrested",
        "À Paris, le cortège a réuni 5 000 personnes.|present",
        "Le cortège a été estimé à 5 000 personnes par les syndicats.|present",
        "5 000 personnes étaient réunies place de la République.|present"})
    void frenchCues(String sentence, String measure) {
        assertThat(Engine.one(Engine.fr(sentence)).measure()).isEqualTo(Measure.fromWire(measure));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5,000 troops were deployed to Russia.|present",
        "5,000 protesters marched in London.|present",
        "Russia plans to deploy 5,000 troops.|expected",
        "5,000 troops are expected in the region.|expected",
        "5,000 civilians were killed.|killed",
        "5,000 people died.|killed",
        "5,000 people were wounded.|wounded",
        "5,000 people were injured.|wounded",
        "The army suffered 5,000 casualties.|casualties",
        "5,000 soldiers were captured.|captured",
        "5,000 soldiers were taken prisoner.|captured",
        "5,000 people are missing.|missing",
        "5,000 people were forced from their homes.|displaced",
        "5,000 people fled the city.|displaced",
        "5,000 people were arrested.|arrested",
        "5,000 people were detained.|arrested",
        "The United States will deploy about 5,000 additional troops to Poland.|expected",
        "5,000 troops were placed on heightened alert.|expected",
        "Some 5,000 residents remain under evacuation orders.|displaced",
        "Police recorded 5,000 detentions.|arrested",
        "Some 5,000 Rohingya have crossed into Bangladesh to escape fighting.|displaced"})
    void englishCues(String sentence, String measure) {
        assertThat(Engine.one(Engine.en(sentence)).measure()).isEqualTo(Measure.fromWire(measure));
    }

    @Test
    void eachFigureTakesItsOwnVerb() {
        List<Claim> claims = Engine.fr("Les frappes ont fait 300 morts et 500 blessés dans la ville.");
        assertThat(claims).extracting(Claim::measure).containsExactly(Measure.KILLED, Measure.WOUNDED);
    }

    @Test
    void englishVerbBeforeItsFigures() {
        List<Claim> claims = Engine.en("Strikes killed 12 people and wounded 43 others.");
        assertThat(claims).extracting(Claim::measure).containsExactly(Measure.KILLED, Measure.WOUNDED);
        assertThat(claims.get(1).subject().name()).isEqualTo("people");
    }

    @Test
    void aVerbBeforeAFigureWithoutANoun() {
        List<Claim> claims = Engine.en("Floods have killed at least 315 people and displaced more than 293,000, "
                + "the ministry said.");
        assertThat(claims).extracting(Claim::measure).containsExactly(Measure.KILLED, Measure.DISPLACED);
    }

    @Test
    void figuresWithoutPeopleGiveNothing() {
        assertThat(Engine.fr("L'armée a commandé 3 000 chars et 200 avions.")).isEmpty();
        assertThat(Engine.en("The company plans to hire 2,000 engineers.")).isEmpty();
    }

    @Test
    void peopleNounWithoutAnyVerbNeedsOne() {
        assertThat(Engine.fr("La commune compte 15 000 habitants.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Kiev a obtenu la libération de 90 soldats ukrainiens.",
        "fr|Quelque 90 soldats ukrainiens ont été libérés dimanche.",
        "en|Russia released 90 Ukrainian soldiers in a swap, the ministry said.",
        "en|Ninety Ukrainian soldiers were freed in a prisoner swap on Sunday."})
    void releasedSoldiersAreCountedAsCaptivesNotAsPresent(String lang, String body) {
        assertThat(Engine.one(Engine.run(body, lang, "2024-10-29")).measure()).isEqualTo(Measure.CAPTURED);
    }

    @Test
    void aReportReleasedIsNoRelease() {
        assertThat(Engine.one(Engine.en("A report released on Monday said 3,000 soldiers were deployed.")).measure())
                .isEqualTo(Measure.PRESENT);
    }

    @Test
    void aFrenchInfinitiveAfterAFutureIsAnAnnouncedDeployment() {
        assertThat(Engine.one(Engine.fr("L'Otan va déployer environ 700 soldats supplémentaires au Kosovo.")).measure())
                .isEqualTo(Measure.EXPECTED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le gouvernement a confirmé que six des 40 otages retenus dans le camp sont morts.",
        "en|The army said that six of the 40 hostages held in the camp had died."})
    void aPartTakenFromASetTakesTheVerbAndTheSetKeepsItsNoun(String lang, String body) {
        assertThat(Engine.run(body, lang, "2025-02-01")).extracting(c -> c.quantity().low(), Claim::measure)
                .containsExactly(tuple(6L, Measure.KILLED), tuple(40L, Measure.CAPTURED));
    }

    @Test
    void aSetWhoseNounSaysNothingIsNoClaim() {
        assertThat(Engine.en("Six of the 40 people on board died, the coast guard said."))
                .extracting(c -> c.quantity().low()).containsExactly(6L);
    }

    @Test
    void aCoordinatedVerbWithItsOwnObjectIsNotTheVerbOfTheFigureBefore() {
        assertThat(Engine.en("Gunmen seized 120 hostages and killed about 300 villagers in the raid."))
                .extracting(Claim::measure).containsExactly(Measure.CAPTURED, Measure.KILLED);
    }

    @Test
    void aVerbBeforeACommaIsNotTheVerbOfTheFigureAfterIt() {
        assertThat(Engine.fr("Deux policiers ont été tués, cinq autres agents et un passant ont été blessés."))
                .extracting(c -> c.quantity().low(), Claim::measure)
                .startsWith(tuple(2L, Measure.KILLED), tuple(5L, Measure.WOUNDED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le bilan du HCR fait état d'au moins 230 habitants tués, blessés ou portés disparus.",
        "fr|L'armée a perdu 900 soldats, tués ou blessés, en un mois, selon l'état-major.",
        "fr|L'armée aurait subi 900 pertes, tués et blessés.",
        "en|The agency counted at least 230 people killed, injured or missing.",
        "en|At least 230 soldiers were killed or wounded."})
    void killedAndWoundedListedTogetherAreCasualties(String lang, String body) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-02-01")).measure()).isEqualTo(Measure.CASUALTIES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Chaque mois, près de 250 migrants meurent au large de la Crète.|killed",
        "fr|Environ 60 pêcheurs ont disparu jeudi au large du Sénégal, selon l'OIM.|missing",
        "en|Eleven miners die in a gas blast in Silesia.|killed",
        "en|Mobs have lynched 90 people since March, the UN said.|killed",
        "en|About 60 people disappeared at sea on Thursday.|missing",
        "en|More than 80,000 people descended on the capital on Saturday.|present"})
    void deathsInThePresentVanishingLynchingAndCrowdsDescending(String lang, String body, String measure) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-02-01")).measure()).isEqualTo(Measure.fromWire(measure));
    }

    @Test
    void aVerbBeforeAListDoesNotReachFiguresWithVerbsOfTheirOwn() {
        assertThat(Engine.fr("Selon un bilan provisoire, au moins 900 personnes ont été interpellées, trois ont été tuées, "
                + "et 80 policiers blessés.")).extracting(Claim::measure)
                .containsExactly(Measure.ARRESTED, Measure.KILLED, Measure.WOUNDED);
    }

    @Test
    void theArrestOfAGroupCountsArrests() {
        assertThat(Engine.one(Engine.fr("Les autorités ont annoncé l'arrestation de plus de 600 manifestants.")).measure())
                .isEqualTo(Measure.ARRESTED);
    }

    @Test
    void anAmpersandJoinsTwoClausesAsAndDoes() {
        List<Claim> claims = Engine.en("Police said 31 people were detained & 9 officers were injured in Bristol.");
        assertThat(claims).extracting(Claim::measure).containsExactly(Measure.ARRESTED, Measure.WOUNDED);
    }

    @Test
    void bodiesRecoveredAreTheDead() {
        assertThat(Engine.one(Engine.en("Divers have recovered at least 17 bodies a day after a boat sank on the lake.")).measure()).isEqualTo(Measure.KILLED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Huit personnes, légèrement touchées, ont été évacuées vers les hôpitaux de Rouen.|WOUNDED",
        "Les 240 habitants du hameau avaient jusqu'à midi pour quitter les lieux.|DISPLACED"})
    void frenchStatesSaidOtherwise(String body, Measure measure) {
        assertThat(Engine.one(Engine.fr(body)).measure()).isEqualTo(measure);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police reported arresting 31 people in Leeds.|ARRESTED",
        "Lawyers say nine protesters are in pre-trial detention in Leeds.|ARRESTED",
        "The opposition leader announced plans to mobilise 40,000 supporters in Leeds.|EXPECTED"})
    void englishStatesSaidOtherwise(String body, Measure measure) {
        assertThat(Engine.one(Engine.en(body)).measure()).isEqualTo(measure);
    }

    @Test
    void aCueBeforeASubordinateClauseSaysNothingOfItsFigures() {
        List<Claim> c = Engine.en("Two people were killed and dozens more detained after a crackdown on about 2,500 protesters in Leeds.");
        assertThat(c).filteredOn(x -> x.quantity().low() == 2500).extracting(Claim::measure).containsExactly(Measure.PRESENT);
    }

    @Test
    void thePeopleOfACapitalAreItsPopulation() {
        assertThat(Engine.en("Thousands have fled their homes in this capital of nearly two million people."))
                .noneMatch(c -> c.quantity().low() == 2_000_000);
    }

    @Test
    void aStateNamedAfterAmongSaysWhatThePartsAre() {
        List<Claim> c = Engine.en("Police said 15 people were detained in Leeds. The arrests came after 400 protesters "
                + "marched on the town hall. Among those detained were four students.");
        assertThat(c.get(c.size() - 1).measure()).isEqualTo(Measure.ARRESTED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Some 90,000 people flocked to the stadium in Leeds.|PRESENT",
        "About 40,000 fans lined the route in Leeds.|PRESENT",
        "A group of around 450 people came together at the docks in Leeds.|PRESENT",
        "The parade drew crowds of more than 60,000 in Leeds.|PRESENT",
        "About 18,000 people were taking to the streets in Leeds.|PRESENT",
        "In Leeds alone there were more than 30,000.|PRESENT",
        "\"We told some 2,300 people living near the river to evacuate,\" an official said.|DISPLACED",
        "In Hull, where 9,000 people were ordered to leave their homes, the roads were empty.|DISPLACED"})
    void crowdsAndEvacuationsSaidOtherwise(String body, Measure measure) {
        assertThat(Engine.one(Engine.en(body)).measure()).isEqualTo(measure);
    }

    @Test
    void theNumberOfANounToBeAFigureIsTheNounsCount() {
        Claim c = Engine.one(Engine.en("Unions estimate the number of marchers to be between 40,000 and 45,000 in Leeds."));
        assertThat(c.measure()).isEqualTo(Measure.PRESENT);
        assertThat(c.quantity().low()).isEqualTo(40_000L);
    }

    @Test
    void aPlaceBeforeAFigureWithoutItsNounContinuesTheList() {
        List<Claim> c = Engine.en("In Lyon there were 30,000 marchers, in Lille 12,000 and in Nantes 8,000.");
        assertThat(c).extracting(x -> x.quantity().low(), x -> x.location().name())
                .containsExactly(tuple(30_000L, "Lyon"), tuple(12_000L, "Lille"), tuple(8_000L, "Nantes"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Un an après la crue, 86 corps n'ont toujours pas été retrouvés.|MISSING",
                "Pas moins de 12 000 coureurs viendront à Nice dimanche.|EXPECTED",
        "La police a indiqué que 23 évadés avaient été repris à Nice.|ARRESTED",
        "Une trentaine de détenus étaient toujours en fuite à Nice.|MISSING"})
    void frenchStatesOfBodiesEscapeesAndCrowds(String body, Measure measure) {
        assertThat(Engine.one(Engine.fr(body)).measure()).isEqualTo(measure);
    }

    @Test
    void rescuersAtWorkArePresentWhateverTheClauseBeforeSays() {
        List<Claim> c = Engine.fr("Près de 9 000 personnes ont été évacuées et plus de 4 000 secouristes sont à pied d'oeuvre à Nice.");
        assertThat(c).filteredOn(x -> x.quantity().low() == 4000).extracting(Claim::measure).containsExactly(Measure.PRESENT);
    }

    @Test
    void aPrisonsCapacityIsNoClaim() {
        assertThat(Engine.fr("La prison compte 2 600 prisonniers pour une capacité de moins de 500."))
                .filteredOn(c -> c.quantity().low() == 500).extracting(Claim::measure).containsExactly(Measure.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A year after the flood, 86 bodies have still not been found in Leeds.|MISSING",
        "Some 40 inmates are still on the run in Leeds.|MISSING",
        "Police said 12 escaped prisoners were recaptured in Leeds.|ARRESTED"})
    void englishStatesOfBodiesAndEscapees(String body, Measure measure) {
        assertThat(Engine.one(Engine.en(body)).measure()).isEqualTo(measure);
    }

    @Test
    void peopleBeheadedAreKilled() {
        assertThat(Engine.one(Engine.en("Insurgents beheaded seven villagers in Pemba.")).measure()).isEqualTo(Measure.KILLED);
    }

    @Test
    void theRelativeClausesVerbCountsWhenTheClauseHasNone() {
        assertThat(Engine.one(Engine.en("She is one of about 2,500 people who evacuated as the fire spread near Redding.")).measure())
                .isEqualTo(Measure.DISPLACED);
    }

    @Test
    void aFigureBeforeWithinAndADurationCountsPeople() {
        List<Claim> c = Engine.en("Fighting has killed 40 people and displaced about 9,000 within three days, officials said.");
        assertThat(c).extracting(x -> x.quantity().low()).containsExactly(40L, 9_000L);
    }

    @Test
    void survivorsAreNoMeasure() {
        List<Claim> c = Engine.en("Of the passengers, 51 survived and 12 died.");
        assertThat(c).filteredOn(x -> x.quantity().low() == 51).extracting(Claim::measure).containsExactly(Measure.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fans came out in far greater numbers than expected, with about 80,000 people along the quay in Leeds.|PRESENT",
        "Organisers say 12,000 nurses march through Leeds on Monday.|PRESENT",
        "The warden says 90 inmates, some armed with bars, were involved.|PRESENT",
        "Police said about 30,000 striking workers blocked roads in Leeds.|PRESENT"})
    void crowdsStrikersAndParticipantsSaidOtherwise(String body, Measure measure) {
        assertThat(Engine.one(Engine.run(body, null, "2025-03-10")).measure()).isEqualTo(measure);
    }

    @Test
    void aPeopleNounQualifyingAThingCountsNoOne() {
        assertThat(Engine.en("More than 30 people died in a migrant shipwreck off Malta.")).extracting(c -> c.quantity().low())
                .containsExactly(30L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The shelling caused fatal injuries to three elderly men in Kherson.|KILLED",
        "fr|Le conflit a fait des centaines de morts et déplacé plus de 40 000 personnes au Darfour.|DISPLACED"})
    void deathsAndDisplacementSaidOtherwise(String lang, String body, Measure measure) {
        assertThat(Engine.run(body, lang, "2025-03-10")).filteredOn(c -> c.quantity().qualifier() != org.claims.model.Qualifier.VAGUE)
                .extracting(Claim::measure).containsExactly(measure);
    }

    @Test
    void aListGoesOnAfterButAlso() {
        assertThat(Engine.fr("Quelque 9 000 personnes ont manifesté à Lyon, 4 000 à Lille mais également 1 200 à Auch."))
                .extracting(c -> c.quantity().low()).containsExactly(9_000L, 4_000L, 1_200L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le bilan reste de deux blessés dans la zone, où près de 240 pompiers se relaient jour et nuit.|240|PRESENT",
        "Une trentaine de passagers, indemnes, ont pu rentrer chez eux, tandis que neuf blessés ont été hospitalisés.|30|OTHER"})
    void rescuersTakingTurnsArePresentAndTheUnhurtNoMeasure(String body, long figure, Measure measure) {
        assertThat(Engine.fr(body)).filteredOn(c -> c.quantity().low() == figure).extracting(Claim::measure).containsExactly(measure);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Another 12,000 were estimated to be gathered in Leeds, the company said.|PRESENT",
        "fr|Pour le sommet, quelque 1 500 bénévoles ont été réquisitionnés à Lille.|PRESENT"})
    void crowdEstimatesAndRequisitionedForcesArePresent(String lang, String body, Measure measure) {
        assertThat(Engine.one(Engine.run(body, lang, "2025-03-10")).measure()).isEqualTo(measure);
    }
}
