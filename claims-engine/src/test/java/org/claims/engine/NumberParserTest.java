package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.engine.numbers.Quantity;
import org.claims.engine.numbers.QuantityScanner;
import org.claims.engine.text.Doc;
import org.claims.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    private static final QuantityScanner FRENCH = new QuantityScanner(Engine.packs().pack("fr"));
    private static final QuantityScanner ENGLISH = new QuantityScanner(Engine.packs().pack("en"));
    /** The examples mix both languages and are too short to detect: accents or a French word make one French. */
    private static final java.util.regex.Pattern FRENCH_TEXT = java.util.regex.Pattern.compile(
            "[àâçéèêëîïôûù]|\\b(le|la|les|des|de|du|d|un|une|en|entre|pendant|plusieurs|dizaines|postes|milliards|"
            + "soldats|mille|cent|deux|trois|vingt|quelque|environ|plus|moins|pr[eè]s|au|aux|personnes)\\b");

    private static List<Quantity> scan(String text) {
        Doc doc = new Doc(text);
        return (FRENCH_TEXT.matcher(text).find() ? FRENCH : ENGLISH).scan(doc, 0, doc.toks.size());
    }

    private static Quantity only(String text) {
        List<Quantity> all = scan(text);
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 000 soldats|10000", "10\u00a0000 soldats|10000", "10\u202f000 soldats|10000", "10.000 soldats|10000",
        "10,000 soldiers|10000", "1 280 000 manifestants|1280000", "12 soldats|12", "994 personnes|994"})
    void groupedDigitsAreOneNumber(String text, long value) {
        assertThat(only(text).low()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,28 million de manifestants|1280000", "1.12 million people|1120000", "3,5 millions de personnes|3500000",
        "8,5 millions de personnes|8500000", "120 million people|120000000", "2 millions de réfugiés|2000000"})
    void decimalsTakeTheirScaleWord(String text, long value) {
        assertThat(only(text).low()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deux mille soldats|2000", "trois mille soldats|3000", "two soldiers|2", "twelve people|12",
        "three thousand troops|3000", "quatre-vingt-dix soldats|90", "vingt et un morts|21",
        "soixante-dix blessés|70", "un million de manifestants|1000000", "deux cents policiers|200",
        "one hundred and twenty people|120", "a million refugees|1000000"})
    void numberWordsInBothLanguages(String text, long value) {
        assertThat(only(text).low()).isEqualTo(value);
    }

    @Test
    void loneArticleIsNotANumber() {
        assertThat(scan("une pause d'un mois")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "entre 10 000 et 12 000 soldats|10000|12000", "de 10 000 à 12 000 soldats|10000|12000",
        "11,000 to 12,000 troops|11000|12000", "11,000-12,000 troops|11000|12000",
        "between 10 and 20 soldiers|10|20", "between 1 and 2 million people|1000000|2000000"})
    void rangesGiveLowAndHigh(String text, long low, long high) {
        Quantity q = only(text);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "des centaines de soldats|200|900", "des milliers de soldats|2000|9000", "un petit nombre de soldats|2|20",
        "plusieurs milliers de manifestants|2000|9000", "hundreds of people|200|900", "dozens of people|24|100",
        "thousands of people|2000|9000", "a small number of troops|2|20"})
    void vagueAmountsHavePlausibleBounds(String text, long low, long high) {
        Quantity q = only(text);
        assertThat(q.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "une hausse de 40 %", "62 % des Français", "413 milliards d'euros", "$3.2 billion", "120 km2",
        "pendant 25 ans", "une visite de deux jours", "le 10e marché", "à 9h07", "at 6:30 a.m.", "le 19 juin",
        "October 23", "300 miles", "3,5 %", "19,000 acres", "32 cases of enforced disappearances",
        "4 000 postes d'enseignants", "113 criminal cases", "300 drones", "plusieurs dizaines de millions d'euros",
        "dozens of drones"})
    void figuresThatCannotCountPeopleAreDropped(String text) {
        assertThat(scan(text)).as(text).isEmpty();
    }

    @Test
    void yearsAreMarkedAsYears() {
        assertThat(only("en 2022").yearLike()).isTrue();
        assertThat(only("10 000 soldats").yearLike()).isFalse();
    }

    @Test
    void aTenThousandDigitNumberIsIgnored() {
        assertThat(scan("1".repeat(10_000) + " soldats")).isEmpty();
    }

    @Test
    void twoUnitWordsJoinedByAndAreTwoNumbers() {
        assertThat(scan("two sisters, three and seven, were hurt")).extracting(Quantity::low).containsExactly(2L, 3L, 7L);
    }

    @Test
    void aCapitalisedNumberWordAfterACapitalisedWordEndsAName() {
        assertThat(scan("a Grade Nine pupil was hurt")).isEmpty();
    }

    @Test
    void anIndianScaleBeforePeopleCountsThem() {
        assertThat(only("2 crore devotees").low()).isEqualTo(20_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Rs 40 crore for 90 people", "₹40 crore for 90 people", "the 6.8-magnitude quake hurt 90 people"})
    void moneyAndMagnitudesAreNoPeople(String text) {
        assertThat(scan(text)).extracting(Quantity::low).containsExactly(90L);
    }

    @Test
    void aScaleSaidOnceAtTheEndOfARangeOfWordsCoversBothEnds() {
        Quantity q = only("entre six et huit mille participants");
        assertThat(q.low()).isEqualTo(6000L);
        assertThat(q.high()).isEqualTo(8000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "un séisme de magnitude 6 a fait 90 morts", "des dégâts de 40 millions de pesos pour 90 personnes"})
    void frenchMagnitudesAndCurrenciesAreNoPeople(String text) {
        assertThat(scan(text)).extracting(Quantity::low).containsExactly(90L);
    }

    @Test
    void anAgeBeforeADashAndAttemptsAreNoCounts() {
        assertThat(scan("the dead were Ali Saleh, 31—and 18 others")).extracting(Quantity::low).containsExactly(18L);
        assertThat(scan("police recorded 599 attempts to cross")).isEmpty();
    }
}
