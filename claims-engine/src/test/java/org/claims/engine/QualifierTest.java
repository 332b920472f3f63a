package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.claims.model.Claim;
import org.claims.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "environ|approximately", "quelque|approximately", "près de|approximately", "presque|approximately",
        "pas moins de|at_least", "au moins|at_least", "plus de|more_than", "au-delà de|more_than",
        "jusqu'à|at_most", "moins de|less_than", "|exact"})
    void frenchQualifiers(String words, String expected) {
        String prefix = words == null ? "" : words + " ";
        Claim c = Engine.one(Engine.fr("Selon le Pentagone, " + prefix + "5 000 soldats sont déployés en Russie."));
        assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.fromWire(expected));
        assertThat(c.quantity().low()).isEqualTo(c.quantity().high()).isEqualTo(5000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "about|approximately", "around|approximately", "some|approximately", "roughly|approximately",
        "nearly|approximately", "almost|approximately", "approximately|approximately", "an estimated|approximately",
        "at least|at_least", "more than|more_than", "over|more_than", "up to|at_most", "fewer than|less_than",
        "less than|less_than"})
    void englishQualifiers(String words, String expected) {
        Claim c = Engine.one(Engine.en("The Pentagon said " + words + " 5,000 troops were deployed in Russia."));
        assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.fromWire(expected));
        assertThat(c.quantity().low()).isEqualTo(5000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The number of protesters exceeded 20,000 in Paris, police said.|more_than",
        "Le bilan dépasse désormais 16 000 morts, selon les autorités.|more_than",
        "Le bilan franchit la barrière symbolique des 20 000 morts, selon l'ONG.|more_than",
        "L'armée évoque un bilan qui dépasserait les 70 morts.|more_than",
        "Les manifestants étaient 200 000 au moins, selon la CGT.|at_least",
        "Le bilan dépasse les 2 000 morts, selon les autorités.|more_than",
        "The number of people killed has topped 1,000, officials said.|more_than",
        "Le cortège a été estimé à 245 000 personnes par les syndicats.|approximately"})
    void qualifiersAroundTheFigure(String sentence, String expected) {
        Claim c = Engine.one(Engine.run(sentence, null, "2024-10-29"));
        assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.fromWire(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Des milliers de manifestants ont défilé à Paris.", "Hundreds of people were arrested in London."})
    void vagueAmountsAreVague(String sentence) {
        Claim c = Engine.one(Engine.run(sentence, null, "2024-10-29"));
        assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(c.quantity().low()).isLessThan(c.quantity().high());
    }
}
